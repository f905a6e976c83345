// Answers built by PostgreSQL (graphql/sql-answers.ts, action-answers.ts) against the same
// queries answered by graphql-js: two servers over one seeded database, one with the SQL answers
// and one without, asked the same things by every kind of caller, must answer alike — values,
// order, nulls, errors. A draft plan with an action co-owned by another zone tries visibility.
import type { Caller } from '../../test/users';
import { ask, draftWithCoOwnedAction, twoServers } from '../../test/answers';
import { globalIdSql, toGlobalId } from '../../common/global-id';

const ACTION_FIELDS = /* GraphQL */ `
  id version position number title what inScope outOfScope why targetGroups councilRole stakeholdersOther
  startDate endDate funding fundingRemark carriedOver linkNotes communicationChannels progressStatus notes estimatedDays createdAt updatedAt
  operationalGoal { id number title }
  strategicGoal { id number title }
  lead { text zone { id name } partner { id name } workingGroup { id name } }
  owners { role since zone { id name slug } }
  stakeholderPartners { id name }
  steps { id position text month date }
  evaluation { process { chosen text } output { chosen text } outcome { chosen text } }
  indicators { id position name method targetValue targetUnit kind }
  timeline { id month milestone milestones }
  reviews { id reviewedOn quarter status note }
  themes { id slug name }
  workingGroups { id name }
  projects { id name }
`;

/** What an outside tool reads of a plan (the benchmark's query, and more). */
const PLAN = `query Plan($zone: String!, $year: Int!) {
  actionPlan(zoneSlug: $zone, year: $year) { id year status submittedAt zone { id name shortName } multiYearPlan { id title yearFrom yearTo } actions { ${ACTION_FIELDS} } }
}`;

/** Aliases, fragments (named and inline), __typename and a field asked twice with other subfields. */
const SHAPES = `query Shapes($zone: String!) {
  a: actionPlan(zoneSlug: $zone, year: 2025) { __typename ...Head actions { t: title ... on Action { id } timeline { __typename m: month } timeline { milestone } owners { zone { slug } } } }
  b: actionPlan(zoneSlug: $zone, year: 2024) { year }
}
fragment Head on ActionPlan { id y: year actions { id lead { __typename text } evaluation { process { chosen } } } }`;

const PAGE = `query Page($years: [Int!]!, $statuses: [PlanStatus!], $after: String, $first: Int) {
  actions(first: $first, after: $after, filter: { years: $years, planStatuses: $statuses }) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title actionPlan { id year status zone { slug } } } }
    nodes { id number title progressStatus funding startDate endDate actionPlan { year zone { slug } } operationalGoal { number title } strategicGoal { number title } owners { role zone { slug } } indicators { name method targetValue targetUnit kind } }
  }
}`;

/** Not answerable by SQL: a field without an SQL form, a directive, a field argument below the root. */
const LONG_WAY = [
  [`query Q($zone: String!) { actionPlan(zoneSlug: $zone, year: 2025) { id actions { id history { actorName } } } }`, { zone: 'elz-leuven-zuid' }],
  [`query Q($zone: String!, $t: Boolean!) { actionPlan(zoneSlug: $zone, year: 2025) { id actions { id title @include(if: $t) } } }`, { zone: 'elz-leuven-zuid', t: false }],
  [`query Q($zone: String!) { actionPlan(zoneSlug: $zone, year: 2025) { id planChecks(forSubmission: true) { code } } }`, { zone: 'elz-leuven-zuid' }],
  [`query Q { actions(first: 3) { totalCount nodes { id } } }`, {}],
] as const;

describe('answers built by PostgreSQL', () => {
  const s = twoServers(async (db) => {
    await draftWithCoOwnedAction(db);
    // Reviews of one action, two on the same day (newest first, then by id, both ways).
    await db.query(
      `INSERT INTO action_review (action_id, reviewed_on, quarter, status, note)
         SELECT a.id, d.day::date, d.quarter, 'RUNNING', d.note FROM (SELECT a.id FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
           WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025 ORDER BY a.position LIMIT 1) a
         CROSS JOIN (VALUES ('2025-03-31', 1, 'Eerste kwartaal'), ('2025-06-30', 2, 'Tweede kwartaal'), ('2025-06-30', 2, 'Tweede kwartaal, aangevuld')) d(day, quarter, note)`,
    );
  });
  const { both, roles } = s;

  it('writes global ids as toGlobalId does', async () => {
    const ids: { id: string }[] = await s.t.db.query('SELECT id FROM action LIMIT 20');
    for (const type of ['Action', 'ActionIndicator', 'WorkingGroup', 'MultiYearPlan', 'A']) {
      const rows: { id: string; gid: string }[] = await s.t.db.query(`SELECT id, ${globalIdSql(type, 'id')} AS gid FROM action LIMIT 20`);
      expect(rows.map((r) => r.gid)).toEqual(ids.map((r) => toGlobalId(type, r.id)));
    }
    expect(() => globalIdSql("x'; DROP TABLE action; --", 'id')).toThrow();
  });

  it('sends an SQL-built answer whole: the same JSON, its length in bytes, letters beyond ASCII intact, compressed when accepted', async () => {
    const post = (url: string, encoding: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding, ...s.headers['editor A'] },
        body: JSON.stringify({ query: PLAN, variables: { zone: 'elz-leuven-zuid', year: 2025 } }),
      });
    const [raw, long] = [await post(s.sql.url, 'identity'), await post(s.plain.url, 'identity')];
    expect(raw.headers.get('x-answered-by')).toBe('sql');
    expect(raw.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const bytes = Buffer.from(await raw.arrayBuffer());
    expect(Number(raw.headers.get('content-length'))).toBe(bytes.length);
    const text = bytes.toString('utf8');
    // Letters beyond ASCII (ë, é, –) arrive intact, and the answer is graphql-js's.
    expect(text).toMatch(/[^\x00-\x7f]/);
    expect(JSON.parse(text)).toEqual(await long.json());
    const gzip = await post(s.sql.url, 'gzip');
    expect(gzip.headers.get('x-answered-by')).toBe('sql');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.json()).toEqual(JSON.parse(text));
  });

  it('answers every plan alike for every caller, in fewer statements', async () => {
    for (const role of roles)
      for (const [zone, year] of [
        ['elz-leuven-zuid', 2025],
        ['elz-leuven-noord', 2025],
        ['elz-zuidoost-hageland', 2024],
        ['elz-leuven', 2024],
        ['elz-leuven', 2031],
        ['geen-zone', 2025],
      ] as const) {
        const { fast, slow } = await both(PLAN, { zone, year }, role);
        const answered = (fast.body.data as { actionPlan: unknown } | undefined)?.actionPlan;
        // Answered by SQL whenever there is a plan to show; refusals and misses the long way, alike.
        if (answered) {
          expect(fast.by).toBe('sql');
          expect(fast.statements).toBeLessThanOrEqual(slow.statements);
          // The long way still reads every relation of every action at once (action-relations.ts).
          expect(slow.statements).toBeLessThanOrEqual(3);
        }
      }
    // The draft: its members and the administrator see it; the co-owner zone and the coach do not.
    const seen = async (role: Caller) =>
      ((await ask(s.sql.url, PLAN, { zone: 'elz-leuven-noord', year: 2025 }, s.headers[role])).body.data as { actionPlan: unknown } | undefined)?.actionPlan ?? null;
    expect(await seen('editor C')).not.toBeNull();
    expect(await seen('admin')).not.toBeNull();
    expect(await seen('editor A')).toBeNull();
    expect(await seen('coach')).toBeNull();
  });

  it('follows aliases, fragments, __typename and merged selections as graphql-js does', async () => {
    for (const role of ['editor A', 'coach'] as const) {
      const { fast } = await both(SHAPES, { zone: 'elz-leuven-zuid' }, role);
      expect(fast.by).toBe('sql');
    }
    // A connection: aliases, __typename at each level, edges asked twice with other subfields.
    const connection = `query { c: actions(first: 3, filter: { years: [2025] }, sort: TITLE, descending: true) {
      __typename info: pageInfo { __typename hasNextPage e: endCursor startCursor } list: nodes { id } edges { __typename c: cursor } edges { node { title } } } }`;
    const page = await both(connection, {}, 'coach');
    expect(page.fast.by).toBe('sql');
    expect(Object.keys((page.fast.body.data as { c: object }).c)).toEqual(['__typename', 'info', 'list', 'edges']);
    const { fast } = await both(SHAPES, { zone: 'elz-leuven-zuid' }, 'editor A');
    const a = (fast.body.data as { a: { __typename: string; y: number; actions: Record<string, any>[] } }).a;
    expect(a.__typename).toBe('ActionPlan');
    expect(a.y).toBe(2025);
    expect(Object.keys(a.actions[0]!)).toEqual(['id', 'lead', 'evaluation', 't', 'timeline', 'owners']);
  });

  it('pages through actions alike, drafts only for their members and co-owners', async () => {
    for (const role of roles) {
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const { fast } = await both(PAGE, { years: [2024, 2025], statuses: null, after, first: 7 }, role);
        const actions = (fast.body.data as { actions?: { pageInfo: { hasNextPage: boolean; endCursor: string } } } | undefined)?.actions;
        if (!actions) break;
        expect(fast.by).toBe('sql');
        if (!actions.pageInfo.hasNextPage) break;
        after = actions.pageInfo.endCursor;
      }
    }
    // The co-owned action of the draft is on editor A's pages, with its plan hidden (null).
    const draftOnes = async (role: Caller) => {
      const res = await ask(s.sql.url, PAGE, { years: [2025], statuses: ['DRAFT'], after: null, first: 200 }, s.headers[role]);
      return (res.body.data as { actions: { edges: { node: { actionPlan: unknown } }[] } }).actions.edges;
    };
    const coOwned = await draftOnes('editor A');
    expect(coOwned).toHaveLength(1);
    expect(coOwned[0]!.node.actionPlan).toBeNull();
    expect((await draftOnes('editor C')).length).toBeGreaterThan(1);
    expect(await draftOnes('coach')).toHaveLength(0);
  });

  it('leaves what it cannot answer to graphql-js', async () => {
    for (const [query, variables] of LONG_WAY) {
      const { fast } = await both(query, variables, 'editor A');
      expect(fast.by).toBeNull();
    }
    // A bad argument is refused the same way (by the resolvers' own validation).
    const { fast } = await both(PLAN, { zone: 'elz-leuven-zuid', year: 1 }, 'editor A');
    expect(fast.body.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });
});
