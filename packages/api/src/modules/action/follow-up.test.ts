// Follow-up that adds up (issue 13, part 4) through the API: one milestone system (the migration
// that moves stored timeline milestones to steps, and a step milestone shown on the timeline).
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { fromGlobalId, toGlobalId } from '../../common/global-id';

const MIGRATION = 'FollowUp1796420000000';

describe('follow-up', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let zuid: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const planQuery = (fields: string) => gql(server.url, `query { actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { id ${fields} } }`, {}, zuid.headers);

  it('migrates stored timeline milestones into steps, losing none and copying none twice', async () => {
    const [action] = await t.db.query(
      `SELECT a.id FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' ORDER BY a.position LIMIT 1`,
    );
    // Back to the schema before the migration (later migrations of other work first).
    const applied = async () => ((await t.db.query(`SELECT name FROM migrations`)) as { name: string }[]).map((r) => r.name);
    while ((await applied()).includes(MIGRATION)) await t.db.undoLastMigration({ transaction: 'each' });
    await t.db.query(`DELETE FROM action_step WHERE action_id = $1`, [action.id]);
    await t.db.query(`DELETE FROM action_month WHERE action_id = $1`, [action.id]);
    await t.db.query(`INSERT INTO action_step (action_id, position, text, month) VALUES ($1, 0, 'Werkgroep samenstellen', NULL), ($1, 1, 'Evaluatie', 9), ($1, 2, 'Verslag', 12)`, [
      action.id,
    ]);
    await t.db.query(`INSERT INTO action_month (action_id, month, milestone) VALUES ($1, 2, '  werkgroep   samenstellen '), ($1, 9, 'Evaluatie'), ($1, 10, 'Slotevent'), ($1, 11, NULL)`, [
      action.id,
    ]);
    await t.db.runMigrations({ transaction: 'each' });

    const steps = await t.db.query(`SELECT position, text, month FROM action_step WHERE action_id = $1 ORDER BY position`, [action.id]);
    expect(steps).toEqual([
      { position: 0, text: 'Werkgroep samenstellen', month: 2 },
      { position: 1, text: 'Evaluatie', month: 9 },
      { position: 2, text: 'Verslag', month: 12 },
      { position: 3, text: 'Slotevent', month: 10 },
    ]);
    // A step's milestone month became a running month (December).
    const months = await t.db.query(`SELECT month FROM action_month WHERE action_id = $1 ORDER BY month`, [action.id]);
    expect(months.map((m: { month: number }) => m.month)).toEqual([2, 9, 10, 11, 12]);
    const columns = await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'action_month' AND column_name = 'milestone'`);
    expect(columns).toEqual([]);
  });

  it('shows a step milestone on the timeline, and turns a timeline milestone into a step', async () => {
    const plan = (await planQuery('actions { id version title steps { text month } timeline { month milestone milestones } }')).data!.actionPlan;
    const target = plan.actions.find((a: { steps: unknown[] }) => a.steps.length > 0) ?? plan.actions[0];
    const steps = [{ text: 'Stuurgroep plant het jaar', month: 3 }, { text: 'Tweede overleg' }];
    const saved = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { version steps { text month } timeline { month milestone milestones } } } }`,
      { id: target.id, v: target.version, i: { steps } },
      zuid.headers,
    );
    expect(saved.errors).toBeUndefined();
    const after = saved.data!.updateAction.action;
    expect(after.timeline).toContainEqual({ month: 3, milestone: 'Stuurgroep plant het jaar', milestones: ['Stuurgroep plant het jaar'] });

    // The reverse: a milestone set on a timeline month becomes that step's milestone month.
    const reverse = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { steps { text month } timeline { month milestone } } } }`,
      { id: target.id, v: after.version, i: { timeline: [{ month: 3 }, { month: 6, milestone: 'Tweede overleg' }] } },
      zuid.headers,
    );
    expect(reverse.errors).toBeUndefined();
    expect(reverse.data!.updateAction.action.steps).toEqual([
      { text: 'Stuurgroep plant het jaar', month: 3 },
      { text: 'Tweede overleg', month: 6 },
    ]);
    expect(reverse.data!.updateAction.action.timeline).toEqual([
      { month: 3, milestone: 'Stuurgroep plant het jaar' },
      { month: 6, milestone: 'Tweede overleg' },
    ]);
  });

  const update = (id: string, version: number, input: Record<string, unknown>) =>
    gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { id version estimatedDays history { fields } } } }`,
      { id, v: version, i: input },
      zuid.headers,
    );

  it('stores estimated days (≥ 0, in the history) and refuses a negative estimate naming the field', async () => {
    const plan = (await planQuery('actions { id version }')).data!.actionPlan;
    const [first] = plan.actions;
    const bad = await update(first.id, first.version, { estimatedDays: -1 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    expect((bad.errors?.[0]?.extensions?.issues as { field: string }[]).map((i) => i.field)).toEqual(['estimatedDays']);
    const good = await update(first.id, first.version, { estimatedDays: 12.5 });
    expect(good.errors).toBeUndefined();
    expect(good.data!.updateAction.action.estimatedDays).toBe(12.5);
    expect(good.data!.updateAction.action.history[0].fields).toEqual(['estimatedDays']);
  });

  it('computes capacity month by month from the estimates and the zone FTE, with a warning when over', async () => {
    const [zone] = await t.db.query(`SELECT staff_fte::float AS fte FROM zone WHERE slug = 'elz-leuven-zuid'`);
    const plan = (await planQuery('actions { id version timeline { month } }')).data!.actionPlan;
    // Every action: no estimate but one, which runs only in October with more days than the staff has.
    await t.db.query(`UPDATE action SET estimated_days = NULL`);
    const target = plan.actions[1];
    const fresh = (await planQuery('actions { id version }')).data!.actionPlan.actions.find((a: { id: string }) => a.id === target.id);
    const saved = await update(target.id, fresh.version, { timeline: [{ month: 10 }], steps: [], estimatedDays: 100, progressStatus: 'RUNNING' });
    expect(saved.errors).toBeUndefined();
    const res = await planQuery('actionsWithoutEstimate actions { id progressStatus } capacity { month plannedDays availableDays overCapacity runningActions actionsWithoutEstimate }');
    expect(res.errors).toBeUndefined();
    const { capacity, actionsWithoutEstimate, actions } = res.data!.actionPlan;
    expect(capacity).toHaveLength(12);
    const october = capacity[9];
    expect(october).toMatchObject({ month: 10, plannedDays: 100, availableDays: Math.round(zone.fte * 18 * 10) / 10, overCapacity: true });
    expect(october.actionsWithoutEstimate).toBe(october.runningActions - 1);
    expect(capacity.filter((m: { overCapacity: boolean }) => m.overCapacity).map((m: { month: number }) => m.month)).toEqual([10]);
    expect(actionsWithoutEstimate).toBe(actions.filter((a: { progressStatus: string }) => a.progressStatus !== 'STOPPED').length - 1);
  });

  it('rolls a status up per goal with its reasons, in one statement for all plans', async () => {
    const plan = (await planQuery('actions { id version operationalGoal { id } strategicGoal { id } }')).data!.actionPlan;
    const withGoal = plan.actions.filter((a: { operationalGoal: unknown }) => a.operationalGoal);
    const od = withGoal[0].operationalGoal.id;
    const ofOd = withGoal.filter((a: { operationalGoal: { id: string } }) => a.operationalGoal.id === od);
    // One action of that OD is long past its end date and not done (the others done): the OD is behind.
    await t.db.query(`UPDATE action SET progress_status = 'DONE' WHERE id = ANY($1::uuid[])`, [ofOd.slice(1).map((a: { id: string }) => fromGlobalId(a.id, 'Action').id)]);
    await update(ofOd[0].id, ofOd[0].version, { startDate: '2000-01-01', endDate: '2000-01-31', progressStatus: 'RUNNING' });
    const res = await planQuery('goalStatuses { goalId level parentId number title status reasons actionCount overdueCount }');
    expect(res.errors).toBeUndefined();
    const statuses = res.data!.actionPlan.goalStatuses;
    const odStatus = statuses.find((g: { goalId: string }) => g.goalId === od);
    expect(odStatus).toMatchObject({ level: 'OD', status: 'BEHIND', actionCount: ofOd.length, overdueCount: 1 });
    expect(odStatus.reasons[0]).toBe(`1 van ${ofOd.length} ${ofOd.length === 1 ? 'actie' : 'acties'} over de einddatum en niet afgerond`);
    // Its strategic goal rolls the late action up too.
    const sd = statuses.find((g: { goalId: string }) => g.goalId === odStatus.parentId);
    expect(sd).toMatchObject({ level: 'SD', status: 'BEHIND' });
    expect(sd.overdueCount).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((g: { level: string }) => g.level === 'SD').length).toBeGreaterThan(0);

    // Both figures for one plan or for every plan of the zone: one statement for all of them.
    const plans = (fields: string) => gql(server.url, `query { zone(slug: "elz-leuven-zuid") { actionPlans { id ${fields} } } }`, {}, zuid.headers);
    const without = await plans('');
    const withFigures = await plans('capacity { month overCapacity } goalStatuses { status reasons }');
    expect(withFigures.errors).toBeUndefined();
    expect(withFigures.data!.zone.actionPlans.length).toBeGreaterThan(1);
    expect(withFigures.sqlQueries - without.sqlQueries).toBe(1);
  });

  it('follows an indicator over the years of a carried-over action, showing only years the caller may see', async () => {
    const [source] = await t.db.query(
      `SELECT a.id, i.id AS indicator, i.name FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
       JOIN action_indicator i ON i.action_id = a.id
       WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025 AND a.progress_status IN ('PLANNED', 'RUNNING', 'POSTPONED')
         AND NOT EXISTS (SELECT 1 FROM action c WHERE c.continued_from_id = a.id) ORDER BY a.position, i.position LIMIT 1`,
    );
    await t.db.query(`UPDATE action_indicator SET target_value = 40, target_unit = 'deelnemers' WHERE id = $1`, [source.indicator]);
    await t.db.query(`INSERT INTO indicator_value (indicator_id, value, measured_on) VALUES ($1, 5, '2025-03-31'), ($1, 12, '2025-12-15')`, [source.indicator]);
    const carried = await gql(server.url, `mutation($id: ID!) { carryOverAction(id: $id) { id indicators { id name } } }`, { id: toGlobalId('Action', source.id) }, zuid.headers);
    expect(carried.errors).toBeUndefined();
    const copy = carried.data!.carryOverAction;
    const copyIndicator = copy.indicators.find((i: { name: string }) => i.name === source.name);
    // Next year the same indicator (its name in other case and spacing) aims higher, and is measured once.
    await t.db.query(`UPDATE action_indicator SET target_value = 60, name = $2 WHERE id = $1`, [fromGlobalId(copyIndicator.id, 'ActionIndicator').id, `  ${source.name.toUpperCase()} `]);
    await t.db.query(`INSERT INTO indicator_value (indicator_id, value, measured_on) VALUES ($1, 20, '2026-06-30')`, [fromGlobalId(copyIndicator.id, 'ActionIndicator').id]);
    const trendOf = async (user: TestUser) =>
      (
        await gql(
          server.url,
          `query($id: ID!) { node(id: $id) { ... on Action { indicators { id trend { year targetValue targetUnit measuredValue measuredOn current } } } } }`,
          { id: copy.id },
          user.headers,
        )
      ).data?.node;
    const node = await trendOf(zuid);
    const trend = node.indicators.find((i: { id: string }) => i.id === copyIndicator.id).trend;
    expect(trend).toEqual([
      { year: 2025, targetValue: 40, targetUnit: 'deelnemers', measuredValue: 12, measuredOn: '2025-12-15', current: false },
      { year: 2026, targetValue: 60, targetUnit: 'deelnemers', measuredValue: 20, measuredOn: '2026-06-30', current: true },
    ]);

    // Someone of another zone sees the 2026 plan once published, but not the 2025 draft behind it.
    const noord = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
    await t.db.query(`UPDATE action_plan p SET status = 'PUBLISHED' FROM action a WHERE a.action_plan_id = p.id AND a.id = $1`, [fromGlobalId(copy.id, 'Action').id]);
    await t.db.query(`UPDATE action_plan p SET status = 'DRAFT' FROM action a WHERE a.action_plan_id = p.id AND a.id = $1`, [source.id]);
    const seenByNoord = await trendOf(noord);
    expect(seenByNoord.indicators.find((i: { id: string }) => i.id === copyIndicator.id).trend.map((y: { year: number }) => y.year)).toEqual([2026]);
    await t.db.query(`UPDATE action_plan p SET status = 'SUBMITTED' FROM action a WHERE a.action_plan_id = p.id AND a.id = $1`, [source.id]);
  });
});
