// Account administration over real HTTP: administrators only (every other caller is refused and
// nothing is written), validation that names the field, version checks, the audit trail, and what
// deactivating does to a person's sessions and tokens. Also the signed-in user's own sessions.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, fieldOf, gidOf, rawId, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, signInCookie, type TestUser } from '../../test/users';

const USER_FIELDS = 'id version name email isAdmin disabledAt hasPassword zoneMemberships { role zone { slug } } coachedRegions { slug }';

describe('account administration', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let admin: TestUser;
  let adminCookie: Record<string, string>;
  let editor: TestUser;
  let coach: TestUser;
  let adminReadToken: TestUser;
  let zuid: string;
  let oostBrabant: string;

  const call = (headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) => gql(server.url, query, variables, headers);
  const asAdmin = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await call(adminCookie, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  /** Everything administration may change, read straight from the database. */
  const tables = async () => ({
    users: await db.query(`SELECT id, email, name, password_hash, is_admin, disabled_at, version FROM app_user ORDER BY id`),
    memberships: await db.query(`SELECT user_id, zone_id, role FROM zone_membership ORDER BY user_id, zone_id`),
    coaches: await db.query(`SELECT user_id, region_id FROM coach_region ORDER BY user_id, region_id`),
    zones: await db.query(`SELECT id, name, slug, contact_email, version FROM zone ORDER BY id`),
    regions: await db.query(`SELECT id, contact_email, version FROM region ORDER BY id`),
    sessions: await db.query(`SELECT id FROM session ORDER BY id`),
    tokens: await db.query(`SELECT id, revoked_at FROM api_token ORDER BY id`),
    audit: await db.query(`SELECT count(*)::int AS n FROM audit_entry`),
  });
  const newUser = async (name = 'Nieuwe Collega') =>
    (
      await asAdmin(`mutation($i: CreateUserInput!) { r: createUser(input: $i) { ${USER_FIELDS} } }`, {
        i: { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@zone.test` },
      })
    ).r;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    admin = await createTestUser(db, { admin: true });
    adminCookie = await signInCookie(server.url, admin);
    editor = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    adminReadToken = await createTestUser(db, { admin: true, scope: 'READ' });
    zuid = await zoneGid(db, 'elz-leuven-zuid');
    oostBrabant = await gidOf(db, 'Region', `SELECT id FROM region WHERE slug = 'oost-brabant'`);
  });
  afterAll(async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.close();
    await t.drop();
  });

  it('refuses every administration operation to non-administrators and writes nothing', async () => {
    const target = await newUser('Doelwit Weigering');
    const zone = (await db.query(`SELECT version FROM zone WHERE slug = 'elz-leuven-zuid'`))[0];
    const region = (await db.query(`SELECT version FROM region WHERE slug = 'oost-brabant'`))[0];
    const operations: [string, Record<string, unknown>][] = [
      [`query { users { nodes { id } } }`, {}],
      [`mutation { createUser(input: { name: "Indringer", email: "indringer@zone.test" }) { id } }`, {}],
      [`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { name: "Gewijzigd" }) { id } }`, { id: target.id, v: target.version }],
      [`mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, version: $v) { id } }`, { id: target.id, v: target.version }],
      [`mutation($id: ID!, $v: Int!) { setAdministrator(id: $id, version: $v, isAdmin: true) { id } }`, { id: target.id, v: target.version }],
      [`mutation($u: ID!, $z: ID!) { setZoneMembership(userId: $u, zoneId: $z, role: EDITOR) { id } }`, { u: target.id, z: zuid }],
      [`mutation($u: ID!, $z: ID!) { removeZoneMembership(userId: $u, zoneId: $z) { id } }`, { u: target.id, z: zuid }],
      [`mutation($u: ID!, $r: ID!) { addCoachRegion(userId: $u, regionId: $r) { id } }`, { u: target.id, r: oostBrabant }],
      [`mutation($u: ID!, $r: ID!) { removeCoachRegion(userId: $u, regionId: $r) { id } }`, { u: target.id, r: oostBrabant }],
      [`mutation($r: ID!) { createZone(input: { name: "ELZ Indringers", regionId: $r }) { id } }`, { r: oostBrabant }],
      [`mutation($id: ID!, $v: Int!) { setZoneContactEmail(id: $id, version: $v, contactEmail: "x@zone.test") { id } }`, { id: zuid, v: zone.version }],
      [`mutation($id: ID!, $v: Int!) { setRegionContactEmail(id: $id, version: $v, contactEmail: "x@zone.test") { id } }`, { id: oostBrabant, v: region.version }],
      [`query($r: String!) { region(slug: $r) { coaches { id } } }`, { r: 'oost-brabant' }],
    ];
    for (const [who, headers, code] of [
      ['anonymous', {}, 'UNAUTHENTICATED'],
      ['zone editor', editor.headers, 'FORBIDDEN'],
      ['coach', coach.headers, 'FORBIDDEN'],
      ["an administrator's READ token", adminReadToken.headers, 'FORBIDDEN'],
    ] as const) {
      for (const [query, variables] of operations) {
        const before = await tables();
        const res = await call(headers, query, variables);
        expect({ who, query, code: codeOf(res) }).toEqual({ who, query, code });
        expect(await tables()).toEqual(before);
      }
    }
  });

  it('creates a user without a password, who cannot sign in until they set one', async () => {
    const res = await call(adminCookie, `mutation($i: CreateUserInput!) { createUser(input: $i) { ${USER_FIELDS} } }`, { i: { name: '  Griet Peeters ', email: 'Griet.Peeters@Zone.test' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser).toMatchObject({ name: 'Griet Peeters', email: 'griet.peeters@zone.test', isAdmin: false, disabledAt: null, hasPassword: false, zoneMemberships: [] });
    const signIn = await call({}, `mutation { signIn(email: "griet.peeters@zone.test", password: "") { user { id } } }`);
    expect(codeOf(signIn)).toBe('INVALID_INPUT');
    const guess = await call({}, `mutation { signIn(email: "griet.peeters@zone.test", password: "not-a-real-password") { user { id } } }`);
    expect(codeOf(guess)).toBe('UNAUTHENTICATED');
    const history = await call(adminCookie, `query($id: ID!) { history(id: $id) { operation after } }`, { id: res.data!.createUser.id });
    expect(history.data!.history[0]).toMatchObject({ operation: 'CREATE', after: { email: 'griet.peeters@zone.test', name: 'Griet Peeters', isAdmin: false } });
    expect(JSON.stringify(history.data)).not.toContain('scrypt');
  });

  it('refuses bad input with the field named and stores nothing', async () => {
    const existing = await newUser('Bestaande Naam');
    const cases: [string, Record<string, unknown>, string][] = [
      [`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { name: 'X', email: 'geen-adres' } }, 'email'],
      [`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { name: '   ', email: 'leeg@zone.test' } }, 'name'],
      [`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { name: 'Dubbel', email: existing.email.toUpperCase() } }, 'email'],
      [`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { email: "kapot@" }) { id } }`, { id: existing.id, v: existing.version }, 'email'],
      [`mutation($u: ID!, $z: ID!) { setZoneMembership(userId: $u, zoneId: $z, role: EDITOR) { id } }`, { u: existing.id, z: oostBrabant }, 'zoneId'],
      [`mutation($u: ID!, $r: ID!) { addCoachRegion(userId: $u, regionId: $r) { id } }`, { u: existing.id, r: zuid }, 'regionId'],
      [`mutation($r: ID!) { createZone(input: { name: "ELZ Leuven Zuid", regionId: $r }) { id } }`, { r: oostBrabant }, 'name'],
      [`mutation($r: ID!) { createZone(input: { name: "ELZ Nieuw", slug: "Geen Slug!", regionId: $r }) { id } }`, { r: oostBrabant }, 'slug'],
      [`mutation($r: ID!) { createZone(input: { name: "ELZ Nieuw", slug: "elz-leuven", regionId: $r }) { id } }`, { r: oostBrabant }, 'slug'],
      [`mutation($r: ID!) { createZone(input: { name: "ELZ Nieuw", regionId: $r }) { id } }`, { r: zuid }, 'regionId'],
      [`mutation($r: ID!) { createZone(input: { name: "ELZ Nieuw", regionId: $r, contactEmail: "nee" }) { id } }`, { r: oostBrabant }, 'contactEmail'],
      [`mutation($id: ID!) { setZoneContactEmail(id: $id, version: 1, contactEmail: "zone@") { id } }`, { id: zuid }, 'contactEmail'],
    ];
    for (const [query, variables, field] of cases) {
      const before = await tables();
      const res = await call(adminCookie, query, variables);
      expect({ query, code: codeOf(res), field: fieldOf(res) }).toEqual({ query, code: 'INVALID_INPUT', field });
      expect(await tables()).toEqual(before);
    }
  });

  it('updates name and e-mail with a version check; a conflict reports the current values without the password hash', async () => {
    const user = await newUser('Jan Versie');
    const first = await call(adminCookie, `mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { name: "Jan Versiepeeters" }) { name version } }`, {
      id: user.id,
      v: user.version,
    });
    expect(first.data!.updateUser).toEqual({ name: 'Jan Versiepeeters', version: user.version + 1 });
    const before = await tables();
    const stale = await call(adminCookie, `mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { name: "Jan Oud" }) { name } }`, { id: user.id, v: user.version });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: user.version + 1, current: { name: 'Jan Versiepeeters' } });
    expect(JSON.stringify(stale.errors)).not.toMatch(/password|scrypt/i);
    expect(await tables()).toEqual(before);
  });

  it('deactivating ends the sessions and tokens of the person at once; they cannot sign in; reactivating lets them sign in again', async () => {
    const person = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    const cookie = await signInCookie(server.url, person);
    expect((await call(cookie, `{ me { user { email } } }`)).data!.me.user.email).toBe(person.email);
    const { v } = (await db.query(`SELECT version AS v FROM app_user WHERE id = $1`, [person.userId]))[0];
    const id = Buffer.from(`User:${person.userId}`).toString('base64url');
    const res = await call(adminCookie, `mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, version: $v) { disabledAt } }`, { id, v });
    expect(res.data!.deactivateUser.disabledAt).not.toBeNull();
    expect((await call(cookie, `{ me { user { email } } }`)).data!.me).toBeNull();
    expect(codeOf(await call(person.headers, `{ me { user { email } } }`))).toBe('UNAUTHENTICATED');
    const again = await call({}, `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }`, { e: person.email, p: person.password });
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
    expect(again.errors![0]!.message).toBe('Onbekend e-mailadres of verkeerd wachtwoord.');

    const back = await call(adminCookie, `mutation($id: ID!, $v: Int!) { reactivateUser(id: $id, version: $v) { disabledAt } }`, { id, v: v + 1 });
    expect(back.data!.reactivateUser.disabledAt).toBeNull();
    // The old token stays revoked; the person signs in anew.
    expect(codeOf(await call(person.headers, `{ me { user { email } } }`))).toBe('UNAUTHENTICATED');
    const fresh = await signInCookie(server.url, person);
    expect((await call(fresh, `{ me { user { email } } }`)).data!.me.user.email).toBe(person.email);
  });

  it('lets an administrator neither deactivate themselves nor take their own admin right away', async () => {
    const me = (await asAdmin(`{ me { user { id version } viewerCanAdminister } }`)).me;
    expect(me.viewerCanAdminister).toBe(true);
    const before = await tables();
    expect(codeOf(await call(adminCookie, `mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, version: $v) { id } }`, { id: me.user.id, v: me.user.version }))).toBe('FORBIDDEN');
    expect(codeOf(await call(adminCookie, `mutation($id: ID!, $v: Int!) { setAdministrator(id: $id, version: $v, isAdmin: false) { id } }`, { id: me.user.id, v: me.user.version }))).toBe(
      'FORBIDDEN',
    );
    expect(await tables()).toEqual(before);
    expect((await call(editor.headers, `{ me { viewerCanAdminister } }`)).data!.me.viewerCanAdminister).toBe(false);
  });

  it('makes another user administrator and takes it back', async () => {
    const user = await newUser('Ann Beheer');
    const made = await asAdmin(`mutation($id: ID!, $v: Int!) { r: setAdministrator(id: $id, version: $v, isAdmin: true) { isAdmin version } }`, { id: user.id, v: user.version });
    expect(made.r.isAdmin).toBe(true);
    const taken = await asAdmin(`mutation($id: ID!, $v: Int!) { r: setAdministrator(id: $id, version: $v, isAdmin: false) { isAdmin } }`, { id: user.id, v: made.r.version });
    expect(taken.r.isAdmin).toBe(false);
  });

  it('adds, changes and removes zone memberships and coach regions, which take effect on the next request, and records them', async () => {
    const person = await createTestUser(db);
    const cookie = await signInCookie(server.url, person);
    const id = Buffer.from(`User:${person.userId}`).toString('base64url');
    const set = async (role: string) =>
      (
        await asAdmin(`mutation($u: ID!, $z: ID!, $r: ZoneRole!) { r: setZoneMembership(userId: $u, zoneId: $z, role: $r) { zoneMemberships { role zone { slug } } } }`, {
          u: id,
          z: zuid,
          r: role,
        })
      ).r;
    expect(await set('EDITOR')).toEqual({ zoneMemberships: [{ role: 'EDITOR', zone: { slug: 'elz-leuven-zuid' } }] });
    expect((await call(cookie, `{ me { zones { role zone { slug } } } }`)).data!.me.zones).toEqual([{ role: 'EDITOR', zone: { slug: 'elz-leuven-zuid' } }]);
    expect(await set('VIEWER')).toEqual({ zoneMemberships: [{ role: 'VIEWER', zone: { slug: 'elz-leuven-zuid' } }] });
    const removed = await asAdmin(`mutation($u: ID!, $z: ID!) { r: removeZoneMembership(userId: $u, zoneId: $z) { zoneMemberships { role } } }`, { u: id, z: zuid });
    expect(removed.r.zoneMemberships).toEqual([]);
    expect((await call(cookie, `{ me { zones { role } } }`)).data!.me.zones).toEqual([]);

    const coached = await asAdmin(`mutation($u: ID!, $r: ID!) { r: addCoachRegion(userId: $u, regionId: $r) { coachedRegions { slug } } }`, { u: id, r: oostBrabant });
    expect(coached.r.coachedRegions).toEqual([{ slug: 'oost-brabant' }]);
    const region = await asAdmin(`{ region(slug: "oost-brabant") { coaches { id } } }`);
    expect(region.region.coaches.map((c: { id: string }) => c.id)).toContain(id);
    expect((await call(cookie, `{ me { coachedRegions { slug } } }`)).data!.me.coachedRegions).toEqual([{ slug: 'oost-brabant' }]);
    await asAdmin(`mutation($u: ID!, $r: ID!) { removeCoachRegion(userId: $u, regionId: $r) { id } }`, { u: id, r: oostBrabant });
    expect((await call(cookie, `{ me { coachedRegions { slug } } }`)).data!.me.coachedRegions).toEqual([]);

    const history = (await asAdmin(`query($id: ID!) { history(id: $id) { after } }`, { id })).history as { after: Record<string, unknown> }[];
    expect(history.map((h) => h.after)).toEqual(
      expect.arrayContaining([expect.objectContaining({ zoneMemberships: ['elz-leuven-zuid: EDITOR'] }), expect.objectContaining({ coachRegions: ['oost-brabant'] })]),
    );
  });

  it('lists users by name, searches name and e-mail address, filters deactivated ones and pages', async () => {
    const a = await newUser('Zoekbare Aagje');
    await newUser('Zoekbare Bert');
    await asAdmin(`mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, version: $v) { id } }`, { id: a.id, v: a.version });
    const all = await asAdmin(`{ users(search: "zoekbare") { totalCount nodes { name disabledAt } } }`);
    expect(all.users.nodes.map((u: { name: string }) => u.name)).toEqual(['Zoekbare Aagje', 'Zoekbare Bert']);
    const active = await asAdmin(`{ users(search: "ZOEKBARE", status: ACTIVE) { nodes { name } } }`);
    expect(active.users.nodes).toEqual([{ name: 'Zoekbare Bert' }]);
    const byMail = await asAdmin(`query($q: String!) { users(search: $q) { nodes { name } } }`, { q: a.email.slice(0, 14) });
    expect(byMail.users.nodes).toEqual([{ name: 'Zoekbare Aagje' }]);
    const page1 = await asAdmin(`{ users(first: 1, search: "zoekbare") { pageInfo { hasNextPage endCursor } nodes { name } } }`);
    const page2 = await asAdmin(`query($a: String!) { users(first: 1, after: $a, search: "zoekbare") { pageInfo { hasNextPage } nodes { name } } }`, { a: page1.users.pageInfo.endCursor });
    expect([page1.users.nodes[0].name, page2.users.nodes[0].name, page2.users.pageInfo.hasNextPage]).toEqual(['Zoekbare Aagje', 'Zoekbare Bert', false]);
  });

  it('creates a zone and sets zone and region contact addresses with a version check', async () => {
    const created = await asAdmin(
      `mutation($r: ID!) { r: createZone(input: { name: "ELZ Demerdal Test", regionId: $r, municipalities: ["Aarschot", " Diest "], contactEmail: "Info@Demerdal.test" }) { id version slug shortName municipalities contactEmail region { slug } } }`,
      { r: oostBrabant },
    );
    expect(created.r).toMatchObject({
      slug: 'elz-demerdal-test',
      shortName: 'Demerdal Test',
      municipalities: ['Aarschot', 'Diest'],
      contactEmail: 'info@demerdal.test',
      region: { slug: 'oost-brabant' },
    });
    // What a form sends for fields left empty: null.
    const nulls = await asAdmin(
      `mutation($r: ID!) { r: createZone(input: { name: "ELZ Nul Test", shortName: null, slug: null, regionId: $r, municipalities: null, contactEmail: null }) { slug shortName municipalities contactEmail } }`,
      { r: oostBrabant },
    );
    expect(nulls.r).toEqual({ slug: 'elz-nul-test', shortName: 'Nul Test', municipalities: [], contactEmail: null });
    const changed = await asAdmin(`mutation($id: ID!, $v: Int!) { r: setZoneContactEmail(id: $id, version: $v, contactEmail: "secretariaat@demerdal.test") { contactEmail version } }`, {
      id: created.r.id,
      v: created.r.version,
    });
    expect(changed.r.contactEmail).toBe('secretariaat@demerdal.test');
    const before = await tables();
    const stale = await call(adminCookie, `mutation($id: ID!, $v: Int!) { setZoneContactEmail(id: $id, version: $v, contactEmail: "oud@demerdal.test") { id } }`, {
      id: created.r.id,
      v: created.r.version,
    });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'VERSION_CONFLICT', current: { contactEmail: 'secretariaat@demerdal.test' } });
    expect(await tables()).toEqual(before);
    const cleared = await asAdmin(`mutation($id: ID!, $v: Int!) { r: setZoneContactEmail(id: $id, version: $v, contactEmail: null) { contactEmail } }`, {
      id: created.r.id,
      v: changed.r.version,
    });
    expect(cleared.r.contactEmail).toBeNull();
    // Everyone signed in reads the contact address (it is there to be written to).
    expect((await call(editor.headers, `{ zone(slug: "elz-demerdal-test") { contactEmail name } }`)).data!.zone).toEqual({ contactEmail: null, name: 'ELZ Demerdal Test' });

    const region = (await db.query(`SELECT version FROM region WHERE id = $1`, [rawId(oostBrabant)]))[0];
    const r = await asAdmin(`mutation($id: ID!, $v: Int!) { r: setRegionContactEmail(id: $id, version: $v, contactEmail: "coaches@oost-brabant.test") { contactEmail } }`, {
      id: oostBrabant,
      v: region.version,
    });
    expect(r.r.contactEmail).toBe('coaches@oost-brabant.test');
    const history = await asAdmin(`query($id: ID!) { history(id: $id) { operation fields } }`, { id: created.r.id });
    expect(history.history.map((h: { operation: string }) => h.operation)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
  });
});

describe('my sessions', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase();
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    user = await createTestUser(t.db);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const signIn = async (agent: string) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': agent },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }', variables: { e: user.email, p: user.password } }),
    });
    return { cookie: res.headers.get('set-cookie')!.split(';')[0]! };
  };
  const QUERY = `{ mySessions { id userAgent ip createdAt lastSeenAt current } }`;

  it('lists the sessions with device, address and the current one marked; ends one, then all others', async () => {
    const laptop = await signIn('Firefox op laptop');
    const phone = await signIn('Safari op gsm');
    const tablet = await signIn('Chrome op tablet');
    const list = (await gql(server.url, QUERY, {}, laptop)).data!.mySessions as { id: string; userAgent: string; ip: string; current: boolean; lastSeenAt: string }[];
    expect(list.map((s) => s.userAgent).sort()).toEqual(['Chrome op tablet', 'Firefox op laptop', 'Safari op gsm']);
    expect(list.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Firefox op laptop']);
    expect(list.every((s) => s.ip && s.lastSeenAt)).toBe(true);

    const phoneSession = list.find((s) => s.userAgent === 'Safari op gsm')!;
    // A session is no Node: asked by its id, node answers null (not an error).
    const asNode = await gql(server.url, `query($id: ID!) { node(id: $id) { id } }`, { id: phoneSession.id }, laptop);
    expect(asNode.errors).toBeUndefined();
    expect(asNode.data!.node).toBeNull();
    expect((await gql(server.url, `mutation($id: ID!) { endSession(id: $id) }`, { id: phoneSession.id }, laptop)).data!.endSession).toBe(true);
    expect((await gql(server.url, `{ me { user { email } } }`, {}, phone)).data!.me).toBeNull();

    const ended = await gql(server.url, `mutation { endOtherSessions }`, {}, laptop);
    expect(ended.data!.endOtherSessions).toBe(1);
    expect((await gql(server.url, `{ me { user { email } } }`, {}, tablet)).data!.me).toBeNull();
    expect((await gql(server.url, `{ me { user { email } } }`, {}, laptop)).data!.me.user.email).toBe(user.email);
    expect(((await gql(server.url, QUERY, {}, laptop)).data!.mySessions as unknown[]).length).toBe(1);
  });

  it("answers another user's session as absent and ends nothing", async () => {
    const other = await createTestUser(t.db);
    const theirs = await signInCookie(server.url, other);
    const mine = await signIn('Mijn browser');
    const theirId = ((await gql(server.url, QUERY, {}, theirs)).data!.mySessions as { id: string }[])[0]!.id;
    const res = await gql(server.url, `mutation($id: ID!) { endSession(id: $id) }`, { id: theirId }, mine);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect((await gql(server.url, `{ me { user { email } } }`, {}, theirs)).data!.me.user.email).toBe(other.email);
  });
});
