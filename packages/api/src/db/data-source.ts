import 'reflect-metadata';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from '../entities';
import { CountingLogger } from './query-counter';
import { fairPgDriver } from './fair-pool';
import { attachReplica, checkReaderInternals } from './reader';

export interface PoolOptions {
  logSql?: boolean;
  /** Connections per process (default 20). */
  poolSize?: number;
  /** How long a request waits for a free connection before it fails (default 10 s). */
  connectionTimeoutMs?: number;
  /** Longest run of one statement before PostgreSQL cancels it (default 15 s; 0: none). */
  statementTimeoutMs?: number;
  /** Connections one request may hold at once (default 4, `db/fair-pool.ts`). */
  connectionsPerRequest?: number;
  /** A streaming replica (hot standby) of `url` that serves the reads of GraphQL queries (`db/reader.ts`). */
  replicaUrl?: string;
  /** How long the replica's replay position is trusted before it is asked again, in ms (default 500). */
  replicaCheckMs?: number;
}

/**
 * Nothing waits forever: a request that finds every connection taken fails after
 * `connectionTimeoutMs` instead of holding its place in the admission limit for good, and
 * PostgreSQL ends a session left idle inside a transaction after a minute (its locks would
 * otherwise block every writer of those rows). No statement runs longer than
 * `statementTimeoutMs`: set when each connection starts (no statement per request), so the
 * heaviest allowed query cannot hold a connection for minutes (the client gets QUERY_TIMEOUT).
 * Migrations run without it (`database.ts`). `entities`: every module's (`src/entities.ts`, through
 * `createDataSource` in `src/database.ts`), so that this layer knows no module.
 */
export function dataSourceWith(entities: DataSourceOptions['entities'], url: string, options: PoolOptions = {}): DataSource {
  const driver = fairPgDriver(options.connectionsPerRequest ?? 4);
  const pool = {
    max: options.poolSize ?? 20,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
    idle_in_transaction_session_timeout: 60_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
  };
  const db = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: [path.join(__dirname, '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    // Never synchronize: the schema changes only through reviewed migrations.
    synchronize: false,
    logging: ['query', 'error', 'warn'],
    logger: new CountingLogger(options.logSql ?? false),
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations, not at connect.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    driver,
    extra: pool,
  });
  checkReaderInternals(db);
  // The replica's pool connects on first use: a replica that is down does not keep the API from starting.
  if (options.replicaUrl) attachReplica(db, new driver.Pool({ connectionString: options.replicaUrl, ...pool }), options.replicaCheckMs ?? 500);
  return db;
}
