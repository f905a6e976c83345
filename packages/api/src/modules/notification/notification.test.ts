// Notifications over real HTTP: who gets which notification and who does not (the actor never,
// a user who may not read the item never, nobody for a refused write), the inbox, the badge's
// count and marking read, and that nobody reads another user's notifications.
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { toGlobalId } from '../../common/global-id';
import { codeOf, gidOf, rawId, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const INBOX = `query($unread: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $unread, first: $first, after: $after) {
  nodes { id kind text excerpt read actorName target { type id zoneSlug year } } pageInfo { hasNextPage endCursor } } unreadNotificationCount }`;

describe('notifications', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let zuidViewer: TestUser;
  let noord: TestUser;
  let coach: TestUser;
  let otherCoach: TestUser;
  let admin: TestUser;
  let plan: string;
  let action: string;

  const call = (user: TestUser, query: string, variables: Record<string, unknown> = {}) => gql(server.url, query, variables, user.headers);
  const inbox = async (user: TestUser, variables: Record<string, unknown> = {}) => {
    const res = await call(user, INBOX, variables);
    expect(res.errors).toBeUndefined();
    return res.data as { notifications: { nodes: any[]; pageInfo: any }; unreadNotificationCount: number };
  };
  /** The kinds a user got about one subject (text contains `about`), newest first. */
  const kinds = async (user: TestUser, about: string) => (await inbox(user)).notifications.nodes.filter((n) => (n.excerpt ?? n.text).includes(about)).map((n) => n.kind);
  const total = async () => Number((await db.query(`SELECT count(*)::int AS n FROM notification`))[0].n);
  const addRemark = (user: TestUser, text: string, planId: string | null, actionId: string | null = null) =>
    call(user, `mutation($p: ID, $a: ID, $t: String!) { r: addRemark(planId: $p, actionId: $a, input: { text: $t }) { id } }`, { p: planId, a: actionId, t: text });
  const reply = (user: TestUser, id: string, text: string) =>
    call(user, `mutation($id: ID!, $t: String!) { r: replyToRemark(id: $id, input: { text: $t }) { id text authorName remark { replyCount } } }`, { id, t: text });
  const resolve = (user: TestUser, id: string, note: string | null) =>
    call(user, `mutation($id: ID!, $n: String) { r: resolveRemark(id: $id, note: $n) { resolved resolutionNote } }`, { id, n: note });
  const reopen = (user: TestUser, id: string) => call(user, `mutation($id: ID!) { r: reopenRemark(id: $id) { resolved resolutionNote } }`, { id });

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    zuidViewer = await createTestUser(db, { viewerOf: ['elz-leuven-zuid'] });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    coach = await createTestUser(db, { coachOf: ['oost-brabant'] });
    await db.query(`INSERT INTO region (name, slug) VALUES ('West-Vlaanderen', 'west-vlaanderen-meldingen')`);
    otherCoach = await createTestUser(db, { coachOf: ['west-vlaanderen-meldingen'] });
    admin = await createTestUser(db, { admin: true });
    plan = await gidOf(db, 'ActionPlan', `SELECT p.id FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025`);
    action = await gidOf(db, 'Action', `SELECT id FROM action WHERE title = 'Middagbabbels'`);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it("tells the zone's members of a remark on its plan, not the author nor other zones, and links to the plan", async () => {
    const remark = await addRemark(coach, 'Hoe meten jullie het bereik van de buurtwerking?', plan);
    expect(remark.errors).toBeUndefined();
    for (const member of [zuid, zuidViewer]) {
      const [n] = (await inbox(member)).notifications.nodes;
      expect(n).toMatchObject({
        kind: 'REMARK_ADDED',
        read: false,
        excerpt: 'Hoe meten jullie het bereik van de buurtwerking?',
        target: { type: 'ActionPlan', id: plan, zoneSlug: 'elz-leuven-zuid', year: 2025 },
      });
      expect(n.text).toMatch(/^Testgebruiker .* heeft een opmerking geplaatst bij het actieplan 2025 van /);
    }
    expect(await kinds(coach, 'buurtwerking')).toEqual([]);
    expect(await kinds(noord, 'buurtwerking')).toEqual([]);
    expect(await kinds(admin, 'buurtwerking')).toEqual([]);
  });

  it('names the action of a remark on it ("Actie 1.2.3", else its title) and links to the action', async () => {
    expect((await addRemark(coach, 'Kan dit samen met de bib?', null, action)).errors).toBeUndefined();
    const n = (await inbox(zuid)).notifications.nodes.find((x) => x.excerpt === 'Kan dit samen met de bib?');
    expect(n).toMatchObject({ kind: 'REMARK_ADDED', target: { type: 'Action', id: action } });
    expect(n.text).toMatch(/heeft een opmerking geplaatst bij actie „Middagbabbels”$/);
    const numbered = (
      await db.query(`UPDATE action SET number = '1.2.3' WHERE id = (SELECT id FROM action WHERE action_plan_id = $1 AND title <> 'Middagbabbels' LIMIT 1) RETURNING id`, [rawId(plan)])
    )[0][0];
    expect((await addRemark(coach, 'Over de genummerde actie', null, toGlobalId('Action', numbered.id))).errors).toBeUndefined();
    expect((await inbox(zuid)).notifications.nodes[0].text).toMatch(/heeft een opmerking geplaatst bij Actie 1\.2\.3$/);
  });

  it('makes a remark a conversation: replies reach the author and earlier repliers, resolving with a note and reopening too', async () => {
    const id = (await addRemark(coach, 'Wie trekt de werkgroep vrijwilligers?', plan)).data!.r.id;
    const first = await reply(zuid, id, 'Wij, vanaf maart: antwoord van de zone');
    expect(first.errors).toBeUndefined();
    expect(first.data!.r).toMatchObject({ text: 'Wij, vanaf maart: antwoord van de zone', remark: { replyCount: 1 } });
    expect(await kinds(coach, 'antwoord van de zone')).toEqual(['REMARK_REPLIED']);
    expect(await kinds(zuid, 'antwoord van de zone')).toEqual([]);

    expect((await reply(zuidViewer, id, 'En met de bib: tweede reactie')).errors).toBeUndefined();
    expect(await kinds(coach, 'tweede reactie')).toEqual(['REMARK_REPLIED']);
    expect(await kinds(zuid, 'tweede reactie')).toEqual(['REMARK_REPLIED']);
    expect(await kinds(zuidViewer, 'tweede reactie')).toEqual([]);

    const resolved = await resolve(zuid, id, 'Afgesproken op de stuurgroep: notitie');
    expect(resolved.data!.r).toEqual({ resolved: true, resolutionNote: 'Afgesproken op de stuurgroep: notitie' });
    expect(await kinds(coach, 'stuurgroep: notitie')).toEqual(['REMARK_RESOLVED']);
    expect(await kinds(zuidViewer, 'stuurgroep: notitie')).toEqual(['REMARK_RESOLVED']);
    expect(await kinds(zuid, 'stuurgroep: notitie')).toEqual([]);

    const read = await call(coach, `query($id: ID!) { node(id: $id) { ... on Remark { resolutionNote replyCount lastReply { text } replies { text authorName } } } }`, { id });
    expect(read.data!.node).toMatchObject({ resolutionNote: 'Afgesproken op de stuurgroep: notitie', replyCount: 2, lastReply: { text: 'En met de bib: tweede reactie' } });

    const before = (await inbox(coach)).unreadNotificationCount;
    expect((await reopen(zuid, id)).data!.r).toEqual({ resolved: false, resolutionNote: null });
    const latest = (await inbox(coach)).notifications.nodes[0];
    expect(latest.kind).toBe('REMARK_REOPENED');
    expect((await inbox(coach)).unreadNotificationCount).toBe(before + 1);
  });

  it('refuses replies and resolutions from those who may not, writing no notification', async () => {
    const id = (await addRemark(coach, 'Geweigerde schrijfacties', plan)).data!.r.id;
    const count = await total();
    expect(codeOf(await reply(noord, id, 'Van een andere zone'))).toBe('FORBIDDEN');
    expect(codeOf(await resolve(coach, id, 'De coach mag niet oplossen'))).toBe('FORBIDDEN');
    expect(codeOf(await resolve(zuidViewer, id, null))).toBe('FORBIDDEN');
    expect(codeOf(await reply(zuid, id, '   '))).toBe('INVALID_INPUT');
    expect(await total()).toBe(count);
  });

  it('leaves out whoever may no longer read the item: the coach of a remark on a plan that went back to draft', async () => {
    const created = (await call(zuid, `mutation($z: ID!) { r: createActionPlan(zoneId: $z, year: 2031) { id version } }`, { z: await zoneGid(db, 'elz-leuven-zuid') })).data!.r;
    const published = await call(zuid, `mutation($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: PUBLISHED) { version } }`, {
      id: created.id,
      v: created.version,
    });
    expect(published.errors).toBeUndefined();
    const id = (await addRemark(coach, 'Vraag over een gepubliceerd plan', created.id)).data!.r.id;
    await call(zuid, `mutation($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: DRAFT) { version } }`, { id: created.id, v: published.data!.r.version });
    expect((await reply(zuid, id, 'Intern antwoord in een ontwerp')).errors).toBeUndefined();
    expect(await kinds(coach, 'Intern antwoord in een ontwerp')).toEqual([]);
  });

  it('tells the invited zone of an invitation and the inviting zone of the answer; changes by another zone reach the co-owners once an hour', async () => {
    const group = (
      await call(zuid, `mutation($z: ID!) { r: createWorkingGroup(input: { name: "Werkgroep Meldingen", kind: WORKING_GROUP }, ownerZoneId: $z) { id version } }`, {
        z: await zoneGid(db, 'elz-leuven-zuid'),
      })
    ).data!.r;
    const invitation = await call(zuid, `mutation($s: ID!, $z: ID!) { r: inviteToCoOwn(subjectId: $s, input: { zoneId: $z, role: PARTICIPANT }) { id } }`, {
      s: group.id,
      z: await zoneGid(db, 'elz-leuven-noord'),
    });
    expect(invitation.errors).toBeUndefined();
    expect(await kinds(noord, 'Werkgroep Meldingen')).toEqual(['INVITATION_RECEIVED']);
    expect((await inbox(noord)).notifications.nodes[0].target).toEqual({ type: 'WorkingGroup', id: group.id, zoneSlug: null, year: null });
    expect(await kinds(zuid, 'Werkgroep Meldingen')).toEqual([]);
    expect(await kinds(zuidViewer, 'Werkgroep Meldingen')).toEqual([]);

    expect((await call(noord, `mutation($id: ID!) { r: acceptInvitation(id: $id) { status } }`, { id: invitation.data!.r.id })).errors).toBeUndefined();
    expect(await kinds(zuid, 'Werkgroep Meldingen')).toEqual(['INVITATION_ACCEPTED']);
    expect(await kinds(zuidViewer, 'Werkgroep Meldingen')).toEqual(['INVITATION_ACCEPTED']);
    expect(await kinds(noord, 'Werkgroep Meldingen')).toEqual(['INVITATION_RECEIVED']);

    const update = async (user: TestUser, description: string) => {
      const current = (await call(user, `query($id: ID!) { node(id: $id) { ... on WorkingGroup { version } } }`, { id: group.id })).data!.node.version;
      const res = await call(user, `mutation($id: ID!, $v: Int!, $d: String) { r: updateWorkingGroup(id: $id, version: $v, input: { description: $d }) { version } }`, {
        id: group.id,
        v: current,
        d: description,
      });
      expect(res.errors).toBeUndefined();
    };
    await update(noord, 'Eerste wijziging');
    await update(noord, 'Tweede wijziging');
    expect(await kinds(zuid, 'Werkgroep Meldingen')).toEqual(['SHARED_WORK_CHANGED', 'INVITATION_ACCEPTED']);
    expect(await kinds(noord, 'Werkgroep Meldingen')).toEqual(['INVITATION_RECEIVED']);
    // Read, the next change is news again.
    const changed = (await inbox(zuid)).notifications.nodes.find((n) => n.kind === 'SHARED_WORK_CHANGED');
    await call(zuid, `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [changed.id] });
    await update(noord, 'Derde wijziging');
    expect(await kinds(zuid, 'Werkgroep Meldingen')).toEqual(['SHARED_WORK_CHANGED', 'SHARED_WORK_CHANGED', 'INVITATION_ACCEPTED']);
    // A change by the zone's own member tells the other owner, not itself.
    await update(zuid, 'Wijziging door Zuid');
    expect(await kinds(noord, 'Werkgroep Meldingen')).toEqual(['SHARED_WORK_CHANGED', 'INVITATION_RECEIVED']);
    // A save that changes nothing is no news.
    await call(zuid, `mutation { markNotificationsRead(all: true) }`);
    await update(noord, 'Wijziging door Zuid');
    expect((await inbox(zuid)).unreadNotificationCount).toBe(0);
  });

  it('tells the plan zone of follow-up and edits by a co-owner zone of its action, once an hour while unread, and nobody outside', async () => {
    const leuven = await createTestUser(db, { editorOf: ['elz-leuven'] });
    const about = async (user: TestUser, kind: string) => (await inbox(user)).notifications.nodes.filter((n) => n.kind === kind && n.target.id === action);
    const invitation = await call(zuid, `mutation($s: ID!, $z: ID!) { r: inviteToCoOwn(subjectId: $s, input: { zoneId: $z, role: PARTICIPANT }) { id } }`, {
      s: action,
      z: await zoneGid(db, 'elz-leuven-noord'),
    });
    expect(invitation.errors).toBeUndefined();
    expect(await about(noord, 'INVITATION_RECEIVED')).toHaveLength(1);
    expect((await call(noord, `mutation($id: ID!) { r: acceptInvitation(id: $id) { status } }`, { id: invitation.data!.r.id })).errors).toBeUndefined();

    const review = await call(noord, `mutation($id: ID!) { r: addActionReview(actionId: $id, input: { reviewedOn: "2025-06-30", quarter: 2, status: RUNNING, note: "Loopt" }) { id } }`, {
      id: action,
    });
    expect(review.errors).toBeUndefined();
    const version = (await call(noord, `query($id: ID!) { action(id: $id) { version } }`, { id: action })).data!.action.version;
    expect(
      (await call(noord, `mutation($id: ID!, $v: Int!) { r: updateAction(id: $id, version: $v, input: { notes: "door Noord" }) { action { id } } }`, { id: action, v: version })).errors,
    ).toBeUndefined();
    for (const member of [zuid, zuidViewer]) {
      const changed = await about(member, 'SHARED_WORK_CHANGED');
      expect(changed).toHaveLength(1);
      expect(changed[0].text).toMatch(/\(ELZ Leuven Noord\) heeft actie „Middagbabbels” gewijzigd$/);
    }
    for (const outsider of [noord, leuven, coach]) expect(await about(outsider, 'SHARED_WORK_CHANGED')).toEqual([]);
  });

  it("tells the region's coaches of a submitted plan, not other regions' coaches", async () => {
    const created = (await call(zuid, `mutation($z: ID!) { r: createActionPlan(zoneId: $z, year: 2032) { id version } }`, { z: await zoneGid(db, 'elz-leuven-zuid') })).data!.r;
    const confirmed = (await call(zuid, `mutation($id: ID!, $v: Int!) { r: confirmActionPlanTexts(id: $id, version: $v) { id version } }`, { id: created.id, v: created.version })).data!.r;
    const evaluation = { process: { chosen: true }, output: { chosen: false }, outcome: { chosen: false } };
    await call(zuid, `mutation($p: ID!, $e: ActionEvaluationInput!) { createAction(planId: $p, input: { title: "Ingediende actie", evaluation: $e }) { action { id } } }`, {
      p: confirmed.id,
      e: evaluation,
    });
    const submitted = await call(zuid, `mutation($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: SUBMITTED) { status } }`, {
      id: confirmed.id,
      v: confirmed.version,
    });
    expect(submitted.errors).toBeUndefined();
    const n = (await inbox(coach)).notifications.nodes.find((x) => x.kind === 'PLAN_SUBMITTED' && x.target.year === 2032);
    expect(n.text).toMatch(/heeft het actieplan 2032 ingediend$/);
    expect((await inbox(otherCoach)).notifications.nodes.filter((x) => x.kind === 'PLAN_SUBMITTED')).toEqual([]);
    expect((await inbox(zuid)).notifications.nodes.filter((x) => x.kind === 'PLAN_SUBMITTED')).toEqual([]);
  });

  it('pages the inbox, filters unread, marks read (one, all) and keeps every inbox to its recipient', async () => {
    const all = (await inbox(zuidViewer)).notifications.nodes;
    expect(all.length).toBeGreaterThanOrEqual(4);
    const firstPage = (await inbox(zuidViewer, { first: 2 })).notifications;
    expect(firstPage.nodes.map((n: any) => n.id)).toEqual(all.slice(0, 2).map((n) => n.id));
    const second = (await inbox(zuidViewer, { first: 2, after: firstPage.pageInfo.endCursor })).notifications;
    expect(second.nodes.map((n: any) => n.id)).toEqual(all.slice(2, 4).map((n) => n.id));

    const unread = (await inbox(zuidViewer)).unreadNotificationCount;
    const mine = all[0].id;
    const theirs = (await inbox(zuid)).notifications.nodes[0].id;
    // Another user's notification is as if it did not exist (nothing marked), also by id: not even for an administrator.
    expect(codeOf(await call(zuidViewer, `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [mine, theirs] }))).toBe('NOT_FOUND');
    expect((await inbox(zuidViewer)).unreadNotificationCount).toBe(unread);
    const marked = await call(zuidViewer, `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [mine] });
    expect(marked.data!.markNotificationsRead).toBe(unread - 1);
    expect((await inbox(zuid)).notifications.nodes[0]).toMatchObject({ id: theirs, read: false });
    for (const other of [zuidViewer, admin]) expect((await call(other, `query($id: ID!) { node(id: $id) { id } }`, { id: theirs })).data!.node).toBeNull();
    expect((await call(zuid, `query($id: ID!) { node(id: $id) { ... on Notification { kind } } }`, { id: theirs })).data!.node).not.toBeNull();
    expect((await inbox(zuidViewer, { unread: true })).notifications.nodes.map((n: any) => n.id)).not.toContain(mine);

    expect(codeOf(await call(zuidViewer, `mutation { markNotificationsRead }`))).toBe('INVALID_INPUT');
    expect((await call(zuidViewer, `mutation { markNotificationsRead(all: true) }`)).data!.markNotificationsRead).toBe(0);
    expect((await inbox(zuidViewer, { unread: true })).notifications.nodes).toEqual([]);
    expect(codeOf(await gql(server.url, `{ unreadNotificationCount }`))).toBe('UNAUTHENTICATED');
  });
});
