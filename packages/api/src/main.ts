// Starts Kruispunt: database (embedded when no DATABASE_URL), migrations, seed, HTTP server.
import 'reflect-metadata';
import { config } from './config';
import { openDatabase } from './db/open';
import { startServer } from './server';

async function main(): Promise<void> {
  const { db, close } = await openDatabase({ seed: config.seed === 'auto', demoAccounts: config.demoAccounts });
  const server = await startServer(db, { port: config.port, host: config.host, webDist: config.webDist });
  console.log(`Kruispunt is running:\n  web app:  ${server.url}/\n  GraphQL:  ${server.url}/graphql`);

  const shutdown = async (): Promise<void> => {
    // Stop listening, finish what is in flight (common/drain.ts), then the database.
    await server.close(config.shutdown);
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
