// The number of SQL statements a request runs does not grow with the data: the same dashboard,
// plan and page of actions against a small and a larger generated data set (two databases), and
// a save of a sheet with few or with many indicators, report the same X-SQL-Queries. Each loader
// is one statement per kind of relation and request; a save writes each kind of child row at once.
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { gql, type GraphQLResult } from '../test/http';
import { createTestUser } from '../test/users';
import { generate, type GenerateOptions } from './generate';

const DASHBOARD = `query($region: String!, $year: Int!) { regionDashboard(regionSlug: $region, year: $year) {
  zones { id name }
  themeMatrix { count theme { slug } zone { id } }
  coverage { zone { id } actionCount withIndicators withEvaluationKind withLead withMonths indicatorShare evaluationShare }
  progress { zone { id } total counts { status count } }
  timeline { zone { id } month count }
  sharedWork { kind name ownerCount actionCount owners { role since zone { id shortName } } }
} }`;

const PLAN = `query($zone: String!, $year: Int!) { actionPlan(zoneSlug: $zone, year: $year) {
  id year status zone { name } multiYearPlan { title } strategicGoals { number title }
  capacity { month plannedDays availableDays overCapacity actionsWithoutEstimate } actionsWithoutEstimate
  goalStatuses { goalId level status reasons actionCount }
  actions {
    estimatedDays
    id number title what inScope outOfScope why targetGroups councilRole stakeholdersOther startDate endDate funding carriedOver progressStatus
    operationalGoal { number } strategicGoal { number }
    lead { text zone { name } partner { name } workingGroup { name } }
    owners { role zone { name } }
    stakeholderPartners { name }
    steps { position text month }
    evaluation { process { chosen } output { chosen } outcome { chosen } }
    indicators { name targetValue kind values { value measuredOn } trend { year targetValue measuredValue } }
    timeline { month milestone }
    themes { slug } workingGroups { name } projects { name }
    continuedFrom { title }
    reviews { quarter status }
  }
} }`;

const PAGE = `query($year: Int!) { actions(first: 100, filter: { years: [$year], planStatuses: [PUBLISHED, SUBMITTED] }) {
  pageInfo { hasNextPage endCursor }
  nodes { id title actionPlan { year zone { slug } } operationalGoal { number } strategicGoal { number } owners { role zone { slug } } indicators { name targetValue kind } }
} }`;

const SAVE = `mutation($id: ID!, $version: Int!, $input: ActionInput!) { updateAction(id: $id, version: $version, input: $input) { action { version } warnings { code } } }`;

// Answers are read loosely here: the test compares counts and sizes, not shapes.
type Answer = GraphQLResult<any>;

interface Measured {
  dashboard: Answer;
  plan: Answer;
  page: Answer;
  save: Answer;
  savedIndicators: number;
}

interface SheetWithIndicators {
  id: string;
  version: number;
  indicators: { id: string; name: string; targetValue: number | null; kind: string }[];
}

async function measure(options: GenerateOptions, saveSheet: 'fewest' | 'most'): Promise<{ t: TestDatabase; server: StartedServer; result: Measured }> {
  const t = await createTestDatabase();
  const set = await generate(t.db, { years: 2, regions: 2, partnersPerZone: 20, seed: 5, ...options });
  const year = set.years[1]!;
  // The first zone's plans are all published (see generate.ts): every caller sees them, its editors edit them.
  const zone = set.zones[0]!;
  const user = await createTestUser(t.db, { editorOf: [zone.slug], coachOf: set.regions.map((r) => r.slug), scope: 'READ_WRITE' });
  const server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
  const run = (query: string, variables: Record<string, unknown>) => gql(server.url, query, variables, user.headers);
  // Once to warm up (the first request of a token also records its use), then measured.
  await run(PLAN, { zone: zone.slug, year });
  const dashboard = await run(DASHBOARD, { region: zone.regionSlug, year });
  const plan = await run(PLAN, { zone: zone.slug, year });
  const page = await run(PAGE, { year });
  // Saving a sheet with its indicators (kept by id) and one new one: the sheet with the fewest
  // (at least one) indicators in one set, the most in the other.
  const ids = await run(`query($zone: String!, $year: Int!) { actionPlan(zoneSlug: $zone, year: $year) { actions { id version indicators { id name targetValue kind } } } }`, {
    zone: zone.slug,
    year,
  });
  const sheets = (ids.data!.actionPlan.actions as SheetWithIndicators[]).filter((a) => a.indicators.length > 0).sort((a, b) => a.indicators.length - b.indicators.length);
  const sheet = saveSheet === 'fewest' ? sheets[0]! : sheets.at(-1)!;
  const indicators = [...sheet.indicators.map(({ id, name, targetValue, kind }) => ({ id, name, targetValue, kind })), { name: 'Nieuwe indicator', kind: 'PROCESS' }];
  const save = await run(SAVE, { id: sheet.id, version: sheet.version, input: { what: 'Bewaard in de test.', indicators } });
  const result = { dashboard, plan, page, save, savedIndicators: indicators.length };
  for (const r of [dashboard, plan, page, save]) expect(r.errors).toBeUndefined();
  return { t, server, result };
}

describe('SQL statements per request', () => {
  const started: { t: TestDatabase; server: StartedServer }[] = [];
  afterAll(async () => {
    for (const s of started) {
      await s.server.close();
      await s.t.drop();
    }
  });

  it('stay the same for 3 zones × 5 actions and 8 zones × 20 actions (reads, and a save with more indicators)', async () => {
    const small = await measure({ zones: 3, actionsPerPlan: 5 }, 'fewest');
    started.push(small);
    const large = await measure({ zones: 8, actionsPerPlan: 20 }, 'most');
    started.push(large);
    const s = small.result;
    const l = large.result;

    // The larger set really answers more: more zones, actions, indicators, a fuller page.
    expect(l.dashboard.data!.regionDashboard.zones.length).toBeGreaterThan(s.dashboard.data!.regionDashboard.zones.length);
    expect(l.plan.data!.actionPlan.actions.length).toBeGreaterThan(s.plan.data!.actionPlan.actions.length * 2);
    const indicators = (r: Answer) => r.data!.actionPlan.actions.reduce((n: number, a: { indicators: unknown[] }) => n + a.indicators.length, 0);
    expect(indicators(l.plan)).toBeGreaterThan(indicators(s.plan));
    expect(l.page.data!.actions.nodes.length).toBeGreaterThan(s.page.data!.actions.nodes.length);
    expect(l.savedIndicators).toBeGreaterThan(s.savedIndicators);

    const counts = (r: Measured) => ({ dashboard: r.dashboard.sqlQueries, plan: r.plan.sqlQueries, page: r.page.sqlQueries, save: r.save.sqlQueries });
    console.log(`SQL statements per request: small ${JSON.stringify(counts(s))}, large ${JSON.stringify(counts(l))}`);
    for (const n of Object.values(counts(s))) expect(Number.isInteger(n) && n > 0).toBe(true);
    expect(counts(l)).toEqual(counts(s));
  });
});
