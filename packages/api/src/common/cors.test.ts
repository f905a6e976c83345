// CORS for outside tools (issue 17: a browser dashboard on another origin was blocked): allowed
// origins get the headers, with a token; others get none; the session cookie is never allowed.
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { createTestUser, type TestUser } from '../test/users';
import { load } from '../config';

const DASHBOARD = 'https://dashboard.vivel.example';

describe('CORS', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let tool: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', corsOrigins: [DASHBOARD], rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    tool = await createTestUser(t.db, { scope: 'READ' });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const preflight = (origin: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });

  it('answers a preflight of an allowed origin, without allowing credentials', async () => {
    const res = await preflight(DASHBOARD);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('lets a page of an allowed origin query with a token and read the rate-limit headers', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: DASHBOARD, 'content-type': 'application/json', ...tool.headers },
      body: JSON.stringify({ query: '{ regions { name } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/RateLimit-Remaining/);
    expect(((await res.json()) as { data: { regions: unknown[] } }).data.regions.length).toBeGreaterThan(0);
  });

  it('gives other origins no CORS headers at all', async () => {
    for (const origin of ['https://evil.example', 'https://dashboard.vivel.example.evil.example', 'null']) {
      const res = await preflight(origin);
      expect([origin, res.headers.get('access-control-allow-origin')]).toEqual([origin, null]);
    }
  });

  it('reads the allow-list from CORS_ORIGINS and refuses an origin with a path', () => {
    expect(load({ CORS_ORIGINS: `${DASHBOARD}, http://localhost:3000` }).corsOrigins).toEqual([DASHBOARD, 'http://localhost:3000']);
    expect(load({}).corsOrigins).toEqual([]);
    expect(() => load({ CORS_ORIGINS: 'https://dashboard.example/graphql' })).toThrow(/CORS_ORIGINS/);
  });
});
