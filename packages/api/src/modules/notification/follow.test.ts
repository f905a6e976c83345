// "Volgen" (issue 15 part 6): a person follows an action, working group or project they may read
// and is told of its changes; an owner zone's member is told once (as owner), the one who changed
// it not at all; nobody follows what they may not read.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { toGlobalId } from '../../common/global-id';

describe('following an item', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let zuid: TestUser;
  let leuven: TestUser;
  let noord: TestUser;
  let actionId: string;

  const follows = async (u: TestUser) => (await gql(server.url, `query($id: ID!) { action(id: $id) { viewerFollows } }`, { id: actionId }, u.headers)).data!.action.viewerFollows as boolean;
  const told = async (u: TestUser, kind: string) => Number((await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND kind = $2`, [u.userId, kind]))[0].n);
  const edit = async (title: string) => {
    const { version } = (await gql(server.url, `query($id: ID!) { action(id: $id) { version } }`, { id: actionId }, zuid.headers)).data!.action;
    const res = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $t: String!) { updateAction(id: $id, version: $v, input: { notes: $t }) { action { id } } }`,
      { id: actionId, v: version, t: title },
      zuid.headers,
    );
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 }, webhooks: { run: false }, jobs: { crontab: '' } });
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    leuven = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
    noord = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
    // An action of a draft plan of Leuven Zuid: others see it once it is published.
    const [zone] = await t.db.query(`SELECT id FROM zone WHERE slug = 'elz-leuven-zuid'`);
    const plan = (await gql(server.url, `mutation($z: ID!) { createActionPlan(zoneId: $z, year: 2034) { id version } }`, { z: toGlobalId('Zone', zone.id) }, zuid.headers)).data!
      .createActionPlan;
    actionId = (await gql(server.url, `mutation($p: ID!) { createAction(planId: $p, input: { title: "Buurtgerichte zorg" }) { action { id } } }`, { p: plan.id }, zuid.headers)).data!
      .createAction.action.id;
    // Not yet published: another zone may not follow what it may not read.
    const hidden = await gql(server.url, `mutation($id: ID!) { follow(id: $id) }`, { id: actionId }, leuven.headers);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await gql(server.url, `mutation($id: ID!, $v: Int!) { setActionPlanStatus(id: $id, version: $v, status: PUBLISHED) { status } }`, { id: plan.id, v: plan.version }, zuid.headers);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('tells a follower of each change, once an hour at most, until they stop following', async () => {
    expect(await follows(leuven)).toBe(false);
    expect((await gql(server.url, `mutation($id: ID!) { follow(id: $id) }`, { id: actionId }, leuven.headers)).data).toEqual({ follow: true });
    // Following twice is following.
    expect((await gql(server.url, `mutation($id: ID!) { follow(id: $id) }`, { id: actionId }, leuven.headers)).errors).toBeUndefined();
    expect(await follows(leuven)).toBe(true);
    expect(await follows(noord)).toBe(false);

    await edit('Eerste wijziging');
    await edit('Tweede wijziging');
    expect(await told(leuven, 'FOLLOWED_CHANGED')).toBe(1);
    expect(await told(noord, 'FOLLOWED_CHANGED')).toBe(0);
    const text = (await gql(server.url, `{ notifications(first: 1) { nodes { text target { type id } } } }`, {}, leuven.headers)).data!.notifications.nodes[0];
    expect(text.text).toMatch(/heeft actie „Buurtgerichte zorg” gewijzigd, dat je volgt$/);
    expect(text.target).toEqual({ type: 'Action', id: actionId });
    // The one who changed it, following it too, is not told of their own change.
    await gql(server.url, `mutation($id: ID!) { follow(id: $id) }`, { id: actionId }, zuid.headers);
    await edit('Derde wijziging');
    expect(await told(zuid, 'FOLLOWED_CHANGED')).toBe(0);

    expect((await gql(server.url, `mutation($id: ID!) { unfollow(id: $id) }`, { id: actionId }, leuven.headers)).data).toEqual({ unfollow: false });
    expect(await follows(leuven)).toBe(false);
    await gql(server.url, `mutation { markNotificationsRead(all: true) }`, {}, leuven.headers);
    await t.db.query(`UPDATE notification SET created_at = created_at - interval '2 hours'`);
    await edit('Vierde wijziging');
    expect(await told(leuven, 'FOLLOWED_CHANGED')).toBe(1);
  });

  it('follows working groups and projects too, and refuses what cannot be followed', async () => {
    const [group] = await t.db.query(
      `SELECT g.id, g.version FROM working_group g JOIN working_group_owner o ON o.working_group_id = g.id JOIN zone z ON z.id = o.zone_id WHERE z.slug = 'elz-leuven-zuid' LIMIT 1`,
    );
    const groupId = toGlobalId('WorkingGroup', group.id);
    expect((await gql(server.url, `mutation($id: ID!) { follow(id: $id) }`, { id: groupId }, noord.headers)).errors).toBeUndefined();
    expect((await gql(server.url, `query($id: ID!) { node(id: $id) { ... on WorkingGroup { viewerFollows } } }`, { id: groupId }, noord.headers)).data!.node.viewerFollows).toBe(true);
    const saved = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!) { updateWorkingGroup(id: $id, version: $v, input: { cadence: "Maandelijks" }) { id } }`,
      { id: groupId, v: group.version },
      zuid.headers,
    );
    expect(saved.errors).toBeUndefined();
    expect(await told(noord, 'FOLLOWED_CHANGED')).toBe(1);

    const [zone] = await t.db.query(`SELECT id FROM zone LIMIT 1`);
    const wrong = await gql(server.url, `mutation($id: ID!) { follow(id: $id) }`, { id: toGlobalId('Zone', zone.id) }, noord.headers);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
    const gone = await gql(server.url, `mutation($id: ID!) { follow(id: $id) }`, { id: toGlobalId('Project', '00000000-0000-4000-8000-000000000000') }, noord.headers);
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(server.url, `mutation($id: ID!) { follow(id: $id) }`, { id: groupId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
