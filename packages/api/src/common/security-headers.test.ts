// Security headers and the session cookie's Secure flag (issue 12, finding 5), over real HTTP:
// on the web app's shell and assets served by the API, the explorer page and its files, the
// GraphQL API itself; and the docker-compose nginx sends the same headers for the files it serves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { createTestUser, type TestUser } from '../test/users';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }';

describe('security headers and cookies', () => {
  let t: TestDatabase;
  let direct: StartedServer;
  let proxied: StartedServer;
  let webDist: string;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    // A web app of our own making, so the test does not depend on the web package being built.
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-web-'));
    fs.mkdirSync(path.join(webDist, 'assets'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Kruispunt</title><script type="module" src="/assets/app.js"></script>');
    fs.writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log(1);');
    const rateLimit = { ipPerMinute: 100_000, tokenPerMinute: 100_000 };
    direct = await startServer(t.db, { port: 0, host: '127.0.0.1', webDist, rateLimit, trustProxy: 0 });
    proxied = await startServer(t.db, { port: 0, host: '127.0.0.1', webDist, rateLimit, trustProxy: 1 });
    user = await createTestUser(t.db);
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
    await t.drop();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  function expectSecurityHeaders(res: Response): void {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect([name, res.headers.get(name)]).toEqual([name, value]);
  }

  it('sends CSP (no inline script, no framing), nosniff, a referrer policy and X-Frame-Options on every kind of response', async () => {
    const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
    const responses = {
      'the app shell': await fetch(`${direct.url}/`, { headers: html }),
      'a client-side route': await fetch(`${direct.url}/zones/elz-leuven/plannen/2025`, { headers: html }),
      'an asset': await fetch(`${direct.url}/assets/app.js`),
      'the explorer page (GET /graphql)': await fetch(`${direct.url}/graphql`, { headers: html }),
      'an explorer file': await fetch(`${direct.url}/graphql/explorer/main.js`),
      'a GraphQL answer (POST /graphql)': await fetch(`${direct.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { authKind } }' }),
      }),
      'a refused GraphQL request': await fetch(`${direct.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      'a download route': await fetch(`${direct.url}/api/plans/x/export.csv`),
    };
    for (const [what, res] of Object.entries(responses)) {
      try {
        expectSecurityHeaders(res);
      } catch (error) {
        throw new Error(`${what} (${res.status}): ${(error as Error).message}`);
      }
    }
    expect(responses['the app shell'].status).toBe(200);
    expect(await responses['the explorer page (GET /graphql)'].text()).toContain('<div id="root"></div>');

    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  async function cookieOf(server: StartedServer, headers: Record<string, string>): Promise<string> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: user.email, p: user.password } }),
    });
    const cookie = res.headers.get('set-cookie');
    if (!cookie) throw new Error(`no cookie: ${await res.text()}`);
    return cookie;
  }

  it('marks the session cookie Secure when the request came over HTTPS through a trusted proxy, and not over plain HTTP', async () => {
    const overHttps = await cookieOf(proxied, { 'x-forwarded-proto': 'https' });
    expect(overHttps).toMatch(/^kp_session=/);
    expect(overHttps).toMatch(/;\s*Secure/i);
    expect(overHttps).toMatch(/;\s*HttpOnly/i);
    expect(overHttps).toMatch(/;\s*SameSite=Lax/i);
    expect(await cookieOf(proxied, { 'x-forwarded-proto': 'http' })).not.toMatch(/Secure/i);
    expect(await cookieOf(direct, {})).not.toMatch(/Secure/i);
    // Without a trusted proxy, anyone could send the header: it is not believed.
    expect(await cookieOf(direct, { 'x-forwarded-proto': 'https' })).not.toMatch(/Secure/i);
  });

  it('has the docker-compose nginx send the same headers for the app files it serves itself', () => {
    const conf = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'deploy', 'nginx.conf'), 'utf8');
    const locations = [...conf.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)].map((m) => ({ path: m[1]!, body: m[2]! }));
    const staticLocations = locations.filter((l) => !l.body.includes('proxy_pass') && !l.path.startsWith('@'));
    expect(staticLocations.map((l) => l.path).sort()).toEqual(['/', '/assets/']);
    for (const location of staticLocations) {
      const sent = Object.fromEntries([...location.body.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map((m) => [m[1]!, m[2]!]));
      expect([location.path, sent]).toEqual([location.path, expect.objectContaining(SECURITY_HEADERS)]);
    }
    // Proxied locations pass X-Forwarded-Proto, so the API can tell HTTPS (Secure cookie).
    for (const location of locations.filter((l) => l.body.includes('proxy_pass'))) expect(location.body).toMatch(/X-Forwarded-Proto \$scheme/);
  });
});
