import { MigrationExecutor, type DataSource } from 'typeorm';
import { config } from './config';
import { dataSourceWith, type PoolOptions } from './db/data-source';
import { entities } from './entities';
import { resolveDataDir, startEmbeddedPostgres } from './db/embedded';
import { loadDemoAccounts } from './seed/demo-accounts';
import { isEmpty, loadSeed } from './seed/seed';

/** A data source over every module's entities (pool options: `db/data-source.ts`). */
export function createDataSource(url: string, options: PoolOptions = {}): DataSource {
  return dataSourceWith(entities, url, options);
}

export interface OpenDatabase {
  db: DataSource;
  close: () => Promise<void>;
}

// Any constant shared by all instances: several API instances starting at once take turns.
const STARTUP_LOCK = 7_274_823;

/**
 * Connects to DATABASE_URL, or to an embedded PostgreSQL started here when none is given,
 * migrates, and loads the seed zones into an empty database when asked.
 */
export async function openDatabase(options: { seed?: boolean; demoAccounts?: boolean } = {}): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded = async (): Promise<void> => undefined;
  if (!url) {
    const dir = resolveDataDir(config.embeddedPgDir, config.embeddedPgDirExplicit, config.repoRoot);
    console.log(`Embedded PostgreSQL, data in ${dir}`);
    const embedded = await startEmbeddedPostgres(dir, config.embeddedPgPort);
    url = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const db = createDataSource(url, {
    logSql: config.logSql,
    statementTimeoutMs: config.statementTimeoutMs,
    connectionsPerRequest: config.connectionsPerRequest,
    replicaUrl: config.replica?.url,
    replicaCheckMs: config.replica?.checkMs,
  });
  await db.initialize();
  const lock = db.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    // A migration may rewrite a large table: the statement timeout of requests is not for it.
    await lock.query('SET statement_timeout = 0');
    const migrations = new MigrationExecutor(db, lock);
    migrations.transaction = 'each';
    const applied = await migrations.executePendingMigrations();
    if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
    if (options.seed && (await isEmpty(db))) {
      console.log('Empty database: loading the seed zones ...');
      await loadSeed(db);
      if (options.demoAccounts) await loadDemoAccounts(db);
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    // Back to the pool's statement timeout before the connection serves requests.
    await lock.query('RESET statement_timeout').catch(() => undefined);
    await lock.release();
  }
  return {
    db,
    close: async () => {
      await db.destroy();
      await stopEmbedded();
    },
  };
}
