// Writing working groups and projects over real HTTP. One implementation serves both, so the
// same behaviour is checked for each: created with an owner zone its creator edits, edited by
// editors of any owner zone, validation naming the field, version conflicts.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, countOf, fieldOf, gidOf, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const KINDS = [
  { type: 'WorkingGroup', table: 'working_group', shared: 'Poolen/delen van personeel', own: { kind: 'STEERING_GROUP' }, ownField: 'kind' },
  { type: 'Project', table: 'project', shared: 'ELP (eerstelijnspsychologische zorg)', own: { status: 'PREPARING' }, ownField: 'status' },
] as const;

describe.each(KINDS)('writing a $type', ({ type, table, shared, own, ownField }) => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let leuven: TestUser;
  let noord: TestUser;
  let zuidZone: string;
  const fields = `id version name ${ownField} description periodStart periodEnd owners { zone { slug } role } members { name } themes { slug }`;

  const count = () => countOf(db, `SELECT count(*)::int AS n FROM ${table}`);
  const create = (user: TestUser, input: Record<string, unknown>, ownerZoneId = zuidZone, role = 'LEAD') =>
    gql(
      server.url,
      `mutation($i: ${type}Input!, $z: ID!, $r: OwnerRole!) { r: create${type}(input: $i, ownerZoneId: $z, role: $r) { ${fields} } }`,
      { i: input, z: ownerZoneId, r: role },
      user.headers,
    );
  const update = (user: TestUser, id: string, version: number, input: Record<string, unknown>) =>
    gql(server.url, `mutation($id: ID!, $v: Int!, $i: ${type}Input!) { r: update${type}(id: $id, version: $v, input: $i) { ${fields} } }`, { id, v: version, i: input }, user.headers);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    leuven = await createTestUser(db, { editorOf: ['elz-leuven'] });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    zuidZone = await zoneGid(db, 'elz-leuven-zuid');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it("lists by owner zone: exactly the zone's own and co-owned ones, the same as the owner rows", async () => {
    const plural = type === 'WorkingGroup' ? 'workingGroups' : 'projects';
    const res = await gql(server.url, `query($z: ID!) { r: ${plural}(ownerZoneId: $z, first: 100) { nodes { name owners { zone { slug } } } } }`, { z: zuidZone }, zuid.headers);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.r.nodes as { name: string; owners: { zone: { slug: string } }[] }[];
    const expected: { name: string }[] = await db.query(
      `SELECT e.name FROM ${table} e JOIN ${table}_owner o ON o.${table}_id = e.id JOIN zone z ON z.id = o.zone_id WHERE z.slug = 'elz-leuven-zuid' ORDER BY e.name`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(nodes.map((n) => n.name).sort()).toEqual(expected.map((r) => r.name).sort());
    for (const n of nodes) expect(n.owners.map((o) => o.zone.slug)).toContain('elz-leuven-zuid');
  });

  it('creates one owned by a zone the creator edits, with members and themes', async () => {
    const vaph = await gidOf(db, 'Partner', `SELECT id FROM partner WHERE name = 'VAPH'`);
    const theme = await gidOf(db, 'Theme', `SELECT id FROM theme WHERE slug = 'personeelstekort'`);
    const res = await create(zuid, { name: 'Zorgcontinuüm Zuid', ...own, periodStart: '2025-01-01', memberIds: [vaph], themeIds: [theme] }, zuidZone, 'CO_LEAD');
    expect(res.errors).toBeUndefined();
    expect(res.data!.r).toMatchObject({
      name: 'Zorgcontinuüm Zuid',
      [ownField]: Object.values(own)[0],
      periodStart: '2025-01-01',
      owners: [{ zone: { slug: 'elz-leuven-zuid' }, role: 'CO_LEAD' }],
      members: [{ name: 'VAPH' }],
      themes: [{ slug: 'personeelstekort' }],
    });
    const history = await gql(server.url, `query($id: ID!) { history(id: $id) { operation after } }`, { id: res.data!.r.id }, zuid.headers);
    expect(history.data!.history[0]).toMatchObject({ operation: 'CREATE', after: { name: 'Zorgcontinuüm Zuid', memberIds: [vaph], themeIds: [theme] } });
  });

  it('refuses to create one owned by a zone the creator does not edit', async () => {
    const before = await count();
    expect(codeOf(await create(noord, { name: 'Niet van Noord', ...own }, zuidZone))).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('rejects invalid input naming the field, and stores nothing', async () => {
    const before = await count();
    const res = await create(zuid, { name: '', periodStart: '2025-06-01', periodEnd: '2025-01-01' });
    expect(codeOf(res)).toBe('INVALID_INPUT');
    const issues = (res.errors![0]!.extensions!.issues as { field: string }[]).map((i) => i.field);
    expect(issues).toEqual(expect.arrayContaining(['name', ownField]));
    const period = await create(zuid, { name: 'Periode', ...own, periodStart: '2025-06-01', periodEnd: '2025-01-01' });
    expect(fieldOf(period)).toBe('periodEnd');
    expect(period.errors![0]!.message).toBe('Einddatum ligt voor de startdatum');
    expect(await count()).toBe(before);
  });

  it(`lets editors of every owner zone edit the shared "${shared}", and nobody else`, async () => {
    const id = await gidOf(db, type, `SELECT id FROM ${table} WHERE name = $1`, [shared]);
    const [{ version }] = await db.query(`SELECT version FROM ${table} WHERE name = $1`, [shared]);
    const byLeuven = await update(leuven, id, version, { description: 'Aangevuld door ELZ Leuven' });
    expect(byLeuven.errors).toBeUndefined();
    const byZuid = await update(zuid, id, version + 1, { cadence: 'Maandelijks' });
    expect(byZuid.errors).toBeUndefined();
    // Fields left out stay as they are.
    expect(byZuid.data!.r).toMatchObject({ name: shared, description: 'Aangevuld door ELZ Leuven', version: version + 2 });
    const byNoord = await update(noord, id, version + 2, { description: 'Mag niet' });
    expect(codeOf(byNoord)).toBe('FORBIDDEN');
    const [row] = await db.query(`SELECT description, cadence, version FROM ${table} WHERE name = $1`, [shared]);
    expect(row).toEqual({ description: 'Aangevuld door ELZ Leuven', cadence: 'Maandelijks', version: version + 2 });
  });

  it('checks a changed period against the stored one, and answers a stale version with VERSION_CONFLICT', async () => {
    const item = (await create(zuid, { name: 'Periodes', ...own, periodStart: '2025-03-01' })).data!.r;
    const bad = await update(zuid, item.id, item.version, { periodEnd: '2025-01-31' });
    expect(fieldOf(bad)).toBe('periodEnd');
    const ok = await update(zuid, item.id, item.version, { periodEnd: '2025-12-31' });
    expect(ok.errors).toBeUndefined();
    const stale = await update(zuid, item.id, item.version, { name: 'Te laat' });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect((stale.errors![0]!.extensions!.current as { periodEnd: string }).periodEnd).toBe('2025-12-31');
    expect((await db.query(`SELECT name FROM ${table} WHERE id = (SELECT id FROM ${table} WHERE name = 'Periodes')`))[0].name).toBe('Periodes');
  });

  it('records every update in the history, long texts in full before and after', async () => {
    const item = (await create(zuid, { name: 'Geschiedenis', ...own, description: 'Kort' })).data!.r;
    const long = `${'Werkgroep rond het personeelstekort van verpleegkundigen in de regio. '.repeat(6)}Einde van de opdracht.`;
    const first = await update(zuid, item.id, item.version, { description: long });
    expect(first.errors).toBeUndefined();
    const longer = long.replace('Einde van de opdracht.', 'Einde van de aangevulde opdracht.');
    const second = await update(zuid, item.id, first.data!.r.version, { description: longer, cadence: 'Maandelijks' });
    expect(second.errors).toBeUndefined();
    const history = await gql(server.url, `query($id: ID!) { history(id: $id) { operation fields before after } }`, { id: item.id }, zuid.headers);
    expect(history.errors).toBeUndefined();
    expect(history.data!.history.map((e: { operation: string }) => e.operation)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(history.data!.history[0]).toEqual({
      operation: 'UPDATE',
      fields: ['cadence', 'description'],
      before: { cadence: null, description: long },
      after: { cadence: 'Maandelijks', description: longer },
    });
    expect(history.data!.history[1]).toMatchObject({ fields: ['description'], before: { description: 'Kort' }, after: { description: long } });
    expect(long.length).toBeGreaterThan(400);
  });
});
