// The permission matrix: the same operations, over real HTTP, as every kind of caller. Each cell
// runs against a fresh target (prepared by a separate setup user) and compares the database
// before and after: a denied call must change nothing. The matrix is printed when the test runs.
//
// Zone A = ELZ Leuven Zuid, zone B = ELZ Leuven (co-owner with A of "Poolen/delen van personeel"),
// zone C = ELZ Leuven Noord (a third zone to add or invite). The coach coaches Oost-Brabant, the
// region of all three. Both tokens belong to an editor of zone A. Administration (users, memberships,
// coaches, zones, contact addresses) is for administrators only.
import { isDeepStrictEqual } from 'node:util';
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../server';
import { createTestDatabase, type TestDatabase } from './db';
import { codeOf, gidOf, rawId, zoneGid } from './fixtures';
import { gql, type GraphQLResult } from './http';
import { callerHeaders, createTestUser, type TestUser } from './users';

const ROLES = ['anonymous', 'viewer A', 'editor A', 'editor B', 'coach', 'admin', 'RO token', 'RW token'] as const;
type Role = (typeof ROLES)[number];

/**
 * ✓ allowed (and it took effect) · ✗ denied: FORBIDDEN (UNAUTHENTICATED for anonymous) and nothing
 * changed · ∅ hidden: answered as if it did not exist (null or NOT_FOUND), nothing changed.
 */
const EXPECTED: Record<string, string> = {
  //                                            anon  vwrA  edA   edB   coach admin RO    RW
  'read a published plan of A': '✗     ✓     ✓     ✓     ✓     ✓     ✓     ✓',
  'read a draft plan of A': '✗     ✓     ✓     ∅     ∅     ✓     ✓     ✓',
  'update an action of A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'update an action in a submitted plan of A': '✗     ✗     ✗     ✗     ✗     ✗     ✗     ✗',
  'reopen a submitted plan of A (reason)': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'update shared group of A and B': '✗     ✗     ✓     ✓     ✗     ✓     ✗     ✓',
  'update the zone profile of A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'edit the general texts of a plan of A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'edit the texts of a submitted plan of A': '✗     ✗     ✗     ✗     ✗     ✗     ✗     ✗',
  'add an owner (C) to a group of A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'remove an owner (C) from a group of A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'invite C to co-own a group of A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  "accept B's invitation to A": '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'create an API token': '✗     ✓     ✓     ✓     ✓     ✓     ✗     ✗',
  'leave a remark on a plan of A': '✗     ✓     ✓     ✗     ✓     ✓     ✗     ✓',
  'resolve a remark on a plan of A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'reply to a remark on a plan of A': '✗     ✓     ✓     ✗     ✓     ✓     ✗     ✓',
  'reopen a resolved remark on a plan of A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  "read another user's notification": '✗     ∅     ∅     ∅     ∅     ∅     ∅     ∅',
  "mark another user's notification read": '✗     ∅     ∅     ∅     ∅     ∅     ✗     ∅',
  'publish a draft plan of A (status)': '✗     ✗     ✓     ∅     ∅     ✓     ✗     ✓',
  'create a cluster in A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'create a partner active in A': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  "add a strategic goal to A's plan": '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'invite a colleague into A by e-mail': '✗     ✗     ✓     ✗     ✗     ✓     ✗     ✓',
  'list users (administration)': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'create a user': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'rename a user': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'deactivate a user': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'make a user administrator': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'make a user editor of A': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'remove a user from A': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'make a user coach of the region': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'create a zone': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'set the contact address of A': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
  'set the contact address of the region': '✗     ✗     ✗     ✗     ✗     ✓     ✗     ✗',
};

type Vars = Record<string, unknown>;

interface Operation {
  /** Reads change nothing; they are allowed when they return the item. */
  read?: boolean;
  /** A fresh target for one cell (made by the setup user). */
  prepare?: (role: Role) => Promise<Vars>;
  run: (headers: Record<string, string>, vars: Vars, role: Role) => Promise<GraphQLResult>;
  /** What the operation would change, read straight from the database. */
  state: (vars: Vars) => Promise<unknown>;
}

describe('the permission matrix', () => {
  let t: TestDatabase;
  let db: DataSource;
  let server: StartedServer;
  let setup: TestUser;
  const headers = {} as Record<Role, Record<string, string>>;
  const zone = { a: '', b: '', c: '' };
  const plan = { published: '', draft: '', submitted: '' };
  let serial = 0;
  let reopened = 0;
  let region = '';

  const call = (h: Record<string, string>, query: string, variables: Vars = {}) => gql(server.url, query, variables, h);
  const asSetup = async (query: string, variables: Vars = {}) => {
    const res = await call(setup.headers, query, variables);
    if (res.errors) throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
    return res.data!;
  };
  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params))[0];
  const newGroup = async (ownerZone: string) =>
    (
      await asSetup(`mutation($i: WorkingGroupInput!, $z: ID!) { r: createWorkingGroup(input: $i, ownerZoneId: $z) { id } }`, {
        i: { name: `Matrixgroep ${++serial}`, kind: 'WORKING_GROUP' },
        z: ownerZone,
      })
    ).r.id as string;
  const ownersOf = (group: unknown) => db.query(`SELECT zone_id, role FROM working_group_owner WHERE working_group_id = $1 ORDER BY zone_id`, [rawId(group as string)]);

  const OPERATIONS: Record<string, Operation> = {
    'read a published plan of A': {
      read: true,
      run: (h) => call(h, `{ p: actionPlan(zoneSlug: "elz-leuven-zuid", year: 2031) { status } }`),
      state: async () => null,
    },
    'read a draft plan of A': {
      read: true,
      run: (h) => call(h, `{ p: actionPlan(zoneSlug: "elz-leuven-zuid", year: 2032) { status } }`),
      state: async () => null,
    },
    'update an action of A': {
      prepare: async () => one(`SELECT id, version FROM action WHERE title = 'Middagbabbels'`),
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $n: String) { p: updateAction(id: $id, version: $v, input: { notes: $n }) { action { version } } }`, {
          id: toGid('Action', v.id),
          v: v.version,
          n: `door ${role}`,
        }),
      state: () => one(`SELECT notes, version FROM action WHERE title = 'Middagbabbels'`),
    },
    'update an action in a submitted plan of A': {
      prepare: async () => one(`SELECT id, version FROM action WHERE title = 'Matrix: ingediende actie'`),
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $n: String) { p: updateAction(id: $id, version: $v, input: { notes: $n }) { action { version } } }`, {
          id: toGid('Action', v.id),
          v: v.version,
          n: `door ${role}`,
        }),
      state: () => one(`SELECT notes, version FROM action WHERE title = 'Matrix: ingediende actie'`),
    },
    'reopen a submitted plan of A (reason)': {
      prepare: async () => {
        // A fresh submitted plan per cell: the admin's reopen takes effect.
        const year = 2000 + ++reopened;
        const r = await asSetup(`mutation($z: ID!, $y: Int!) { r: createActionPlan(zoneId: $z, year: $y) { id } }`, { z: zone.a, y: year });
        await db.query(`UPDATE action_plan SET status = 'SUBMITTED', submitted_at = now() WHERE id = $1`, [rawId(r.r.id)]);
        return { plan: r.r.id, version: Number((await one(`SELECT version FROM action_plan WHERE id = $1`, [rawId(r.r.id)])).version) };
      },
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $r: String!) { p: reopenActionPlan(id: $id, version: $v, reason: $r) { status } }`, { id: v.plan, v: v.version, r: `door ${role}` }),
      state: (v) => one(`SELECT status, version FROM action_plan WHERE id = $1`, [rawId(v.plan as string)]),
    },
    'update shared group of A and B': {
      prepare: async () => one(`SELECT id, version FROM working_group WHERE name = 'Poolen/delen van personeel'`),
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $d: String) { p: updateWorkingGroup(id: $id, version: $v, input: { description: $d }) { version } }`, {
          id: toGid('WorkingGroup', v.id),
          v: v.version,
          d: `door ${role}`,
        }),
      state: () => one(`SELECT description, version FROM working_group WHERE name = 'Poolen/delen van personeel'`),
    },
    'update the zone profile of A': {
      prepare: async () => one(`SELECT version FROM zone WHERE slug = 'elz-leuven-zuid'`),
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $t: String) { p: updateZone(id: $id, version: $v, input: { networkTimeShare: $t }) { version } }`, {
          id: zone.a,
          v: v.version,
          t: `door ${role}`,
        }),
      state: () => one(`SELECT network_time_share, version FROM zone WHERE slug = 'elz-leuven-zuid'`),
    },
    'edit the general texts of a plan of A': {
      prepare: async () => one(`SELECT version FROM action_plan WHERE id = $1`, [rawId(plan.published!)]),
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $t: String) { p: updateActionPlanTexts(id: $id, version: $v, input: { introText: $t }) { version } }`, {
          id: plan.published,
          v: v.version,
          t: `door ${role}`,
        }),
      state: () => one(`SELECT intro_text, version FROM action_plan WHERE id = $1`, [rawId(plan.published!)]),
    },
    'edit the texts of a submitted plan of A': {
      prepare: async () => one(`SELECT version FROM action_plan WHERE id = $1`, [rawId(plan.submitted!)]),
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $t: String) { p: updateActionPlanTexts(id: $id, version: $v, input: { introText: $t }) { version } }`, {
          id: plan.submitted,
          v: v.version,
          t: `door ${role}`,
        }),
      state: () => one(`SELECT intro_text, version FROM action_plan WHERE id = $1`, [rawId(plan.submitted!)]),
    },
    'add an owner (C) to a group of A': {
      prepare: async () => ({ group: await newGroup(zone.a) }),
      run: (h, v) => call(h, `mutation($s: ID!, $z: ID!) { p: addOwner(subjectId: $s, zoneId: $z, role: PARTICIPANT) { __typename } }`, { s: v.group, z: zone.c }),
      state: (v) => ownersOf(v.group),
    },
    'remove an owner (C) from a group of A': {
      prepare: async () => {
        const group = await newGroup(zone.a);
        await asSetup(`mutation($s: ID!, $z: ID!) { addOwner(subjectId: $s, zoneId: $z, role: PARTICIPANT) { __typename } }`, { s: group, z: zone.c });
        return { group };
      },
      run: (h, v) => call(h, `mutation($s: ID!, $z: ID!) { p: removeOwner(subjectId: $s, zoneId: $z) { __typename } }`, { s: v.group, z: zone.c }),
      state: (v) => ownersOf(v.group),
    },
    'invite C to co-own a group of A': {
      prepare: async () => ({ group: await newGroup(zone.a) }),
      run: (h, v) => call(h, `mutation($s: ID!, $z: ID!) { p: inviteToCoOwn(subjectId: $s, input: { zoneId: $z, role: PARTICIPANT }) { status } }`, { s: v.group, z: zone.c }),
      state: (v) => db.query(`SELECT invited_zone_id, status FROM ownership_invitation WHERE subject_id = $1`, [rawId(v.group as string)]),
    },
    "accept B's invitation to A": {
      prepare: async () => {
        const group = await newGroup(zone.b);
        const sent = await asSetup(`mutation($s: ID!, $z: ID!) { r: inviteToCoOwn(subjectId: $s, input: { zoneId: $z, role: CO_LEAD }) { id } }`, { s: group, z: zone.a });
        return { group, invitation: sent.r.id };
      },
      run: (h, v) => call(h, `mutation($id: ID!) { p: acceptInvitation(id: $id) { status } }`, { id: v.invitation }),
      state: async (v) => ({ owners: await ownersOf(v.group), invitation: await one(`SELECT status FROM ownership_invitation WHERE id = $1`, [rawId(v.invitation as string)]) }),
    },
    'create an API token': {
      run: (h, _v, role) => call(h, `mutation($n: String!) { p: createApiToken(input: { name: $n, scope: READ }) { token { name } } }`, { n: `token van ${role}` }),
      state: () => one(`SELECT count(*)::int AS n FROM api_token`),
    },
    'invite a colleague into A by e-mail': {
      run: (h, _v, role) =>
        call(h, `mutation($e: String!, $z: ID!) { p: inviteUser(email: $e, zoneId: $z, role: VIEWER) { email } }`, { e: `collega-van-${role.replace(/\W/g, '-')}@zone.test`, z: zone.a }),
      state: () => one(`SELECT count(*)::int AS n FROM account_invitation`),
    },
    'leave a remark on a plan of A': {
      run: (h, _v, role) => call(h, `mutation($p: ID!, $t: String!) { p: addRemark(planId: $p, input: { text: $t }) { id } }`, { p: plan.published, t: `van ${role}` }),
      state: () => one(`SELECT count(*)::int AS n FROM remark`),
    },
    'resolve a remark on a plan of A': {
      prepare: async () => ({ remark: (await asSetup(`mutation($p: ID!) { r: addRemark(planId: $p, input: { text: "Op te lossen" }) { id } }`, { p: plan.published })).r.id }),
      run: (h, v) => call(h, `mutation($id: ID!) { p: resolveRemark(id: $id) { resolvedAt } }`, { id: v.remark }),
      state: (v) => one(`SELECT resolved_at, version FROM remark WHERE id = $1`, [rawId(v.remark as string)]),
    },
    'reply to a remark on a plan of A': {
      prepare: async () => ({ remark: (await asSetup(`mutation($p: ID!) { r: addRemark(planId: $p, input: { text: "Om op te reageren" }) { id } }`, { p: plan.published })).r.id }),
      run: (h, v, role) => call(h, `mutation($id: ID!, $t: String!) { p: replyToRemark(id: $id, input: { text: $t }) { id } }`, { id: v.remark, t: `van ${role}` }),
      state: (v) => one(`SELECT count(*)::int AS n FROM remark_reply WHERE remark_id = $1`, [rawId(v.remark as string)]),
    },
    'reopen a resolved remark on a plan of A': {
      prepare: async () => {
        const remark = (await asSetup(`mutation($p: ID!) { r: addRemark(planId: $p, input: { text: "Te heropenen" }) { id } }`, { p: plan.published })).r.id;
        await asSetup(`mutation($id: ID!) { resolveRemark(id: $id, note: "Opgelost") { id } }`, { id: remark });
        return { remark };
      },
      run: (h, v) => call(h, `mutation($id: ID!) { p: reopenRemark(id: $id) { resolved } }`, { id: v.remark }),
      state: (v) => one(`SELECT resolved_at, resolution_note, version FROM remark WHERE id = $1`, [rawId(v.remark as string)]),
    },
    "read another user's notification": {
      read: true,
      prepare: async () => ({ notification: await setupNotification() }),
      run: (h, v) => call(h, `query($id: ID!) { p: node(id: $id) { id } }`, { id: v.notification }),
      state: async () => null,
    },
    "mark another user's notification read": {
      prepare: async () => ({ notification: await setupNotification() }),
      run: (h, v) => call(h, `mutation($ids: [ID!]) { p: markNotificationsRead(ids: $ids) }`, { ids: [v.notification] }),
      state: (v) => one(`SELECT read_at FROM notification WHERE id = $1`, [rawId(v.notification as string)]),
    },
    'publish a draft plan of A (status)': {
      prepare: async () => ({ plan: (await asSetup(`mutation($z: ID!, $y: Int!) { r: createActionPlan(zoneId: $z, year: $y) { id } }`, { z: zone.a, y: 2040 + ++serial })).r.id }),
      run: (h, v) => call(h, `mutation($id: ID!) { p: setActionPlanStatus(id: $id, version: 1, status: PUBLISHED) { status } }`, { id: v.plan }),
      state: (v) => one(`SELECT status, version FROM action_plan WHERE id = $1`, [rawId(v.plan as string)]),
    },
    'create a cluster in A': {
      run: (h, _v, role) => call(h, `mutation($z: ID!, $n: String!) { p: createCluster(zoneId: $z, input: { kind: OTHER, name: $n }) { id } }`, { z: zone.a, n: `Cluster van ${role}` }),
      state: () => one(`SELECT count(*)::int AS n FROM cluster`),
    },
    'create a partner active in A': {
      run: (h, _v, role) => call(h, `mutation($n: String!, $z: ID!) { p: createPartner(input: { name: $n, zoneIds: [$z] }) { id } }`, { n: `Partner van ${role}`, z: zone.a }),
      state: () => one(`SELECT count(*)::int AS n FROM partner`),
    },
    "add a strategic goal to A's plan": {
      prepare: async () => ({
        plan: await gidOf(db, 'MultiYearPlan', `SELECT id FROM multi_year_plan WHERE zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid')`),
        number: `M${++serial}`,
      }),
      run: (h, v) =>
        call(h, `mutation($p: ID!, $n: String!) { p: createStrategicGoal(multiYearPlanId: $p, input: { number: $n, title: "Matrixdoel", kind: CONTENT }) { id } }`, {
          p: v.plan,
          n: v.number,
        }),
      state: () => one(`SELECT count(*)::int AS n FROM strategic_goal`),
    },
    'list users (administration)': {
      read: true,
      run: (h) => call(h, `{ p: users(first: 5) { totalCount } }`),
      state: async () => null,
    },
    'create a user': {
      run: (h, _v, role) =>
        call(h, `mutation($e: String!) { p: createUser(input: { name: "Matrix Gebruiker", email: $e }) { id } }`, { e: `matrix-${++serial}-${role.replace(/\W/g, '')}@zone.test` }),
      state: () => one(`SELECT count(*)::int AS n FROM app_user`),
    },
    'rename a user': {
      prepare: newUserRow,
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $n: String!) { p: updateUser(id: $id, version: $v, input: { name: $n }) { id } }`, {
          id: toGid('User', v.id),
          v: v.version,
          n: `Hernoemd door ${role}`,
        }),
      state: (v) => one(`SELECT name, version FROM app_user WHERE id = $1`, [v.id]),
    },
    'deactivate a user': {
      prepare: newUserRow,
      run: (h, v) => call(h, `mutation($id: ID!, $v: Int!) { p: deactivateUser(id: $id, version: $v) { id } }`, { id: toGid('User', v.id), v: v.version }),
      state: (v) => one(`SELECT disabled_at, version FROM app_user WHERE id = $1`, [v.id]),
    },
    'make a user administrator': {
      prepare: newUserRow,
      run: (h, v) => call(h, `mutation($id: ID!, $v: Int!) { p: setAdministrator(id: $id, version: $v, isAdmin: true) { id } }`, { id: toGid('User', v.id), v: v.version }),
      state: (v) => one(`SELECT is_admin, version FROM app_user WHERE id = $1`, [v.id]),
    },
    'make a user editor of A': {
      prepare: newUserRow,
      run: (h, v) => call(h, `mutation($u: ID!, $z: ID!) { p: setZoneMembership(userId: $u, zoneId: $z, role: EDITOR) { id } }`, { u: toGid('User', v.id), z: zone.a }),
      state: (v) => db.query(`SELECT zone_id, role FROM zone_membership WHERE user_id = $1`, [v.id]),
    },
    'remove a user from A': {
      prepare: async () => {
        const user = await newUserRow();
        await db.query(`INSERT INTO zone_membership (user_id, zone_id, role) VALUES ($1, $2, 'VIEWER')`, [user.id, rawId(zone.a)]);
        return user;
      },
      run: (h, v) => call(h, `mutation($u: ID!, $z: ID!) { p: removeZoneMembership(userId: $u, zoneId: $z) { id } }`, { u: toGid('User', v.id), z: zone.a }),
      state: (v) => db.query(`SELECT zone_id, role FROM zone_membership WHERE user_id = $1`, [v.id]),
    },
    'make a user coach of the region': {
      prepare: newUserRow,
      run: (h, v) => call(h, `mutation($u: ID!, $r: ID!) { p: addCoachRegion(userId: $u, regionId: $r) { id } }`, { u: toGid('User', v.id), r: region }),
      state: (v) => db.query(`SELECT region_id FROM coach_region WHERE user_id = $1`, [v.id]),
    },
    'create a zone': {
      run: (h, _v, role) => call(h, `mutation($n: String!, $r: ID!) { p: createZone(input: { name: $n, regionId: $r }) { id } }`, { n: `ELZ Matrix ${++serial} ${role}`, r: region }),
      state: () => one(`SELECT count(*)::int AS n FROM zone`),
    },
    'set the contact address of A': {
      prepare: async () => one(`SELECT version FROM zone WHERE slug = 'elz-leuven-zuid'`),
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $e: String!) { p: setZoneContactEmail(id: $id, version: $v, contactEmail: $e) { id } }`, {
          id: zone.a,
          v: v.version,
          e: `${role.replace(/\W/g, '')}@zone.test`,
        }),
      state: () => one(`SELECT contact_email, version FROM zone WHERE slug = 'elz-leuven-zuid'`),
    },
    'set the contact address of the region': {
      prepare: async () => one(`SELECT version FROM region WHERE slug = 'oost-brabant'`),
      run: (h, v, role) =>
        call(h, `mutation($id: ID!, $v: Int!, $e: String!) { p: setRegionContactEmail(id: $id, version: $v, contactEmail: $e) { id } }`, {
          id: region,
          v: v.version,
          e: `${role.replace(/\W/g, '')}@regio.test`,
        }),
      state: () => one(`SELECT contact_email, version FROM region WHERE slug = 'oost-brabant'`),
    },
  };

  /** A notification of the setup user's (an editor of A, B and C): nobody else reads or marks it. */
  async function setupNotification(): Promise<string> {
    const row = await one(
      `INSERT INTO notification (recipient_id, kind, subject_type, subject_id, actor_name, params) SELECT $1, 'REMARK_ADDED', 'Remark', id, 'Coach', $2::jsonb FROM remark LIMIT 1 RETURNING id`,
      [setup.userId, JSON.stringify({ subject: 'het actieplan', targetType: 'ActionPlan', targetId: rawId(plan.published), zoneSlug: 'elz-leuven-zuid', year: 2031 })],
    );
    return toGid('Notification', row.id);
  }

  /** A fresh user row to administer (no credentials: only its columns matter here). */
  async function newUserRow(): Promise<Vars> {
    return one(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, 'Matrix Doel', '') RETURNING id, version`, [`doel-${++serial}@zone.test`]);
  }

  function toGid(type: string, id: unknown): string {
    return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
  }

  /** Runs one cell and says what happened, in the matrix's symbols (or what went wrong). */
  async function outcome(op: Operation, role: Role): Promise<string> {
    const vars = (await op.prepare?.(role)) ?? {};
    const before = await op.state(vars);
    const res = await op.run(headers[role], vars, role);
    const unchanged = isDeepStrictEqual(before, await op.state(vars));
    const code = codeOf(res);
    const value = res.data?.p ?? null;
    if (!res.errors && value !== null) return op.read || !unchanged ? '✓' : '? allowed but nothing changed';
    if (!unchanged) return `? ${code ?? 'no error'} but the database changed`;
    if (code === (role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN')) return '✗';
    if (code === 'NOT_FOUND' || (!res.errors && value === null)) return '∅';
    return `? ${code}: ${res.errors?.[0]?.message}`;
  }

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    db = t.db;
    server = await startServer(db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zone.a = await zoneGid(db, 'elz-leuven-zuid');
    zone.b = await zoneGid(db, 'elz-leuven');
    zone.c = await zoneGid(db, 'elz-leuven-noord');
    region = await gidOf(db, 'Region', `SELECT id FROM region WHERE slug = 'oost-brabant'`);
    setup = await createTestUser(db, { editorOf: ['elz-leuven-zuid', 'elz-leuven', 'elz-leuven-noord'] });
    // A published and a draft plan of zone A, and a submitted one with an action (added, then submitted).
    const zoneA = rawId(zone.a);
    await db.query(`INSERT INTO action_plan (zone_id, year, status) VALUES ($1, 2031, 'PUBLISHED'), ($1, 2032, 'DRAFT')`, [zoneA]);
    plan.published = await gidOf(db, 'ActionPlan', `SELECT id FROM action_plan WHERE zone_id = $1 AND year = 2031`, [zoneA]);
    plan.draft = await gidOf(db, 'ActionPlan', `SELECT id FROM action_plan WHERE zone_id = $1 AND year = 2032`, [zoneA]);
    plan.submitted = (await asSetup(`mutation($z: ID!) { r: createActionPlan(zoneId: $z, year: 2033) { id } }`, { z: zone.a })).r.id;
    await asSetup(`mutation($p: ID!) { createAction(planId: $p, input: { title: "Matrix: ingediende actie" }) { action { id } } }`, { p: plan.submitted });
    await db.query(`UPDATE action_plan SET status = 'SUBMITTED', submitted_at = now() WHERE id = $1`, [rawId(plan.submitted)]);

    Object.assign(headers, await callerHeaders(db, server.url, ROLES));
  });
  afterAll(async () => {
    // Token requests record their last use without waiting; let them finish first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.close();
    await t.drop();
  });

  it('allows and denies each operation for each kind of caller, and a denied call changes nothing', async () => {
    const expected: Record<string, Record<Role, string>> = {};
    const actual: Record<string, Record<Role, string>> = {};
    for (const [name, row] of Object.entries(EXPECTED)) {
      const op = OPERATIONS[name];
      if (!op) throw new Error(`No operation for "${name}"`);
      const symbols = row.split(/\s+/);
      expected[name] = Object.fromEntries(ROLES.map((role, i) => [role, symbols[i]])) as Record<Role, string>;
      actual[name] = {} as Record<Role, string>;
      for (const role of ROLES) actual[name][role] = await outcome(op, role);
    }
    console.log(render(actual, expected));
    expect(actual).toEqual(expected);
  });
});

function render(actual: Record<string, Record<Role, string>>, expected: Record<string, Record<Role, string>>): string {
  const first = Math.max(...Object.keys(actual).map((k) => k.length));
  const width = Math.max(...ROLES.map((r) => r.length));
  const cell = (s: string) => s.padStart(Math.ceil((width + s.length) / 2)).padEnd(width);
  const lines = [
    'Permission matrix — A = ELZ Leuven Zuid, B = ELZ Leuven (co-owns "Poolen/delen van personeel" with A), C = ELZ Leuven Noord',
    '✓ allowed · ✗ FORBIDDEN / UNAUTHENTICATED, database unchanged · ∅ hidden (null / NOT_FOUND), database unchanged',
    '',
    `${''.padEnd(first)} | ${ROLES.map(cell).join(' | ')}`,
    `${'-'.repeat(first)}-+-${ROLES.map(() => '-'.repeat(width)).join('-+-')}`,
  ];
  for (const [name, row] of Object.entries(actual)) {
    lines.push(`${name.padEnd(first)} | ${ROLES.map((role) => cell(row[role] === expected[name]![role] ? row[role] : `!${row[role]!.slice(0, width - 1)}`)).join(' | ')}`);
  }
  const mismatches = Object.entries(actual).flatMap(([name, row]) =>
    ROLES.filter((r) => row[r] !== expected[name]![r]).map((r) => `  ${name} as ${r}: expected ${expected[name]![r]}, got ${row[r]}`),
  );
  if (mismatches.length) lines.push('', 'Differences from the expected matrix:', ...mismatches);
  return lines.join('\n');
}
