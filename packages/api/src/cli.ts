// Command line: `pnpm cli <command> [--flag value ...]` from the repo root.
import 'reflect-metadata';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { openDatabase } from './database';
import { renderSchema, SCHEMA_FILE } from './schema';
import { AuthService } from './modules/auth/auth.service';
import { User } from './modules/auth/auth.entity';
import { Region } from './modules/region/region.entity';
import { Zone } from './modules/zone/zone.entity';
import { loadDemoAccounts } from './seed/demo-accounts';
import { isEmpty, loadSeed } from './seed/seed';
import { generate } from './tools/generate';
import { importPlanCommand } from './modules/import/import-plan.command';

async function withDatabase(fn: (db: DataSource) => Promise<void>): Promise<void> {
  const { db, close } = await openDatabase();
  try {
    await fn(db);
  } finally {
    await close();
  }
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : value ? [String(value)] : [];
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
    run: () => withDatabase(async () => undefined),
  },
  seed: {
    help: 'load the seed zones (and with --demo the demo accounts) into an empty database',
    run: (args) =>
      withDatabase(async (db) => {
        const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
        if (!(await isEmpty(db))) return console.log('The database already holds zones; nothing loaded.');
        await loadSeed(db);
        if (values.demo) await loadDemoAccounts(db);
        console.log('Seed zones loaded.');
      }),
  },
  generate: {
    help: '[--zones 60] [--years 3] [--actions-per-plan 30] [--seed 1] [--first-year 2024] [--regions 5] [--partners-per-zone 50] [--json]: add a synthetic data set',
    run: (args) =>
      withDatabase(async (db) => {
        const names = ['zones', 'years', 'actions-per-plan', 'seed', 'first-year', 'regions', 'partners-per-zone'] as const;
        const { values } = parseArgs({ args, options: { ...Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])), json: { type: 'boolean', default: false } } });
        const given = values as Record<string, string | boolean | undefined>;
        const num = (n: (typeof names)[number]) => (given[n] === undefined ? undefined : Number(given[n]));
        const set = await generate(db, {
          zones: num('zones'),
          years: num('years'),
          actionsPerPlan: num('actions-per-plan'),
          seed: num('seed'),
          firstYear: num('first-year'),
          regions: num('regions'),
          partnersPerZone: num('partners-per-zone'),
        });
        if (values.json) return console.log(JSON.stringify(set));
        const c = set.counts;
        console.log(
          `Generated ${set.zones.length} zones in ${set.regions.length} regions (${set.regions.map((r) => r.name).join(', ')}), plan years ${set.years.join(', ')}, seed ${set.seed}:`,
        );
        console.log(
          `  ${c.action} action sheets, ${c.action_indicator} indicators, ${c.action_step} steps, ${c.partner} partners, ${c.working_group} working groups, ${c.project} projects, ${c.audit_entry} audit entries, in ${(set.ms / 1000).toFixed(1)} s.`,
        );
      }),
  },
  'import-plan': importPlanCommand,
  'user:create': {
    help: '--email E --name N [--password P] [--admin] [--editor zone-slug]... [--viewer zone-slug]... [--coach region-slug]...',
    run: (args) =>
      withDatabase(async (db) => {
        const { values } = parseArgs({
          args,
          options: {
            email: { type: 'string' },
            name: { type: 'string' },
            password: { type: 'string' },
            admin: { type: 'boolean', default: false },
            editor: { type: 'string', multiple: true },
            viewer: { type: 'string', multiple: true },
            coach: { type: 'string', multiple: true },
          },
        });
        const password = values.password ?? randomBytes(12).toString('base64url');
        // Resolve every zone and region first: an unknown slug creates nothing.
        const zoneFor = async (slug: string) => (await db.getRepository(Zone).findOneBy({ slug })) ?? Promise.reject(new Error(`Unknown zone "${slug}"`));
        const editorZones = await Promise.all(list(values.editor).map(zoneFor));
        const viewerZones = await Promise.all(list(values.viewer).map(zoneFor));
        const regions = await Promise.all(
          list(values.coach).map(async (slug) => (await db.getRepository(Region).findOneBy({ slug })) ?? Promise.reject(new Error(`Unknown region "${slug}"`))),
        );
        const auth = new AuthService(db);
        const user = await auth.createUser({ email: values.email, name: values.name, password }, { isAdmin: values.admin });
        for (const zone of editorZones) await auth.addMembership(user.id, zone.id, 'EDITOR');
        for (const zone of viewerZones) await auth.addMembership(user.id, zone.id, 'VIEWER');
        for (const region of regions) await auth.addCoachRegion(user.id, region.id);
        console.log(`Created user ${user.email}${values.password ? '' : ` with password ${password}`}`);
      }),
  },
  'token:create': {
    help: '--email E --name N [--scope READ|READ_WRITE] [--expires yyyy-mm-dd]  (prints the secret once)',
    run: (args) =>
      withDatabase(async (db) => {
        const { values } = parseArgs({
          args,
          options: { email: { type: 'string' }, name: { type: 'string' }, scope: { type: 'string', default: 'READ' }, expires: { type: 'string' } },
        });
        const user = await db.getRepository(User).findOneBy({ email: (values.email ?? '').toLowerCase() });
        if (!user) throw new Error(`Unknown user "${values.email ?? ''}"`);
        const { secret } = await new AuthService(db).issueToken(user.id, { name: values.name, scope: values.scope, expiresAt: values.expires ?? null });
        console.log(secret);
      }),
  },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log('Usage: pnpm cli <command>\n\nCommands:');
    for (const [n, c] of Object.entries(commands)) console.log(`  ${n.padEnd(14)} ${c.help}`);
    process.exit(name ? 2 : 0);
  }
  await command.run(args);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
