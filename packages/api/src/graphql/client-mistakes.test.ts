// Client mistakes are answered as client errors: INVALID_INPUT naming the field (or the spec's
// codes for what is not an argument), never INTERNAL_SERVER_ERROR, and never a changed database.
// Each case here was answered as an internal error by the hostile run of issue 12.
import type { DataSource } from 'typeorm';
import { encodeCursor } from './connection';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { codeOf, countOf, fieldOf, gidOf, zoneGid } from '../test/fixtures';
import { gql, type GraphQLResult } from '../test/http';
import { createTestUser, signInCookie, type TestUser } from '../test/users';

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('client mistakes get client errors', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let editor: TestUser;
  let cookie: Record<string, string>;
  let zoneId: string;
  let actionId: string;

  const run = (query: string, variables: Record<string, unknown> = {}) => gql(server.url, query, variables, editor.headers);
  const expectInvalid = (res: GraphQLResult, field: string) => {
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(res.status).toBeLessThan(500);
  };

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    editor = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    cookie = await signInCookie(server.url, editor);
    zoneId = await zoneGid(db, 'elz-leuven-zuid');
    actionId = await gidOf(
      db,
      'Action',
      `SELECT a.id FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' ORDER BY a.position LIMIT 1`,
    );
  });
  afterAll(async () => {
    await settle();
    await server.close();
    await t.drop();
  });

  describe('NUL bytes and unpaired surrogates in any string', () => {
    it('refuses a NUL byte in a filter, an argument and an input field, naming it', async () => {
      expectInvalid(await run(`{ actions(filter: { search: "a\\u0000b" }) { nodes { id } } }`), 'filter.search');
      expectInvalid(await run(`query($s: String!) { zone(slug: $s) { id } }`, { s: 'a\u0000' }), 'slug');
      const before = await countOf(db, `SELECT count(*) AS n FROM action WHERE notes LIKE '%x%y%'`);
      const res = await gql(server.url, `mutation($id: ID!) { updateAction(id: $id, version: 1, input: { notes: "x\\u0000y" }) { action { id } } }`, { id: actionId }, cookie);
      expectInvalid(res, 'notes');
      expect(await countOf(db, `SELECT count(*) AS n FROM action WHERE notes LIKE '%x%y%'`)).toBe(before);
    });

    it('refuses unpaired surrogates, sent as variables or inline', async () => {
      expectInvalid(await run(`query($f: ActionFilter) { actions(filter: $f) { nodes { id } } }`, { f: { search: 'a\ud800b' } }), 'filter.search');
      expectInvalid(await run(`query($s: String) { zones(search: $s) { nodes { id } } }`, { s: '\udc00' }), 'search');
      // Written in the document, graphql's own lexer refuses it.
      const inline = await run(`{ zones(search: "\\udc00") { nodes { id } } }`);
      expect([inline.status, codeOf(inline)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
      // A well-formed pair is a normal character.
      expect(codeOf(await run(`{ zones(search: "😀") { nodes { id } } }`))).toBeUndefined();
    });
  });

  describe('cursors and ids', () => {
    it.each(['zones', 'partners', 'workingGroups', 'projects'])('refuses a %s cursor whose id is not a uuid', async (list) => {
      const res = await run(`query($a: String) { ${list}(after: $a) { nodes { id } } }`, { a: encodeCursor(['x', 'not-a-uuid']) });
      expectInvalid(res, 'after');
      expectInvalid(await run(`query($a: String) { ${list}(after: $a) { nodes { id } } }`, { a: encodeCursor([{}, '00000000-0000-0000-0000-000000000000']) }), 'after');
    });

    it('refuses an actions cursor with a number out of range', async () => {
      const res = await run(`query($a: String) { actions(after: $a) { nodes { id } } }`, { a: encodeCursor([1e308, 'ELZ', 1, '00000000-0000-0000-0000-000000000000']) });
      expectInvalid(res, 'after');
    });

    it('refuses a blank or garbage id in a filter, naming it', async () => {
      expectInvalid(await run(`{ partners(zoneId: "") { nodes { id } } }`), 'zoneId');
      expectInvalid(await run(`{ workingGroups(ownerZoneId: "") { nodes { id } } }`), 'ownerZoneId');
      expectInvalid(await run(`{ projects(ownerZoneId: "bm90LWEtem9uZQ") { nodes { id } } }`), 'ownerZoneId');
      expectInvalid(await run(`query($ids: [ID!]) { actions(filter: { zoneIds: $ids }) { nodes { id } } }`, { ids: [zoneId, 'garbage'] }), 'filter.zoneIds.1');
    });

    it('refuses a blank slug filter instead of listing everything', async () => {
      expectInvalid(await run(`{ zones(regionSlug: "") { nodes { id } } }`), 'regionSlug');
      expectInvalid(await run(`{ zones(regionSlug: "  ") { nodes { id } } }`), 'regionSlug');
    });
  });

  describe('numbers and sizes', () => {
    it.each([-1, -2147483648, 1000])('refuses first: %d on search and similarActions, naming first', async (first) => {
      expectInvalid(await run(`query($n: Int!) { search(text: "zorg", first: $n) { zones { id } } }`, { n: first }), 'first');
      expectInvalid(await run(`query($id: ID!, $n: Int!) { action(id: $id) { similarActions(first: $n) { score } } }`, { id: actionId, n: first }), 'first');
    });

    it('refuses a plan year no plan can have (a smallint overflow before)', async () => {
      expectInvalid(await run(`{ actionPlan(zoneSlug: "elz-leuven-zuid", year: -2147483648) { id } }`), 'year');
      expectInvalid(await run(`{ regionDashboard(regionSlug: "oost-brabant", year: 2147483647) { year } }`), 'year');
    });

    it('refuses a search text of 40,000 words', async () => {
      expectInvalid(await run(`query($t: String!) { search(text: $t) { zones { id } } }`, { t: 'zorg '.repeat(40_000) }), 'text');
      expectInvalid(await run(`query($t: String!) { actions(filter: { search: $t }) { nodes { id } } }`, { t: 'a | b '.repeat(20_000) }), 'filter.search');
    });

    it('refuses an importPlan JSON nested 20,000 deep', async () => {
      // Written out: JSON.stringify itself overflows the stack on it.
      const plan = `${'{"a":'.repeat(20_000)}{}${'}'.repeat(20_000)}`;
      const query = 'mutation($z: ID!, $p: JSON!) { importPlan(zoneId: $z, year: 2031, plan: $p) { id } }';
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...editor.headers },
        body: `{"query":${JSON.stringify(query)},"variables":{"z":${JSON.stringify(zoneId)},"p":${plan}}}`,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: expect.stringMatching(/^plan(\.a)+$/) });
      // The same nesting written in the query itself.
      const inline = await run(`mutation($z: ID!) { importPlan(zoneId: $z, year: 2031, plan: ${'{a:'.repeat(5_000)}1${'}'.repeat(5_000)}) { id } }`, { z: zoneId });
      expect(inline.status).toBe(400);
      expect(codeOf(inline)).not.toBe('INTERNAL_SERVER_ERROR');
      expect(await countOf(db, `SELECT count(*) AS n FROM action_plan WHERE year = 2031`)).toBe(0);
    });
  });

  describe('operations and persisted queries', () => {
    it('answers a subscription operation with a client error', async () => {
      const res = await run(`subscription { me { authKind } }`);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers a persisted query with a wrong hash with a client error', async () => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...editor.headers },
        body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(res.status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      // A hash alone that the server has not seen: Apollo's code, which clients answer by sending the text.
      const unknown = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...editor.headers },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }),
      });
      expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });
  });

  describe('unique-constraint races', () => {
    it('answers every client that loses the race for a plan year as the sequential duplicate', async () => {
      const create = () => run(`mutation($z: ID!) { createActionPlan(zoneId: $z, year: 2033) { id } }`, { z: zoneId });
      const results = await Promise.all(Array.from({ length: 6 }, create));
      const won = results.filter((r) => r.data?.createActionPlan);
      expect(won).toHaveLength(1);
      const sequential = await create();
      expectInvalid(sequential, 'year');
      for (const r of results.filter((r) => !r.data?.createActionPlan)) {
        expect(r.errors?.[0]).toMatchObject({ message: sequential.errors![0]!.message, extensions: { code: 'INVALID_INPUT', field: 'year' } });
      }
      expect(await countOf(db, `SELECT count(*) AS n FROM action_plan WHERE year = 2033`)).toBe(1);
    });
  });
});
