// Two servers over one database, one answering by SQL where it can (graphql/sql-answers.ts) and
// one always by graphql-js: the tests of the SQL answers ask both the same and compare.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from './db';
import { callerHeaders, CALLERS, type Caller } from './users';

export interface AnswerReply {
  status: number;
  /** `sql` when PostgreSQL built the answer (X-Answered-By), else null. */
  by: string | null;
  statements: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** One GraphQL request, with which way it was answered and its statement count. */
export async function ask(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<AnswerReply> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, by: res.headers.get('x-answered-by'), statements: Number(res.headers.get('x-sql-queries')), body: (await res.json()) as AnswerReply['body'] };
}

/**
 * Asks the server with SQL answers (`fast`) and the one without (`slow`) as `role`; they must
 * agree: status, data, errors, and the same text once parsed and stringified (key order, number forms).
 */
export async function askBoth(
  servers: () => { sql: { url: string }; plain: { url: string }; headers: Record<Caller, Record<string, string>> },
  query: string,
  variables: Record<string, unknown>,
  role: Caller,
): Promise<{ fast: AnswerReply; slow: AnswerReply }> {
  const { sql, plain, headers } = servers();
  const [fast, slow] = [await ask(sql.url, query, variables, headers[role]), await ask(plain.url, query, variables, headers[role])];
  expect(slow.by).toBeNull();
  expect({ role, variables, status: fast.status, body: fast.body }).toEqual({ role, variables, status: slow.status, body: slow.body });
  expect(JSON.stringify(fast.body)).toBe(JSON.stringify(slow.body));
  return { fast, slow };
}

/** Leuven Noord's 2025 plan as a draft, one of its actions co-owned by Leuven Zuid (editor A's zone): visibility to try. */
export async function draftWithCoOwnedAction(db: DataSource): Promise<void> {
  await db.query(`UPDATE action_plan SET status = 'DRAFT' WHERE year = 2025 AND zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-noord')`);
  await db.query(
    `INSERT INTO action_owner (action_id, zone_id, role) SELECT a.id, (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid'), 'CO_LEAD'
     FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-noord' AND p.year = 2025 ORDER BY a.position LIMIT 1`,
  );
}

/** A seeded database with a server answering by SQL (`sql`) and one without (`plain`) over it, and every caller's headers. */
export interface TwoServers {
  t: TestDatabase;
  sql: StartedServer;
  plain: StartedServer;
  headers: Record<Caller, Record<string, string>>;
  roles: Caller[];
  /** `askBoth` on these servers. */
  both: (query: string, variables: Record<string, unknown>, role: Caller) => Promise<{ fast: AnswerReply; slow: AnswerReply }>;
}

/** Starts `TwoServers` before the describe block's tests (`prepare` changes the seeded data first) and stops them after. */
export function twoServers(prepare: (db: DataSource) => Promise<void>): TwoServers {
  const roles = Object.keys(CALLERS) as Caller[];
  const s = { roles, both: (query, variables, role) => askBoth(() => s, query, variables, role) } as TwoServers;
  beforeAll(async () => {
    s.t = await createTestDatabase({ seed: true });
    await prepare(s.t.db);
    s.sql = await startServer(s.t.db, { port: 0, host: '127.0.0.1' });
    s.plain = await startServer(s.t.db, { port: 0, host: '127.0.0.1', sqlAnswers: false });
    s.headers = await callerHeaders(s.t.db, s.sql.url, roles);
  });
  afterAll(async () => {
    await s.sql?.close();
    await s.plain?.close();
    await s.t?.drop();
  });
  return s;
}
