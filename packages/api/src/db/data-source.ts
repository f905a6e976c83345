import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { CountingLogger } from './query-counter';

export interface PoolOptions {
  logSql?: boolean;
  /** Connections per process (default 20). */
  poolSize?: number;
  /** How long a request waits for a free connection before it fails (default 10 s). */
  connectionTimeoutMs?: number;
}

/**
 * Nothing waits forever: a request that finds every connection taken fails after
 * `connectionTimeoutMs` instead of holding its place in the admission limit for good, and
 * PostgreSQL ends a session left idle inside a transaction after a minute (its locks would
 * otherwise block every writer of those rows).
 */
export function createDataSource(url: string, options: PoolOptions = {}): DataSource {
  return new DataSource({
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
    extra: {
      max: options.poolSize ?? 20,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
      idle_in_transaction_session_timeout: 60_000,
    },
  });
}
