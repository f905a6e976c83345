// An API tools can follow (issue 17, part 4): a change under an action moves its updatedAt (not
// its version, the sheet's concurrency token), `updatedSince` lists exactly the changed actions,
// and deletions come from a feed that keeps the visibility rule.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { fromGlobalId, toGlobalId } from '../../common/global-id';

const ACTION = `query($id: ID!) { node(id: $id) { ... on Action { id version updatedAt title indicators { id } } } }`;
const PAGE = `query($since: DateTimeISO!, $after: String, $sort: ActionSort!) {
  actions(filter: { updatedSince: $since }, sort: $sort, first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const DELETIONS = `query($since: DateTimeISO!, $after: String) {
  deletions(since: $since, first: 1, after: $after) { edges { node { type id deletedAt } } pageInfo { hasNextPage endCursor } }
}`;

describe('following changes', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let zuid: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    admin = await createTestUser(t.db, { admin: true });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  /** Actions of Leuven-Zuid's 2025 plan, the first ones having indicators. */
  const zuidActions = async (): Promise<string[]> =>
    (
      await t.db.query(
        `SELECT a.id FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
          WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025 ORDER BY EXISTS (SELECT 1 FROM action_indicator i WHERE i.action_id = a.id) DESC, a.position`,
      )
    ).map((r: { id: string }) => toGlobalId('Action', r.id));

  const uuid = (globalId: string) => fromGlobalId(globalId).id;
  const read = async (id: string, headers = zuid.headers) => {
    const res = await gql(server.url, ACTION, { id }, headers);
    expect(res.errors).toBeUndefined();
    return res.data!.node as { id: string; version: number; updatedAt: string; title: string; indicators: { id: string }[] };
  };
  const dbNow = async (): Promise<string> => ((await t.db.query(`SELECT clock_timestamp() AS now`)) as { now: Date }[])[0]!.now.toISOString();
  const addValue = async (indicatorId: string, value: number) => {
    const res = await gql(
      server.url,
      `mutation($i: ID!, $in: IndicatorValueInput!) { addIndicatorValue(indicatorId: $i, input: $in) { id } }`,
      { i: indicatorId, in: { measuredOn: '2025-05-01', value } },
      zuid.headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.addIndicatorValue.id as string;
  };

  it("moves an action's updatedAt when a measured value is added or deleted, and leaves its version (an open sheet still saves)", async () => {
    const [id] = await zuidActions();
    const before = await read(id!);
    expect(before.indicators.length).toBeGreaterThan(0);
    const valueId = await addValue(before.indicators[0]!.id, 12);
    const added = await read(id!);
    expect(Date.parse(added.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    expect(added.version).toBe(before.version);

    const removed = await gql(server.url, `mutation($id: ID!) { deleteIndicatorValue(id: $id) }`, { id: valueId }, zuid.headers);
    expect(removed.errors).toBeUndefined();
    const afterDelete = await read(id!);
    expect(Date.parse(afterDelete.updatedAt)).toBeGreaterThan(Date.parse(added.updatedAt));

    // Someone editing the sheet since before the measurement saves without a conflict.
    const saved = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!) { updateAction(id: $id, version: $v, input: { title: "Gevolgd en bewaard" }) { action { version updatedAt } } }`,
      { id, v: before.version },
      zuid.headers,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateAction.action.version).toBe(before.version + 1);
  });

  it('moves the updatedAt of both ends of a link, and of the action a review is written on', async () => {
    const [, a, b] = await zuidActions();
    const [beforeA, beforeB] = [await read(a!), await read(b!)];
    await t.db.query(`INSERT INTO action_link (from_action_id, to_action_id) VALUES ($1, $2)`, [uuid(a!), uuid(b!)]);
    expect(Date.parse((await read(a!)).updatedAt)).toBeGreaterThan(Date.parse(beforeA.updatedAt));
    expect(Date.parse((await read(b!)).updatedAt)).toBeGreaterThan(Date.parse(beforeB.updatedAt));
    const review = await gql(
      server.url,
      `mutation($a: ID!) { addActionReview(actionId: $a, input: { status: RUNNING, note: "Loopt", reviewedOn: "2025-06-01" }) { id } }`,
      { a: b },
      zuid.headers,
    );
    expect(review.errors).toBeUndefined();
    const afterReview = await read(b!);
    expect(Date.parse(afterReview.updatedAt)).toBeGreaterThan(Date.parse(beforeB.updatedAt));
  });

  it('adds no wait of its own on the other end of a link: two writers linking to each other at once both finish', async () => {
    const ids = (await zuidActions()).slice(6, 8).map(uuid);
    const [a, b] = [ids[0]!, ids[1]!];
    const runners = [t.db.createQueryRunner(), t.db.createQueryRunner()];
    try {
      // Each writer has changed its own action (a row lock the foreign key checks do not wait
      // for), then writes a link to the other: only the triggers could make them wait for each other.
      for (const [qr, own] of [
        [runners[0]!, a],
        [runners[1]!, b],
      ] as const) {
        await qr.startTransaction();
        await qr.query(`UPDATE action SET title = title || ' (gekoppeld)' WHERE id = $1`, [own]);
      }
      await Promise.all([
        runners[0]!.query(`INSERT INTO action_link (from_action_id, to_action_id) VALUES ($1, $2)`, [a, b]),
        runners[1]!.query(`INSERT INTO action_link (from_action_id, to_action_id) VALUES ($1, $2)`, [b, a]),
      ]);
      for (const qr of runners) await qr.commitTransaction();
    } finally {
      for (const qr of runners) {
        if (qr.isTransactionActive) await qr.rollbackTransaction();
        await qr.release();
      }
    }
    const [links] = await t.db.query(`SELECT count(*)::int AS n FROM action_link WHERE (from_action_id, to_action_id) IN (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`, [a, b]);
    expect(links.n).toBe(2);
  });

  it("moves a working group's updatedAt when an owner zone joins, and a plan's on a remark about the whole plan", async () => {
    const UPDATED = `query($id: ID!) { node(id: $id) { ... on WorkingGroup { updatedAt version } ... on ActionPlan { updatedAt version } } }`;
    const stamp = async (id: string) => (await gql<any>(server.url, UPDATED, { id }, zuid.headers)).data!.node as { updatedAt: string; version: number };
    const [group] = await t.db.query(
      `SELECT g.id, (SELECT z.id FROM zone z WHERE NOT EXISTS (SELECT 1 FROM working_group_owner o WHERE o.working_group_id = g.id AND o.zone_id = z.id) LIMIT 1) AS newcomer
         FROM working_group g JOIN working_group_owner o ON o.working_group_id = g.id JOIN zone z ON z.id = o.zone_id WHERE z.slug = 'elz-leuven-zuid' LIMIT 1`,
    );
    const groupId = toGlobalId('WorkingGroup', group.id);
    const before = await stamp(groupId);
    const joined = await gql(
      server.url,
      `mutation($s: ID!, $z: ID!) { addOwner(subjectId: $s, zoneId: $z, role: PARTICIPANT) { __typename } }`,
      { s: groupId, z: toGlobalId('Zone', group.newcomer) },
      zuid.headers,
    );
    expect(joined.errors).toBeUndefined();
    expect(Date.parse((await stamp(groupId)).updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));

    const plan = (await gql<any>(server.url, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { id updatedAt version } }`, {}, zuid.headers)).data!.actionPlan;
    const remark = await gql(server.url, `mutation($p: ID!) { addRemark(planId: $p, input: { text: "Graag de inleiding nakijken" }) { id } }`, { p: plan.id }, zuid.headers);
    expect(remark.errors).toBeUndefined();
    const after = await stamp(plan.id);
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(plan.updatedAt));
    expect(after.version).toBe(plan.version);
  });

  it('lists with updatedSince exactly the actions changed since, page by page in every sort order', async () => {
    const ids = await zuidActions();
    const since = await dbNow();
    const first = await read(ids[0]!);
    await addValue(first.indicators[0]!.id, 7);
    const fourth = await read(ids[3]!);
    const saved = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!) { updateAction(id: $id, version: $v, input: { title: "Nieuw gevolgd" }) { action { id } } }`,
      { id: ids[3], v: fourth.version },
      zuid.headers,
    );
    expect(saved.errors).toBeUndefined();

    for (const sort of ['UPDATED_AT', 'PLAN', 'TITLE']) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: Awaited<ReturnType<typeof gql<any>>> = await gql(server.url, PAGE, { since, after, sort }, admin.headers);
        expect(res.errors).toBeUndefined();
        seen.push(...res.data!.actions.edges.map((e: { node: { id: string } }) => e.node.id));
        after = res.data!.actions.pageInfo.hasNextPage ? res.data!.actions.pageInfo.endCursor : null;
      } while (after);
      expect(seen.sort()).toEqual([ids[0], ids[3]].sort());
    }
  });

  it("feeds an action's deletion to those who saw it, and a hidden draft's deletion to its own zone only", async () => {
    const since = await dbNow();
    // A published action of Leuven-Zuid: every signed-in caller saw it.
    const ids = await zuidActions();
    const gone = await read(ids[5]!);
    const planBefore = (await t.db.query(`SELECT p.updated_at FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE a.id = $1`, [uuid(gone.id)]))[0].updated_at as Date;
    const deleted = await gql(server.url, `mutation($id: ID!, $v: Int!) { deleteAction(id: $id, version: $v) }`, { id: gone.id, v: gone.version }, zuid.headers);
    expect(deleted.errors).toBeUndefined();
    // The plan's actions changed: its updatedAt moved.
    const [plan] = await t.db.query(`SELECT p.updated_at FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025`);
    expect(plan.updated_at.getTime()).toBeGreaterThan(planBefore.getTime());

    // A draft plan of another zone, with an action owned by that zone alone.
    const [draft] = await t.db.query(
      `SELECT a.id, z.slug FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
        WHERE z.slug <> 'elz-leuven-zuid' AND NOT EXISTS (SELECT 1 FROM action_owner o WHERE o.action_id = a.id AND o.zone_id <> p.zone_id)
        ORDER BY (p.status = 'DRAFT') DESC, p.year DESC LIMIT 1`,
    );
    await t.db.query(`UPDATE action_plan SET status = 'DRAFT' WHERE id = (SELECT action_plan_id FROM action WHERE id = $1)`, [draft.id]);
    const draftStaff = await createTestUser(t.db, { editorOf: [draft.slug] });
    const draftViewer = await createTestUser(t.db, { viewerOf: [draft.slug] });
    const hidden = await read(toGlobalId('Action', draft.id), draftStaff.headers);
    const res = await gql(server.url, `mutation($id: ID!, $v: Int!) { deleteAction(id: $id, version: $v) }`, { id: hidden.id, v: hidden.version }, draftStaff.headers);
    expect(res.errors).toBeUndefined();

    const feed = async (headers: Record<string, string>) => {
      const out: { type: string; id: string; deletedAt: string }[] = [];
      let after: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof gql<any>>> = await gql(server.url, DELETIONS, { since, after }, headers);
        expect(page.errors).toBeUndefined();
        out.push(...page.data!.deletions.edges.map((e: { node: { type: string; id: string; deletedAt: string } }) => e.node));
        after = page.data!.deletions.pageInfo.hasNextPage ? page.data!.deletions.pageInfo.endCursor : null;
      } while (after);
      return out;
    };
    const ofZuid = await feed(zuid.headers);
    expect(ofZuid.map((d) => d.id)).toEqual([gone.id]);
    expect(ofZuid[0]!.type).toBe('Action');
    expect(Date.parse(ofZuid[0]!.deletedAt)).toBeGreaterThanOrEqual(Date.parse(since) - 1);
    expect((await feed(draftViewer.headers)).map((d) => d.id)).toEqual([gone.id, hidden.id]);
    expect((await feed(admin.headers)).map((d) => d.id)).toEqual([gone.id, hidden.id]);
    // Nothing deleted after the last one.
    const later = await gql(server.url, DELETIONS, { since: new Date(Date.now() + 60_000).toISOString() }, admin.headers);
    expect(later.data!.deletions.edges).toEqual([]);
  });
});
