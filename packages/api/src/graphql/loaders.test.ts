// The generic loaders against the seeded database: join tables and link rows are found from
// TypeORM's relation metadata (no table or column names at the call), and give what the tables hold.
import { ActionLink } from '../modules/action/action.entity';
import { CoachRegion } from '../modules/auth/auth.entity';
import { Cluster } from '../modules/cluster/cluster.entity';
import { WorkingGroup, WorkingGroupOwner } from '../modules/collaboration/working-group.entity';
import { Partner } from '../modules/partner/partner.entity';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { Loaders } from './loaders';

describe('Loaders', () => {
  let t: TestDatabase;
  const everything = () => new Loaders(t.db, { scope: (qb) => qb });

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
  });
  afterAll(async () => t?.drop());

  /** Pairs (owner, target) of a table, as `owner>target` sorted, from SQL. */
  async function pairs(table: string, owner: string, target: string): Promise<string[]> {
    const rows: { o: string; t: string }[] = await t.db.query(`SELECT ${owner} AS o, ${target} AS t FROM ${table}`);
    return rows.map((r) => `${r.o}>${r.t}`).sort();
  }

  /** The same pairs as a loader gives them for every owner id that has some. */
  async function loaded(ids: string[], load: (id: string) => Promise<{ id: string }[]>): Promise<string[]> {
    const lists = await Promise.all(ids.map(load));
    return ids.flatMap((id, i) => lists[i]!.map((row) => `${id}>${row.id}`)).sort();
  }

  const distinct = async (table: string, column: string): Promise<string[]> => ((await t.db.query(`SELECT DISTINCT ${column} AS id FROM ${table}`)) as { id: string }[]).map((r) => r.id);

  it('reads a many-to-many relation both ways through its @JoinTable', async () => {
    const expected = await pairs('partner_zone', 'partner_id', 'zone_id');
    expect(expected.length).toBeGreaterThan(0);
    const loaders = everything();
    expect(await loaded(await distinct('partner_zone', 'partner_id'), (id) => loaders.through(Partner, 'zones').load(id))).toEqual(expected);
    const reversed = await pairs('partner_zone', 'zone_id', 'partner_id');
    expect(await loaded(await distinct('partner_zone', 'zone_id'), (id) => loaders.throughInverse(Partner, 'zones').load(id))).toEqual(reversed);
    const members = await pairs('cluster_member', 'cluster_id', 'partner_id');
    expect(await loaded(await distinct('cluster_member', 'cluster_id'), (id) => loaders.through(Cluster, 'members').load(id))).toEqual(members);
  });

  it('reads targets through link rows with two many-to-one relations', async () => {
    const loaders = everything();
    const owned = await pairs('working_group_owner', 'zone_id', 'working_group_id');
    expect(owned.length).toBeGreaterThan(0);
    expect(await loaded(await distinct('working_group_owner', 'zone_id'), (id) => loaders.throughLinks(WorkingGroupOwner, 'zone', 'workingGroup').load(id))).toEqual(owned);
    // The seed links no actions: link the first action to two others.
    await t.db.query(
      `INSERT INTO action_link (from_action_id, to_action_id) SELECT a.id, b.id FROM (SELECT id FROM action ORDER BY id LIMIT 1) a, (SELECT id FROM action ORDER BY id DESC LIMIT 2) b`,
    );
    const links = await pairs('action_link', 'from_action_id', 'to_action_id');
    expect(links).toHaveLength(2);
    expect(await loaded(await distinct('action_link', 'from_action_id'), (id) => loaders.throughLinks(ActionLink, 'fromAction', 'toAction', 'title').load(id))).toEqual(links);
    // No coach in the seed: an empty list per key, not an error.
    expect(await loaders.throughLinks(CoachRegion, 'region', 'user').load('00000000-0000-0000-0000-000000000000')).toEqual([]);
  });

  it('fails when the loader is made for a relation TypeORM does not declare', () => {
    const loaders = everything();
    expect(() => loaders.through(WorkingGroup, 'kind')).toThrow('WorkingGroup.kind is no many-to-many relation');
    expect(() => loaders.throughLinks(WorkingGroupOwner, 'zone', 'workingGroupId')).toThrow('WorkingGroupOwner.workingGroupId is no many-to-one relation');
    expect(() => loaders.childrenOf(WorkingGroupOwner, 'role' as never)).not.toThrow();
    expect(() => loaders.childrenOf(WorkingGroupOwner, 'nothing' as never)).toThrow('WorkingGroupOwner.nothing is no column');
  });
});
