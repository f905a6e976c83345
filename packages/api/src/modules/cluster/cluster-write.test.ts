// Writing clusters of a zone's general assembly over real HTTP: members as partner ids, zone
// editors only, validation naming the field, version checks on update and delete.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, countOf, fieldOf, gidOf, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const FIELDS = 'id version kind name zone { slug } members { name zones { slug } }';

describe('writing clusters', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let noord: TestUser;
  let zoneId: string;
  let vaph: string;
  let caw: string;

  const clusterCount = () => countOf(db, `SELECT count(*)::int AS n FROM cluster`);
  const create = (user: TestUser, input: Record<string, unknown>) =>
    gql(server.url, `mutation($z: ID!, $i: ClusterInput!) { createCluster(zoneId: $z, input: $i) { ${FIELDS} } }`, { z: zoneId, i: input }, user.headers);
  const update = (user: TestUser, id: string, version: number, input: Record<string, unknown>) =>
    gql(server.url, `mutation($id: ID!, $v: Int!, $i: ClusterInput!) { updateCluster(id: $id, version: $v, input: $i) { ${FIELDS} } }`, { id, v: version, i: input }, user.headers);
  const remove = (user: TestUser, id: string, version: number) => gql(server.url, `mutation($id: ID!, $v: Int!) { deleteCluster(id: $id, version: $v) }`, { id, v: version }, user.headers);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    zoneId = await zoneGid(db, 'elz-leuven-zuid');
    vaph = await gidOf(db, 'Partner', `SELECT id FROM partner WHERE name = 'VAPH'`);
    // A partner active in Leuven Noord, not (yet) in Leuven Zuid.
    caw = await gidOf(
      db,
      'Partner',
      `SELECT p.id FROM partner p WHERE p.name = 'Tele-onthaal' AND NOT EXISTS (SELECT 1 FROM partner_zone pz JOIN zone z ON z.id = pz.zone_id WHERE pz.partner_id = p.id AND z.slug = 'elz-leuven-zuid')`,
    );
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('creates, updates and deletes a cluster with its members', async () => {
    const created = await create(zuid, { kind: 'WELFARE', name: 'Welzijn en wonen', memberIds: [vaph] });
    expect(created.errors).toBeUndefined();
    const cluster = created.data!.createCluster;
    expect(cluster).toMatchObject({ kind: 'WELFARE', name: 'Welzijn en wonen', zone: { slug: 'elz-leuven-zuid' }, members: [{ name: 'VAPH' }] });

    // A member of the zone's assembly is a partner of the zone: Tele-onthaal gets linked to Leuven Zuid.
    const updated = await update(zuid, cluster.id, cluster.version, { name: 'Welzijn', memberIds: [vaph, caw] });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCluster.name).toBe('Welzijn');
    expect(updated.data!.updateCluster.kind).toBe('WELFARE');
    const cawZones = updated.data!.updateCluster.members.find((p: any) => p.name === 'Tele-onthaal').zones.map((z: any) => z.slug);
    expect(cawZones).toEqual(expect.arrayContaining(['elz-leuven-noord', 'elz-leuven-zuid']));

    const history = await gql(server.url, `query($id: ID!) { history(id: $id) { operation fields } }`, { id: cluster.id }, zuid.headers);
    expect(history.data!.history.map((h: any) => h.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(history.data!.history[0].fields).toEqual(['memberIds', 'name']);

    const before = await clusterCount();
    const stale = await remove(zuid, cluster.id, cluster.version);
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect(await clusterCount()).toBe(before);
    const deleted = await remove(zuid, cluster.id, updated.data!.updateCluster.version);
    expect(deleted.errors).toBeUndefined();
    expect(await clusterCount()).toBe(before - 1);
    expect(await countOf(db, `SELECT count(*)::int AS n FROM partner WHERE name IN ('VAPH', 'Tele-onthaal')`)).toBe(2);
  });

  it('rejects invalid input naming the field, and stores nothing', async () => {
    const before = await clusterCount();
    const empty = await create(zuid, { name: ' ' });
    expect(codeOf(empty)).toBe('INVALID_INPUT');
    expect((empty.errors![0]!.extensions!.issues as { field: string }[]).map((i) => i.field)).toEqual(expect.arrayContaining(['kind', 'name']));
    const unknownMember = await create(zuid, { kind: 'CARE', name: 'Zorg', memberIds: [zoneId] });
    expect(codeOf(unknownMember)).toBe('INVALID_INPUT');
    expect(fieldOf(unknownMember)).toBe('memberIds');
    expect(await clusterCount()).toBe(before);
  });

  it('answers a stale version with VERSION_CONFLICT', async () => {
    const cluster = (await create(zuid, { kind: 'PZON', name: 'Ervaringsdeskundigen' })).data!.createCluster;
    await update(zuid, cluster.id, cluster.version, { name: 'Ervaringsdeskundigen en mantelzorgers' });
    const res = await update(zuid, cluster.id, cluster.version, { name: 'Te laat' });
    expect(codeOf(res)).toBe('VERSION_CONFLICT');
    expect((res.errors![0]!.extensions!.current as { name: string }).name).toBe('Ervaringsdeskundigen en mantelzorgers');
  });

  it("lets only editors of the cluster's zone write it", async () => {
    const before = await clusterCount();
    expect(codeOf(await create(noord, { kind: 'CARE', name: 'Niet van mij' }))).toBe('FORBIDDEN');
    const cluster = (await create(zuid, { kind: 'CARE', name: 'Huisartsen' })).data!.createCluster;
    expect(codeOf(await update(noord, cluster.id, cluster.version, { name: 'Overgenomen' }))).toBe('FORBIDDEN');
    expect(codeOf(await remove(noord, cluster.id, cluster.version))).toBe('FORBIDDEN');
    expect(await clusterCount()).toBe(before + 1);
    expect(await db.query(`SELECT name FROM cluster WHERE name = 'Huisartsen'`)).toHaveLength(1);
  });
});
