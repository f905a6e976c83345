// The pg driver TypeORM is given (its documented `driver` option): pg itself, with a pool that
// lends one unit of work (a GraphQL request, see `db/query-counter.ts`) at most `perUnit`
// connections at once. A request of 200 aliased searches used to send its 1 000 statements to the
// pool at once, which queues them first come, first served: every other request, even another
// user's sign-in check, waited behind all of them (seconds). Now such a request waits for its own
// connections, and with four requests admitted at a time (`graphql/concurrency.ts`) at most 16 of
// the 20 are lent to requests: statements outside a request (the sign-in and rate-limit check)
// always find one. A request waits here as long as its own statements keep finishing; when none
// has for the pool's connection timeout (a request holding all its connections in transactions),
// its waiting statements fail as they would in the pool.
import pg from 'pg';
import { currentQueryCounter, type Counter } from './query-counter';

type Callback = (error: Error | undefined, client?: pg.PoolClient, release?: (error?: Error | boolean) => void) => void;

interface Lending {
  lent: number;
  waiting: { turn: () => void; fail: (error: Error) => void }[];
  /** When a connection was last given back (or lent). */
  progress: number;
  timer?: NodeJS.Timeout;
}

const lendings = new WeakMap<Counter, Lending>();

export function fairPgDriver(perUnit: number): typeof pg {
  class FairPool extends pg.Pool {
    // Overloads of pg.Pool: with a callback (TypeORM, pg's own `query`) or returning a promise.
    connect(): Promise<pg.PoolClient>;
    connect(callback: Callback): void;
    connect(callback?: Callback): Promise<pg.PoolClient> | void {
      if (!callback) {
        return new Promise((resolve, reject) => this.connect((error, client) => (error ? reject(error) : resolve(client!))));
      }
      const unit = currentQueryCounter();
      if (!unit) return void super.connect(callback as never);
      let lending = lendings.get(unit);
      if (!lending) lendings.set(unit, (lending = { lent: 0, waiting: [], progress: Date.now() }));
      const current = lending;
      const borrow = () => {
        current.lent += 1;
        current.progress = Date.now();
        super.connect(((error: Error | undefined, client?: pg.PoolClient, release?: (error?: Error | boolean) => void) => {
          let returned = false;
          const giveBack = () => {
            if (returned) return;
            returned = true;
            current.lent -= 1;
            current.progress = Date.now();
            current.waiting.shift()?.turn();
          };
          if (error || !client || !release) {
            giveBack();
            return callback(error);
          }
          const wrapped = (releaseError?: Error | boolean) => {
            giveBack();
            release(releaseError);
          };
          // pg's `query` calls `client.release`, TypeORM the third argument: both give it back.
          client.release = wrapped;
          callback(undefined, client, wrapped);
        }) as never);
      };
      if (current.lent < perUnit) return borrow();
      current.waiting.push({ turn: borrow, fail: (error) => callback(error) });
      const timeoutMs = (this.options as { connectionTimeoutMillis?: number }).connectionTimeoutMillis ?? 0;
      if (timeoutMs > 0 && !current.timer) {
        const check = () => {
          current.timer = undefined;
          if (!current.waiting.length) return;
          const idle = Date.now() - current.progress;
          if (idle < timeoutMs) {
            current.timer = setTimeout(check, timeoutMs - idle);
            return;
          }
          // The same error as the pool's, so it is answered the same way (SERVICE_UNAVAILABLE).
          for (const waiter of current.waiting.splice(0)) waiter.fail(new Error('timeout exceeded when trying to connect'));
        };
        current.timer = setTimeout(check, timeoutMs);
      }
    }
  }
  return { ...pg, Pool: FairPool } as typeof pg;
}
