// Counts SQL statements per unit of work (a GraphQL request, a benchmark step, a test).
// The count lives in AsyncLocalStorage, so concurrent requests do not mix.
import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';

interface Counter {
  queries: number;
}

const storage = new AsyncLocalStorage<Counter>();

export function withQueryCounter<T>(fn: () => T): { result: T; counter: Counter } {
  const counter: Counter = { queries: 0 };
  const result = storage.run(counter, fn);
  return { result, counter };
}

export function currentQueryCounter(): Counter | undefined {
  return storage.getStore();
}

export class CountingLogger extends AbstractLogger {
  constructor(private readonly echo: boolean) {
    super();
  }

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const counter = storage.getStore();
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
