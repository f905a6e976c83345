// Command line: `pnpm cli <command>` (from the repo root).
import 'reflect-metadata';
import fs from 'node:fs';
import { openDatabase } from './db/open';
import { renderSchema, SCHEMA_FILE } from './graphql/schema';
import { isEmpty, loadSeed } from './seed/seed';

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
    run: async () => {
      const { close } = await openDatabase();
      await close();
    },
  },
  seed: {
    help: 'load the seed zones into an empty database',
    run: async () => {
      const { db, close } = await openDatabase({ seed: false });
      try {
        if (!(await isEmpty(db))) return console.log('The database already holds zones; nothing loaded.');
        await loadSeed(db);
        console.log('Seed zones loaded.');
      } finally {
        await close();
      }
    },
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
