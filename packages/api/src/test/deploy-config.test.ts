// The documented deployment's nginx lets through what the API accepts (issue 17: uploads over
// 2 MB got nginx's HTML 413 while the import limit is 10 MB).
import fs from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import { CACHE_POLICY } from '../common/static-files';

const conf = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'deploy', 'nginx.conf'), 'utf8');

const bytesOf = (size: string): number => {
  const match = /^(\d+)([kKmMgG]?)$/.exec(size);
  if (!match) throw new Error(`Not an nginx size: ${size}`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(match[1]) * unit;
};

describe('deploy/nginx.conf', () => {
  it('accepts bodies up to the import limit and the GraphQL body limit', () => {
    const limit = /client_max_body_size\s+(\S+);/.exec(conf)?.[1];
    expect(limit).toBeDefined();
    expect(bytesOf(limit!)).toBeGreaterThanOrEqual(config.importMaxBytes);
    expect(bytesOf(limit!)).toBeGreaterThanOrEqual(config.maxBodyBytes);
  });

  it("answers a body over its limit in the API's JSON error shape", () => {
    expect(conf).toMatch(/error_page 413 = @too_large;/);
    const body = /location @too_large \{[^}]*return 413 '([^']*)';/.exec(conf)?.[1];
    expect(JSON.parse(body!)).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('10 MB') } });
  });
});

describe('deploy/nginx.conf caching and compression', () => {
  const locations = Object.fromEntries([...conf.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!]));

  it('sends the same cache policy as the API for assets and the app shell, once', () => {
    const cacheOf = (body: string) => [...body.matchAll(/add_header\s+Cache-Control\s+"([^"]*)"/g)].map((m) => m[1]);
    expect(cacheOf(locations['/assets/']!)).toEqual([CACHE_POLICY.asset]);
    expect(cacheOf(locations['/']!)).toEqual([CACHE_POLICY.shell]);
    // `expires` would add a second Cache-Control header.
    expect(conf).not.toMatch(/^\s*expires\s/m);
  });

  it("serves the build's compressed copies and compresses the API's JSON", () => {
    for (const where of ['/assets/', '/']) expect(locations[where]).toMatch(/gzip_static on;/);
    expect(conf).toMatch(/gzip on;/);
    expect(conf).toMatch(/gzip_types[^;]*application\/json/);
  });
});
