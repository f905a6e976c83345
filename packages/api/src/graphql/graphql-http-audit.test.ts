// The GraphQL over HTTP spec, checked by graphql-http's own audits against the real server over
// HTTP. Errors fail the test; notices and warnings (optional parts of the spec) are listed in
// the output.
import { serverAudits, type AuditResult } from 'graphql-http';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';

describe('GraphQL over HTTP (graphql-http audits)', () => {
  let t: TestDatabase;
  let server: StartedServer;

  beforeAll(async () => {
    t = await createTestDatabase();
    server = await startServer(t.db, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('passes every audit that is a MUST (no errors)', async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch })) results.push(await audit.fn());
    const by = (status: AuditResult['status']) => results.filter((r) => r.status === status);
    const describe = (r: AuditResult) => `  ${r.name}\n    ${'reason' in r ? r.reason : ''}`;
    console.log(
      [
        `graphql-http audits: ${by('ok').length} passed, ${by('notice').length} notices, ${by('warn').length} warnings, ${by('error').length} errors (of ${results.length})`,
        ...(by('notice').length ? ['Notices:', ...by('notice').map(describe)] : []),
        ...(by('warn').length ? ['Warnings:', ...by('warn').map(describe)] : []),
        ...(by('error').length ? ['Errors:', ...by('error').map(describe)] : []),
      ].join('\n'),
    );
    expect(by('error').map((r) => r.name)).toEqual([]);
  });
});
