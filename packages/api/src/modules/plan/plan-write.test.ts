// Writing multi-year plans and their goals over real HTTP: zone editors only, validation naming
// the field, no overlapping plans, unique goal numbers, version checks, and goals that actions
// still refer to are not deleted.
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
    run(user, `mutation($s: ID!, $i: OperationalGoalInput!) { r: createOperationalGoal(strategicGoalId: $s, input: $i) { id version number title deadline indicators position strategicGoal { number } } }`, { s: sdId, i: input });
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

    const sdUpdated = await run(zuid, `mutation($id: ID!, $v: Int!) { r: updateStrategicGoal(id: $id, version: $v, input: { title: "Samen het personeelstekort aanpakken" }) { version title kind } }`, { id: sd2.id, v: sd2.version });
    expect(sdUpdated.data!.r).toEqual({ version: sd2.version + 1, title: 'Samen het personeelstekort aanpakken', kind: 'CONTENT' });
    const odUpdated = await run(zuid, `mutation($id: ID!, $v: Int!) { r: updateOperationalGoal(id: $id, version: $v, input: { deadline: null }) { deadline title } }`, { id: od.id, v: od.version });
    expect(odUpdated.data!.r).toEqual({ deadline: null, title: 'Werkgroepen opvolgen' });
    const planUpdated = await run(zuid, `mutation($id: ID!, $v: Int!) { r: updateMultiYearPlan(id: $id, version: $v, input: { yearTo: 2030 }) { yearTo } }`, { id: plan.id, v: plan.version });
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
    const sd = await gidOf(db, 'StrategicGoal', `SELECT s.id FROM strategic_goal s JOIN multi_year_plan p ON p.id = s.multi_year_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND s.number = '1'`);
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

  it('answers a stale version with VERSION_CONFLICT and lets only the zone\'s editors write', async () => {
    const sd = await gidOf(db, 'StrategicGoal', `SELECT s.id FROM strategic_goal s JOIN multi_year_plan p ON p.id = s.multi_year_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND s.number = '2'`);
    const [{ version, title }] = await db.query(`SELECT version, title FROM strategic_goal WHERE id = $1`, [rawId(sd)]);
    const update = (user: TestUser, v: number) => run(user, `mutation($id: ID!, $v: Int!) { r: updateStrategicGoal(id: $id, version: $v, input: { title: "Gewijzigd" }) { version } }`, { id: sd, v });
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
});
