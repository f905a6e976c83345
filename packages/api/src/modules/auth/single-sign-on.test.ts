// Single sign-on: the configuration (OIDC_DOMAINS, all-or-nothing), the way back after signing on
// (no open redirect), and who a signed-on person becomes. The protocol itself runs against a real
// OpenID Connect provider in the browser test (packages/web/test/single-sign-on.test.ts).
import { load } from '../../config';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { parseDomainRoles, rolesForEmail } from './sign-on-roles';
import { safeReturnPath, SingleSignOn } from './single-sign-on';

describe('single sign-on settings', () => {
  it('reads domain=role pairs and names the wrong part', () => {
    const map = parseDomainRoles(' elz-leuven.be=editor:elz-leuven ; vivel.be=coach:oost-brabant+coach:west-vlaanderen;Kruispunt.be=admin ');
    expect(rolesForEmail(map, 'an@elz-leuven.be')).toEqual([{ kind: 'editor', zone: 'elz-leuven' }]);
    expect(rolesForEmail(map, 'Bo@VIVEL.be')).toEqual([
      { kind: 'coach', region: 'oost-brabant' },
      { kind: 'coach', region: 'west-vlaanderen' },
    ]);
    expect(rolesForEmail(map, 'x@kruispunt.be')).toEqual([{ kind: 'admin' }]);
    // A subdomain is another organisation; no domain, no roles.
    expect(rolesForEmail(map, 'x@mail.elz-leuven.be')).toEqual([]);
    expect(rolesForEmail(map, 'geen-adres')).toEqual([]);
    expect(() => parseDomainRoles('elz-leuven.be')).toThrow(/"elz-leuven.be" is no domain=role pair/);
    expect(() => parseDomainRoles('elz-leuven.be=owner:elz-leuven')).toThrow(/"owner:elz-leuven" for elz-leuven.be is no role/);
    expect(() => parseDomainRoles('a.be=admin;A.be=viewer:z')).toThrow(/a.be is given twice/);
    expect(() => parseDomainRoles('a.be=editor:Zone Met Spaties')).toThrow(/is no role/);
  });

  it('is off without settings and refuses half a configuration', () => {
    expect(load({}).singleSignOn).toBeNull();
    // docker-compose passes unset variables as empty strings.
    expect(load({ OIDC_ISSUER: '', OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: '', OIDC_REDIRECT_URI: '' }).singleSignOn).toBeNull();
    expect(() => load({ OIDC_ISSUER: 'https://login.example.be' })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: give all three/);
    expect(() => load({ OIDC_ISSUER: 'https://login.example.be', OIDC_CLIENT_ID: 'k', OIDC_CLIENT_SECRET: 's', OIDC_DOMAINS: 'x' })).toThrow(/OIDC_DOMAINS: "x"/);
    const on = load({ OIDC_ISSUER: 'https://login.example.be', OIDC_CLIENT_ID: 'k', OIDC_CLIENT_SECRET: 's', OIDC_LABEL: 'ELZ-login' }).singleSignOn;
    expect(on).toMatchObject({ issuer: 'https://login.example.be', clientId: 'k', label: 'ELZ-login', allowHttp: false });
  });

  it('goes back only to a path of this app', () => {
    expect(safeReturnPath('/zones/elz-leuven/plannen/2025?x=1')).toBe('/zones/elz-leuven/plannen/2025?x=1');
    for (const bad of ['https://evil.example', '//evil.example/x', '/\\evil.example', 'zones', '', undefined, ['/a'], '/a b']) expect(safeReturnPath(bad)).toBe('/');
  });
});

describe('who a signed-on person becomes', () => {
  let t: TestDatabase;
  let sso: SingleSignOn;
  const issuer = 'https://login.example.be';
  const users = async () => Number((await t.db.query(`SELECT count(*) AS n FROM app_user`))[0].n);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    sso = new SingleSignOn(t.db, {
      issuer,
      clientId: 'kruispunt',
      clientSecret: 'secret',
      label: 'ELZ',
      allowHttp: false,
      domains: parseDomainRoles('zuid.example.be=editor:elz-leuven-zuid;vivel.example.be=coach:oost-brabant;kapot.example.be=editor:bestaat-niet'),
    });
  });
  afterAll(async () => {
    await t.drop();
  });

  it('creates an account with the domain roles, audited, and finds it again by the subject', async () => {
    const id = await sso.accountFor({ sub: 's-1', email: 'An.Peeters@zuid.example.be', email_verified: true, name: 'An Peeters' });
    expect(id).toEqual(expect.any(String));
    const [user] = await t.db.query(`SELECT email, name, is_admin FROM app_user WHERE id = $1`, [id]);
    expect(user).toEqual({ email: 'an.peeters@zuid.example.be', name: 'An Peeters', is_admin: false });
    const memberships = await t.db.query(`SELECT z.slug, m.role FROM zone_membership m JOIN zone z ON z.id = m.zone_id WHERE m.user_id = $1`, [id]);
    expect(memberships).toEqual([{ slug: 'elz-leuven-zuid', role: 'EDITOR' }]);
    const [audit] = await t.db.query(`SELECT operation, actor_name, after FROM audit_entry WHERE entity_type = 'User' AND entity_id = $1`, [id]);
    expect(audit).toMatchObject({ operation: 'CREATE', actor_name: 'An Peeters', after: expect.objectContaining({ roles: 'editor:elz-leuven-zuid' }) });
    // The provider changed the address: the subject still says who it is.
    expect(await sso.accountFor({ sub: 's-1', email: 'an@elders.example', email_verified: true })).toBe(id);
    const coach = await sso.accountFor({ sub: 's-2', email: 'bo@vivel.example.be', email_verified: true });
    expect(await t.db.query(`SELECT r.slug FROM coach_region c JOIN region r ON r.id = c.region_id WHERE c.user_id = $1`, [coach])).toEqual([{ slug: 'oost-brabant' }]);
  });

  it('links an existing account only through a verified address, and never a deactivated one', async () => {
    const [existing] = await t.db.query(`SELECT id FROM app_user ORDER BY email LIMIT 1`);
    const [{ email }] = await t.db.query(`SELECT email FROM app_user WHERE id = $1`, [existing.id]);
    expect(await sso.accountFor({ sub: 's-3', email, email_verified: false })).toBeNull();
    expect(await sso.accountFor({ sub: 's-3', email: email.toUpperCase(), email_verified: true })).toBe(existing.id);
    await t.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [existing.id]);
    expect(await sso.accountFor({ sub: 's-3', email, email_verified: true })).toBeNull();
    await t.db.query(`UPDATE app_user SET disabled_at = NULL WHERE id = $1`, [existing.id]);
  });

  it('gives no account to an unmapped domain, an unverified address or a mapping to a zone that does not exist, and writes nothing', async () => {
    const before = await users();
    const identities = Number((await t.db.query(`SELECT count(*) AS n FROM user_identity`))[0].n);
    expect(await sso.accountFor({ sub: 's-4', email: 'iemand@elders.example', email_verified: true })).toBeNull();
    expect(await sso.accountFor({ sub: 's-5', email: 'nieuw@zuid.example.be', email_verified: false })).toBeNull();
    expect(await sso.accountFor({ sub: 's-6', email: 'x@kapot.example.be', email_verified: true })).toBeNull();
    expect(await sso.accountFor({ email: 'geen-subject@zuid.example.be', email_verified: true })).toBeNull();
    expect(await users()).toBe(before);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM user_identity`))[0].n)).toBe(identities);
  });
});
