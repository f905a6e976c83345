// Rows read with only some columns (a page of actions reads what its fields need): the columns
// it did not read fail by name when a resolver reads them, instead of answering undefined.
import { Action } from '../modules/action/action.entity';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { hydratePartial, preparedQuery, selectList } from './reader';

describe('partial rows (db/reader.ts)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
  });
  afterAll(async () => {
    await t.drop();
  });

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
