// Next year in one step over real HTTP: createActionPlan carries the chosen running actions of the
// year before over in the same transaction; a refused choice leaves no plan and no copy behind.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, countOf, fieldOf, gidOf, rawId, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const CREATE = `mutation($z: ID!, $y: Int!, $ids: [ID!]) { r: createActionPlan(zoneId: $z, year: $y, carryOverActionIds: $ids) {
  id year status
  actions { id title carriedOver progressStatus startDate endDate continuedFrom { id }
    owners { role zone { slug } } themes { slug } indicators { name targetValue kind } steps { text month date }
    timeline { month milestone } linkedActions { id } workingGroups { id } }
} }`;
const CANDIDATES = `query($s: String!, $y: Int!) { zone(slug: $s) { carryOverCandidates(year: $y) { id title progressStatus } } }`;

describe('creating a plan with carried-over actions', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let coach: TestUser;
  let zone: string;
  const ids: Record<string, string> = {};

  const planSql = (slug: string, year: number) => `SELECT p.id FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE z.slug = '${slug}' AND p.year = ${year}`;
  const actionOf = (slug: string, year: number, title: string) => gidOf(db, 'Action', `SELECT id FROM action WHERE title = $1 AND action_plan_id = (${planSql(slug, year)})`, [title]);
  const counts = async () => ({
    plans: await countOf(db, `SELECT count(*)::int AS n FROM action_plan`),
    actions: await countOf(db, `SELECT count(*)::int AS n FROM action`),
    audit: await countOf(db, `SELECT count(*)::int AS n FROM audit_entry`),
  });
  const create = (ids: string[], year = 2026, user = zuid) => gql(server.url, CREATE, { z: zone, y: year, ids }, user.headers);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    zone = await zoneGid(db, 'elz-leuven-zuid');
    for (const title of ['Nieuwsbrief', 'Sociale media', 'Middagbabbels', 'Overhoop project', 'Aanbod GBO in onze regio faciliteren']) {
      ids[title] = await actionOf('elz-leuven-zuid', 2025, title).catch(async () =>
        actionOf('elz-leuven-zuid', 2025, (await db.query(`SELECT title FROM action WHERE title LIKE $1`, [`${title.slice(0, 20)}%`]))[0].title),
      );
    }
    // Dates, a dated step and a link to another action, so the copy has something to move and keep.
    await db.query(`UPDATE action SET start_date = '2025-02-01', end_date = '2025-11-30' WHERE id = $1`, [rawId(ids['Nieuwsbrief']!)]);
    await db.query(`INSERT INTO action_step (action_id, position, text, month, date) VALUES ($1, 99, 'Eerste nummer verstuurd', 3, '2025-03-14')`, [rawId(ids['Nieuwsbrief']!)]);
    await db.query(`INSERT INTO action_link (from_action_id, to_action_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [rawId(ids['Nieuwsbrief']!), rawId(ids['Sociale media']!)]);
    // One action of 2025 is done: it is neither offered nor accepted.
    await db.query(`UPDATE action SET progress_status = 'DONE' WHERE id = $1`, [rawId(ids['Aanbod GBO in onze regio faciliteren']!)]);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('offers the running actions of the year before, not the done ones', async () => {
    const res = await gql(server.url, CANDIDATES, { s: 'elz-leuven-zuid', y: 2026 }, zuid.headers);
    expect(res.errors).toBeUndefined();
    const offered = res.data!.zone.carryOverCandidates as { id: string; progressStatus: string }[];
    const running = await countOf(db, `SELECT count(*)::int AS n FROM action WHERE action_plan_id = (${planSql('elz-leuven-zuid', 2025)}) AND progress_status NOT IN ('DONE', 'STOPPED')`);
    expect(offered).toHaveLength(running);
    expect(offered.map((a) => a.id)).toEqual(expect.arrayContaining([ids['Nieuwsbrief'], ids['Middagbabbels']]));
    expect(offered.map((a) => a.id)).not.toContain(ids['Aanbod GBO in onze regio faciliteren']);
    expect(offered.every((a) => a.progressStatus !== 'DONE' && a.progressStatus !== 'STOPPED')).toBe(true);
  });

  it.each([
    [
      'an action of an older plan',
      async () => [ids['Nieuwsbrief']!, await gidOf(db, 'Action', `SELECT id FROM action WHERE action_plan_id = (${planSql('elz-leuven-zuid', 2024)}) LIMIT 1`)],
      'carryOverActionIds.1',
    ],
    [
      'an action of another zone',
      async () => [ids['Middagbabbels']!, ids['Sociale media']!, await gidOf(db, 'Action', `SELECT id FROM action WHERE action_plan_id = (${planSql('elz-leuven', 2025)}) LIMIT 1`)],
      'carryOverActionIds.2',
    ],
    ['a done action', async () => [ids['Aanbod GBO in onze regio faciliteren']!], 'carryOverActionIds.0'],
    ['the same action twice', async () => [ids['Nieuwsbrief']!, ids['Sociale media']!, ids['Nieuwsbrief']!], 'carryOverActionIds.2'],
    ['an id of another type', async () => [ids['Nieuwsbrief']!, zone], 'carryOverActionIds.1'],
  ])('refuses %s, naming it, and writes nothing', async (_what, choose, field) => {
    const before = await counts();
    const res = await create(await choose());
    expect(codeOf(res)).toBe('INVALID_INPUT');
    expect(fieldOf(res)).toBe(field);
    expect(await counts()).toEqual(before);
    expect(await countOf(db, `SELECT count(*)::int AS n FROM (${planSql('elz-leuven-zuid', 2026)}) x`)).toBe(0);
  });

  it('refuses an action that was carried over already, and writes nothing', async () => {
    // A continuation of Overhoop project elsewhere (as an earlier carry-over would have left).
    const other = rawId(await gidOf(db, 'Action', `SELECT id FROM action WHERE action_plan_id = (${planSql('elz-leuven-zuid', 2024)}) LIMIT 1`));
    await db.query(`UPDATE action SET continued_from_id = $1 WHERE id = $2`, [rawId(ids['Overhoop project']!), other]);
    try {
      const offered = (await gql(server.url, CANDIDATES, { s: 'elz-leuven-zuid', y: 2026 }, zuid.headers)).data!.zone.carryOverCandidates as { id: string }[];
      expect(offered.map((a) => a.id)).not.toContain(ids['Overhoop project']);
      const before = await counts();
      const res = await create([ids['Nieuwsbrief']!, ids['Overhoop project']!]);
      expect(fieldOf(res)).toBe('carryOverActionIds.1');
      expect(res.errors?.[0]?.message).toContain('al overgenomen');
      expect(await counts()).toEqual(before);
    } finally {
      await db.query(`UPDATE action SET continued_from_id = NULL WHERE id = $1`, [other]);
    }
  });

  it('refuses a coach (no editor of the zone)', async () => {
    const before = await counts();
    expect(codeOf(await create([ids['Nieuwsbrief']!], 2026, coach))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('creates the plan and carries three chosen actions over at once', async () => {
    const chosen = [ids['Nieuwsbrief']!, ids['Sociale media']!, ids['Middagbabbels']!];
    const sources = (
      await gql(
        server.url,
        `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Action { id title owners { role zone { slug } } themes { slug } indicators { name targetValue kind } steps { text month } timeline { month milestone } workingGroups { id } } } }`,
        { ids: chosen },
        zuid.headers,
      )
    ).data!.nodes as any[];
    const res = await create(chosen);
    expect(res.errors).toBeUndefined();
    const plan = res.data!.r;
    expect(plan).toMatchObject({ year: 2026, status: 'DRAFT' });
    // The copies keep their goals, and the plan groups them under its multi-year plan's goals.
    const goals = await countOf(
      db,
      `SELECT count(*)::int AS n FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN operational_goal g ON g.id = a.operational_goal_id JOIN strategic_goal s ON s.id = g.strategic_goal_id WHERE p.id = $1 AND s.multi_year_plan_id = p.multi_year_plan_id`,
      [rawId(plan.id)],
    );
    const withGoal = await countOf(db, `SELECT count(*)::int AS n FROM action WHERE id = ANY($1) AND operational_goal_id IS NOT NULL`, [chosen.map(rawId)]);
    expect(withGoal).toBeGreaterThan(0);
    expect(goals).toBe(withGoal);
    expect(plan.actions).toHaveLength(3);
    for (const [i, source] of sources.entries()) {
      const copy = plan.actions[i];
      expect(copy.id).not.toBe(source.id);
      expect(copy).toMatchObject({ title: source.title, carriedOver: true, progressStatus: 'RUNNING', continuedFrom: { id: source.id } });
      expect(copy.owners).toEqual(source.owners);
      expect(copy.themes).toEqual(source.themes);
      expect(copy.indicators).toEqual(source.indicators);
      expect(copy.steps.map((s: any) => ({ text: s.text, month: s.month }))).toEqual(source.steps);
      expect(copy.timeline).toEqual(source.timeline);
      expect(copy.workingGroups).toEqual(source.workingGroups);
    }
    // Something to compare: the seed gives these owners, themes and indicators.
    expect(sources.some((s) => s.themes.length > 0)).toBe(true);
    expect(sources.some((s) => s.indicators.length > 0)).toBe(true);
    const news = plan.actions[0];
    expect(news).toMatchObject({ startDate: '2026-02-01', endDate: '2026-11-30' });
    expect(news.steps.find((s: any) => s.text === 'Eerste nummer verstuurd')).toMatchObject({ month: 3, date: '2026-03-14' });
    expect(news.linkedActions.map((a: any) => a.id)).toContain(ids['Sociale media']);
    // The sources stay where they were; each copy has its audit record.
    expect(await countOf(db, `SELECT count(*)::int AS n FROM action WHERE id = ANY($1) AND action_plan_id = (${planSql('elz-leuven-zuid', 2025)})`, [chosen.map(rawId)])).toBe(3);
    expect(
      await countOf(db, `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'Action' AND entity_id = ANY($1) AND operation = 'CREATE'`, [
        plan.actions.map((a: any) => rawId(a.id)),
      ]),
    ).toBe(3);
    // What was carried over is no longer offered.
    const offered = (await gql(server.url, CANDIDATES, { s: 'elz-leuven-zuid', y: 2026 }, zuid.headers)).data!.zone.carryOverCandidates as { id: string }[];
    expect(offered.map((a) => a.id)).not.toEqual(expect.arrayContaining([chosen[0]]));
    expect(offered.map((a) => a.id)).toContain(ids['Overhoop project']);
  });

  it('carries over into a year no multi-year plan covers, keeping the goals of the plan before', async () => {
    const offered = (await gql(server.url, CANDIDATES, { s: 'elz-leuven-zuid', y: 2027 }, zuid.headers)).data!.zone.carryOverCandidates as { id: string; title: string }[];
    expect(offered.map((a) => a.title)).toEqual(expect.arrayContaining(['Nieuwsbrief', 'Sociale media', 'Middagbabbels']));
    const res = await create([offered[0]!.id], 2027);
    expect(res.errors).toBeUndefined();
    const [row] = await db.query(
      `SELECT (p.multi_year_plan_id = q.multi_year_plan_id) AS same FROM action_plan p JOIN action_plan q ON q.zone_id = p.zone_id AND q.year = 2026 WHERE p.id = $1`,
      [rawId(res.data!.r.id)],
    );
    expect(row.same).toBe(true);
    expect(res.data!.r.actions[0]).toMatchObject({ title: offered[0]!.title, continuedFrom: { id: offered[0]!.id } });
  });

  it('creates a plan without carrying anything over, as before', async () => {
    const res = await create([], 2028);
    expect(res.errors).toBeUndefined();
    expect(res.data!.r).toMatchObject({ year: 2028, actions: [] });
  });

  it("names the next year's plan to whoever may see it (where a forgotten action can still go while it is open)", async () => {
    const NEXT = `query($s: String!, $y: Int!) { actionPlan(zoneSlug: $s, year: $y) { year nextYearPlan { year status viewerCanEdit } } }`;
    const own = await gql(server.url, NEXT, { s: 'elz-leuven-zuid', y: 2025 }, zuid.headers);
    expect(own.errors).toBeUndefined();
    expect(own.data!.actionPlan.nextYearPlan).toEqual({ year: 2026, status: 'DRAFT', viewerCanEdit: true });
    // The 2026 draft is the zone's own: a coach does not learn of it.
    const byCoach = await gql(server.url, NEXT, { s: 'elz-leuven-zuid', y: 2025 }, coach.headers);
    expect(byCoach.data!.actionPlan?.nextYearPlan ?? null).toBeNull();
  });
});
