// The pool's safeguards: a request never waits forever for a connection, and a session left idle
// inside a transaction is ended by PostgreSQL.
import { createDataSource } from './data-source';
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
      await expect(db.query('SELECT 1')).rejects.toThrow(/timeout/i);
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
});
