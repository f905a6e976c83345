// Writing the zone profile over real HTTP: zone editors and administrators only, validation that
// names the field and stores nothing, optimistic concurrency and the audit trail.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, fieldOf, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const UPDATE = `mutation($id: ID!, $v: Int!, $i: ZoneInput!) { updateZone(id: $id, version: $v, input: $i) {
  id version name shortName staffFte networkTimeShare networkTimePercent municipalities } }`;

describe('writing the zone profile', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let noord: TestUser;
  let zuidViewer: TestUser;
  let coach: TestUser;
  let admin: TestUser;
  let readOnly: TestUser;
  let zoneId: string;

  const row = async () => (await db.query(`SELECT name, network_time_share, staff_fte, municipalities, network_time_percent, version FROM zone WHERE slug = 'elz-leuven-zuid'`))[0];
  const update = (user: TestUser, version: number, input: Record<string, unknown>) => gql(server.url, UPDATE, { id: zoneId, v: version, i: input }, user.headers);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    zuidViewer = await createTestUser(db, { viewerOf: ['elz-leuven-zuid'] });
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    admin = await createTestUser(db, { admin: true });
    readOnly = await createTestUser(db, { editorOf: ['elz-leuven-zuid'], scope: 'READ' });
    zoneId = await zoneGid(db, 'elz-leuven-zuid');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('updates the profile and leaves fields that were not sent as they are', async () => {
    const before = await row();
    const res = await update(zuid, before.version, { staffFte: 3.5, networkTimeShare: 'meer dan 50%', networkTimePercent: 50 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateZone).toMatchObject({ name: 'ELZ Leuven Zuid', staffFte: 3.5, networkTimePercent: 50, version: before.version + 1 });
    expect(res.data!.updateZone.municipalities).toEqual(before.municipalities);
    const history = await gql(server.url, `query($id: ID!) { history(id: $id) { operation fields after } }`, { id: zoneId }, zuid.headers);
    expect(history.data!.history[0]).toMatchObject({ operation: 'UPDATE', after: { staffFte: 3.5 } });
    expect(history.data!.history[0].fields).toContain('staffFte');
  });

  it("has no general texts of its own any more: they are each plan's", async () => {
    const res = await update(zuid, (await row()).version, { networkText: 'Hoort bij een plan' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('rejects invalid input naming the field, and stores nothing', async () => {
    const before = await row();
    const res = await update(zuid, before.version, { name: '  ', networkTimePercent: 150, staffFte: -1 });
    expect(codeOf(res)).toBe('INVALID_INPUT');
    const fields = (res.errors![0]!.extensions!.issues as { field: string }[]).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'networkTimePercent', 'staffFte']));
    expect(res.errors![0]!.message).toBe('Naam is verplicht');
    expect(await row()).toEqual(before);
  });

  it('refuses a name another zone already has', async () => {
    const before = await row();
    const res = await update(zuid, before.version, { name: 'elz leuven noord' });
    expect(codeOf(res)).toBe('INVALID_INPUT');
    expect(fieldOf(res)).toBe('name');
    expect(await row()).toEqual(before);
  });

  it('answers a stale version with VERSION_CONFLICT and the current values', async () => {
    const before = await row();
    const res = await update(zuid, before.version - 1, { networkTimeShare: 'Oude versie' });
    expect(codeOf(res)).toBe('VERSION_CONFLICT');
    expect(res.errors![0]!.extensions!.currentVersion).toBe(before.version);
    expect((res.errors![0]!.extensions!.current as { networkTimeShare: string }).networkTimeShare).toBe(before.network_time_share);
    expect(await row()).toEqual(before);
  });

  it("lets only the zone's editors and administrators change it", async () => {
    const before = await row();
    for (const outsider of [noord, zuidViewer, coach, readOnly]) {
      const res = await update(outsider, before.version, { networkTimeShare: 'Mag niet' });
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(server.url, UPDATE, { id: zoneId, v: before.version, i: { networkTimeShare: 'Anoniem' } }))).toBe('UNAUTHENTICATED');
    expect(await row()).toEqual(before);
    const byAdmin = await update(admin, before.version, { networkTimeShare: 'Door de beheerder' });
    expect(byAdmin.errors).toBeUndefined();
  });
});
