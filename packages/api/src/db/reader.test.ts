// Rows read with only some columns (a page of actions reads what its fields need): the columns
// it did not read fail by name when a resolver reads them, instead of answering undefined.
import { Action } from '../modules/action/action.entity';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { hydratePartial, lockedRow, preparedQuery, selectList, transactionQuery, updatedRow } from './reader';

// One seeded database for the file: the partial reads run first and only read.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seed: true });
});
afterAll(async () => {
  await t.drop();
});

describe('partial rows (db/reader.ts)', () => {
  it('reads the selected columns, keeps the class, and names a column that was not read', async () => {
    const metadata = t.db.getMetadata(Action);
    const columns = ['id', 'title', 'actionPlanId'];
    const [row] = await preparedQuery(t.db, `SELECT ${selectList(metadata, 'e', columns)} FROM action e ORDER BY e.title LIMIT 1`, []);
    const action = hydratePartial<Action>(metadata, 'e', row!, columns);
    expect(action).toBeInstanceOf(Action);
    expect(typeof action.title).toBe('string');
    expect(action.globalId).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(() => action.what).toThrow('Action.what was not read for this list');
    expect(() => action.progressStatus).toThrow('Action.progressStatus was not read for this list');
    // Writing a column that was not read makes it the row's own, as on a whole row.
    action.what = 'Nieuw';
    expect(action.what).toBe('Nieuw');
    // Another row with the same columns shares the prototype, and is not changed by that write.
    const [other] = await preparedQuery(t.db, `SELECT ${selectList(metadata, 'e', columns)} FROM action e ORDER BY e.title DESC LIMIT 1`, []);
    const second = hydratePartial<Action>(metadata, 'e', other!, columns);
    expect(Object.getPrototypeOf(second)).toBe(Object.getPrototypeOf(action));
    expect(() => second.what).toThrow('Action.what was not read');
  });

  it('reads a whole row when no columns are named', async () => {
    const metadata = t.db.getMetadata(Action);
    const [row] = await preparedQuery(t.db, `SELECT ${selectList(metadata, 'e')} FROM action e LIMIT 1`, []);
    const action = hydratePartial<Action>(metadata, 'e', row!, null);
    expect(action.what === null || typeof action.what === 'string').toBe(true);
    expect(Object.getPrototypeOf(action)).toBe(Action.prototype);
  });
});

describe('a save through the door (db/reader.ts: lockedRow, updatedRow, transactionQuery)', () => {
  it('locks and updates a row as TypeORM would store it: converted values, version + 1, update date, the stored row back', async () => {
    const [{ id }] = await t.db.query(`SELECT id FROM action ORDER BY title LIMIT 1`);
    const before = (await t.db.getRepository(Action).findOneByOrFail({ id }))!;
    const updated = await t.db.transaction(async (m) => {
      const locked = await lockedRow<Action>(m, Action, id);
      expect(locked).toBeInstanceOf(Action);
      expect(locked!.version).toBe(before.version);
      // Another transaction cannot take the lock meanwhile.
      await expect(t.db.query(`SELECT id FROM action WHERE id = $1 FOR UPDATE NOWAIT`, [id])).rejects.toThrow(/could not obtain lock/);
      return updatedRow<Action>(m, Action, id, { title: 'Nieuwe titel', estimatedDays: 2.5, inScope: ['a', 'b'], what: undefined });
    });
    expect(updated).toBeInstanceOf(Action);
    expect(updated).toMatchObject({ id, title: 'Nieuwe titel', estimatedDays: 2.5, inScope: ['a', 'b'], what: before.what, version: before.version + 1 });
    expect(updated!.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    // What a read through TypeORM gives is the same row.
    expect(await t.db.getRepository(Action).findOneByOrFail({ id })).toEqual(updated);
  });

  it('answers null for a missing row, refuses a property that is no column, and runs outside a transaction as a plain query', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await t.db.transaction(async (m) => {
      expect(await lockedRow(m, Action, missing)).toBeNull();
      expect(await updatedRow(m, Action, missing, { title: 'x' })).toBeNull();
      await expect(updatedRow(m, Action, missing, { themes: [] })).rejects.toThrow('updatedRow: Action.themes is no column');
    });
    expect(await transactionQuery(t.db.manager, `SELECT $1::int + 1 AS n`, [1])).toEqual([{ n: 2 }]);
  });

  it('leaves nothing behind when the transaction fails after a prepared statement', async () => {
    const [{ id, title }] = await t.db.query(`SELECT id, title FROM action ORDER BY title DESC LIMIT 1`);
    await expect(
      t.db.transaction(async (m) => {
        await transactionQuery(m, `UPDATE action SET title = $2 WHERE id = $1`, [id, 'Wordt teruggedraaid']);
        await transactionQuery(m, `SELECT 1 / 0`, []);
      }),
    ).rejects.toThrow(/division by zero/);
    expect((await t.db.query(`SELECT title FROM action WHERE id = $1`, [id]))[0].title).toBe(title);
  });
});
