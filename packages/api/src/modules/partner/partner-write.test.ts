// Writing partner organisations over real HTTP: any zone editor may add one (linked to zones
// they edit), editors of a zone the partner is active in may change it; names are unique.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, countOf, fieldOf, gidOf, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const FIELDS = 'id version name sector zones { slug }';

describe('writing partners', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let noord: TestUser;
  let coach: TestUser;
  let admin: TestUser;
  let zuidZone: string;
  let noordZone: string;

  const partnerCount = () => countOf(db, `SELECT count(*)::int AS n FROM partner`);
  const create = (user: TestUser, input: Record<string, unknown>) => gql(server.url, `mutation($i: PartnerInput!) { createPartner(input: $i) { ${FIELDS} } }`, { i: input }, user.headers);
  const update = (user: TestUser, id: string, version: number, input: Record<string, unknown>) =>
    gql(server.url, `mutation($id: ID!, $v: Int!, $i: PartnerInput!) { updatePartner(id: $id, version: $v, input: $i) { ${FIELDS} } }`, { id, v: version, i: input }, user.headers);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    admin = await createTestUser(db, { admin: true });
    zuidZone = await zoneGid(db, 'elz-leuven-zuid');
    noordZone = await zoneGid(db, 'elz-leuven-noord');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('lets a zone editor add a partner active in their zone, and its editors change it', async () => {
    const created = await create(zuid, { name: 'Dienstencentrum De Linde', sector: 'Welzijn', zoneIds: [zuidZone] });
    expect(created.errors).toBeUndefined();
    const partner = created.data!.createPartner;
    expect(partner).toMatchObject({ name: 'Dienstencentrum De Linde', sector: 'Welzijn', zones: [{ slug: 'elz-leuven-zuid' }] });

    const updated = await update(zuid, partner.id, partner.version, { sector: 'Welzijn en zorg' });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updatePartner).toMatchObject({ name: 'Dienstencentrum De Linde', sector: 'Welzijn en zorg', version: partner.version + 1 });

    // Leuven Noord is not linked: its editor may not change the partner.
    const forbidden = await update(noord, partner.id, partner.version + 1, { sector: 'Zorg' });
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    expect((await db.query(`SELECT sector FROM partner WHERE name = 'Dienstencentrum De Linde'`))[0].sector).toBe('Welzijn en zorg');
  });

  it('refuses a duplicate name on the field `name`, whatever the case, and stores nothing', async () => {
    const before = await partnerCount();
    const res = await create(zuid, { name: 'vaph', zoneIds: [zuidZone] });
    expect(codeOf(res)).toBe('INVALID_INPUT');
    expect(fieldOf(res)).toBe('name');
    expect(res.errors![0]!.message).toBe('Er bestaat al een partner met deze naam.');
    const p = (await create(zuid, { name: 'Apotheek Centrum', zoneIds: [zuidZone] })).data!.createPartner;
    const rename = await update(zuid, p.id, p.version, { name: 'Opgroeien' });
    expect(fieldOf(rename)).toBe('name');
    expect(await partnerCount()).toBe(before + 1);
  });

  it('rejects invalid input naming the field, and stores nothing', async () => {
    const before = await partnerCount();
    const res = await create(zuid, { name: '', sector: 'x'.repeat(201), zoneIds: [zuidZone] });
    expect(codeOf(res)).toBe('INVALID_INPUT');
    expect((res.errors![0]!.extensions!.issues as { field: string }[]).map((i) => i.field)).toEqual(['name', 'sector']);
    const noZone = await create(zuid, { name: 'Zonder zone' });
    expect(fieldOf(noZone)).toBe('zoneIds');
    expect(await partnerCount()).toBe(before);
  });

  it('links a new partner only to zones the creator edits, and only editors create partners', async () => {
    const before = await partnerCount();
    expect(codeOf(await create(zuid, { name: 'Elders actief', zoneIds: [zuidZone, noordZone] }))).toBe('FORBIDDEN');
    expect(codeOf(await create(coach, { name: 'Van de coach', zoneIds: [zuidZone] }))).toBe('FORBIDDEN');
    expect(await partnerCount()).toBe(before);
    expect((await create(admin, { name: 'Door de beheerder', zoneIds: [zuidZone, noordZone] })).errors).toBeUndefined();
  });

  it('lets an editor add or remove only their own zones, keeping the others', async () => {
    // A partner active in Leuven Zuid and another zone, but not in Leuven Noord.
    const shared = `SELECT p.id, p.name FROM partner p JOIN partner_zone a ON a.partner_id = p.id JOIN zone za ON za.id = a.zone_id AND za.slug = 'elz-leuven-zuid'
      WHERE EXISTS (SELECT 1 FROM partner_zone b JOIN zone zb ON zb.id = b.zone_id WHERE b.partner_id = p.id AND zb.slug <> 'elz-leuven-zuid')
        AND NOT EXISTS (SELECT 1 FROM partner_zone c JOIN zone zc ON zc.id = c.zone_id WHERE c.partner_id = p.id AND zc.slug = 'elz-leuven-noord') ORDER BY p.name LIMIT 1`;
    const partnerId = await gidOf(db, 'Partner', shared);
    const name = (await db.query(shared))[0].name as string;
    // Read from the database: the root `partners` list is outside this module's concern.
    const read = async () => {
      const [row] = await db.query(
        `SELECT p.version, array(SELECT z.slug FROM partner_zone pz JOIN zone z ON z.id = pz.zone_id WHERE pz.partner_id = p.id ORDER BY z.slug) AS zones FROM partner p WHERE p.name = $1`,
        [name],
      );
      return row as { version: number; zones: string[] };
    };
    const current = await read();
    const others = current.zones;
    expect(others.length).toBeGreaterThan(1);
    expect(others).toContain('elz-leuven-zuid');
    const withoutOthers = await update(zuid, partnerId, current.version, { zoneIds: [zuidZone] });
    expect(codeOf(withoutOthers)).toBe('FORBIDDEN');
    expect((await read()).zones).toEqual(others);
    // Leuven Noord's editor may not edit a partner that is not active in Leuven Noord.
    expect(codeOf(await update(noord, partnerId, current.version, { sector: 'Welzijn' }))).toBe('FORBIDDEN');
    // Unlinking their own zone, sending the other zones unchanged, is allowed.
    const keep = await Promise.all(others.filter((slug) => slug !== 'elz-leuven-zuid').map((slug) => zoneGid(db, slug)));
    const unlinked = await update(zuid, partnerId, current.version, { zoneIds: keep });
    expect(unlinked.errors).toBeUndefined();
    expect((await read()).zones).toEqual(others.filter((slug) => slug !== 'elz-leuven-zuid'));
  });

  it('answers a stale version with VERSION_CONFLICT', async () => {
    const p = (await create(zuid, { name: 'Thuiszorg Oost', zoneIds: [zuidZone] })).data!.createPartner;
    await update(zuid, p.id, p.version, { sector: 'Zorg' });
    const res = await update(zuid, p.id, p.version, { sector: 'Welzijn' });
    expect(codeOf(res)).toBe('VERSION_CONFLICT');
    expect((await db.query(`SELECT sector FROM partner WHERE name = 'Thuiszorg Oost'`))[0].sector).toBe('Zorg');
  });
});
