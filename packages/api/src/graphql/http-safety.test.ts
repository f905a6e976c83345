// What external tools (and the browser) rely on at the HTTP edge of /graphql: a body size limit
// answered as a GraphQL error, rate limits per token and per IP, CSRF prevention for cookie
// sessions, and no stack traces or SQL in errors.
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { gql } from '../test/http';
import { createTestUser, signInCookie, type TestUser } from '../test/users';

const GENERIC_MESSAGE = 'Er ging iets mis op de server. Probeer het later opnieuw.';

/** Lets the last token requests record their use (fire and forget) before the database goes. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

async function post(url: string, body: string, headers: Record<string, string>) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    sqlQueries: res.headers.get('x-sql-queries'),
    text,
    json: () => JSON.parse(text) as { data?: any; errors?: any[] },
  };
}

describe('the HTTP edge of /graphql', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', maxBodyBytes: 4096 });
    user = await createTestUser(t.db, { viewerOf: ['elz-leuven'], scope: 'READ' });
  });
  afterAll(async () => {
    await settle();
    await server.close();
    await t.drop();
  });

  describe('request size', () => {
    it('answers a body over the limit with 413 and a GraphQL error in JSON', async () => {
      const body = JSON.stringify({ query: 'query($x: String) { __typename }', variables: { x: 'x'.repeat(5000) } });
      const res = await post(server.url, body, { 'content-type': 'application/json', ...user.headers });
      expect(res.status).toBe(413);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(res.json()).toEqual({
        errors: [{ message: 'Het verzoek is te groot: hoogstens 4096 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 4096 } }],
      });
    });

    it('accepts a body under the limit', async () => {
      const body = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(3000)}` });
      const res = await post(server.url, body, { 'content-type': 'application/json', ...user.headers });
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('answers a body that is not JSON with 400 and a GraphQL error, no HTML or stack trace', async () => {
      const res = await post(server.url, '{"query": "{ __typename }"', { 'content-type': 'application/json' });
      expect(res.status).toBe(400);
      expect(res.sqlQueries).toBe('0');
      expect(res.contentType).toMatch(/^application\/json/);
      expect(res.json().errors).toEqual([{ message: 'Het verzoek is geen geldige JSON.', extensions: { code: 'BAD_REQUEST' } }]);
      expect(res.text).not.toMatch(/SyntaxError|at .*\.js|<html/i);
    });
  });

  describe('authentication', () => {
    it('answers an unknown token with 401 UNAUTHENTICATED, and anonymous data requests with UNAUTHENTICATED', async () => {
      const bad = await gql(server.url, '{ themes { slug } }', {}, { authorization: 'Bearer kp_unknown' });
      expect(bad.status).toBe(401);
      expect(bad.sqlQueries).toBe(0);
      expect(bad.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      const anonymous = await gql(server.url, '{ themes { slug } }');
      expect(anonymous.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect((await gql(server.url, '{ __typename me { authKind } }')).data).toEqual({ __typename: 'Query', me: null });
    });
  });

  describe('CSRF prevention for cookie sessions', () => {
    let cookie: Record<string, string>;
    const createToken = (name: string) => JSON.stringify({ query: `mutation { createApiToken(input: { name: "${name}", scope: READ }) { secret } }` });
    const tokenNames = async () => (await gql(server.url, `{ apiTokens { name } }`, {}, cookie)).data!.apiTokens.map((t: { name: string }) => t.name);

    beforeAll(async () => {
      cookie = await signInCookie(server.url, user);
    });

    it('refuses a POST as text/plain (a "simple" request a cross-site form could send)', async () => {
      const res = await post(server.url, createToken('csrf-text'), { 'content-type': 'text/plain', ...cookie });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
      expect(await tokenNames()).not.toContain('csrf-text');
    });

    it('refuses a form post', async () => {
      const body = new URLSearchParams({ query: 'mutation { createApiToken(input: { name: "csrf-form", scope: READ }) { secret } }' }).toString();
      const res = await post(server.url, body, { 'content-type': 'application/x-www-form-urlencoded', ...cookie });
      expect(res.status).toBe(400);
      expect(await tokenNames()).not.toContain('csrf-form');
    });

    it('refuses a GET with a mutation, and a GET without a preflight header', async () => {
      const mutation = encodeURIComponent('mutation { createApiToken(input: { name: "csrf-get", scope: READ }) { secret } }');
      const simple = await fetch(`${server.url}/graphql?query=${mutation}`, { headers: { ...cookie, accept: 'application/json' } });
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/CSRF/);
      // Even when it could not come from a cross-site page, a GET never runs a mutation.
      const preflighted = await fetch(`${server.url}/graphql?query=${mutation}`, { headers: { ...cookie, accept: 'application/json', 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(405);
      expect(await tokenNames()).not.toContain('csrf-get');
    });

    it('runs the same mutation sent as JSON (which a cross-site page cannot send without CORS)', async () => {
      const res = await post(server.url, createToken('csrf-json'), { 'content-type': 'application/json', ...cookie });
      expect(res.status).toBe(200);
      expect(res.json().errors).toBeUndefined();
      expect(await tokenNames()).toContain('csrf-json');
    });
  });

  describe('unexpected errors', () => {
    it('answers a database error with a generic Dutch message: no stack trace, no SQL', async () => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      // A real failure of the database under a resolver: the table is gone for a moment.
      await t.db.query('ALTER TABLE theme RENAME TO theme_away');
      try {
        const res = await post(server.url, JSON.stringify({ query: '{ themes { slug name } }' }), { 'content-type': 'application/json', ...user.headers });
        const body = res.json();
        expect(body.errors).toEqual([{ message: GENERIC_MESSAGE, path: ['themes'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
        expect(res.text).not.toMatch(/stacktrace|SELECT|FROM|theme_away|relation|QueryFailedError|node_modules|\.ts:\d+/i);
        // The details go to the server log instead.
        expect(logged).toHaveBeenCalledWith('[graphql] unexpected error', expect.objectContaining({ message: expect.stringMatching(/relation "theme" does not exist/) }));
      } finally {
        await t.db.query('ALTER TABLE theme_away RENAME TO theme');
        logged.mockRestore();
      }
      const after = await gql(server.url, '{ themes { slug } }', {}, user.headers);
      expect(after.errors).toBeUndefined();
    });

    it('has no stack traces in errors of known kinds either', async () => {
      for (const query of ['{ nope }', '{ action(id: "bm9wZQ") { title } }', '{ zones ']) {
        const res = await post(server.url, JSON.stringify({ query }), { 'content-type': 'application/json', ...user.headers });
        expect(res.json().errors?.length).toBeGreaterThan(0);
        expect(res.text).not.toMatch(/stacktrace|node_modules|\.ts:\d+|\.js:\d+/);
      }
    });
  });
});

describe('rate limits', () => {
  let t: TestDatabase;
  let server: StartedServer;

  beforeAll(async () => {
    // Its own database: the counters are shared by every server on a database.
    t = await createTestDatabase();
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 3, tokenPerMinute: 5 } });
    // The windows are fixed minutes: start at the beginning of one, not in its last seconds.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
  });
  afterAll(async () => {
    await settle();
    await server.close();
    await t.drop();
  });

  it('limits anonymous requests per IP and requests with a token per token, with 429, RATE_LIMITED and Retry-After', async () => {
    const ask = (headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });

    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    const limited = await ask();
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('ratelimit-limit')).toBe('3');
    // Complete rate-limit headers, and the statement count on a refusal too (0: nothing ran).
    expect(Number(limited.headers.get('ratelimit-reset'))).toBe(retryAfter);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-sql-queries')).toBe('0');
    const body = (await limited.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors).toEqual([{ message: `Te veel verzoeken: probeer het over ${retryAfter} seconden opnieuw.`, extensions: { code: 'RATE_LIMITED', retryAfter } }]);

    // A token has its own, larger budget, whatever its IP already spent.
    const { headers } = await createTestUser(t.db, { scope: 'READ' });
    for (let i = 0; i < 5; i++) expect((await ask(headers)).status).toBe(200);
    const tokenLimited = await ask(headers);
    expect(tokenLimited.status).toBe(429);
    expect(tokenLimited.headers.get('ratelimit-limit')).toBe('5');
    expect(tokenLimited.headers.get('retry-after')).toMatch(/^\d+$/);

    // Another token is not affected.
    const other = await createTestUser(t.db, { scope: 'READ' });
    expect((await ask(other.headers)).status).toBe(200);
  });
});
