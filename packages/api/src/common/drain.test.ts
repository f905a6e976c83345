// A rolling restart fails no request: on SIGTERM the built API stops listening at once, finishes
// the request in flight, answers a request arriving on a kept-alive connection (saying
// `Connection: close`) and then exits 0.
import http from 'node:http';
import { requireBuiltApi, startApiProcess } from '../test/api-process';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { docxOfRepeated, paragraph } from '../test/hostile-files';
import { createTestUser } from '../test/users';

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

function request(url: string, options: http.RequestOptions, body?: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('stopping an instance (SIGTERM)', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    requireBuiltApi();
    t = await createTestDatabase({ seed: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('stops listening, finishes the request in flight, answers on a kept-alive connection and exits 0', async () => {
    const editor = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
    const api = await startApiProcess(t.url, { env: { SHUTDOWN_GRACE_MS: '10000' } });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const query = JSON.stringify({ query: '{ regions { slug } }' });
    const graphql = { method: 'POST', agent, headers: { 'content-type': 'application/json', ...editor.headers } };
    try {
      // A connection kept alive, idle when the signal comes (as nginx keeps its upstream connections).
      const first = await request(`${api.url}/graphql`, graphql, query);
      expect(first.status).toBe(200);
      expect(first.connection).toBe('keep-alive');

      // A request that takes a while (a large plan file read in a worker), in flight at the signal.
      const file = docxOfRepeated(paragraph('Actie 1.1: x'), 20_000 * paragraph('Actie 1.1: x').length);
      const started = Date.now();
      const slow = request(
        `${api.url}/api/imports/preview`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'x-file-name': 'groot.docx', ...editor.headers },
        },
        file,
      );
      await new Promise((r) => setTimeout(r, 150));
      const exited = new Promise<string>((resolve) => api.child.once('exit', (code, signal) => resolve(`${code ?? signal}`)));
      api.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 150));

      // New connections are refused (nginx takes them to the other instance)...
      await expect(request(`${api.url}/healthz`, { agent: false })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      // ...a request on the kept-alive connection is still answered, and told to close it...
      const onKeptAlive = await request(`${api.url}/graphql`, graphql, query);
      expect(onKeptAlive.status).toBe(200);
      expect(JSON.parse(onKeptAlive.body).data.regions.length).toBeGreaterThan(0);
      expect(onKeptAlive.connection).toBe('close');
      // ...and the one in flight gets its whole answer (a preview, or the reader's JSON refusal).
      const answer = await slow;
      console.log(`drain: in-flight answer ${answer.status} after ${Date.now() - started} ms`);
      expect([200, 413]).toContain(answer.status);
      expect(() => JSON.parse(answer.body)).not.toThrow();
      expect(await exited).toBe('0');
    } finally {
      agent.destroy();
      if (api.child.exitCode === null) api.child.kill('SIGKILL');
    }
  });
});
