// The coach's region dashboard, "gluren bij de buren" and global search against the seed zones.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { contextFor } from '../auth/context';
import { Viewer } from '../auth/viewer';
import { toOwnerships } from '../collaboration/ownership.service';
import { ProjectOwner } from '../collaboration/project.entity';
import { WorkingGroupOwner } from '../collaboration/working-group.entity';
import { Region } from '../region/region.entity';
import { Zone } from '../zone/zone.entity';
import { DashboardService, type DashboardParts } from './dashboard.service';

/** Every field of the dashboard but the coach's workspace, as the dashboard page and the bench ask them. */
const FULL_FIELDS = [
  'year',
  'region { name slug }',
  'zones { id name shortName }',
  'actionCount',
  'themeMatrix { count theme { slug name } zone { id } }',
  'themeTotals { count theme { id slug } }',
  'coverage { zone { id } actionCount withIndicators withEvaluationKind withLead withMonths indicatorShare evaluationShare }',
  'progress { zone { id } total counts { status count } }',
  'timeline { zone { id } month count }',
  'timelineTotals { month count }',
  'sharedWork { kind name ownerCount actionCount workingGroup { id name } project { id name } owners { role since zone { id shortName } } }',
];
const dashboardOf = (fields: string[]) => `query($year: Int!) { regionDashboard(regionSlug: "oost-brabant", year: $year) { ${fields.join(' ')} } }`;

const DASHBOARD = `query($year: Int!) { regionDashboard(regionSlug: "oost-brabant", year: $year) {
  zones { shortName }
  themeMatrix { theme { slug } zone { shortName } count }
  coverage { zone { shortName } actionCount withIndicators withEvaluationKind indicatorShare evaluationShare }
  progress { zone { shortName } total counts { status count } }
  timeline { zone { shortName } month count }
  sharedWork { kind name ownerCount actionCount owners { role zone { shortName } } }
} }`;

describe('region dashboard, similar actions and search', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let coach: TestUser;
  let zuid: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    coach = await createTestUser(t.db, { coachOf: ['oost-brabant'], scope: 'READ' });
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('counts actions per theme and owner zone as the database holds them', async () => {
    const res = await gql(server.url, DASHBOARD, { year: 2025 }, coach.headers);
    expect(res.errors).toBeUndefined();
    const d = res.data!.regionDashboard;
    const expected: { slug: string; zone: string; n: number }[] = await t.db.query(
      // Every zone owning the action counts it: the plan's zone and the co-owners (action_owner).
      `SELECT th.slug, z.short_name AS zone, count(DISTINCT a.id)::int AS n FROM action a JOIN action_plan p ON p.id = a.action_plan_id
       JOIN (SELECT id AS action_id, action_plan_id, NULL::uuid AS zone_id FROM action UNION SELECT action_id, NULL, zone_id FROM action_owner) o ON o.action_id = a.id
       JOIN zone z ON z.id = coalesce(o.zone_id, p.zone_id)
       JOIN action_theme at ON at.action_id = a.id JOIN theme th ON th.id = at.theme_id WHERE p.year = 2025 GROUP BY th.slug, z.short_name`,
    );
    const got = d.themeMatrix.map((c: any) => `${c.theme.slug}|${c.zone.shortName}|${c.count}`).sort();
    expect(got).toEqual(expected.map((e) => `${e.slug}|${e.zone}|${e.n}`).sort());
    expect(got.length).toBeGreaterThan(3);
  });

  it('reports evaluation coverage and progress per zone', async () => {
    const d = (await gql(server.url, DASHBOARD, { year: 2025 }, coach.headers)).data!.regionDashboard;
    const zuid = d.coverage.find((c: any) => c.zone.shortName === 'Leuven Zuid');
    expect(zuid.actionCount).toBe(15);
    // Every Leuven Zuid sheet ticks at least one box; ELZ Leuven's table plan ticks none.
    expect(zuid.evaluationShare).toBe(1);
    expect(d.coverage.find((c: any) => c.zone.shortName === 'Leuven').evaluationShare).toBe(0);
    const elzoh = d.coverage.find((c: any) => c.zone.shortName === 'ELZOH');
    expect(elzoh.actionCount).toBe(0); // its plan is for 2024
    expect(elzoh.indicatorShare).toBeNull();
    const progress = d.progress.find((p: any) => p.zone.shortName === 'Leuven Zuid');
    expect(progress.total).toBe(15);
    expect(progress.counts.map((c: any) => c.status)).toEqual(['PLANNED', 'RUNNING', 'DONE', 'POSTPONED', 'STOPPED']);
  });

  it('lists shared work with its owners, the staff-shortage groups among them', async () => {
    const d = (await gql(server.url, DASHBOARD, { year: 2025 }, coach.headers)).data!.regionDashboard;
    const pool = d.sharedWork.find((s: any) => s.name === 'Poolen/delen van personeel');
    expect(pool.kind).toBe('WorkingGroup');
    expect(pool.owners.map((o: any) => o.zone.shortName).sort()).toEqual(['Leuven', 'Leuven Zuid']);
    expect(pool.actionCount).toBe(1);
    expect(d.sharedWork[0].ownerCount).toBeGreaterThanOrEqual(d.sharedWork.at(-1).ownerCount);
  });

  it("keeps draft plans out of a coach's figures but in their own zone's", async () => {
    const plan = (await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { actions { id } } }`, {}, zuid.headers)).data!.actionPlan;
    const carried = await gql(server.url, `mutation($id: ID!) { carryOverAction(id: $id) { id } }`, { id: plan.actions[0].id }, zuid.headers);
    expect(carried.errors).toBeUndefined();
    const count = async (user: TestUser) =>
      (await gql(server.url, DASHBOARD, { year: 2026 }, user.headers)).data!.regionDashboard.coverage.find((c: any) => c.zone.shortName === 'Leuven Zuid').actionCount;
    expect(await count(coach)).toBe(0);
    expect(await count(zuid)).toBe(1);
  });

  it('answers the whole dashboard in a constant number of SQL statements', async () => {
    const a = await gql(server.url, DASHBOARD, { year: 2025 }, coach.headers);
    const b = await gql(server.url, DASHBOARD, { year: 2024 }, coach.headers);
    console.log(`SQL statements for the region dashboard: ${a.sqlQueries} (2025), ${b.sqlQueries} (2024)`);
    // The region, then every section with the rows it shows in one statement, whatever the number
    // of zones (see the two-size test in tools/sql-statements.test.ts).
    expect(a.sqlQueries).toBe(2);
    expect(b.sqlQueries).toBe(2);
  });

  it('reads every figure of the dashboard in one statement after the region, with the same answers as each field asked alone', async () => {
    // Leuven Zuid's draft 2026 plan (see above) is counted for its members only.
    for (const user of [coach, zuid]) {
      for (const year of [2025, 2026]) {
        await gql(server.url, `{ regionDashboard(regionSlug: "oost-brabant", year: ${year}) { year } }`, {}, user.headers);
        const full = await gql(server.url, dashboardOf(FULL_FIELDS), { year }, user.headers);
        expect(full.errors).toBeUndefined();
        // The region, then one statement for all figures with the zones, themes, groups, projects and owners they show.
        expect(full.sqlQueries).toBe(2);
        for (const field of FULL_FIELDS) {
          const alone = await gql(server.url, dashboardOf([field]), { year }, user.headers);
          const name = field.split(' ')[0]!;
          expect({ [name]: alone.data!.regionDashboard[name] }).toEqual({ [name]: full.data!.regionDashboard[name] });
        }
      }
    }
    const zuidCount = async (user: TestUser) =>
      (await gql(server.url, dashboardOf(['coverage { zone { shortName } actionCount }']), { year: 2026 }, user.headers)).data!.regionDashboard.coverage.find(
        (c: any) => c.zone.shortName === 'Leuven Zuid',
      ).actionCount;
    expect([await zuidCount(coach), await zuidCount(zuid)]).toEqual([0, 1]);
    // An unknown region is NOT_FOUND before the year is checked, as before the figures were read together.
    const code = async (slug: string, year: number) =>
      (await gql(server.url, `query($slug: String!, $year: Int!) { regionDashboard(regionSlug: $slug, year: $year) { zones { id } } }`, { slug, year }, coach.headers)).errors?.[0]
        ?.extensions?.code;
    expect(await code('geen-regio', 2025)).toBe('NOT_FOUND');
    expect(await code('geen-regio', 1800)).toBe('NOT_FOUND');
    expect(await code('oost-brabant', 1800)).toBe('INVALID_INPUT');
  });

  it("reads the figures together as each figure's own statement reads them, for a coach and a zone member", async () => {
    const region = await t.db.getRepository(Region).findOneByOrFail({ slug: 'oost-brabant' });
    const zuidZone = await t.db.getRepository(Zone).findOneByOrFail({ slug: 'elz-leuven-zuid' });
    const viewers = {
      coach: new Viewer({ ...Viewer.anonymous().data, kind: 'token', tokenScope: 'READ', userId: coach.userId, coachRegionIds: [region.id] }),
      member: new Viewer({ ...Viewer.anonymous().data, kind: 'token', tokenScope: 'READ_WRITE', userId: zuid.userId, editorZoneIds: [zuidZone.id] }),
    };
    const all: DashboardParts = { zones: true, themeMatrix: true, coverage: true, progress: true, timeline: true, sharedWork: true, sharedWorkOwners: true };
    const byStatus = (rows: { zoneId: string | null; status: string }[]) => [...rows].sort((a, b) => `${a.zoneId}|${a.status}`.localeCompare(`${b.zoneId}|${b.status}`));
    const ownership = (o: { zone: Zone; role: string; since: Date }) => ({ zone: o.zone.id, role: o.role, since: o.since.toISOString() });
    for (const viewer of Object.values(viewers)) {
      for (const year of [2025, 2026]) {
        const together = await new DashboardService(contextFor(t.db, viewer)).figures(region.id, year, all);
        const ctx = contextFor(t.db, viewer);
        const alone = new DashboardService(ctx);
        expect(together.themeMatrix).toEqual(await alone.themeMatrix(region.id, year));
        expect(together.coverage).toEqual(await alone.coverage(region.id, year));
        expect(byStatus(together.progress!)).toEqual(byStatus(await alone.progress(region.id, year)));
        expect(together.timeline).toEqual(await alone.timeline(region.id, year));
        const shared = await alone.sharedWork(region.id, year);
        expect(together.sharedWork).toEqual(shared);
        expect(shared.length).toBeGreaterThan(0);
        expect(together.zones!.map((z) => z.id)).toEqual((await ctx.loaders.childrenOf(Zone, 'regionId', ['name']).load(region.id)).map((z) => z.id));
        expect([...together.themeById!.keys()].sort()).toEqual([...new Set(together.themeMatrix!.map((r) => r.themeId))].sort());
        for (const s of shared) {
          const rows =
            s.kind === 'WorkingGroup'
              ? await ctx.loaders.childrenOf(WorkingGroupOwner, 'workingGroupId', ['createdAt']).load(s.id)
              : await ctx.loaders.childrenOf(ProjectOwner, 'projectId', ['createdAt']).load(s.id);
          expect(together.ownersOf!.get(`${s.kind}|${s.id}`)!.map(ownership)).toEqual((await toOwnerships(ctx, rows)).map(ownership));
          expect((s.kind === 'WorkingGroup' ? together.workingGroupById : together.projectById)!.get(s.id)?.id).toBe(s.id);
        }
      }
    }
  });

  it('finds similar actions in other zones only ("gluren bij de buren")', async () => {
    const res = await gql(
      server.url,
      `{ actions(first: 1, filter: { search: "Aanbod GBO in onze regio faciliteren" }) { nodes { title actionPlan { zone { shortName } } similarActions(first: 5) { score action { title actionPlan { zone { shortName } } } } } } }`,
      {},
      coach.headers,
    );
    expect(res.errors).toBeUndefined();
    const [gbo] = res.data!.actions.nodes;
    expect(gbo.actionPlan.zone.shortName).toBe('Leuven Zuid');
    expect(gbo.similarActions.length).toBeGreaterThan(0);
    for (const s of gbo.similarActions) expect(s.action.actionPlan.zone.shortName).not.toBe('Leuven Zuid');
    const scores = gbo.similarActions.map((s: any) => s.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    // ELZ Leuven Noord's GBO action is the obvious neighbour.
    expect(gbo.similarActions.some((s: any) => s.action.actionPlan.zone.shortName === 'Leuven Noord' && /GBO/.test(s.action.title))).toBe(true);
  });

  it('searches zones, actions, groups, projects and partners at once', async () => {
    const res = await gql(server.url, `{ search(text: "overhoop") { zones { name } actions { title } projects { name } partners { name } workingGroups { name } } }`, {}, coach.headers);
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.projects.map((p: any) => p.name)).toContain('OverHoop');
    expect(res.data!.search.actions.length).toBeGreaterThan(0);
    const zone = await gql(server.url, `{ search(text: "Kortenberg") { zones { name } } }`, {}, coach.headers);
    expect(zone.data!.search.zones.map((z: any) => z.name)).toEqual(['ELZ Leuven Zuid']);
    const partner = await gql(server.url, `{ search(text: "dilet") { partners { name } } }`, {}, coach.headers);
    expect(partner.data!.search.partners.map((p: any) => p.name)).toContain('Diletti');
  });
});
