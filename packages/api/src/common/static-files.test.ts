// The web app as the API serves it (issue 17: nothing was compressed, hashed assets had max-age=3600,
// the shell had no cache policy, source maps were public), over real HTTP.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { CACHE_POLICY } from './static-files';

/** A raw GET (fetch would decompress and hide Content-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('the web app served by the API', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let webDist: string;
  const app = `console.log(${JSON.stringify('Kruispunt '.repeat(300))});`;
  const shell = `<!doctype html><title>Kruispunt</title><script type="module" src="/assets/app-1a2b.js"></script>${'<!-- - -->'.repeat(200)}`;

  beforeAll(async () => {
    t = await createTestDatabase();
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-static-'));
    fs.mkdirSync(path.join(webDist, 'assets'));
    fs.writeFileSync(path.join(webDist, 'index.html'), shell);
    fs.writeFileSync(path.join(webDist, 'index.html.gz'), zlib.gzipSync(shell));
    fs.writeFileSync(path.join(webDist, 'assets', 'app-1a2b.js'), app);
    fs.writeFileSync(path.join(webDist, 'assets', 'app-1a2b.js.br'), zlib.brotliCompressSync(app));
    fs.writeFileSync(path.join(webDist, 'assets', 'app-1a2b.js.gz'), zlib.gzipSync(app));
    fs.writeFileSync(path.join(webDist, 'assets', 'app-1a2b.js.map'), '{"version":3}');
    fs.writeFileSync(path.join(webDist, 'favicon.svg'), '<svg/>');
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', webDist, rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('sends the compressed copy the browser takes, with the right type and Vary', async () => {
    const br = await get(`${server.url}/assets/app-1a2b.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect([br.status, br.headers['content-encoding'], br.headers['content-type'], br.headers.vary]).toEqual([200, 'br', 'text/javascript; charset=utf-8', 'Accept-Encoding']);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(app);
    expect(br.body.length).toBeLessThan(app.length / 5);

    const gz = await get(`${server.url}/assets/app-1a2b.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(app);

    // br;q=0 refuses Brotli; without Accept-Encoding the file goes as it is.
    expect((await get(`${server.url}/assets/app-1a2b.js`, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    const plain = await get(`${server.url}/assets/app-1a2b.js`);
    expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, app]);
  });

  it('caches hashed assets for a year, revalidates the app shell, and sends one Cache-Control', async () => {
    const asset = await get(`${server.url}/assets/app-1a2b.js`, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe(CACHE_POLICY.asset);
    for (const url of ['/', '/zones/elz-leuven/plannen/2025', '/mijn-zone']) {
      const page = await get(`${server.url}${url}`, { 'accept-encoding': 'gzip' });
      expect([url, page.status, page.headers['cache-control'], page.headers['content-type'], page.headers['content-encoding']]).toEqual([
        url,
        200,
        CACHE_POLICY.shell,
        'text/html; charset=utf-8',
        'gzip',
      ]);
      expect(zlib.gunzipSync(page.body).toString()).toBe(shell);
    }
    const other = await get(`${server.url}/favicon.svg`);
    expect([other.headers['cache-control'], other.headers['content-type']]).toEqual([CACHE_POLICY.other, 'image/svg+xml']);
  });

  it('never serves source maps, compressed copies by name, files outside the folder or a missing asset as the shell', async () => {
    for (const url of ['/assets/app-1a2b.js.map', '/assets/app-1a2b.js.br', '/assets/missing-1234.js', '/assets/..%2f..%2fetc%2fpasswd.js']) {
      const res = await get(`${server.url}${url}`);
      expect([url, res.status]).toEqual([url, 404]);
    }
    // Paths outside the folder never reach a file there.
    const outside = await get(`${server.url}/..%2f..%2f..%2fetc%2fhostname`);
    expect(outside.body.toString()).not.toContain(os.hostname());
  });
});
