// Starts Kruispunt: database (embedded when no DATABASE_URL), migrations, seed, HTTP server.
import 'reflect-metadata';
import { config } from './config';
import { createDataSource } from './db/data-source';
import { startEmbeddedPostgres } from './db/embedded';
import { isEmpty, loadSeed } from './seed/seed';
import { startServer } from './server';

async function main(): Promise<void> {
  let databaseUrl = config.databaseUrl;
  let stopDb = async (): Promise<void> => undefined;
  if (!databaseUrl) {
    console.log(`Embedded PostgreSQL in ${config.embeddedPgDir} ...`);
    const embedded = await startEmbeddedPostgres(config.embeddedPgDir, config.embeddedPgPort);
    databaseUrl = embedded.url;
    stopDb = embedded.stop;
  }
  const db = createDataSource(databaseUrl, { logSql: config.logSql });
  await db.initialize();
  const applied = await db.runMigrations({ transaction: 'each' });
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  if (config.seed === 'auto' && (await isEmpty(db))) {
    console.log('Empty database: loading the seed zones ...');
    await loadSeed(db);
  }
  const server = await startServer(db, { port: config.port, host: config.host, webDist: config.webDist });
  console.log(`Kruispunt is running:\n  web app:  ${server.url}/\n  GraphQL:  ${server.url}/graphql`);

  const shutdown = async (): Promise<void> => {
    await server.close();
    await db.destroy();
    await stopDb();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
