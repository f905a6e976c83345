// Counts SQL statements per unit of work (a GraphQL request, a benchmark step, a test).
// The count lives in AsyncLocalStorage, so concurrent requests do not mix.
import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';
import { AppError } from '../common/app-error';

export interface Counter {
  queries: number;
  /** The client went away: its remaining reads are not run (`cancelReads`). */
  cancelled?: boolean;
  /** Its reads may go to the replica (a GraphQL query; see `routeReads` in db/reader.ts). */
  replica?: boolean;
}

const storage = new AsyncLocalStorage<Counter>();

/** Runs `fn` counting its statements, in a new counter or in `counter` (one begun earlier). */
export function withQueryCounter<T>(fn: () => T, counter: Counter = { queries: 0 }): { result: T; counter: Counter } {
  const result = storage.run(counter, fn);
  return { result, counter };
}

export function currentQueryCounter(): Counter | undefined {
  return storage.getStore();
}

/**
 * Stops the reads of a unit of work whose client has left: every later read statement fails at
 * once (REQUEST_CANCELLED) instead of taking a pooled connection, so 1 000 aliased fields of a
 * closed request do not keep the database busy. A statement already running ends by itself (and
 * by `statement_timeout`); a transaction (a write) is left to finish or roll back as a whole.
 */
export function cancelReads(counter: Counter): void {
  counter.cancelled = true;
}

export class CountingLogger extends AbstractLogger {
  constructor(private readonly echo: boolean) {
    super();
  }

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    const counter = storage.getStore();
    // TypeORM (and `preparedQuery`) log a statement before sending it: the place to stop it.
    if (counter?.cancelled && !queryRunner?.isTransactionActive) throw new AppError('REQUEST_CANCELLED', 'Het verzoek werd afgebroken: de client is weg.');
    // Transaction control statements are not data access; do not count them.
    if (counter && !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query)) counter.queries += 1;
    if (this.echo) console.log('[sql]', query, parameters ?? '');
  }

  protected writeLog(level: LogLevel, message: LogMessage | string | number | (LogMessage | string | number)[]): void {
    if (level === 'error' || level === 'warn') console.error('[typeorm]', message);
  }
}

/** Runs background work (not part of the request's answer) without counting its statements. */
export function outsideQueryCounter<T>(fn: () => T): T {
  return storage.exit(fn);
}
