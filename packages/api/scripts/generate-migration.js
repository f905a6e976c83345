// Generates a migration from the difference between the entities and a database at the
// current migration head: `pnpm --filter @kruispunt/api build && node scripts/generate-migration.js Name`.
// Uses a throwaway embedded PostgreSQL unless DATABASE_URL is given.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration.js PascalCaseName');
  const { createDataSource } = require('../dist/database');
  let stop = async () => undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    const { startEmbeddedPostgres } = require('../dist/db/embedded');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kruispunt-gen-'));
    fs.chmodSync(dir, 0o755);
    const db = await startEmbeddedPostgres(path.join(dir, 'pg'), 54000 + Math.floor(Math.random() * 1000));
    url = db.url;
    stop = db.stop;
  }
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  await stop();
  if (sql.upQueries.length === 0) {
    console.log('No changes.');
    return;
  }
  const ts = Date.now();
  const q = (s) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const call = (x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`;
  const up = sql.upQueries.map(call).join('\n');
  const down = sql.downQueries.reverse().map(call).join('\n');
  const file = path.join(__dirname, '..', 'src', 'migrations', `${ts}-${name}.ts`);
  fs.writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  console.log(`Wrote ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
