// The region dashboard answered by PostgreSQL (dashboard-answers.ts) against the same queries
// answered by graphql-js with the figures read together (DashboardService.figures): two servers
// over one seeded database, one with the SQL answers and one without, asked the same things by
// every kind of caller, must answer alike — values, order, nulls, errors. A draft plan with an
// action co-owned by another zone tries visibility; a project adds a second kind of shared work.
import type { Caller } from '../../test/users';
import { ask, draftWithCoOwnedAction, twoServers } from '../../test/answers';

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

describe('the region dashboard built by PostgreSQL', () => {
  const s = twoServers(draftWithCoOwnedAction);
  const { both, roles } = s;

  it('answers the dashboard alike for every caller and year, in one statement after the region', async () => {
    const [{ n }] = await s.t.db.query(`SELECT count(*)::int AS n FROM project_owner o JOIN zone z ON z.id = o.zone_id JOIN region r ON r.id = z.region_id WHERE r.slug = 'oost-brabant'`);
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
    const count = async (role: Caller) => ((await ask(s.sql.url, FULL, { region: 'oost-brabant', year: 2025 }, s.headers[role])).body.data as any).regionDashboard.actionCount;
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
