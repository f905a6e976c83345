// Writing multi-year plans and their goals over real HTTP: zone editors only, validation naming
// the field, no overlapping plans, unique goal numbers, version checks, goals that actions still
// refer to are not deleted but retired, renumbering in one step, and moving an action to another goal.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, countOf, fieldOf, gidOf, rawId, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

describe('writing multi-year plans and goals', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let noord: TestUser;
  let coach: TestUser;
  let zoneId: string;

  const run = (user: TestUser, query: string, variables: Record<string, unknown>) => gql(server.url, query, variables, user.headers);
  const createPlan = (user: TestUser, input: Record<string, unknown>) =>
    run(user, `mutation($z: ID!, $i: MultiYearPlanInput!) { r: createMultiYearPlan(zoneId: $z, input: $i) { id version yearFrom yearTo title zone { slug } } }`, { z: zoneId, i: input });
  const createSd = (user: TestUser, planId: string, input: Record<string, unknown>) =>
    run(user, `mutation($p: ID!, $i: StrategicGoalInput!) { r: createStrategicGoal(multiYearPlanId: $p, input: $i) { id version number title kind position } }`, { p: planId, i: input });
  const createOd = (user: TestUser, sdId: string, input: Record<string, unknown>) =>
    run(
      user,
      `mutation($s: ID!, $i: OperationalGoalInput!) { r: createOperationalGoal(strategicGoalId: $s, input: $i) { id version number title deadline indicators position strategicGoal { number } } }`,
      { s: sdId, i: input },
    );
  const goalCount = () => countOf(db, `SELECT (SELECT count(*) FROM strategic_goal) + (SELECT count(*) FROM operational_goal) AS n`);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    zoneId = await zoneGid(db, 'elz-leuven-zuid');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('builds a plan with strategic and operational goals, and updates and deletes them', async () => {
    const plan = (await createPlan(zuid, { yearFrom: 2027, yearTo: 2029, title: 'Beleidsplan 2027-2029' })).data!.r;
    expect(plan).toMatchObject({ yearFrom: 2027, yearTo: 2029, zone: { slug: 'elz-leuven-zuid' } });
    const sd1 = (await createSd(zuid, plan.id, { number: '1', title: 'Governance van de zorgraad', kind: 'GOVERNANCE' })).data!.r;
    const sd2 = (await createSd(zuid, plan.id, { number: '2', title: 'Personeelstekort aanpakken', kind: 'CONTENT' })).data!.r;
    expect([sd1.position, sd2.position]).toEqual([0, 1]);
    const od = (await createOd(zuid, sd2.id, { number: '2.1', title: 'Werkgroepen opvolgen', deadline: '2027-12-31', indicators: ['Aantal vergaderingen', ''] })).data!.r;
    expect(od).toMatchObject({ number: '2.1', deadline: '2027-12-31', indicators: ['Aantal vergaderingen'], position: 0, strategicGoal: { number: '2' } });

    const sdUpdated = await run(
      zuid,
      `mutation($id: ID!, $v: Int!) { r: updateStrategicGoal(id: $id, version: $v, input: { title: "Samen het personeelstekort aanpakken" }) { version title kind } }`,
      { id: sd2.id, v: sd2.version },
    );
    expect(sdUpdated.data!.r).toEqual({ version: sd2.version + 1, title: 'Samen het personeelstekort aanpakken', kind: 'CONTENT' });
    const odUpdated = await run(zuid, `mutation($id: ID!, $v: Int!) { r: updateOperationalGoal(id: $id, version: $v, input: { deadline: null }) { deadline title } }`, {
      id: od.id,
      v: od.version,
    });
    expect(odUpdated.data!.r).toEqual({ deadline: null, title: 'Werkgroepen opvolgen' });
    const planUpdated = await run(zuid, `mutation($id: ID!, $v: Int!) { r: updateMultiYearPlan(id: $id, version: $v, input: { yearTo: 2030 }) { yearTo } }`, {
      id: plan.id,
      v: plan.version,
    });
    expect(planUpdated.data!.r).toEqual({ yearTo: 2030 });

    // A strategic goal with operational goals is not deleted; the operational goal first.
    const blocked = await run(zuid, `mutation($id: ID!, $v: Int!) { deleteStrategicGoal(id: $id, version: $v) }`, { id: sd2.id, v: sd2.version + 1 });
    expect([codeOf(blocked), fieldOf(blocked)]).toEqual(['INVALID_INPUT', 'id']);
    const before = await goalCount();
    expect((await run(zuid, `mutation($id: ID!, $v: Int!) { deleteOperationalGoal(id: $id, version: $v) }`, { id: od.id, v: od.version + 1 })).errors).toBeUndefined();
    expect((await run(zuid, `mutation($id: ID!, $v: Int!) { deleteStrategicGoal(id: $id, version: $v) }`, { id: sd2.id, v: sd2.version + 1 })).errors).toBeUndefined();
    expect(await goalCount()).toBe(before - 2);
    const history = await run(zuid, `query($id: ID!) { history(id: $id) { operation } }`, { id: sd2.id });
    expect(history.data!.history.map((h: any) => h.operation)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
  });

  it('rejects invalid input naming the field, overlapping plans and duplicate numbers, storing nothing', async () => {
    const plans = await countOf(db, `SELECT count(*)::int AS n FROM multi_year_plan`);
    const reversed = await createPlan(zuid, { yearFrom: 2032, yearTo: 2031, title: 'Omgekeerd' });
    expect([codeOf(reversed), fieldOf(reversed)]).toEqual(['INVALID_INPUT', 'yearTo']);
    const untitled = await createPlan(zuid, { yearFrom: 2032, yearTo: 2033 });
    expect([fieldOf(untitled), untitled.errors![0]!.message]).toEqual(['title', 'Titel is verplicht']);
    const early = await createPlan(zuid, { yearFrom: 1990, yearTo: 1992, title: 'Te vroeg' });
    expect([fieldOf(early), early.errors![0]!.message]).toEqual(['yearFrom', 'Eerste jaar is te vroeg']);
    const overlap = await createPlan(zuid, { yearFrom: 2026, yearTo: 2028, title: 'Overlapt' });
    expect([codeOf(overlap), fieldOf(overlap)]).toEqual(['INVALID_INPUT', 'yearFrom']);
    expect(await countOf(db, `SELECT count(*)::int AS n FROM multi_year_plan`)).toBe(plans);

    const seeded = await gidOf(db, 'MultiYearPlan', `SELECT id FROM multi_year_plan WHERE zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid') AND year_from = 2024`);
    const goals = await goalCount();
    const duplicate = await createSd(zuid, seeded, { number: '1', title: 'Nog een eerste', kind: 'CONTENT' });
    expect([codeOf(duplicate), fieldOf(duplicate)]).toEqual(['INVALID_INPUT', 'number']);
    const noKind = await createSd(zuid, seeded, { number: '9', title: 'Zonder soort' });
    expect(fieldOf(noKind)).toBe('kind');
    const negative = await createSd(zuid, seeded, { number: '9', title: 'Negatief', kind: 'CONTENT', position: -1 });
    expect([fieldOf(negative), negative.errors![0]!.message]).toEqual(['position', 'Positie kan niet negatief zijn']);
    const sd = await gidOf(
      db,
      'StrategicGoal',
      `SELECT s.id FROM strategic_goal s JOIN multi_year_plan p ON p.id = s.multi_year_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND s.number = '1'`,
    );
    const badDeadline = await createOd(zuid, sd, { number: '1.9', title: 'Te laat', deadline: '2025-02-30' });
    expect([fieldOf(badDeadline), badDeadline.errors![0]!.message]).toEqual(['deadline', 'Deadline: deze datum bestaat niet']);
    expect(await goalCount()).toBe(goals);
  });

  it('keeps goals that actions refer to', async () => {
    const od = await gidOf(db, 'OperationalGoal', `SELECT g.id FROM operational_goal g WHERE EXISTS (SELECT 1 FROM action a WHERE a.operational_goal_id = g.id) LIMIT 1`);
    const [{ version }] = await db.query(`SELECT version FROM operational_goal WHERE id = $1`, [rawId(od)]);
    const admin = await createTestUser(db, { admin: true });
    const res = await run(admin, `mutation($id: ID!, $v: Int!) { deleteOperationalGoal(id: $id, version: $v) }`, { id: od, v: version });
    expect([codeOf(res), fieldOf(res)]).toEqual(['INVALID_INPUT', 'id']);
  });

  it("answers a stale version with VERSION_CONFLICT and lets only the zone's editors write", async () => {
    const sd = await gidOf(
      db,
      'StrategicGoal',
      `SELECT s.id FROM strategic_goal s JOIN multi_year_plan p ON p.id = s.multi_year_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND s.number = '2'`,
    );
    const [{ version, title }] = await db.query(`SELECT version, title FROM strategic_goal WHERE id = $1`, [rawId(sd)]);
    const update = (user: TestUser, v: number) =>
      run(user, `mutation($id: ID!, $v: Int!) { r: updateStrategicGoal(id: $id, version: $v, input: { title: "Gewijzigd" }) { version } }`, { id: sd, v });
    const stale = await update(zuid, version - 1);
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect((stale.errors![0]!.extensions!.current as { title: string }).title).toBe(title);
    expect(codeOf(await update(noord, version))).toBe('FORBIDDEN');
    expect(codeOf(await update(coach, version))).toBe('FORBIDDEN');
    expect(codeOf(await createPlan(noord, { yearFrom: 2040, yearTo: 2042, title: 'Niet van Noord' }))).toBe('FORBIDDEN');
    const seeded = await gidOf(db, 'MultiYearPlan', `SELECT id FROM multi_year_plan WHERE zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid')`);
    expect(codeOf(await createSd(noord, seeded, { number: '77', title: 'Niet van Noord', kind: 'CONTENT' }))).toBe('FORBIDDEN');
    expect((await db.query(`SELECT version, title FROM strategic_goal WHERE id = $1`, [rawId(sd)]))[0]).toEqual({ version, title });
  });
  const sdOf = (zone: string, number: string) =>
    gidOf(
      db,
      'StrategicGoal',
      `SELECT s.id FROM strategic_goal s JOIN multi_year_plan p ON p.id = s.multi_year_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = $1 AND p.year_from = 2024 AND s.number = $2`,
      [zone, number],
    );
  const odOf = (zone: string, number: string) =>
    gidOf(
      db,
      'OperationalGoal',
      `SELECT o.id FROM operational_goal o JOIN strategic_goal s ON s.id = o.strategic_goal_id JOIN multi_year_plan p ON p.id = s.multi_year_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = $1 AND p.year_from = 2024 AND o.number = $2`,
      [zone, number],
    );
  const actionOf = async (zone: string, year: number) => {
    const [row] = await db.query(
      `SELECT a.id, a.version FROM action a JOIN action_plan ap ON ap.id = a.action_plan_id JOIN zone z ON z.id = ap.zone_id WHERE z.slug = $1 AND ap.year = $2 AND a.operational_goal_id IS NOT NULL ORDER BY a.position LIMIT 1`,
      [zone, year],
    );
    return { id: await gidOf(db, 'Action', `SELECT $1::uuid AS id`, [row.id]), version: row.version as number, raw: row.id as string };
  };
  const moveAction = (user: TestUser, action: { id: string; version: number }, input: Record<string, unknown>) =>
    run(
      user,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { r: updateAction(id: $id, version: $v, input: $i) { action { version operationalGoal { number } strategicGoal { number } } } }`,
      { id: action.id, v: action.version, i: input },
    );
  const renumber = (user: TestUser, planId: string, version: number, order: { strategicGoalId: string; operationalGoalIds: string[] }[]) =>
    run(
      user,
      `mutation($p: ID!, $v: Int!, $o: [GoalOrderInput!]!) { r: renumberGoals(multiYearPlanId: $p, version: $v, order: $o) { version strategicGoals { id number position operationalGoals { id number position } } } }`,
      { p: planId, v: version, o: order },
    );

  it('retires a goal instead of deleting it, keeps it for the actions on it, and puts it back in use', async () => {
    const od = await odOf('elz-leuven-zuid', '5.2');
    const action = await actionOf('elz-leuven-zuid', 2025);
    const [{ version }] = await db.query(`SELECT version FROM operational_goal WHERE id = $1`, [rawId(od)]);
    const setRetired = (v: number, retired: boolean) =>
      run(zuid, `mutation($id: ID!, $v: Int!, $r: Boolean!) { r: updateOperationalGoal(id: $id, version: $v, input: { retired: $r }) { version retired retiredAt number } }`, {
        id: od,
        v,
        r: retired,
      });
    const retired = await setRetired(version, true);
    expect(retired.data!.r).toMatchObject({ version: version + 1, retired: true, number: '5.2' });
    expect(retired.data!.r.retiredAt).not.toBeNull();

    // Not offered for a new assignment: moving an action onto it is refused, naming the field.
    const refused = await moveAction(zuid, action, { operationalGoalId: od, strategicGoalId: null });
    expect([codeOf(refused), fieldOf(refused), refused.errors![0]!.message]).toEqual(['INVALID_INPUT', 'operationalGoalId', 'Deze doelstelling is stopgezet; kies een andere.']);

    // Back in use, the move passes; retired again, the action already on it keeps it and saves.
    expect((await setRetired(version + 1, false)).data!.r).toMatchObject({ retired: false, retiredAt: null });
    const moved = await moveAction(zuid, action, { operationalGoalId: od, strategicGoalId: null });
    expect(moved.data!.r.action).toMatchObject({ operationalGoal: { number: '5.2' }, strategicGoal: { number: '5' } });
    await setRetired(version + 2, true);
    const kept = await moveAction(zuid, { id: action.id, version: moved.data!.r.action.version }, { operationalGoalId: od, strategicGoalId: null, title: 'Nog altijd onder 5.2' });
    expect(kept.errors).toBeUndefined();
    // A retired strategic goal makes its operational goals unavailable too.
    const sd = await sdOf('elz-leuven-zuid', '4');
    const [{ version: sdVersion }] = await db.query(`SELECT version FROM strategic_goal WHERE id = $1`, [rawId(sd)]);
    await run(zuid, `mutation($id: ID!, $v: Int!) { r: updateStrategicGoal(id: $id, version: $v, input: { retired: true }) { retired } }`, { id: sd, v: sdVersion });
    const underRetiredSd = await moveAction(
      zuid,
      { id: action.id, version: kept.data!.r.action.version },
      { operationalGoalId: await odOf('elz-leuven-zuid', '4.2'), strategicGoalId: null },
    );
    expect(fieldOf(underRetiredSd)).toBe('operationalGoalId');
    await run(zuid, `mutation($id: ID!, $v: Int!) { r: updateStrategicGoal(id: $id, version: $v, input: { retired: false }) { retired } }`, { id: sd, v: sdVersion + 1 });

    const history = await run(zuid, `query($id: ID!) { history(id: $id) { operation fields } }`, { id: od });
    expect(history.data!.history.map((h: any) => h.operation)).toEqual(['UPDATE', 'UPDATE', 'UPDATE']);
    expect(history.data!.history[0].fields).toContain('retiredAt');
    await setRetired(version + 3, false);
  });

  it('renumbers a plan\'s goals in one step, swapping "1" and "2" with the operational goals following', async () => {
    const plan = (await createPlan(zuid, { yearFrom: 2035, yearTo: 2037, title: 'Beleidsplan 2035-2037' })).data!.r;
    const sd1 = (await createSd(zuid, plan.id, { number: '1', title: 'Eerste', kind: 'GOVERNANCE' })).data!.r;
    const sd2 = (await createSd(zuid, plan.id, { number: '2', title: 'Tweede', kind: 'CONTENT' })).data!.r;
    const od11 = (await createOd(zuid, sd1.id, { number: '1.1', title: 'Een punt een', indicators: ['Aantal sessies', 'Tevredenheid'] })).data!.r;
    const od12 = (await createOd(zuid, sd1.id, { number: '1.2', title: 'Een punt twee' })).data!.r;
    const od21 = (await createOd(zuid, sd2.id, { number: '2.1', title: 'Twee punt een' })).data!.r;

    const stale = await renumber(zuid, plan.id, plan.version - 1, []);
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect((stale.errors![0]!.extensions!.current as any).goalOrder.map((g: any) => g.number)).toEqual(['1', '2']);
    const missing = await renumber(zuid, plan.id, plan.version, [{ strategicGoalId: sd2.id, operationalGoalIds: [od21.id] }]);
    expect([codeOf(missing), fieldOf(missing)]).toEqual(['INVALID_INPUT', 'order']);
    const wrongParent = await renumber(zuid, plan.id, plan.version, [
      { strategicGoalId: sd2.id, operationalGoalIds: [od21.id, od11.id] },
      { strategicGoalId: sd1.id, operationalGoalIds: [od12.id] },
    ]);
    expect(fieldOf(wrongParent)).toBe('order');
    expect(codeOf(await renumber(noord, plan.id, plan.version, []))).toBe('FORBIDDEN');

    const swapped = await renumber(zuid, plan.id, plan.version, [
      { strategicGoalId: sd2.id, operationalGoalIds: [od21.id] },
      { strategicGoalId: sd1.id, operationalGoalIds: [od12.id, od11.id] },
    ]);
    expect(swapped.errors).toBeUndefined();
    expect(swapped.data!.r.version).toBe(plan.version + 1);
    expect(swapped.data!.r.strategicGoals.map((g: any) => [g.id, g.number, g.position, g.operationalGoals.map((o: any) => [o.id, o.number])])).toEqual([
      [sd2.id, '1', 0, [[od21.id, '1.1']]],
      [
        sd1.id,
        '2',
        1,
        [
          [od12.id, '2.1'],
          [od11.id, '2.2'],
        ],
      ],
    ]);
    // The indicators travel with their goal; the renumbered goal has a new version and history.
    const [{ indicators, version }] = await db.query(`SELECT indicators, version FROM operational_goal WHERE id = $1`, [rawId(od11.id)]);
    expect([indicators, version]).toEqual([['Aantal sessies', 'Tevredenheid'], od11.version + 1]);
    const history = await run(zuid, `query($id: ID!) { history(id: $id) { operation fields before after } }`, { id: sd1.id });
    expect([history.data!.history[0].before.number, history.data!.history[0].after.number]).toEqual(['1', '2']);
    // The same order again changes nothing but the plan's version.
    const again = await renumber(zuid, plan.id, plan.version + 1, [
      { strategicGoalId: sd2.id, operationalGoalIds: [od21.id] },
      { strategicGoalId: sd1.id, operationalGoalIds: [od12.id, od11.id] },
    ]);
    expect(again.errors).toBeUndefined();
    expect((await db.query(`SELECT version FROM strategic_goal WHERE id = $1`, [rawId(sd1.id)]))[0].version).toBe(sd1.version + 1);

    // Indicators are edited as a list, validated per line.
    const tooLong = await run(zuid, `mutation($id: ID!, $v: Int!, $i: [String!]!) { r: updateOperationalGoal(id: $id, version: $v, input: { indicators: $i }) { indicators } }`, {
      id: od11.id,
      v: od11.version + 1,
      i: ['x'.repeat(2001)],
    });
    expect([codeOf(tooLong), fieldOf(tooLong)]).toEqual(['INVALID_INPUT', 'indicators.0']);
    const edited = await run(zuid, `mutation($id: ID!, $v: Int!, $i: [String!]!) { r: updateOperationalGoal(id: $id, version: $v, input: { indicators: $i }) { indicators } }`, {
      id: od11.id,
      v: od11.version + 1,
      i: [' Aantal deelnemers ', '', 'Tevredenheid'],
    });
    expect(edited.data!.r.indicators).toEqual(['Aantal deelnemers', 'Tevredenheid']);
  });

  it('refuses a plan update that overlaps another plan or drops the years of its action plans, and tells who may edit', async () => {
    const seeded = await gidOf(db, 'MultiYearPlan', `SELECT id FROM multi_year_plan WHERE zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid') AND year_from = 2024`);
    const [{ version }] = await db.query(`SELECT version FROM multi_year_plan WHERE id = $1`, [rawId(seeded)]);
    const update = (user: TestUser, input: Record<string, unknown>) =>
      run(user, `mutation($id: ID!, $v: Int!, $i: MultiYearPlanInput!) { r: updateMultiYearPlan(id: $id, version: $v, input: $i) { yearFrom yearTo title } }`, {
        id: seeded,
        v: version,
        i: input,
      });
    const overlap = await update(zuid, { yearTo: 2028 });
    expect([codeOf(overlap), fieldOf(overlap), overlap.errors![0]!.message]).toEqual(['INVALID_INPUT', 'yearTo', 'Laatste jaar: deze periode overlapt met het meerjarenplan 2027-2030.']);
    const around = await update(zuid, { yearTo: 2040 });
    expect(fieldOf(around)).toBe('yearFrom');
    const dropsActionPlan = await update(zuid, { yearFrom: 2025 });
    expect([codeOf(dropsActionPlan), fieldOf(dropsActionPlan)]).toEqual(['INVALID_INPUT', 'yearFrom']);
    expect(dropsActionPlan.errors![0]!.message).toContain('2024');
    expect(codeOf(await update(noord, { title: 'Van Noord' }))).toBe('FORBIDDEN');
    expect((await db.query(`SELECT year_from, year_to, version FROM multi_year_plan WHERE id = $1`, [rawId(seeded)]))[0]).toEqual({ year_from: 2024, year_to: 2026, version });

    const rights = (user: TestUser) => run(user, `query($id: ID!) { node(id: $id) { ... on MultiYearPlan { viewerCanEdit } } }`, { id: seeded });
    expect((await rights(zuid)).data!.node.viewerCanEdit).toBe(true);
    expect((await rights(noord)).data!.node.viewerCanEdit).toBe(false);
  });

  it('moves an action to another goal of its own multi-year plan only, and not in a submitted plan', async () => {
    const action = await actionOf('elz-leuven-zuid', 2025);
    const moved = await moveAction(zuid, action, { operationalGoalId: await odOf('elz-leuven-zuid', '3.2'), strategicGoalId: null });
    expect(moved.data!.r.action).toMatchObject({ version: action.version + 1, operationalGoal: { number: '3.2' }, strategicGoal: { number: '3' } });
    const current = { id: action.id, version: action.version + 1 };
    const toSd = await moveAction(zuid, current, { operationalGoalId: null, strategicGoalId: await sdOf('elz-leuven-zuid', '2') });
    expect(toSd.data!.r.action).toMatchObject({ operationalGoal: null, strategicGoal: { number: '2' } });
    const now = { id: action.id, version: action.version + 2 };

    const otherZone = await moveAction(zuid, now, { operationalGoalId: await odOf('elz-leuven-noord', '4.1'), strategicGoalId: null });
    expect([codeOf(otherZone), fieldOf(otherZone)]).toEqual(['INVALID_INPUT', 'operationalGoalId']);
    const later = await gidOf(db, 'StrategicGoal', `SELECT s.id FROM strategic_goal s JOIN multi_year_plan p ON p.id = s.multi_year_plan_id WHERE p.year_from = 2035 LIMIT 1`);
    const notCovering = await moveAction(zuid, now, { operationalGoalId: null, strategicGoalId: later });
    expect([codeOf(notCovering), fieldOf(notCovering), notCovering.errors![0]!.message]).toEqual([
      'INVALID_INPUT',
      'strategicGoalId',
      'Deze doelstelling hoort bij het meerjarenplan 2035-2037, dat 2025 niet dekt.',
    ]);
    expect((await db.query(`SELECT version, operational_goal_id FROM action WHERE id = $1`, [action.raw]))[0]).toEqual({ version: now.version, operational_goal_id: null });

    // An action under a goal whose plan does not cover its year (carried over into 2031) keeps saving with it, but cannot move to another such goal.
    const [plan2031] = await db.query(`INSERT INTO action_plan (zone_id, year, status) VALUES ((SELECT id FROM zone WHERE slug = 'elz-leuven-zuid'), 2031, 'DRAFT') RETURNING id`);
    const [carried] = await db.query(`INSERT INTO action (action_plan_id, title, operational_goal_id, position) VALUES ($1, 'Doorgeschoven actie', $2, 0) RETURNING id, version`, [
      plan2031.id,
      rawId(await odOf('elz-leuven-zuid', '1.1')),
    ]);
    await db.query(`INSERT INTO action_owner (action_id, zone_id, role) VALUES ($1, (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid'), 'LEAD')`, [carried.id]);
    const carriedAction = { id: await gidOf(db, 'Action', `SELECT $1::uuid AS id`, [carried.id]), version: carried.version as number };
    const keeps = await moveAction(zuid, carriedAction, { operationalGoalId: await odOf('elz-leuven-zuid', '1.1'), strategicGoalId: null, title: 'Doorgeschoven actie, herzien' });
    expect(keeps.errors).toBeUndefined();
    const elsewhere = await moveAction(
      zuid,
      { id: carriedAction.id, version: carriedAction.version + 1 },
      { operationalGoalId: await odOf('elz-leuven-zuid', '1.2'), strategicGoalId: null },
    );
    expect([codeOf(elsewhere), fieldOf(elsewhere)]).toEqual(['INVALID_INPUT', 'operationalGoalId']);

    // Noord's 2025 plan is submitted: its sheets, goal included, are read-only for its editors.
    const submitted = await actionOf('elz-leuven-noord', 2025);
    const frozen = await moveAction(noord, submitted, { operationalGoalId: await odOf('elz-leuven-noord', '4.1'), strategicGoalId: null });
    expect(codeOf(frozen)).toBe('FORBIDDEN');
    const history = await run(zuid, `query($id: ID!) { history(id: $id) { operation fields } }`, { id: action.id });
    expect(history.data!.history[0].fields).toEqual(expect.arrayContaining(['operationalGoalId', 'strategicGoalId']));
  });
});
