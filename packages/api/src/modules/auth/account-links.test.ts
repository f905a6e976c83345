// Password reset and invitations by mail, over real HTTP and real SMTP (a server started here):
// the answers never say whether an address has an account, links work once and expire, a reset
// ends every session, an accepted invitation signs in; who may invite; refused writes write nothing.
import { toGlobalId } from '../../common/global-id';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, fieldOf } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, signInCookie } from '../../test/users';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../mail/catcher';
import { Zone } from '../zone/zone.entity';

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
const INVITE = `mutation($e: String!, $z: ID!, $r: ZoneRole!) { inviteUser(email: $e, zoneId: $z, role: $r) { email role zone { name } expiresAt } }`;
const PREVIEW = `query($t: String!) { accountInvitation(token: $t) { email zoneName role hasAccount expiresAt } }`;
const ACCEPT = `mutation($t: String!, $n: String, $p: String!) { acceptAccountInvitation(token: $t, name: $n, password: $p) { user { email name } zones { role zone { slug } } } }`;
const ME = `{ me { user { email } zones { role zone { slug } } } }`;

/** The token of the link in a mail, and the link itself. */
function linkIn(mail: CaughtMail, route: string): { url: string; token: string } {
  const match = new RegExp(`https?://[^\\s"<>]+${route}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${route} link in: ${mail.text}`);
  expect(mail.html).toContain(match[0]);
  return { url: match[0], token: match[1]! };
}

describe('mailed links: password reset and invitations', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let catcher: MailCatcher;
  let zoneA: string;
  let zoneB: string;
  const count = async (table: string) => Number((await t.db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    catcher = await startMailCatcher();
    server = await startServer(t.db, {
      port: 0,
      host: '127.0.0.1',
      rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 },
      webhooks: { run: false },
      jobs: { pollIntervalMs: 200 },
      mail: { smtp: { host: catcher.host, port: catcher.port, ignoreTLS: true }, publicUrl: 'https://kruispunt.example.be' },
    });
    zoneA = toGlobalId('Zone', (await t.db.getRepository(Zone).findOneByOrFail({ slug: 'elz-leuven-zuid' })).id);
    zoneB = toGlobalId('Zone', (await t.db.getRepository(Zone).findOneByOrFail({ slug: 'elz-leuven' })).id);
  });
  afterAll(async () => {
    await server.close();
    await catcher.close();
    await t.drop();
  });

  describe('password reset', () => {
    it('answers the same for every address and mails only an existing account', async () => {
      const user = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
      const known = await gql(server.url, REQUEST, { e: user.email.toUpperCase() });
      const unknown = await gql(server.url, REQUEST, { e: 'niemand-hier@kruispunt.test' });
      expect(known.errors).toBeUndefined();
      expect(JSON.stringify({ data: unknown.data, errors: unknown.errors, status: unknown.status })).toBe(JSON.stringify({ data: known.data, errors: known.errors, status: known.status }));
      // The same work for both (the lookup happens in a job), so the time says nothing either.
      expect(unknown.sqlQueries).toBe(known.sqlQueries);
      const mail = await catcher.waitFor((m) => m.to.includes(user.email));
      expect(mail.subject).toBe('Je wachtwoord voor Kruispunt herstellen');
      expect(mail.text).toContain('De link werkt 1 uur en één keer.');
      expect(linkIn(mail, '/wachtwoord-herstellen').url).toMatch(/^https:\/\/kruispunt\.example\.be\/wachtwoord-herstellen\?token=/);
      // Give the worker time to send a mail it should not: none for the unknown address.
      await gql(server.url, REQUEST, { e: 'nog-iemand@kruispunt.test' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(catcher.mails.some((m) => m.to.some((to) => to.includes('niemand-hier') || to.includes('nog-iemand')))).toBe(false);
      expect(codeOf(await gql(server.url, REQUEST, { e: 'geen-adres' }))).toBe('INVALID_INPUT');
      expect(fieldOf(await gql(server.url, REQUEST, { e: 'geen-adres' }))).toBe('email');
    });

    it('sets the password once, ends every session and refuses the used, an expired and a bad link', async () => {
      const user = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
      const sessionA = await signInCookie(server.url, user);
      const sessionB = await signInCookie(server.url, user);
      await gql(server.url, REQUEST, { e: user.email });
      const { token } = linkIn(await catcher.waitFor((m) => m.to.includes(user.email)), '/wachtwoord-herstellen');

      // A too-short password is refused on its field and changes nothing: the link still works after.
      const short = await gql(server.url, RESET, { t: token, p: 'kort' });
      expect([codeOf(short), fieldOf(short)]).toEqual(['INVALID_INPUT', 'newPassword']);
      expect((await gql(server.url, ME, {}, sessionA)).data!.me.user.email).toBe(user.email);

      expect((await gql(server.url, RESET, { t: token, p: 'een-nieuw-wachtwoord-9' })).errors).toBeUndefined();
      expect((await gql(server.url, ME, {}, sessionA)).data!.me).toBeNull();
      expect((await gql(server.url, ME, {}, sessionB)).data!.me).toBeNull();
      await expect(signInCookie(server.url, user)).rejects.toThrow();
      await signInCookie(server.url, { email: user.email, password: 'een-nieuw-wachtwoord-9' });

      const again = await gql(server.url, RESET, { t: token, p: 'nog-een-ander-wachtwoord' });
      expect([codeOf(again), fieldOf(again), again.errors![0]!.extensions!.reason]).toEqual(['INVALID_INPUT', 'token', 'USED']);
      expect(again.errors![0]!.message).toContain('al gebruikt');
      const bad = await gql(server.url, RESET, { t: 'x'.repeat(43), p: 'nog-een-ander-wachtwoord' });
      expect([fieldOf(bad), bad.errors![0]!.extensions!.reason]).toEqual(['token', 'UNKNOWN']);

      await gql(server.url, REQUEST, { e: user.email });
      const second = linkIn(await catcher.waitFor((m) => m.to.includes(user.email) && !m.text.includes(token)), '/wachtwoord-herstellen');
      await t.db.query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
      const expired = await gql(server.url, RESET, { t: second.token, p: 'nog-een-ander-wachtwoord' });
      expect([fieldOf(expired), expired.errors![0]!.extensions!.reason]).toEqual(['token', 'EXPIRED']);
      expect(expired.errors![0]!.message).toContain('verlopen');
      await signInCookie(server.url, { email: user.email, password: 'een-nieuw-wachtwoord-9' });
    });

    it('mails one address at most 3 times an hour, with the same answer after', async () => {
      const user = await createTestUser(t.db);
      for (let i = 0; i < 4; i++) expect((await gql(server.url, REQUEST, { e: user.email })).data).toEqual({ requestPasswordReset: true });
      await catcher.waitFor((m) => catcher.mails.filter((x) => x.to.includes(user.email)).length >= 3);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(catcher.mails.filter((m) => m.to.includes(user.email))).toHaveLength(3);
    });
  });

  describe('invitations', () => {
    it('lets the zone’s editors and administrators invite, nobody else, and says so in viewerCanInvite', async () => {
      const editor = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
      const reader = await createTestUser(t.db, { viewerOf: ['elz-leuven-zuid'] });
      const admin = await createTestUser(t.db, { admin: true });
      const readToken = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'], scope: 'READ' });
      const rights = `query($z: ID!) { node(id: $z) { ... on Zone { viewerCanInvite } } }`;
      expect((await gql(server.url, rights, { z: zoneA }, editor.headers)).data!.node.viewerCanInvite).toBe(true);
      expect((await gql(server.url, rights, { z: zoneB }, editor.headers)).data!.node.viewerCanInvite).toBe(false);
      expect((await gql(server.url, rights, { z: zoneA }, reader.headers)).data!.node.viewerCanInvite).toBe(false);
      expect((await gql(server.url, rights, { z: zoneB }, admin.headers)).data!.node.viewerCanInvite).toBe(true);

      const before = await count('account_invitation');
      expect(codeOf(await gql(server.url, INVITE, { e: 'x@zone.test', z: zoneA, r: 'EDITOR' }, reader.headers))).toBe('FORBIDDEN');
      expect(codeOf(await gql(server.url, INVITE, { e: 'x@zone.test', z: zoneB, r: 'EDITOR' }, editor.headers))).toBe('FORBIDDEN');
      expect(codeOf(await gql(server.url, INVITE, { e: 'x@zone.test', z: zoneA, r: 'EDITOR' }, readToken.headers))).toBe('FORBIDDEN');
      expect(codeOf(await gql(server.url, INVITE, { e: 'x@zone.test', z: zoneA, r: 'EDITOR' }))).toBe('UNAUTHENTICATED');
      const badEmail = await gql(server.url, INVITE, { e: 'geen adres', z: zoneA, r: 'EDITOR' }, editor.headers);
      expect([codeOf(badEmail), fieldOf(badEmail)]).toEqual(['INVALID_INPUT', 'email']);
      const badZone = await gql(server.url, INVITE, { e: 'x@zone.test', z: toGlobalId('Action', zoneA), r: 'EDITOR' }, editor.headers);
      expect([codeOf(badZone), fieldOf(badZone)]).toEqual(['INVALID_INPUT', 'zoneId']);
      expect(await count('account_invitation')).toBe(before);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(catcher.mails.some((m) => m.to.includes('x@zone.test'))).toBe(false);

      expect((await gql(server.url, INVITE, { e: 'door-beheerder@zone.test', z: zoneB, r: 'VIEWER' }, admin.headers)).errors).toBeUndefined();
    });

    it('answers alike for a new and an existing address; a new colleague chooses a password and is signed in', async () => {
      const editor = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
      const existing = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
      const forNew = await gql(server.url, INVITE, { e: 'Nieuwe.Collega@Zone.test', z: zoneA, r: 'EDITOR' }, editor.headers);
      const forExisting = await gql(server.url, INVITE, { e: existing.email, z: zoneA, r: 'EDITOR' }, editor.headers);
      const shape = (r: typeof forNew) => ({ ...r.data!.inviteUser, email: '', expiresAt: '' });
      expect(shape(forExisting)).toEqual(shape(forNew));
      expect(forNew.data!.inviteUser).toMatchObject({ email: 'nieuwe.collega@zone.test', role: 'EDITOR', zone: { name: 'ELZ Leuven Zuid' } });

      const mail = await catcher.waitFor((m) => m.to.includes('nieuwe.collega@zone.test'));
      expect(mail.subject).toBe('Uitnodiging: werk mee aan ELZ Leuven Zuid in Kruispunt');
      expect(mail.text).toContain('als redacteur mee te werken aan ELZ Leuven Zuid');
      expect(mail.text).toContain('De link werkt 7 dagen en één keer.');
      const { token } = linkIn(mail, '/uitnodiging');

      expect((await gql(server.url, PREVIEW, { t: token })).data!.accountInvitation).toMatchObject({
        email: 'nieuwe.collega@zone.test',
        zoneName: 'ELZ Leuven Zuid',
        role: 'EDITOR',
        hasAccount: false,
      });
      const noName = await gql(server.url, ACCEPT, { t: token, p: 'een-goed-wachtwoord-1' });
      expect([codeOf(noName), fieldOf(noName)]).toEqual(['INVALID_INPUT', 'name']);
      const weak = await gql(server.url, ACCEPT, { t: token, n: 'Nieuwe Collega', p: 'kort' });
      expect([codeOf(weak), fieldOf(weak)]).toEqual(['INVALID_INPUT', 'password']);
      expect(Number((await t.db.query(`SELECT count(*) AS n FROM app_user WHERE email = 'nieuwe.collega@zone.test'`))[0].n)).toBe(0);

      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ACCEPT, variables: { t: token, n: 'Nieuwe Collega', p: 'een-goed-wachtwoord-1' } }),
      });
      const body = (await res.json()) as { data: { acceptAccountInvitation: { user: { email: string; name: string } } } };
      expect(body.data.acceptAccountInvitation.user).toEqual({ email: 'nieuwe.collega@zone.test', name: 'Nieuwe Collega' });
      const cookie = { cookie: res.headers.get('set-cookie')!.split(';')[0]! };
      expect((await gql(server.url, ME, {}, cookie)).data!.me.zones).toEqual([{ role: 'EDITOR', zone: { slug: 'elz-leuven-zuid' } }]);

      const used = await gql(server.url, ACCEPT, { t: token, n: 'Nog Iemand', p: 'een-goed-wachtwoord-1' });
      expect([fieldOf(used), used.errors![0]!.extensions!.reason]).toEqual(['token', 'USED']);
      expect((await gql(server.url, PREVIEW, { t: token })).errors![0]!.extensions!.reason).toBe('USED');
    });

    it('adds the membership to an existing account after its own password, and refuses an expired link', async () => {
      const editor = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
      const existing = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
      await gql(server.url, INVITE, { e: existing.email, z: zoneA, r: 'VIEWER' }, editor.headers);
      const { token } = linkIn(await catcher.waitFor((m) => m.to.includes(existing.email)), '/uitnodiging');
      expect((await gql(server.url, PREVIEW, { t: token })).data!.accountInvitation.hasAccount).toBe(true);
      const wrong = await gql(server.url, ACCEPT, { t: token, p: 'niet-mijn-wachtwoord' });
      expect([codeOf(wrong), fieldOf(wrong)]).toEqual(['INVALID_INPUT', 'password']);
      const accepted = await gql(server.url, ACCEPT, { t: token, p: existing.password });
      expect(accepted.data!.acceptAccountInvitation.zones).toEqual([
        { role: 'EDITOR', zone: { slug: 'elz-leuven' } },
        { role: 'VIEWER', zone: { slug: 'elz-leuven-zuid' } },
      ]);

      await gql(server.url, INVITE, { e: 'te-laat@zone.test', z: zoneA, r: 'EDITOR' }, editor.headers);
      const late = linkIn(await catcher.waitFor((m) => m.to.includes('te-laat@zone.test')), '/uitnodiging');
      await t.db.query(`UPDATE account_invitation SET expires_at = now() - interval '1 second' WHERE email = 'te-laat@zone.test'`);
      const expired = await gql(server.url, ACCEPT, { t: late.token, n: 'Te Laat', p: 'een-goed-wachtwoord-1' });
      expect([fieldOf(expired), expired.errors![0]!.extensions!.reason]).toEqual(['token', 'EXPIRED']);
      expect(expired.errors![0]!.message).toContain('verlopen');
    });
    it('lists the pending invitations to those who may invite, and a withdrawn one no longer works', async () => {
      const editor = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
      const otherEditor = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
      const reader = await createTestUser(t.db, { viewerOf: ['elz-leuven-zuid'] });
      const PENDING = `query($z: ID!) { node(id: $z) { ... on Zone { accountInvitations { id email role invitedByName } } } }`;
      const REVOKE = `mutation($id: ID!) { revokeAccountInvitation(id: $id) }`;
      const sent = await gql(
        server.url,
        `mutation($e: String!, $z: ID!) { inviteUser(email: $e, zoneId: $z, role: VIEWER) { id } }`,
        { e: 'ingetrokken@zone.test', z: zoneA },
        editor.headers,
      );
      const id = sent.data!.inviteUser.id as string;
      const { token } = linkIn(await catcher.waitFor((m) => m.to.includes('ingetrokken@zone.test')), '/uitnodiging');

      const pending = (await gql(server.url, PENDING, { z: zoneA }, editor.headers)).data!.node.accountInvitations as { id: string; email: string; invitedByName: string }[];
      expect(pending.find((i) => i.email === 'ingetrokken@zone.test')).toEqual({ id, email: 'ingetrokken@zone.test', role: 'VIEWER', invitedByName: `Testgebruiker ${editor.email}` });
      // Accepted and expired ones are not pending (earlier tests left both in this zone).
      expect(pending.map((i) => i.email)).not.toContain('nieuwe.collega@zone.test');
      expect(pending.map((i) => i.email)).not.toContain('te-laat@zone.test');
      // Readers of the zone and editors of another see none, and may not withdraw one.
      expect((await gql(server.url, PENDING, { z: zoneA }, reader.headers)).data!.node.accountInvitations).toEqual([]);
      expect((await gql(server.url, PENDING, { z: zoneA }, otherEditor.headers)).data!.node.accountInvitations).toEqual([]);
      expect(codeOf(await gql(server.url, REVOKE, { id }, reader.headers))).toBe('FORBIDDEN');
      expect(codeOf(await gql(server.url, REVOKE, { id }, otherEditor.headers))).toBe('FORBIDDEN');
      expect((await gql(server.url, PREVIEW, { t: token })).errors).toBeUndefined();
      const badId = await gql(server.url, REVOKE, { id: zoneA }, editor.headers);
      expect([codeOf(badId), fieldOf(badId)]).toEqual(['INVALID_INPUT', 'id']);

      expect((await gql(server.url, REVOKE, { id }, editor.headers)).data!.revokeAccountInvitation).toBe(true);
      expect((await gql(server.url, REVOKE, { id }, editor.headers)).data!.revokeAccountInvitation).toBe(true);
      expect(((await gql(server.url, PENDING, { z: zoneA }, editor.headers)).data!.node.accountInvitations as { email: string }[]).map((i) => i.email)).not.toContain(
        'ingetrokken@zone.test',
      );
      const withdrawn = await gql(server.url, ACCEPT, { t: token, n: 'Te Laat', p: 'een-goed-wachtwoord-1' });
      expect([fieldOf(withdrawn), withdrawn.errors![0]!.extensions!.reason]).toEqual(['token', 'REVOKED']);
      expect(withdrawn.errors![0]!.message).toContain('ingetrokken');
      expect(Number((await t.db.query(`SELECT count(*) AS n FROM app_user WHERE email = 'ingetrokken@zone.test'`))[0].n)).toBe(0);

      // An accepted invitation is not withdrawn: its membership is changed instead.
      const [accepted] = (await t.db.query(`SELECT id FROM account_invitation WHERE email = 'nieuwe.collega@zone.test'`)) as { id: string }[];
      const late = await gql(server.url, REVOKE, { id: toGlobalId('AccountInvitation', accepted!.id) }, editor.headers);
      expect([codeOf(late), fieldOf(late)]).toEqual(['INVALID_INPUT', 'id']);
    });
  });

  // Last: it uses up this address's budget of link uses.
  it('limits the uses of links and the reset requests per client address', async () => {
    let limited = null as null | Awaited<ReturnType<typeof gql>>;
    for (let i = 0; i < 12 && !limited; i++) {
      const res = await gql(server.url, REQUEST, { e: `wie-${i}@kruispunt.test` });
      if (codeOf(res) === 'RATE_LIMITED') limited = res;
    }
    expect(limited?.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
    let refused = false;
    for (let i = 0; i < 35 && !refused; i++) refused = codeOf(await gql(server.url, RESET, { t: 'y'.repeat(43), p: 'een-goed-wachtwoord-1' })) === 'RATE_LIMITED';
    expect(refused).toBe(true);
  });
});
