// What external tools rely on: paging through everything with stable cursors, filters, node(id:),
// and a database schema that matches the entities exactly (no pending migration).
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { gql, type GraphQLResult } from '../test/http';
import { createTestUser, type TestUser } from '../test/users';

const PAGE = `query($first: Int, $after: String, $filter: ActionFilter, $sort: ActionSort, $descending: Boolean) {
  actions(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title actionPlan { year zone { shortName } } } }
  }
}`;

describe('API for external tools', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let token: TestUser;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    token = await createTestUser(t.db, { scope: 'READ' });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('has no pending schema change: the migrations build exactly what the entities describe', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('pages through every published action exactly once, for each sort order', async () => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE p.status <> 'DRAFT'`);
    for (const [sort, descending] of [
      ['PLAN', false],
      ['TITLE', false],
      ['UPDATED_AT', true],
    ] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const res: GraphQLResult<any> = await gql(server.url, PAGE, { first: 7, after, sort, descending, filter: { planStatuses: ['PUBLISHED', 'SUBMITTED'] } }, token.headers);
        expect(res.errors).toBeUndefined();
        const conn: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = res.data!.actions;
        expect(conn.totalCount).toBe(n);
        seen.push(...conn.edges.map((e: any) => e.node.id));
        after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
        pages += 1;
      } while (after && pages < 100);
      expect(seen).toHaveLength(n);
      expect(new Set(seen).size).toBe(n);
    }
  });

  it('pages in plan order (year, zone name, position), both ways, as SQL sorts them', async () => {
    const rows: { id: string }[] = await t.db.query(`SELECT a.id FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
      WHERE p.status <> 'DRAFT' ORDER BY p.year, z.name, a.position, a.id`);
    const expected = rows.map((r) => Buffer.from(`Action:${r.id}`).toString('base64url'));
    for (const descending of [false, true]) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: GraphQLResult<any> = await gql(server.url, PAGE, { first: 9, after, descending, filter: { planStatuses: ['PUBLISHED', 'SUBMITTED'] } }, token.headers);
        expect(res.errors).toBeUndefined();
        seen.push(...res.data!.actions.edges.map((e: any) => e.node.id));
        after = res.data!.actions.pageInfo.hasNextPage ? res.data!.actions.pageInfo.endCursor : null;
      } while (after && seen.length <= expected.length);
      expect(seen).toEqual(descending ? [...expected].reverse() : expected);
    }
  });

  it('refuses a cursor whose values do not fit the order, naming the field', async () => {
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const [sort, after] of [
      ['PLAN', cursor(['2025', 'ELZ Leuven', 1, '00000000-0000-0000-0000-000000000000'])],
      ['PLAN', cursor([2025, 'ELZ Leuven', 1, 'no-uuid'])],
      ['UPDATED_AT', cursor(['gisteren', '00000000-0000-0000-0000-000000000000'])],
    ] as const) {
      const res = await gql(server.url, PAGE, { first: 5, after, sort }, token.headers);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'after' });
    }
  });

  it('filters by zone, year, theme, owner zone, sharing and text', async () => {
    const zones = (await gql(server.url, `{ zones(first: 10) { nodes { id shortName } } }`, {}, token.headers)).data!.zones.nodes;
    const id = (short: string) => zones.find((z: any) => z.shortName === short).id;

    const zuid2025 = await gql(server.url, PAGE, { first: 100, filter: { zoneIds: [id('Leuven Zuid')], years: [2025] } }, token.headers);
    expect(zuid2025.data!.actions.totalCount).toBe(15);

    const shared = await gql(server.url, PAGE, { first: 100, filter: { ownerZoneIds: [id('Leuven')], shared: true } }, token.headers);
    expect(shared.data!.actions.edges.map((e: any) => e.node.title)).toEqual(['Werkgroepen personeelstekort nauwgezet opvolgen']);

    const staff = await gql(server.url, PAGE, { first: 100, filter: { themeSlugs: ['personeelstekort'] } }, token.headers);
    const staffZones = new Set(staff.data!.actions.edges.map((e: any) => e.node.actionPlan.zone.shortName));
    expect(staffZones.has('Leuven Zuid')).toBe(true);

    // Dutch stemming: "mantelzorgers" finds actions about "mantelzorger(s)".
    const text = await gql(server.url, PAGE, { first: 100, filter: { search: 'mantelzorgers' } }, token.headers);
    expect(text.data!.actions.totalCount).toBeGreaterThan(0);
    for (const edge of text.data!.actions.edges) expect(edge.node.id).toBeTruthy();
  });

  it("gives an action's plan only to those who may see the plan (a draft: its own zone)", async () => {
    // A draft plan of Leuven Noord with one action co-owned by Leuven Zuid.
    const [plan] = await t.db.query(`SELECT p.id, p.status FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-noord' AND p.year = 2025`);
    const [action] = await t.db.query(`SELECT id FROM action WHERE action_plan_id = $1 ORDER BY position LIMIT 1`, [plan.id]);
    const [zuid] = await t.db.query(`SELECT id FROM zone WHERE slug = 'elz-leuven-zuid'`);
    await t.db.query(`UPDATE action_plan SET status = 'DRAFT' WHERE id = $1`, [plan.id]);
    const added = await t.db.query(`INSERT INTO action_owner (action_id, zone_id, role) VALUES ($1, $2, 'CO_LEAD') ON CONFLICT DO NOTHING RETURNING id`, [action.id, zuid.id]);
    try {
      const query = `query($zone: String!) { actionPlan(zoneSlug: $zone, year: 2025) { status } actions(first: 100, filter: { years: [2025] }) { nodes { uuid title actionPlan { status zone { slug } } } } }`;
      const noord = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
      const own = await gql(server.url, query, { zone: 'elz-leuven-noord' }, noord.headers);
      expect(own.errors).toBeUndefined();
      expect(own.data!.actionPlan.status).toBe('DRAFT');
      expect(own.data!.actions.nodes.find((n: any) => n.uuid === action.id).actionPlan).toEqual({ status: 'DRAFT', zone: { slug: 'elz-leuven-noord' } });

      // The co-owner sees the action but not the draft plan around it, also when both are read in one statement.
      const coOwner = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
      const other = await gql(server.url, query, { zone: 'elz-leuven-noord' }, coOwner.headers);
      expect(other.errors).toBeUndefined();
      expect(other.data!.actionPlan).toBeNull();
      expect(JSON.stringify(other.data)).not.toContain('DRAFT');
      // The shared action is in the co-owner's list, without its plan; the other actions keep theirs.
      const nodes = other.data!.actions.nodes as any[];
      expect(nodes.find((n) => n.uuid === action.id)).toMatchObject({ actionPlan: null });
      expect(nodes.filter((n) => n.uuid !== action.id).every((n) => n.actionPlan?.status)).toBe(true);
      const reader = await gql(
        server.url,
        `query($id: ID!) { node(id: $id) { ... on Action { title } } }`,
        { id: Buffer.from(`Action:${action.id}`).toString('base64url') },
        coOwner.headers,
      );
      expect(reader.data!.node.title).toBeTruthy();
    } finally {
      await t.db.query(`UPDATE action_plan SET status = $2 WHERE id = $1`, [plan.id, plan.status]);
      for (const row of added) await t.db.query(`DELETE FROM action_owner WHERE id = $1`, [row.id]);
    }
  });

  it('rejects a malformed cursor and an oversized page with INVALID_INPUT', async () => {
    const bad = await gql(server.url, PAGE, { first: 5, after: 'bm9wZQ' }, token.headers);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'after' });
    const big = await gql(server.url, PAGE, { first: 5000 }, token.headers);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'first' });
  });

  it('fetches any object by global id with node(id:)', async () => {
    const first = (await gql(server.url, PAGE, { first: 1 }, token.headers)).data!.actions.edges[0].node;
    const res = await gql(server.url, `query($id: ID!) { node(id: $id) { __typename id ... on Action { title } } }`, { id: first.id }, token.headers);
    expect(res.data!.node).toEqual({ __typename: 'Action', id: first.id, title: first.title });
    const zone = (await gql(server.url, `{ zones(first: 1) { nodes { id name } } }`, {}, token.headers)).data!.zones.nodes[0];
    const zoneNode = await gql(server.url, `query($id: ID!) { node(id: $id) { __typename ... on Zone { name } } }`, { id: zone.id }, token.headers);
    expect(zoneNode.data!.node).toEqual({ __typename: 'Zone', name: zone.name });
  });
});
