// Join-table writes against the seeded database: the table and columns come from TypeORM's relation
// metadata (as the loaders' `through` reads them), the writes change what the loaders then read,
// and no source file writes a declared join table by a name of its own.
import fs from 'node:fs';
import path from 'node:path';
import { Action } from '../modules/action/action.entity';
import { Cluster } from '../modules/cluster/cluster.entity';
import { WorkingGroup } from '../modules/collaboration/working-group.entity';
import { Partner } from '../modules/partner/partner.entity';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { Loaders } from '../graphql/loaders';
import { toGlobalId } from './global-id';
import { fromTarget, joinTableOf, joinTableSql, linkedGlobalIds, replaceLinks } from './write';

describe('join-table writes', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
  });
  afterAll(async () => t?.drop());

  /** Every `@ManyToMany` + `@JoinTable` relation TypeORM knows, as `Entity.property`. */
  const declared = () =>
    t.db.entityMetadatas.flatMap((e) =>
      e.relations.filter((r) => r.isManyToMany && r.isOwning).map((r) => ({ entity: e.target as new () => object, name: `${e.name}.${r.propertyName}`, r })),
    );

  it('names the join table and columns each @JoinTable declares, and those exist in the database', async () => {
    expect(joinTableOf(t.db.manager, Partner, 'zones')).toEqual({ table: 'partner_zone', ownerColumn: 'partner_id', targetColumn: 'zone_id' });
    expect(fromTarget(joinTableOf(t.db.manager, Partner, 'zones'))).toEqual({ table: 'partner_zone', ownerColumn: 'zone_id', targetColumn: 'partner_id' });
    const relations = declared();
    expect(relations.map((d) => d.name).sort()).toEqual([
      'Action.projects',
      'Action.stakeholderPartners',
      'Action.themes',
      'Action.workingGroups',
      'Cluster.members',
      'Partner.zones',
      'Project.members',
      'Project.themes',
      'WorkingGroup.members',
      'WorkingGroup.themes',
    ]);
    const columns: { table_name: string; column_name: string }[] = await t.db.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`);
    const existing = new Set(columns.map((c) => `${c.table_name}.${c.column_name}`));
    for (const d of relations) {
      const j = joinTableOf(t.db.manager, d.entity, d.r.propertyName as never);
      expect([d.name, j.table]).toEqual([d.name, d.r.junctionEntityMetadata!.tableName]);
      expect([d.name, existing.has(`${j.table}.${j.ownerColumn}`), existing.has(`${j.table}.${j.targetColumn}`)]).toEqual([d.name, true, true]);
    }
  });

  it('fails for a property that is no owning many-to-many relation', () => {
    expect(() => joinTableOf(t.db.manager, WorkingGroup, 'kind')).toThrow('WorkingGroup.kind is not the owning side (@JoinTable) of a many-to-many relation');
    expect(() => joinTableOf(t.db.manager, Action, 'actionPlan' as never)).toThrow('Action.actionPlan is not the owning side');
  });

  it('replaces, copies and adds links that the loaders then read', async () => {
    const [group] = await t.db.getRepository(WorkingGroup).find({ take: 1, order: { name: 'ASC' } });
    const partners = await t.db.getRepository(Partner).find({ take: 3, order: { name: 'ASC' } });
    const ids = partners.map((p) => p.id);
    const members = async (id: string) => (await new Loaders(t.db, { scope: (qb) => qb }).through(WorkingGroup, 'members').load(id)).map((p) => p.id).sort();

    await t.db.transaction(async (m) => replaceLinks(m, WorkingGroup, 'members', group!.id, ids.slice(0, 2)));
    expect(await members(group!.id)).toEqual(ids.slice(0, 2).sort());
    expect(await linkedGlobalIds(t.db.manager, WorkingGroup, 'members', group!.id, 'Partner')).toEqual(
      ids
        .slice(0, 2)
        .map((id) => toGlobalId('Partner', id))
        .sort(),
    );
    await t.db.transaction(async (m) => replaceLinks(m, WorkingGroup, 'members', group!.id, []));
    expect(await members(group!.id)).toEqual([]);

    // A cluster's links copied onto another cluster; then a zone's partners added from the zone's side.
    const clusters = await t.db.getRepository(Cluster).find({ take: 2, order: { name: 'ASC' } });
    const [from, to] = clusters;
    await t.db.transaction(async (m) => {
      const j = joinTableOf(m, Cluster, 'members');
      await m.query(joinTableSql.deleteAll(j), [to!.id]);
      await m.query(joinTableSql.copy(j), [from!.id, to!.id]);
    });
    expect(await linkedGlobalIds(t.db.manager, Cluster, 'members', to!.id, 'Partner')).toEqual(await linkedGlobalIds(t.db.manager, Cluster, 'members', from!.id, 'Partner'));

    const zoneId = from!.zoneId;
    await t.db.query(joinTableSql.insertMissing(fromTarget(joinTableOf(t.db.manager, Partner, 'zones'))), [zoneId, ids]);
    for (const id of ids) expect(await linkedGlobalIds(t.db.manager, Partner, 'zones', id, 'Zone')).toContain(toGlobalId('Zone', zoneId));
  });

  it('leaves no INSERT INTO / DELETE FROM a declared join table by name in the source (tests and migrations aside)', () => {
    const tables = declared().map((d) => d.r.junctionEntityMetadata!.tableName);
    const pattern = new RegExp(`\\b(INSERT\\s+INTO|DELETE\\s+FROM)\\s+"?(${tables.join('|')})\\b`, 'i');
    const root = path.join(__dirname, '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'migrations') walk(file);
        } else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && pattern.test(fs.readFileSync(file, 'utf8'))) offenders.push(path.relative(root, file));
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
