// A password change ends the user's other sessions and keeps the one that made it; API tokens
// survive it (they are separate credentials, listed and revoked on the tokens page: docs/api.md).
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, fieldOf } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, signInCookie } from '../../test/users';

describe('changing a password', () => {
  let t: TestDatabase;
  let server: StartedServer;
  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
  });
  afterAll(async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.close();
    await t.drop();
  });

  it('ends the other sessions, keeps this one and the API tokens', async () => {
    const user = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
    const here = await signInCookie(server.url, user);
    const elsewhere = await signInCookie(server.url, user);
    const me = `{ me { user { email } } }`;
    const change = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;

    const wrong = await gql(server.url, change, { c: 'niet-mijn-wachtwoord', n: 'een-nieuw-wachtwoord-1' }, here);
    expect(codeOf(wrong)).toBe('INVALID_INPUT');
    expect(fieldOf(wrong)).toBe('currentPassword');
    expect((await gql(server.url, me, {}, elsewhere)).data!.me.user.email).toBe(user.email);

    const changed = await gql(server.url, change, { c: user.password, n: 'een-nieuw-wachtwoord-1' }, here);
    expect(changed.errors).toBeUndefined();
    expect((await gql(server.url, me, {}, here)).data!.me.user.email).toBe(user.email);
    expect((await gql(server.url, me, {}, elsewhere)).data!.me).toBeNull();
    expect((await gql(server.url, me, {}, user.headers)).data!.me.user.email).toBe(user.email);
    // A token cannot change the password at all.
    expect(codeOf(await gql(server.url, change, { c: 'een-nieuw-wachtwoord-1', n: 'nog-een-wachtwoord-2' }, user.headers))).toBe('FORBIDDEN');
  });
});
