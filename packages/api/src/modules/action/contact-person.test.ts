// An action's contact person (issue 15 part 6): a member of the plan's zone or of an owner zone,
// checked on the server; anyone else, a deactivated account or a malformed id is refused with the
// field named and nothing written; the editor gets the list of who may be chosen.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';
import { fromGlobalId, toGlobalId } from '../../common/global-id';

describe('contact person of an action', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let zuid: TestUser;
  let zuidViewer: TestUser;
  let noord: TestUser;
  let leuven: TestUser;
  let coach: TestUser;
  let actionId: string;
  let actionUuid: string;

  const read = (who: TestUser) =>
    gql(server.url, `query($id: ID!) { action(id: $id) { version contactPerson { id name email } contactPersonCandidates { id name } history { fields } } }`, { id: actionId }, who.headers);
  const set = async (who: TestUser, contactPersonId: string | null) => {
    const version = (await read(zuid)).data!.action.version;
    return gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { contactPerson { name } } } }`,
      { id: actionId, v: version, i: { contactPersonId } },
      who.headers,
    );
  };
  const stored = async () => (await t.db.query(`SELECT contact_user_id FROM action WHERE id = $1`, [actionUuid]))[0].contact_user_id as string | null;
  const user = (u: TestUser) => toGlobalId('User', u.userId);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    zuidViewer = await createTestUser(t.db, { viewerOf: ['elz-leuven-zuid'] });
    noord = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
    leuven = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
    coach = await createTestUser(t.db, { coachOf: ['oost-brabant'] });
    // An action of a new (draft) Leuven Zuid plan, co-led by Leuven Noord.
    const [zone] = await t.db.query(`SELECT id FROM zone WHERE slug = 'elz-leuven-zuid'`);
    const plan = await gql(server.url, `mutation($z: ID!) { createActionPlan(zoneId: $z, year: 2033) { id } }`, { z: toGlobalId('Zone', zone.id) }, zuid.headers);
    const created = await gql(
      server.url,
      `mutation($p: ID!) { createAction(planId: $p, input: { title: "Gezamenlijke infoavond" }) { action { id } } }`,
      { p: plan.data!.createActionPlan.id },
      zuid.headers,
    );
    actionUuid = fromGlobalId(created.data!.createAction.action.id, 'Action').id;
    await t.db.query(`INSERT INTO action_owner (action_id, zone_id, role) SELECT $1, id, 'CO_LEAD' FROM zone WHERE slug = 'elz-leuven-noord'`, [actionUuid]);
    actionId = toGlobalId('Action', actionUuid);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('lists the members of the plan zone and the owner zones to its editors, and nobody to others', async () => {
    const candidates = ((await read(zuid)).data!.action.contactPersonCandidates as { id: string }[]).map((c) => c.id);
    expect(candidates).toEqual(expect.arrayContaining([user(zuid), user(zuidViewer), user(noord)]));
    expect(candidates).not.toContain(user(leuven));
    expect(candidates).not.toContain(user(coach));
    // A viewer of the zone sees the action but may not edit it; another zone does not see a draft.
    expect((await read(zuidViewer)).data!.action.contactPersonCandidates).toEqual([]);
    expect((await read(leuven)).data!.action).toBeNull();
  });

  it('takes a member of the plan zone or of a co-owner zone, shows them, records it, and clears with null', async () => {
    const saved = await set(zuid, user(zuidViewer));
    expect(saved.errors).toBeUndefined();
    expect(await stored()).toBe(zuidViewer.userId);
    const shown = (await read(noord)).data!.action;
    expect(shown.contactPerson).toEqual({ id: user(zuidViewer), name: `Testgebruiker ${zuidViewer.email}`, email: zuidViewer.email });
    expect(shown.history[0].fields).toEqual(['contactUserId']);

    expect((await set(noord, user(noord))).errors).toBeUndefined();
    expect(await stored()).toBe(noord.userId);
    expect((await set(zuid, null)).errors).toBeUndefined();
    expect(await stored()).toBeNull();
  });

  it('refuses someone of another zone, a deactivated account and a malformed id, naming the field and writing nothing', async () => {
    await set(zuid, user(zuid));
    const versionBefore = (await read(zuid)).data!.action.version;
    for (const bad of [user(leuven), user(coach), toGlobalId('Zone', zuid.userId), 'geen-id']) {
      const res = await set(zuid, bad);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'contactPersonId' });
    }
    expect(await stored()).toBe(zuid.userId);
    expect((await read(zuid)).data!.action.version).toBe(versionBefore);

    // A deactivated account can no longer be chosen, and is no longer shown.
    await t.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [zuidViewer.userId]);
    expect((await set(zuid, user(zuidViewer))).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'contactPersonId' });
    await t.db.query(`UPDATE action SET contact_user_id = $2 WHERE id = $1`, [actionUuid, zuidViewer.userId]);
    expect((await read(zuid)).data!.action.contactPerson).toBeNull();
  });
});
