// The pool's safeguards: a request never waits forever for a connection, and a session left idle
// inside a transaction is ended by PostgreSQL; no statement runs for ever; one request borrows at
// most its share of the pool; a request whose client left runs no more reads.
import { databaseRefusal } from '../common/app-error';
import { createDataSource } from '../database';
import { freePort } from './embedded';
import { checkReaderInternals, preparedQuery } from './reader';
import { cancelReads, withQueryCounter } from './query-counter';
import { createTestDatabase, type TestDatabase } from '../test/db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe('createDataSource', () => {
  it('fails a query that finds every connection taken after the timeout, and serves it again once one is free', async () => {
    const db = createDataSource(t.url, { poolSize: 1, connectionTimeoutMs: 300 });
    await db.initialize();
    const holder = db.createQueryRunner();
    try {
      await holder.connect();
      await holder.startTransaction();
      const started = Date.now();
      const error = await db.query('SELECT 1').catch((e: unknown) => e);
      expect(String(error)).toMatch(/timeout/i);
      // Answered as a busy server, never as INTERNAL_SERVER_ERROR.
      expect(databaseRefusal(error)?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfter: 1 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(Date.now() - started).toBeLessThan(5_000);
      await holder.rollbackTransaction();
    } finally {
      await holder.release();
    }
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await db.destroy();
  });

  it('asks PostgreSQL to end sessions left idle in a transaction', async () => {
    const db = createDataSource(t.url);
    await db.initialize();
    const [{ idle_in_transaction_session_timeout: value }] = await db.query('SHOW idle_in_transaction_session_timeout');
    expect(value).toBe('1min');
    await db.destroy();
  });

  it('cancels a statement that runs past the statement timeout, answered as QUERY_TIMEOUT', async () => {
    const db = createDataSource(t.url, { statementTimeoutMs: 200 });
    await db.initialize();
    try {
      const [{ statement_timeout: value }] = await db.query('SHOW statement_timeout');
      expect(value).toBe('200ms');
      const started = Date.now();
      const error = await db.query('SELECT pg_sleep(3)').catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(databaseRefusal(error)?.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
      expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.destroy();
    }
    const byDefault = createDataSource(t.url);
    await byDefault.initialize();
    expect((await byDefault.query('SHOW statement_timeout'))[0].statement_timeout).toBe('15s');
    await byDefault.destroy();
  });

  it('lends one request at most its share of the connections, while others find one at once', async () => {
    const db = createDataSource(t.url, { poolSize: 4, connectionsPerRequest: 2 });
    await db.initialize();
    try {
      const started = Date.now();
      // One request: eight statements of 150 ms, two at a time.
      const { result } = withQueryCounter(() => Promise.all(Array.from({ length: 8 }, () => db.query('SELECT pg_sleep(0.15)'))));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const other = Date.now();
      await db.query('SELECT 1'); // outside the request: one of the two connections left
      expect(Date.now() - other).toBeLessThan(100);
      await result;
      expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 150);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()`);
      expect(n).toBeLessThanOrEqual(4);
    } finally {
      await db.destroy();
    }
  });

  it('runs no more reads of a request whose client left, but lets its transaction finish', async () => {
    const db = createDataSource(t.url);
    await db.initialize();
    try {
      const outcome = withQueryCounter(async () => {
        const inTransaction = db.transaction(async (manager) => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          return manager.query('SELECT 2 AS two');
        });
        await new Promise((resolve) => setTimeout(resolve, 10));
        return { read: await db.query('SELECT 1').catch((e: { extensions?: unknown }) => e.extensions), inTransaction: await inTransaction };
      });
      cancelReads(outcome.counter);
      expect(await outcome.result).toEqual({ read: { code: 'REQUEST_CANCELLED' }, inTransaction: [{ two: 2 }] });
    } finally {
      await db.destroy();
    }
  });
});

describe('prepared reads', () => {
  it('survive the tables changing under them (a restore, another instance migrating)', async () => {
    const db = createDataSource(t.url, { poolSize: 1 });
    await db.initialize();
    try {
      await db.query('CREATE TABLE prepared_probe (id int PRIMARY KEY, name text)');
      await db.query("INSERT INTO prepared_probe VALUES (1, 'een')");
      const read = () => preparedQuery(db, 'SELECT * FROM prepared_probe ORDER BY id', []);
      expect(await read()).toEqual([{ id: 1, name: 'een' }]);
      // As pg_restore --clean does: the table dropped and made again, here with another shape.
      await db.query('DROP TABLE prepared_probe');
      await db.query("CREATE TABLE prepared_probe (id int PRIMARY KEY, name text, note text DEFAULT 'nieuw')");
      await db.query("INSERT INTO prepared_probe (id, name) VALUES (1, 'een')");
      // PostgreSQL refuses the old statement ("cached plan must not change result type"): prepared again.
      expect(await read()).toEqual([{ id: 1, name: 'een', note: 'nieuw' }]);
      expect(await read()).toEqual([{ id: 1, name: 'een', note: 'nieuw' }]);
    } finally {
      await db.query('DROP TABLE IF EXISTS prepared_probe');
      await db.destroy();
    }
  });
});

describe('the reader', () => {
  it('fails loudly when TypeORM no longer has the internals it reads through', () => {
    const db = createDataSource('postgres://nobody@127.0.0.1:1/none');
    expect(() => checkReaderInternals(db)).not.toThrow();
    // As after an upgrade that renamed them.
    Object.assign(db.driver, { obtainSlaveConnection: undefined, prepareHydratedValue: undefined });
    expect(() => checkReaderInternals(db)).toThrow(/PostgresDriver.prepareHydratedValue, PostgresDriver.obtainSlaveConnection\): adapt it/);
  });
});

describe('an unreachable database', () => {
  it('is SERVICE_UNAVAILABLE with a retry in seconds, whether the connection is refused, lost or the server shuts down', async () => {
    const port = await freePort();
    const db = createDataSource(`postgres://postgres:postgres@127.0.0.1:${port}/kruispunt`);
    const refused = await db.initialize().catch((e: unknown) => e);
    expect(databaseRefusal(refused)?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfter: 5 });
    for (const lost of [new Error('Connection terminated unexpectedly'), Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })]) {
      expect(databaseRefusal(lost)?.code).toBe('SERVICE_UNAVAILABLE');
    }
    // A plain bug stays a bug.
    expect(databaseRefusal(Object.assign(new Error('column "x" does not exist'), { code: '42703' }))).toBeNull();
  });
});
