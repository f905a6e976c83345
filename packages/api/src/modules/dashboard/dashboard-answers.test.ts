// The region dashboard answered by PostgreSQL (dashboard-answers.ts) against the same queries
// answered by graphql-js with the figures read together (DashboardService.figures): two servers
// over one seeded database, one with the SQL answers and one without, asked the same things by
// every kind of caller, must answer alike — values, order, nulls, errors. A draft plan with an
// action co-owned by another zone tries visibility; a project adds a second kind of shared work.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { callerHeaders, CALLERS, type Caller } from '../../test/users';

/** Every field of the dashboard but the coach's workspace. */
const FULL = `query D($region: String!, $year: Int!) { regionDashboard(regionSlug: $region, year: $year) {
  year region { id name slug }
  zones { id name shortName slug }
  actionCount
  themeMatrix { count theme { id slug name } zone { id shortName } }
  themeTotals { count theme { slug } }
  coverage { zone { id } actionCount withIndicators withEvaluationKind withLead withMonths indicatorShare evaluationShare }
  progress { zone { id name } total counts { status count } }
  timeline { zone { id } month count }
  timelineTotals { month count }
  sharedWork { kind name ownerCount actionCount workingGroup { id name } project { id name } owners { role since zone { id shortName } } }
} }`;

/** The benchmark's query (bench/src/queries.ts). */
const BENCH = `query Dashboard($region: String!, $year: Int!) { regionDashboard(regionSlug: $region, year: $year) {
  year region { name slug } zones { id name shortName }
  themeMatrix { count theme { slug name } zone { id } }
  coverage { zone { id } actionCount withIndicators withEvaluationKind withLead withMonths indicatorShare evaluationShare }
  progress { zone { id } total counts { status count } }
  timeline { zone { id } month count }
  sharedWork { kind name ownerCount actionCount owners { role since zone { id shortName } } }
} }`;

/** Aliases, fragments, __typename and single figures. */
const SHAPES = `query S($region: String!, $year: Int!) {
  a: regionDashboard(regionSlug: $region, year: $year) { __typename ...Figures p: progress { total } n: actionCount }
  b: regionDashboard(regionSlug: $region, year: $year) { progress { counts { count } } sharedWork { name owners { role } } }
}
fragment Figures on RegionDashboard { y: year timelineTotals { month count } themeTotals { theme { __typename name } count } ... on RegionDashboard { coverage { evaluationShare } } }`;

/** With the coach's workspace: no SQL forms, graphql-js's way. */
const WORKSPACE = `query W($region: String!, $year: Int!) { regionDashboard(regionSlug: $region, year: $year) { actionCount quality { zone { slug } actionCount } } }`;

interface Reply {
  status: number;
  by: string | null;
  statements: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ask(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<Reply> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, by: res.headers.get('x-answered-by'), statements: Number(res.headers.get('x-sql-queries')), body: (await res.json()) as Reply['body'] };
}

describe('the region dashboard built by PostgreSQL', () => {
  let t: TestDatabase;
  let sql: StartedServer;
  let plain: StartedServer;
  let headers: Record<Caller, Record<string, string>>;
  const roles = Object.keys(CALLERS) as Caller[];

  async function both(query: string, variables: Record<string, unknown>, role: Caller): Promise<{ fast: Reply; slow: Reply }> {
    const [fast, slow] = [await ask(sql.url, query, variables, headers[role]), await ask(plain.url, query, variables, headers[role])];
    expect(slow.by).toBeNull();
    expect({ role, variables, status: fast.status, body: fast.body }).toEqual({ role, variables, status: slow.status, body: slow.body });
    // Same key order and number forms too.
    expect(JSON.stringify(fast.body)).toBe(JSON.stringify(slow.body));
    return { fast, slow };
  }

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    // Leuven Noord's 2025 plan as a draft, one of its actions co-owned by Leuven Zuid (editor A's zone).
    await t.db.query(`UPDATE action_plan SET status = 'DRAFT' WHERE year = 2025 AND zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-noord')`);
    await t.db.query(
      `INSERT INTO action_owner (action_id, zone_id, role) SELECT a.id, (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid'), 'CO_LEAD'
       FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-noord' AND p.year = 2025 ORDER BY a.position LIMIT 1`,
    );
    sql = await startServer(t.db, { port: 0, host: '127.0.0.1' });
    plain = await startServer(t.db, { port: 0, host: '127.0.0.1', sqlAnswers: false });
    headers = await callerHeaders(t.db, sql.url, roles);
  });
  afterAll(async () => {
    await sql?.close();
    await plain?.close();
    await t?.drop();
  });

  it('answers the dashboard alike for every caller and year, in one statement after the region', async () => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM project_owner o JOIN zone z ON z.id = o.zone_id JOIN region r ON r.id = z.region_id WHERE r.slug = 'oost-brabant'`);
    expect(n).toBeGreaterThan(0);
    for (const role of roles)
      for (const year of [2024, 2025, 2031]) {
        for (const query of [FULL, BENCH]) {
          const { fast, slow } = await both(query, { region: 'oost-brabant', year }, role);
          if (role === 'anonymous') {
            expect(fast.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
            continue;
          }
          expect(fast.by).toBe('sql');
          // The region, then the answer; the long way reads the figures together as well.
          expect([fast.statements, slow.statements]).toEqual([2, 2]);
        }
      }
    // The draft's actions count for its members and the co-owner's zone only.
    const count = async (role: Caller) => ((await ask(sql.url, FULL, { region: 'oost-brabant', year: 2025 }, headers[role])).body.data as any).regionDashboard.actionCount;
    expect(await count('editor C')).toBeGreaterThan(await count('editor A'));
    expect(await count('editor A')).toBeGreaterThan(await count('coach'));
    expect(await count('admin')).toBe(await count('editor C'));
  });

  it('follows aliases, fragments, __typename and single figures as graphql-js does', async () => {
    for (const role of ['editor A', 'coach', 'admin'] as const) {
      const { fast } = await both(SHAPES, { region: 'oost-brabant', year: 2025 }, role);
      expect(fast.by).toBe('sql');
      for (const field of ['zones { slug }', 'actionCount', 'themeMatrix { count }', 'coverage { withLead }', 'timeline { month }', 'sharedWork { kind }'])
        await both(`query($y: Int!) { regionDashboard(regionSlug: "oost-brabant", year: $y) { ${field} } }`, { y: 2025 }, role);
    }
  });

  it("leaves the coach's workspace to graphql-js, and refuses alike", async () => {
    const { fast } = await both(WORKSPACE, { region: 'oost-brabant', year: 2025 }, 'coach');
    expect(fast.by).toBeNull();
    for (const [region, year, code] of [
      ['geen-regio', 2025, 'NOT_FOUND'],
      ['geen-regio', 1800, 'NOT_FOUND'],
      ['oost-brabant', 1800, 'INVALID_INPUT'],
    ] as const) {
      const refused = await both(BENCH, { region, year }, 'coach');
      expect(refused.fast.body.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
