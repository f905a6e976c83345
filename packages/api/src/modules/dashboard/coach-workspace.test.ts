// The coach's workspace: what each zone's plan still lacks, the coach's own remarks across the
// zones and each zone's year against the year before, under the read rule, in a fixed number of
// statements.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { JUDGED_QUERIES, refKey } from '../../test/neighbours-score';

const WORKSPACE = `query($year: Int!) { regionDashboard(regionSlug: "oost-brabant", year: $year) {
  quality { zone { slug } plan { id year } actionCount withoutIndicators withoutEvaluationKind withoutLead withoutMonths
            gaps { action { id title } missing } goalsWithoutActions { id uuid number title } }
  yearOverYear { zone { slug } year actionCount previousActionCount doneCount previousDoneCount themesGained { slug } themesDropped { slug } themesKept { slug } }
  myRemarks { text resolved actionPlan { year zone { slug } } action { title } }
} }`;

type Quality = {
  zone: { slug: string };
  plan: { id: string } | null;
  actionCount: number;
  withoutIndicators: number;
  withoutEvaluationKind: number;
  withoutLead: number;
  withoutMonths: number;
  gaps: { action: { id: string; title: string }; missing: string[] }[];
  goalsWithoutActions: { id: string; uuid: string; number: string; title: string }[];
};

describe("the coach's workspace", () => {
  let t: TestDatabase;
  let server: StartedServer;
  let coach: TestUser;
  let otherCoach: TestUser;
  let zuid: TestUser;
  let noord: TestUser;

  const workspace = async (user: TestUser, year: number) => {
    const res = await gql(server.url, WORKSPACE, { year }, user.headers);
    expect(res.errors).toBeUndefined();
    return { ...res.data!.regionDashboard, sqlQueries: res.sqlQueries };
  };
  const zoneOf = (rows: Quality[], slug: string) => rows.find((r) => r.zone.slug === slug)!;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    coach = await createTestUser(t.db, { coachOf: ['oost-brabant'], scope: 'READ_WRITE' });
    otherCoach = await createTestUser(t.db, { coachOf: ['oost-brabant'], scope: 'READ_WRITE' });
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'], scope: 'READ_WRITE' });
    noord = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'], scope: 'READ_WRITE' });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('lists per zone the sheets that lack something and the goals no action works on, as the database holds them', async () => {
    const d = await workspace(coach, 2025);
    expect(d.quality.map((q: Quality) => q.zone.slug)).toEqual(['elz-leuven', 'elz-leuven-noord', 'elz-leuven-zuid', 'elz-zuidoost-hageland']);
    const zuidRow = zoneOf(d.quality, 'elz-leuven-zuid');
    const [expected] = await t.db.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM action_indicator i WHERE i.action_id = a.id))::int AS no_indicators,
              count(*) FILTER (WHERE NOT (a.evaluation_process OR a.evaluation_output OR a.evaluation_outcome))::int AS no_evaluation
       FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025`,
    );
    expect(zuidRow).toMatchObject({ actionCount: expected.n, withoutIndicators: expected.no_indicators, withoutEvaluationKind: expected.no_evaluation });
    expect(zuidRow.gaps.length).toBeLessThanOrEqual(zuidRow.actionCount);
    // Zuidoost Hageland has no 2025 plan.
    expect(zoneOf(d.quality, 'elz-zuidoost-hageland')).toMatchObject({ plan: null, actionCount: 0, gaps: [], goalsWithoutActions: [] });

    // An empty new sheet lacks all four; a goal without action is listed until an action works on it.
    const planId = zuidRow.plan!.id;
    const created = await gql(
      server.url,
      'mutation ($p: ID!) { createAction(planId: $p, input: { title: "Lege fiche voor de werkruimte" }) { action { id } } }',
      { p: planId },
      zuid.headers,
    );
    expect(created.errors).toBeUndefined();
    const after = zoneOf((await workspace(coach, 2025)).quality, 'elz-leuven-zuid');
    expect(after.gaps.find((g) => g.action.title === 'Lege fiche voor de werkruimte')?.missing).toEqual(['INDICATORS', 'EVALUATION_KIND', 'LEAD', 'MONTHS']);
    expect(after.withoutLead).toBe(zuidRow.withoutLead + 1);
    const goals: { id: string; n: number }[] = await t.db.query(
      `SELECT od.id, (SELECT count(*)::int FROM action a WHERE a.operational_goal_id = od.id AND a.action_plan_id = p.id) AS n
       FROM action_plan p JOIN zone z ON z.id = p.zone_id JOIN strategic_goal sd ON sd.multi_year_plan_id = p.multi_year_plan_id
       JOIN operational_goal od ON od.strategic_goal_id = sd.id WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025 AND od.retired_at IS NULL AND sd.retired_at IS NULL`,
    );
    expect(after.goalsWithoutActions.map((g) => g.uuid).sort()).toEqual(
      goals
        .filter((g) => g.n === 0)
        .map((g) => g.id)
        .sort(),
    );
  });

  it("shows a zone's draft plan only to its own staff", async () => {
    const zone = (await gql(server.url, '{ zone(slug: "elz-leuven-noord") { id } }', {}, noord.headers)).data!.zone.id;
    const plan = await gql(server.url, 'mutation ($z: ID!) { createActionPlan(zoneId: $z, year: 2032) { id } }', { z: zone }, noord.headers);
    await gql(
      server.url,
      'mutation ($p: ID!) { createAction(planId: $p, input: { title: "Conceptfiche Leuven Noord" }) { action { id } } }',
      { p: plan.data!.createActionPlan.id },
      noord.headers,
    );
    expect(zoneOf((await workspace(coach, 2032)).quality, 'elz-leuven-noord')).toMatchObject({ plan: null, actionCount: 0, gaps: [] });
    const own = zoneOf((await workspace(noord, 2032)).quality, 'elz-leuven-noord');
    expect(own.actionCount).toBe(1);
    expect(own.gaps.map((g) => g.action.title)).toEqual(['Conceptfiche Leuven Noord']);
  });

  it("compares each zone's year with the year before", async () => {
    const d = await workspace(coach, 2025);
    const zuidRow = d.yearOverYear.find((r: { zone: { slug: string } }) => r.zone.slug === 'elz-leuven-zuid');
    const counts: { year: number; n: number }[] = await t.db.query(
      `SELECT p.year, count(a.id)::int AS n FROM action_plan p JOIN zone z ON z.id = p.zone_id LEFT JOIN action a ON a.action_plan_id = p.id
       WHERE z.slug = 'elz-leuven-zuid' AND p.year IN (2024, 2025) GROUP BY p.year`,
    );
    expect(zuidRow).toMatchObject({ year: 2025, actionCount: counts.find((c) => c.year === 2025)!.n, previousActionCount: counts.find((c) => c.year === 2024)!.n });
    const themes = async (year: number) =>
      (
        await t.db.query(
          `SELECT DISTINCT th.slug FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
           JOIN action_theme at ON at.action_id = a.id JOIN theme th ON th.id = at.theme_id WHERE z.slug = 'elz-leuven-zuid' AND p.year = $1`,
          [year],
        )
      ).map((r: { slug: string }) => r.slug) as string[];
    const [now, before] = [await themes(2025), await themes(2024)];
    const slugs = (list: { slug: string }[]) => list.map((x) => x.slug).sort();
    expect(slugs(zuidRow.themesGained)).toEqual(now.filter((s) => !before.includes(s)).sort());
    expect(slugs(zuidRow.themesDropped)).toEqual(before.filter((s) => !now.includes(s)).sort());
    expect(slugs(zuidRow.themesKept)).toEqual(now.filter((s) => before.includes(s)).sort());
    // Leuven Noord had no 2024 plan: everything of 2025 is new.
    const noordRow = d.yearOverYear.find((r: { zone: { slug: string } }) => r.zone.slug === 'elz-leuven-noord');
    expect(noordRow.previousActionCount).toBe(0);
    expect(noordRow.themesDropped).toEqual([]);
  });

  it("lists the coach's own remarks across zones, open ones first, and nobody else's", async () => {
    const plan = async (slug: string) => (await gql(server.url, `{ actionPlan(zoneSlug: "${slug}", year: 2025) { id actions { id title } } }`, {}, coach.headers)).data!.actionPlan;
    const [zuidPlan, noordPlan] = [await plan('elz-leuven-zuid'), await plan('elz-leuven-noord')];
    const remark = (user: TestUser, text: string, target: { planId?: string; actionId?: string }) =>
      gql(
        server.url,
        'mutation ($p: ID, $a: ID, $t: String!) { addRemark(planId: $p, actionId: $a, input: { text: $t }) { id } }',
        { p: target.planId, a: target.actionId, t: text },
        user.headers,
      );
    const first = await remark(coach, 'Welke indicatoren voor 2025?', { planId: zuidPlan.id });
    expect(first.errors).toBeUndefined();
    await remark(coach, 'Mooi uitgewerkt, kunnen jullie de maanden aanvullen?', { actionId: noordPlan.actions[0].id });
    await remark(otherCoach, 'Opmerking van een andere coach', { planId: zuidPlan.id });
    // Leuven Zuid resolves the first one: it goes below the open one.
    expect((await gql(server.url, 'mutation ($id: ID!) { resolveRemark(id: $id) { resolved } }', { id: first.data!.addRemark.id }, zuid.headers)).errors).toBeUndefined();
    const mine = (await workspace(coach, 2025)).myRemarks;
    expect(mine.map((r: { text: string; resolved: boolean }) => [r.text, r.resolved])).toEqual([
      ['Mooi uitgewerkt, kunnen jullie de maanden aanvullen?', false],
      ['Welke indicatoren voor 2025?', true],
    ]);
    expect(mine[0]).toMatchObject({ actionPlan: { year: 2025, zone: { slug: 'elz-leuven-noord' } }, action: { title: noordPlan.actions[0].title } });
    expect((await workspace(coach, 2024)).myRemarks).toEqual([]);
  });

  it('answers the whole workspace in a bounded number of statements, not one per zone or action', async () => {
    // 2025: four zones, dozens of actions with gaps, remarks; 2024: fewer of each. Each kind of
    // object is loaded once (a kind with nothing to load costs nothing).
    const [a, b] = [await workspace(coach, 2025), await workspace(coach, 2024)];
    console.log(`SQL statements for the coach's workspace: ${a.sqlQueries} (2025), ${b.sqlQueries} (2024)`);
    expect(a.sqlQueries).toBeLessThanOrEqual(14);
    expect(b.sqlQueries).toBeLessThanOrEqual(14);
  });

  it('finds actions of different zones on one subject that share no owner, judged against the neighbours set', async () => {
    const OVERLAPS = `query($year: Int!) { regionDashboard(regionSlug: "oost-brabant", year: $year) {
      overlaps(first: 10) { score words sharedThemes { slug } actions { title actionPlan { year zone { slug } } owners { zone { slug } } } } } }`;
    type Overlap = { score: number; words: string[]; actions: { title: string; actionPlan: { year: number; zone: { slug: string } }; owners: { zone: { slug: string } }[] }[] };
    // A pair is judged when one of the two is a judged query: its grade is the other's grade there.
    const grades = new Map<string, number>();
    for (const q of JUDGED_QUERIES) for (const r of q.relevant) grades.set(`${refKey(q.query)}→${refKey(r)}`, r.grade);
    const judgedQueries = new Set(JUDGED_QUERIES.map((q) => refKey(q.query)));
    let judgedPairs = 0;
    let relevant = 0;
    let sameSubject = 0;
    const lines: string[] = [];
    for (const year of [2024, 2025, 2026]) {
      const res = await gql(server.url, OVERLAPS, { year }, coach.headers);
      expect(res.errors).toBeUndefined();
      for (const o of res.data!.regionDashboard.overlaps as Overlap[]) {
        const [a, b] = o.actions.map((x) => ({ zone: x.actionPlan.zone.slug, year: x.actionPlan.year, title: x.title }));
        // Different zones, and no zone owns both.
        expect(a!.zone).not.toBe(b!.zone);
        const ownersA = new Set([a!.zone, ...o.actions[0]!.owners.map((w) => w.zone.slug)]);
        expect([b!.zone, ...o.actions[1]!.owners.map((w) => w.zone.slug)].some((z) => ownersA.has(z))).toBe(false);
        const grade = grades.get(`${refKey(a!)}→${refKey(b!)}`) ?? grades.get(`${refKey(b!)}→${refKey(a!)}`);
        const judged = judgedQueries.has(refKey(a!)) || judgedQueries.has(refKey(b!));
        if (judged) {
          judgedPairs++;
          if ((grade ?? 0) >= 1) relevant++;
          if (grade === 2) sameSubject++;
        }
        lines.push(`  ${year} ${o.score.toFixed(2)} [${judged ? (grade ?? 0) : '?'}] ${a!.zone}: ${a!.title.slice(0, 50)} ↔ ${b!.zone}: ${b!.title.slice(0, 50)} (${o.words.join(', ')})`);
      }
    }
    console.log(
      `overlaps: ${judgedPairs} judged pairs of ${lines.length}; related (grade ≥ 1) ${relevant}, same subject (2) ${sameSubject}; precision ${(relevant / Math.max(1, judgedPairs)).toFixed(2)}\n${lines.join('\n')}`,
    );
    expect(judgedPairs).toBeGreaterThanOrEqual(5);
    expect(relevant / judgedPairs).toBeGreaterThanOrEqual(0.6);
  });
});
