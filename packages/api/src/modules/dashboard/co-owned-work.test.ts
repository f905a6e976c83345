// Issue 11, finding 4: shared work counts for every owner zone. On the seed, ELZ Leuven and ELZ
// Leuven Zuid co-lead the three staff-shortage working groups and the action that follows them
// up ("Werkgroepen personeelstekort nauwgezet opvolgen"), which sits in Leuven Zuid's 2025 plan.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const DASHBOARD = `query($year: Int!) { regionDashboard(regionSlug: "oost-brabant", year: $year) {
  actionCount
  themeMatrix { theme { slug } zone { shortName } count }
  themeTotals { theme { slug } count }
  progress { zone { shortName } total }
  timeline { zone { shortName } month count }
  timelineTotals { month count }
  coverage { zone { shortName } actionCount }
  sharedWork { name actionCount }
} }`;

const STAFF_ACTION = 'Werkgroepen personeelstekort nauwgezet opvolgen';

const GROUP_ACTIONS = `query($id: ID!) { workingGroup(id: $id) { name actions { title actionPlan { year zone { shortName } } owners { role zone { shortName } } } } }`;

describe('co-owned work counts for every owner zone', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let coach: TestUser;
  let leuven: TestUser;
  let zuid: TestUser;
  let noord: TestUser;

  const dashboard = async (user: TestUser, year: number) => {
    const res = await gql(server.url, DASHBOARD, { year }, user.headers);
    expect(res.errors).toBeUndefined();
    return res.data!.regionDashboard;
  };
  const cell = (d: any, theme: string, zone: string): number => d.themeMatrix.find((c: any) => c.theme.slug === theme && c.zone.shortName === zone)?.count ?? 0;
  const groupId = async (name: string): Promise<string> =>
    (await gql(server.url, `query($q: String) { workingGroups(search: $q, first: 5) { nodes { id name } } }`, { q: name }, coach.headers)).data!.workingGroups.nodes.find(
      (g: any) => g.name === name,
    ).id;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    coach = await createTestUser(t.db, { coachOf: ['oost-brabant'], scope: 'READ' });
    leuven = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    noord = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('counts the co-led staff-shortage action for ELZ Leuven in the 2025 Personeelstekort row', async () => {
    const d = await dashboard(coach, 2025);
    // Leuven Zuid holds it (and "Analyseren en structureren van de resultaten"); Leuven co-leads it.
    expect(cell(d, 'personeelstekort', 'Leuven')).toBe(1);
    expect(cell(d, 'personeelstekort', 'Leuven Zuid')).toBe(2);
    expect(cell(d, 'personeelstekort', 'Leuven Noord')).toBe(0);
    // Leuven's progress and timeline count it too: its own 8 sheets and the co-led one.
    expect(d.progress.find((p: any) => p.zone.shortName === 'Leuven').total).toBe(9);
    // Coverage is about the sheets of a zone's own plan: the co-led sheet stays in Leuven Zuid's.
    expect(d.coverage.find((c: any) => c.zone.shortName === 'Leuven').actionCount).toBe(8);
    expect(d.coverage.find((c: any) => c.zone.shortName === 'Leuven Zuid').actionCount).toBe(15);
  });

  it('counts each action once in the region totals', async () => {
    const d = await dashboard(coach, 2025);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE p.year = 2025`);
    expect(n).toBe(32);
    expect(d.actionCount).toBe(n);
    const perZone = d.progress.reduce((sum: number, p: any) => sum + p.total, 0);
    expect(perZone).toBe(n + 1); // the shared action in two zones' columns
    expect(d.themeTotals.find((x: any) => x.theme.slug === 'personeelstekort').count).toBe(2);
    // The timeline's month totals: no month counts more actions than run in it.
    const [{ months }] = await t.db.query(
      `SELECT json_object_agg(month, n) AS months FROM (SELECT m.month, count(DISTINCT m.action_id)::int AS n FROM action_month m JOIN action a ON a.id = m.action_id
         JOIN action_plan p ON p.id = a.action_plan_id WHERE p.year = 2025 GROUP BY m.month) s`,
    );
    expect(Object.fromEntries(d.timelineTotals.map((m: any) => [String(m.month), m.count]))).toEqual(months);
    const zoneSum = (month: number) => d.timeline.filter((c: any) => c.month === month).reduce((s: number, c: any) => s + c.count, 0);
    expect(d.timelineTotals.some((m: any) => zoneSum(m.month) > m.count)).toBe(true);
  });

  it("counts a co-owned action in another zone's draft plan for the co-owner only", async () => {
    const plan = (await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { actions { id title } } }`, {}, zuid.headers)).data!.actionPlan;
    const source = plan.actions.find((a: any) => a.title === STAFF_ACTION);
    const carried = await gql(server.url, `mutation($id: ID!) { carryOverAction(id: $id) { id actionPlan { status } } }`, { id: source.id }, zuid.headers);
    expect(carried.errors).toBeUndefined();
    expect(carried.data!.carryOverAction.actionPlan.status).toBe('DRAFT');

    // ELZ Leuven co-owns the copy in Leuven Zuid's draft 2026 plan: it sees it in its column.
    expect(cell(await dashboard(leuven, 2026), 'personeelstekort', 'Leuven')).toBe(1);
    expect(cell(await dashboard(zuid, 2026), 'personeelstekort', 'Leuven Zuid')).toBe(1);
    // Neither a zone outside the action nor the coach sees a draft's action.
    for (const user of [noord, coach]) {
      const d = await dashboard(user, 2026);
      expect(cell(d, 'personeelstekort', 'Leuven')).toBe(0);
      expect(cell(d, 'personeelstekort', 'Leuven Zuid')).toBe(0);
      expect(d.themeTotals.find((x: any) => x.theme.slug === 'personeelstekort')).toBeUndefined();
      expect(d.sharedWork.find((s: any) => s.name === 'Poolen/delen van personeel').actionCount).toBe(0);
    }
    expect((await dashboard(leuven, 2026)).sharedWork.find((s: any) => s.name === 'Poolen/delen van personeel').actionCount).toBe(1);
  });

  it('lists the actions of every zone linked to a working group, and those it leads', async () => {
    const pool = await groupId('Poolen/delen van personeel');
    const before = (await gql(server.url, GROUP_ACTIONS, { id: pool }, coach.headers)).data!.workingGroup.actions;
    expect(before.map((a: any) => `${a.actionPlan?.year} ${a.actionPlan?.zone.shortName}`)).toEqual(['2025 Leuven Zuid']);
    expect(before[0].owners.map((o: any) => `${o.zone.shortName}:${o.role}`).sort()).toEqual(['Leuven Zuid:CO_LEAD', 'Leuven:CO_LEAD']);

    // ELZ Leuven links one of its own 2025 sheets to the group and writes a new one it leads.
    const leuvenPlan = (await gql(server.url, `{ actionPlan(zoneSlug: "elz-leuven", year: 2025) { id actions { id version title } } }`, {}, leuven.headers)).data!.actionPlan;
    const linked = leuvenPlan.actions[0];
    const update = await gql(
      server.url,
      `mutation($id: ID!, $version: Int!, $input: ActionInput!) { updateAction(id: $id, version: $version, input: $input) { action { id } } }`,
      { id: linked.id, version: linked.version, input: { title: linked.title, workingGroupIds: [pool] } },
      leuven.headers,
    );
    expect(update.errors).toBeUndefined();
    const created = await gql(
      server.url,
      `mutation($planId: ID!, $input: ActionInput!) { createAction(planId: $planId, input: $input) { action { id } } }`,
      { planId: leuvenPlan.id, input: { title: 'Zorghelden bekendmaken bij de thuisverpleging', lead: { text: 'Werkgroep Poolen/delen van personeel', workingGroupId: pool } } },
      leuven.headers,
    );
    expect(created.errors).toBeUndefined();

    const res = await gql(server.url, GROUP_ACTIONS, { id: pool }, coach.headers);
    expect(res.errors).toBeUndefined();
    const after = res.data!.workingGroup.actions;
    expect(after.map((a: any) => `${a.actionPlan.zone.shortName}|${a.title}`).sort()).toEqual(
      [`Leuven Zuid|${STAFF_ACTION}`, `Leuven|${linked.title}`, 'Leuven|Zorghelden bekendmaken bij de thuisverpleging'].sort(),
    );
    // The 2026 copy in Leuven Zuid's draft plan is hidden from the coach, shown to the co-owner.
    const forLeuven = (await gql(server.url, GROUP_ACTIONS, { id: pool }, leuven.headers)).data!.workingGroup.actions;
    expect(forLeuven).toHaveLength(4);
    expect(forLeuven.filter((a: any) => a.title === STAFF_ACTION)).toHaveLength(2);
    const forNoord = (await gql(server.url, GROUP_ACTIONS, { id: pool }, noord.headers)).data!.workingGroup.actions;
    expect(forNoord).toHaveLength(3);

    const d = await dashboard(coach, 2025);
    expect(d.sharedWork.find((s: any) => s.name === 'Poolen/delen van personeel').actionCount).toBe(3);
  });

  it("lists on a zone the actions it co-owns in other zones' plans, drafts only for whom may see them", async () => {
    const ZONE = `query($slug: String!) { zone(slug: $slug) { coOwnedActions { title actionPlan { year zone { shortName } } owners { role zone { shortName } } } } }`;
    const list = async (user: TestUser, slug: string) => {
      const res = await gql(server.url, ZONE, { slug }, user.headers);
      expect(res.errors).toBeUndefined();
      return res.data!.zone.coOwnedActions.map((a: any) => `${a.actionPlan?.year ?? '-'} ${a.actionPlan?.zone.shortName ?? '-'} ${a.title}`);
    };
    // The coach sees the 2025 sheet; ELZ Leuven also its 2026 copy in Leuven Zuid's draft plan
    // (without the plan, which stays its zone's own), newest first.
    expect(await list(coach, 'elz-leuven')).toEqual([`2025 Leuven Zuid ${STAFF_ACTION}`]);
    expect(await list(leuven, 'elz-leuven')).toEqual([`- - ${STAFF_ACTION}`, `2025 Leuven Zuid ${STAFF_ACTION}`]);
    // Leuven Zuid holds the action in its own plan: nothing co-owned elsewhere.
    expect(await list(coach, 'elz-leuven-zuid')).toEqual([]);
  });
});
