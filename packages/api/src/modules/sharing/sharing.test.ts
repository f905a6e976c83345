// Owning shared work together, over real HTTP: owners with roles on working groups, projects and
// actions, and invitations to co-own (invite, accept, decline, withdraw).
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, countOf, fieldOf, gidOf, rawId, zoneGid } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const OWNERS = `... on WorkingGroup { name owners { zone { slug } role } }
  ... on Project { name owners { zone { slug } role } }
  ... on Action { title owners { zone { slug } role } }`;
const INVITATION = `id status role message invitingZone { slug } invitedZone { slug } subject { __typename ... on WorkingGroup { name } ... on Project { name } ... on Action { title } }`;

describe('sharing work between zones', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let zuid: TestUser;
  let leuven: TestUser;
  let noord: TestUser;
  let noordViewer: TestUser;
  let elzoh: TestUser;
  const zone: Record<string, string> = {};

  const addOwner = (user: TestUser, subjectId: string, zoneId: string, role = 'PARTICIPANT') =>
    gql(server.url, `mutation($s: ID!, $z: ID!, $r: OwnerRole!) { r: addOwner(subjectId: $s, zoneId: $z, role: $r) { ${OWNERS} } }`, { s: subjectId, z: zoneId, r: role }, user.headers);
  const removeOwner = (user: TestUser, subjectId: string, zoneId: string) =>
    gql(server.url, `mutation($s: ID!, $z: ID!) { r: removeOwner(subjectId: $s, zoneId: $z) { ${OWNERS} } }`, { s: subjectId, z: zoneId }, user.headers);
  const setRole = (user: TestUser, subjectId: string, zoneId: string, role: string) =>
    gql(server.url, `mutation($s: ID!, $z: ID!, $r: OwnerRole!) { r: setOwnerRole(subjectId: $s, zoneId: $z, role: $r) { ${OWNERS} } }`, { s: subjectId, z: zoneId, r: role }, user.headers);
  const invite = (user: TestUser, subjectId: string, zoneId: string, message: string | null = null, role = 'PARTICIPANT') =>
    gql(server.url, `mutation($s: ID!, $i: InvitationInput!) { r: inviteToCoOwn(subjectId: $s, input: $i) { ${INVITATION} } }`, { s: subjectId, i: { zoneId, role, message } }, user.headers);
  const answer = (user: TestUser, verb: 'accept' | 'decline' | 'withdraw', id: string) =>
    gql(server.url, `mutation($id: ID!) { r: ${verb}Invitation(id: $id) { ${INVITATION} } }`, { id }, user.headers);
  const slugs = (res: { data?: any }) => res.data!.r.owners.map((o: any) => `${o.zone.slug}:${o.role}`).sort();
  const ownerRows = (table: string, column: string, id: string) => countOf(db, `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [rawId(id)]);
  const wg = (name: string) => gidOf(db, 'WorkingGroup', `SELECT id FROM working_group WHERE name = $1`, [name]);
  const newGroup = async (name: string) =>
    (
      await gql(
        server.url,
        `mutation($i: WorkingGroupInput!, $z: ID!) { createWorkingGroup(input: $i, ownerZoneId: $z) { id } }`,
        { i: { name, kind: 'WORKING_GROUP' }, z: zone.zuid },
        zuid.headers,
      )
    ).data!.createWorkingGroup.id as string;

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(db, { editorOf: ['elz-leuven-zuid'] });
    leuven = await createTestUser(db, { editorOf: ['elz-leuven'] });
    noord = await createTestUser(db, { editorOf: ['elz-leuven-noord'] });
    noordViewer = await createTestUser(db, { viewerOf: ['elz-leuven-noord'] });
    elzoh = await createTestUser(db, { editorOf: ['elz-zuidoost-hageland'] });
    zone.zuid = await zoneGid(db, 'elz-leuven-zuid');
    zone.leuven = await zoneGid(db, 'elz-leuven');
    zone.noord = await zoneGid(db, 'elz-leuven-noord');
    zone.elzoh = await zoneGid(db, 'elz-zuidoost-hageland');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('adds owners, changes their role and removes them; the last owner stays', async () => {
    const id = await newGroup('Samen sterker');
    const added = await addOwner(zuid, id, zone.noord);
    expect(added.errors).toBeUndefined();
    expect(slugs(added)).toEqual(['elz-leuven-noord:PARTICIPANT', 'elz-leuven-zuid:LEAD']);
    // Now an owner, Leuven Noord's editor may change ownership too.
    expect(slugs(await setRole(noord, id, zone.noord, 'CO_LEAD'))).toEqual(['elz-leuven-noord:CO_LEAD', 'elz-leuven-zuid:LEAD']);
    expect(slugs(await removeOwner(noord, id, zone.zuid))).toEqual(['elz-leuven-noord:CO_LEAD']);

    const last = await removeOwner(noord, id, zone.noord);
    expect(codeOf(last)).toBe('INVALID_INPUT');
    expect(fieldOf(last)).toBe('zoneId');
    expect(last.errors![0]!.message).toBe('De laatste eigenaar kan niet verwijderd worden.');
    expect(await ownerRows('working_group_owner', 'working_group_id', id)).toBe(1);

    const history = await gql(server.url, `query($id: ID!) { history(id: $id) { operation fields } }`, { id }, zuid.headers);
    expect(history.data!.history.map((h: any) => `${h.operation}:${h.operation === 'CREATE' ? '' : h.fields.join(',')}`)).toEqual([
      'UPDATE:owners',
      'UPDATE:owners',
      'UPDATE:owners',
      'CREATE:',
    ]);
  });

  it('lets only editors of an owner zone change owners, and refuses an owner twice', async () => {
    const id = await wg('Poolen/delen van personeel');
    expect(codeOf(await addOwner(noord, id, zone.noord))).toBe('FORBIDDEN');
    expect(codeOf(await removeOwner(elzoh, id, zone.leuven))).toBe('FORBIDDEN');
    expect(codeOf(await setRole(noordViewer, id, zone.leuven, 'LEAD'))).toBe('FORBIDDEN');
    const twice = await addOwner(leuven, id, zone.zuid);
    expect(codeOf(twice)).toBe('INVALID_INPUT');
    expect(fieldOf(twice)).toBe('zoneId');
    expect(await ownerRows('working_group_owner', 'working_group_id', id)).toBe(2);
  });

  it('shares an action: a new owner may edit it; the zone of its plan stays an owner', async () => {
    const action = await gidOf(
      db,
      'Action',
      `SELECT a.id FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025 AND a.title = 'Middagbabbels'`,
    );
    const [{ version }] = await db.query(`SELECT version FROM action WHERE title = 'Middagbabbels'`);
    const edit = (user: TestUser, v: number) =>
      gql(server.url, `mutation($id: ID!, $v: Int!) { updateAction(id: $id, version: $v, input: { notes: "Samen met Leuven" }) { action { version } } }`, { id: action, v }, user.headers);
    expect(codeOf(await edit(leuven, version))).toBe('FORBIDDEN');
    expect(slugs(await addOwner(zuid, action, zone.leuven, 'CO_LEAD'))).toEqual(['elz-leuven-zuid:LEAD', 'elz-leuven:CO_LEAD']);
    expect((await edit(leuven, version)).errors).toBeUndefined();
    const planZone = await removeOwner(leuven, action, zone.zuid);
    expect(codeOf(planZone)).toBe('INVALID_INPUT');
    expect(fieldOf(planZone)).toBe('zoneId');
    expect(slugs(await removeOwner(leuven, action, zone.leuven))).toEqual(['elz-leuven-zuid:LEAD']);
  });

  it('invites a zone to co-own; an editor of that zone accepts and it becomes an owner', async () => {
    const id = await wg('Poolen/delen van personeel');
    const sent = await invite(zuid, id, zone.noord, 'Doen jullie mee?');
    expect(sent.errors).toBeUndefined();
    const invitation = sent.data!.r;
    expect(invitation).toMatchObject({
      status: 'PENDING',
      role: 'PARTICIPANT',
      message: 'Doen jullie mee?',
      invitingZone: { slug: 'elz-leuven-zuid' },
      invitedZone: { slug: 'elz-leuven-noord' },
      subject: { __typename: 'WorkingGroup', name: 'Poolen/delen van personeel' },
    });

    // One pending invitation per zone and item; no invitation to an owner.
    const again = await invite(leuven, id, zone.noord);
    expect([codeOf(again), fieldOf(again)]).toEqual(['INVALID_INPUT', 'zoneId']);
    const owner = await invite(zuid, id, zone.leuven);
    expect([codeOf(owner), fieldOf(owner)]).toEqual(['INVALID_INPUT', 'zoneId']);
    expect(codeOf(await invite(noord, id, zone.elzoh))).toBe('FORBIDDEN');
    expect(await countOf(db, `SELECT count(*)::int AS n FROM ownership_invitation`)).toBe(1);

    // The invited zone's members see it; others see no invitations of that zone.
    const inbox = (user: TestUser) =>
      gql(server.url, `query { zone(slug: "elz-leuven-noord") { invitations { id subject { ... on WorkingGroup { name invitations { id } } } } } }`, {}, user.headers);
    const seen = (await inbox(noordViewer)).data!.zone.invitations;
    expect(seen).toEqual([{ id: invitation.id, subject: { name: 'Poolen/delen van personeel', invitations: [{ id: invitation.id }] } }]);
    expect((await inbox(zuid)).data!.zone.invitations).toEqual([]);

    // Only an editor of the invited zone answers it.
    expect(codeOf(await answer(leuven, 'accept', invitation.id))).toBe('FORBIDDEN');
    expect(codeOf(await answer(noordViewer, 'accept', invitation.id))).toBe('FORBIDDEN');
    expect(await ownerRows('working_group_owner', 'working_group_id', id)).toBe(2);
    const accepted = await answer(noord, 'accept', invitation.id);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.r.status).toBe('ACCEPTED');
    expect(await ownerRows('working_group_owner', 'working_group_id', id)).toBe(3);
    const twice = await answer(noord, 'accept', invitation.id);
    expect(codeOf(twice)).toBe('INVALID_INPUT');
    expect((await inbox(noordViewer)).data!.zone.invitations).toEqual([]);
  });

  it('lets the invited zone decline, and an owner withdraw', async () => {
    const project = await gidOf(db, 'Project', `SELECT id FROM project WHERE name = 'Zorgzame Buurten'`);
    const declined = await invite(leuven, project, zone.zuid, null, 'SUPPORTING');
    expect(declined.data!.r.subject).toEqual({ __typename: 'Project', name: 'Zorgzame Buurten' });
    expect((await answer(zuid, 'decline', declined.data!.r.id)).data!.r.status).toBe('DECLINED');
    expect(await ownerRows('project_owner', 'project_id', project)).toBe(3);

    const group = await wg('Opleidingen en zorgcontinuüm');
    const pending = (await invite(zuid, group, zone.elzoh)).data!.r;
    expect(codeOf(await answer(noord, 'withdraw', pending.id))).toBe('FORBIDDEN');
    expect(codeOf(await answer(elzoh, 'withdraw', pending.id))).toBe('FORBIDDEN');
    expect((await answer(leuven, 'withdraw', pending.id)).data!.r.status).toBe('WITHDRAWN');
    expect(codeOf(await answer(elzoh, 'accept', pending.id))).toBe('INVALID_INPUT');
    expect(await ownerRows('working_group_owner', 'working_group_id', group)).toBe(2);
  });

  it('runs the whole invitation cycle on a project and a working group, with every step in the history', async () => {
    const history = async (id: string) =>
      ((await gql(server.url, `query($id: ID!) { history(id: $id) { operation fields before after } }`, { id }, zuid.headers)).data!.history as any[]).map(
        (h) => `${h.operation}:${h.operation === 'CREATE' ? '' : h.fields.join(',')}`,
      );
    // One fragment on CoOwned serves a project, a working group and an action alike.
    const coOwned = (user: TestUser, id: string) =>
      gql(
        server.url,
        `query($id: ID!) { node(id: $id) { __typename ... on CoOwned { id owners { zone { slug } role } invitations { id role invitedZone { slug } } } } }`,
        { id },
        user.headers,
      );

    const project = await gidOf(db, 'Project', `SELECT id FROM project WHERE name = 'ELP (eerstelijnspsychologische zorg)'`);
    const sent = (await invite(zuid, project, zone.noord, 'Sluiten jullie aan?', 'SUPPORTING')).data!.r;
    expect(sent).toMatchObject({ status: 'PENDING', invitingZone: { slug: 'elz-leuven-zuid' }, subject: { __typename: 'Project' } });
    // The invited zone sees the pending invitation on the project itself.
    const before = (await coOwned(noord, project)).data!.node;
    expect(before.__typename).toBe('Project');
    expect(before.invitations).toEqual([{ id: sent.id, role: 'SUPPORTING', invitedZone: { slug: 'elz-leuven-noord' } }]);
    expect(await history(sent.id)).toEqual(['CREATE:']);

    const accepted = await answer(noord, 'accept', sent.id);
    expect(accepted.errors).toBeUndefined();
    const after = (await coOwned(noord, project)).data!.node;
    expect(after.owners.map((o: any) => `${o.zone.slug}:${o.role}`).sort()).toEqual([
      'elz-leuven-noord:SUPPORTING',
      'elz-leuven-zuid:SUPPORTING',
      'elz-leuven:PARTICIPANT',
      'elz-zuidoost-hageland:SUPPORTING',
    ]);
    expect(after.invitations).toEqual([]);
    expect(await history(sent.id)).toEqual(['UPDATE:status', 'CREATE:']);
    const projectHistory = (await gql(server.url, `query($id: ID!) { history(id: $id) { operation fields after } }`, { id: project }, zuid.headers)).data!.history;
    expect(projectHistory[0]).toMatchObject({ operation: 'UPDATE', fields: ['owners'] });
    expect(projectHistory[0].after.owners).toContainEqual({ zoneId: zone.noord, role: 'SUPPORTING' });
    // The new owner may edit the project now.
    const [{ version }] = await db.query(`SELECT version FROM project WHERE id = $1`, [rawId(project)]);
    const edit = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!) { updateProject(id: $id, version: $v, input: { cadence: "maandelijks" }) { cadence } }`,
      { id: project, v: version },
      noord.headers,
    );
    expect(edit.errors).toBeUndefined();

    // A working group: declined, invited again, withdrawn; each step is in the invitation's history.
    const group = await newGroup('Samen verpleegposten bemannen');
    const first = (await invite(zuid, group, zone.elzoh)).data!.r;
    expect((await answer(elzoh, 'decline', first.id)).data!.r.status).toBe('DECLINED');
    expect((await coOwned(elzoh, group)).data!.node).toMatchObject({ __typename: 'WorkingGroup', owners: [{ zone: { slug: 'elz-leuven-zuid' } }], invitations: [] });
    const second = await invite(zuid, group, zone.elzoh, null, 'SUPPORTING');
    expect(second.errors).toBeUndefined();
    expect((await coOwned(zuid, group)).data!.node.invitations).toEqual([{ id: second.data!.r.id, role: 'SUPPORTING', invitedZone: { slug: 'elz-zuidoost-hageland' } }]);
    expect((await answer(zuid, 'withdraw', second.data!.r.id)).data!.r.status).toBe('WITHDRAWN');
    expect((await coOwned(zuid, group)).data!.node.invitations).toEqual([]);
    expect(await history(first.id)).toEqual(['UPDATE:status', 'CREATE:']);
    expect(await history(second.data!.r.id)).toEqual(['UPDATE:status', 'CREATE:']);
    const statuses = await db.query(`SELECT status FROM ownership_invitation WHERE subject_id = $1 ORDER BY created_at`, [rawId(group)]);
    expect(statuses.map((r: { status: string }) => r.status)).toEqual(['DECLINED', 'WITHDRAWN']);
    expect(await ownerRows('working_group_owner', 'working_group_id', group)).toBe(1);
  });

  it('closes a pending invitation when its zone is added as an owner directly', async () => {
    const group = await wg('Coöperatieve verpleegposten');
    const pending = (await invite(zuid, group, zone.elzoh)).data!.r;
    expect((await addOwner(leuven, group, zone.elzoh)).errors).toBeUndefined();
    expect((await db.query(`SELECT status FROM ownership_invitation WHERE id = $1`, [rawId(pending.id)]))[0].status).toBe('WITHDRAWN');
  });

  it('lets an invited zone answer for an action in a draft plan it cannot see yet', async () => {
    const plan = (await gql(server.url, `mutation($z: ID!) { createActionPlan(zoneId: $z, year: 2027) { id } }`, { z: zone.zuid }, zuid.headers)).data!.createActionPlan.id;
    const action = (await gql(server.url, `mutation($p: ID!) { createAction(planId: $p, input: { title: "Samen ontwerpen" }) { action { id } } }`, { p: plan }, zuid.headers)).data!
      .createAction.action.id;
    const sent = (await invite(zuid, action, zone.noord, 'Kijk mee naar ons ontwerp')).data!.r;
    expect(sent.subject).toEqual({ __typename: 'Action', title: 'Samen ontwerpen' });
    // Before accepting, the draft stays invisible to Leuven Noord; the invitation does not leak it.
    const inbox = await gql(server.url, `query { zone(slug: "elz-leuven-noord") { invitations { subject { __typename } } } }`, {}, noord.headers);
    expect(inbox.data!.zone.invitations).toEqual([{ subject: null }]);
    expect((await gql(server.url, `query($id: ID!) { action(id: $id) { title } }`, { id: action }, noord.headers)).data!.action).toBeNull();
    expect((await answer(noord, 'accept', sent.id)).errors).toBeUndefined();
    expect((await gql(server.url, `query($id: ID!) { action(id: $id) { title } }`, { id: action }, noord.headers)).data!.action).toEqual({ title: 'Samen ontwerpen' });
    // Others still cannot see it, nor change its owners.
    expect(codeOf(await addOwner(elzoh, action, zone.elzoh))).toBe('NOT_FOUND');
  });
});
