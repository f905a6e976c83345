// Starts Kruispunt: database (embedded when no DATABASE_URL), migrations, seed, HTTP server.
import 'reflect-metadata';
import { config } from './config';
import { openDatabase } from './database';
import { startServer } from './server';
import { startMailCatcher, type MailCatcher } from './modules/mail/catcher';

async function main(): Promise<void> {
  const { db, close } = await openDatabase({ seed: config.seed === 'auto', demoAccounts: config.demoAccounts });
  // No SMTP server configured, not in production: mails go to a catcher in this process, shown at /dev/mails.
  let catcher: MailCatcher | null = null;
  if (config.mail.catcher) catcher = await startMailCatcher({ port: config.mail.catcher.port });
  const mail = catcher ? { catcher, smtp: { host: catcher.host, port: catcher.port, secure: false, ignoreTLS: true } } : {};
  const server = await startServer(db, { port: config.port, host: config.host, webDist: config.webDist, mail });
  console.log(`Kruispunt is running:\n  web app:  ${server.url}/\n  GraphQL:  ${server.url}/graphql`);
  if (!config.mail.smtp && !catcher) console.warn('No SMTP server configured (SMTP_URL or SMTP_HOST): mails (password reset, invitations) are not sent.');
  if (catcher) console.log(`  e-mails:  ${server.url}/dev/mails (caught locally: no SMTP server configured)`);

  const shutdown = async (): Promise<void> => {
    // Stop listening, finish what is in flight (common/drain.ts), then the database.
    await server.close(config.shutdown);
    await catcher?.close();
    await close();
    process.exit(0);
  };
  // A promise of a background part that rejects with nobody waiting must not end the server that
  // answers 503 meanwhile: logged instead. Seen: graphile-worker 0.16's runner chains
  // `.finally()` on its pool's and cron's promises (runner.js, buildRunner) and leaves those derived
  // promises unhandled, so when it stops for a lost database (ECONNREFUSED during an outage) Node
  // would end the process — the smoke run's outage lost both API instances that way.
  process.on('unhandledRejection', (reason) => console.error('[api] a background task failed:', reason instanceof Error ? reason.message : reason));
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
