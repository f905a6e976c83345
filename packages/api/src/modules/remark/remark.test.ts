// Remarks over real HTTP: coaches of the region, members of the zone and administrators leave
// them; editors of the zone resolve them; draft plans stay invisible; lists are batched.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { toGlobalId } from '../../common/global-id';
import { codeOf, countOf, fieldOf, gidOf, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const ADD = `mutation($p: ID!, $a: ID, $i: RemarkInput!) { r: addRemark(planId: $p, actionId: $a, input: $i) { id text authorName resolved resolvedAt action { title } actionPlan { year } } }`;
const RESOLVE = `mutation($id: ID!) { r: resolveRemark(id: $id) { id resolved resolvedAt } }`;

describe('remarks on plans and actions', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let zuidViewer: TestUser;
  let noord: TestUser;
  let coach: TestUser;
  let readOnly: TestUser;
  let plan: string;
  let action: string;

  const planSql = (slug: string, year: number) => `SELECT p.id FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE z.slug = '${slug}' AND p.year = ${year}`;
  const remarkCount = () => countOf(db, `SELECT count(*)::int AS n FROM remark`);
  const add = (user: TestUser, planId: string, text: string, actionId: string | null = null) => gql(server.url, ADD, { p: planId, a: actionId, i: { text } }, user.headers);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    zuidViewer = await createTestUser(db, { viewerOf: ['elz-leuven-zuid'] });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    readOnly = await createTestUser(db, { coachOf: ['oost-brabant'], scope: 'READ' });
    plan = await gidOf(db, 'ActionPlan', planSql('elz-leuven-zuid', 2025));
    action = await gidOf(db, 'Action', `SELECT id FROM action WHERE title = 'Middagbabbels'`);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('lets a coach and a member remark, the zone resolve, and lists open remarks first', async () => {
    const first = await add(coach, plan, 'Hoe meten jullie het bereik?');
    expect(first.errors).toBeUndefined();
    expect(first.data!.r).toMatchObject({ text: 'Hoe meten jullie het bereik?', resolved: false, resolvedAt: null, action: null, actionPlan: { year: 2025 } });
    expect(first.data!.r.authorName).toContain('Testgebruiker');
    const onAction = await add(zuidViewer, plan, 'Kan dit samen met Leuven?', action);
    expect(onAction.data!.r.action).toEqual({ title: 'Middagbabbels' });

    expect(codeOf(await gql(server.url, RESOLVE, { id: first.data!.r.id }, coach.headers))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, RESOLVE, { id: first.data!.r.id }, zuidViewer.headers))).toBe('FORBIDDEN');
    const resolved = await gql(server.url, RESOLVE, { id: first.data!.r.id }, zuid.headers);
    expect(resolved.data!.r.resolved).toBe(true);
    expect(resolved.data!.r.resolvedAt).not.toBeNull();
    await add(coach, plan, 'Nog een vraag');

    const read = await gql(server.url, `query { actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { remarks { text resolved } actions { title remarks { text } } } }`, {}, coach.headers);
    expect(read.data!.actionPlan.remarks).toEqual([
      { text: 'Kan dit samen met Leuven?', resolved: false },
      { text: 'Nog een vraag', resolved: false },
      { text: 'Hoe meten jullie het bereik?', resolved: true },
    ]);
    expect(read.data!.actionPlan.actions.find((a: any) => a.title === 'Middagbabbels').remarks).toEqual([{ text: 'Kan dit samen met Leuven?' }]);
    const history = await gql(server.url, `query($id: ID!) { history(id: $id) { operation fields } }`, { id: first.data!.r.id }, zuid.headers);
    expect(history.data!.history.map((h: any) => h.operation)).toEqual(['UPDATE', 'CREATE']);
    // Who resolved it is the entry's actor; user ids never reach clients (docs/api.md).
    expect(history.data!.history[0].fields).toEqual(['resolvedAt']);
  });

  it("refuses remarks from outside the zone and its region's coaches, and invalid ones, storing nothing", async () => {
    const before = await remarkCount();
    expect(codeOf(await add(noord, plan, 'Van een andere zone'))).toBe('FORBIDDEN');
    expect(codeOf(await add(readOnly, plan, 'Met een leestoken'))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, ADD, { p: plan, a: null, i: { text: 'Anoniem' } }))).toBe('UNAUTHENTICATED');
    const empty = await add(coach, plan, '   ');
    expect([codeOf(empty), fieldOf(empty), empty.errors![0]!.message]).toEqual(['INVALID_INPUT', 'text', 'Opmerking is verplicht']);
    const elsewhere = await gidOf(db, 'Action', `SELECT a.id FROM action a WHERE a.action_plan_id = (${planSql('elz-leuven-noord', 2025)}) LIMIT 1`);
    const wrongAction = await add(coach, plan, 'Over een andere actie', elsewhere);
    expect([codeOf(wrongAction), fieldOf(wrongAction)]).toEqual(['INVALID_INPUT', 'actionId']);
    expect(await remarkCount()).toBe(before);
  });

  it('keeps draft plans invisible to coaches, also for remarks', async () => {
    const draft = (await gql(server.url, `mutation($z: ID!) { createActionPlan(zoneId: $z, year: 2027) { id } }`, { z: await zoneGid(db, 'elz-leuven-zuid') }, zuid.headers)).data!
      .createActionPlan.id;
    const before = await remarkCount();
    expect(codeOf(await add(coach, draft, 'Mag ik meekijken?'))).toBe('NOT_FOUND');
    expect(await remarkCount()).toBe(before);
    const own = await add(zuidViewer, draft, 'Interne opmerking');
    expect(own.errors).toBeUndefined();
    expect(codeOf(await gql(server.url, RESOLVE, { id: own.data!.r.id }, noord.headers))).toBe('NOT_FOUND');
  });

  it('loads the remarks of every plan and action with a fixed number of statements', async () => {
    const query = `{ a: actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { ...p } b: actionPlan(zoneSlug: "elz-leuven", year: 2025) { ...p } }
      fragment p on ActionPlan { remarks { text action { title } } actions { title remarks { text actionPlan { year } } } }`;
    const remarkOn = async (count: number) => {
      for (const slug of ['elz-leuven', 'elz-leuven-zuid']) {
        const planGid = await gidOf(db, 'ActionPlan', planSql(slug, 2025));
        const actions: { id: string }[] = await db.query(`SELECT id FROM action WHERE action_plan_id = (${planSql(slug, 2025)}) ORDER BY position LIMIT ${count}`);
        for (const a of actions) expect((await add(coach, planGid, `Opmerking bij ${slug}`, toGlobalId('Action', a.id))).errors).toBeUndefined();
      }
    };
    // One remark per plan first (so every kind of relation is loaded once), then more: same cost.
    await remarkOn(1);
    const before = await gql(server.url, query, {}, coach.headers);
    await remarkOn(3);
    const after = await gql(server.url, query, {}, coach.headers);
    expect(after.errors).toBeUndefined();
    expect(after.data!.b.remarks.length).toBe(before.data!.b.remarks.length + 3);
    expect(after.data!.a.remarks.length).toBe(before.data!.a.remarks.length + 3);
    expect(after.sqlQueries).toBe(before.sqlQueries);
  });
});
