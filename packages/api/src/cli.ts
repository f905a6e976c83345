// Command line: `pnpm cli <command>` (from the repo root).
import 'reflect-metadata';
import fs from 'node:fs';
import { config } from './config';
import { createDataSource } from './db/data-source';
import { startEmbeddedPostgres } from './db/embedded';
import { renderSchema, SCHEMA_FILE } from './graphql/schema';
import { isEmpty, loadSeed } from './seed/seed';

async function withDatabase(fn: (db: ReturnType<typeof createDataSource>) => Promise<void>): Promise<void> {
  let url = config.databaseUrl;
  let stop = async (): Promise<void> => undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres(config.embeddedPgDir, config.embeddedPgPort);
    url = embedded.url;
    stop = embedded.stop;
  }
  const db = createDataSource(url);
  await db.initialize();
  try {
    await fn(db);
  } finally {
    await db.destroy();
    await stop();
  }
}

const commands: Record<string, { help: string; run: (args: string[]) => Promise<void> }> = {
  schema: {
    help: 'write schema.graphql from the code',
    run: async () => {
      fs.writeFileSync(SCHEMA_FILE, renderSchema());
      console.log(`Wrote ${SCHEMA_FILE}`);
    },
  },
  migrate: {
    help: 'apply pending migrations',
    run: () =>
      withDatabase(async (db) => {
        const applied = await db.runMigrations({ transaction: 'each' });
        console.log(`Applied ${applied.length} migration(s).`);
      }),
  },
  seed: {
    help: 'load the seed zones into an empty database',
    run: () =>
      withDatabase(async (db) => {
        await db.runMigrations({ transaction: 'each' });
        if (!(await isEmpty(db))) {
          console.log('The database already holds zones; nothing loaded.');
          return;
        }
        await loadSeed(db);
        console.log('Seed zones loaded.');
      }),
  },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log('Usage: pnpm cli <command>\n\nCommands:');
    for (const [n, c] of Object.entries(commands)) console.log(`  ${n.padEnd(12)} ${c.help}`);
    process.exit(name ? 2 : 0);
  }
  await command.run(args);
}

if (require.main === module) main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
