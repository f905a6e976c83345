// GraphQL answers are compressed when the API is reached directly (issue 17, fast pages: a plan
// page's 41 kB answer went uncompressed over a phone's slow connection): Brotli or gzip as the
// browser accepts, the same data once decompressed, small answers and refusing clients untouched.
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';

describe('compressed GraphQL answers', () => {
  let t: TestDatabase;
  let server: StartedServer;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const ask = (query: string, acceptEncoding: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
      body: JSON.stringify({ query }),
    });
  // Large and asked without signing in: the schema's types.
  const LARGE = '{ __schema { types { name description fields { name description } } } }';

  it('sends a large answer as Brotli or gzip, as accepted, with the same data', async () => {
    const plain = await ask(LARGE, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);

    const br = await ask(LARGE, 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(br.headers.get('x-sql-queries')).not.toBeNull();
    // fetch decompresses: the body is the plain answer.
    expect(await br.json()).toEqual(JSON.parse(text));

    const gzip = await ask(LARGE, 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gzip.headers.get('content-length'))).toBeLessThan(text.length / 2);
    expect(await gzip.json()).toEqual(JSON.parse(text));
  });

  it('leaves small answers and clients that refuse compression alone', async () => {
    const small = await ask('{ __typename }', 'gzip, br');
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ data: { __typename: 'Query' } });
    const refused = await ask(LARGE, 'br;q=0, gzip;q=0');
    expect(refused.headers.get('content-encoding')).toBeNull();
  });
});
