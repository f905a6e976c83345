// A submission that holds (seed: ELZ Leuven Noord 2025, submitted): a SUBMITTED plan's content (sheets, which actions it holds) refuses every
// write through the API, for its own staff and administrators alike, and nothing changes; its
// follow-up goes on; only an administrator reopens it, with a reason that lands in its history.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, gidOf, rawId } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

describe('a submitted plan', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let staff: TestUser;
  let admin: TestUser;
  let planId: string;
  let actionId: string;

  // Everything a write could change in zone Leuven Zuid's plans, read straight from the database.
  const contentOfZone = () =>
    t.db.query(
      `SELECT p.year, p.status, p.version AS plan_version, a.title, a.version, a.position, a.notes,
              (SELECT count(*) FROM action_step s WHERE s.action_id = a.id)::int AS steps
         FROM action_plan p LEFT JOIN action a ON a.action_plan_id = p.id
        WHERE p.zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-noord') ORDER BY p.year, a.position`,
    );
  const call = (user: TestUser, query: string, variables: Record<string, unknown> = {}) => gql(server.url, query, variables, user.headers);
  const versionOf = async (table: string, id: string) => Number((await t.db.query(`SELECT version FROM ${table} WHERE id = $1`, [rawId(id)]))[0].version);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    staff = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
    admin = await createTestUser(t.db, { admin: true });
    // The seed's ELZ Leuven Noord 2025 passes the blocking checks and is submitted.
    planId = await gidOf(t.db, 'ActionPlan', `SELECT id FROM action_plan WHERE year = 2025 AND status = 'SUBMITTED' AND zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-noord')`);
    actionId = await gidOf(
      t.db,
      'Action',
      `SELECT a.id FROM action a WHERE a.action_plan_id = $1 AND EXISTS (SELECT 1 FROM action_indicator i WHERE i.action_id = a.id) ORDER BY a.position LIMIT 1`,
      [rawId(planId)],
    );
    // Its next year's plan, submitted too: carrying an action over into it must fail.
    await t.db.query(
      `INSERT INTO action_plan (zone_id, year, status, submitted_at) SELECT zone_id, 2026, 'SUBMITTED', now() FROM action_plan WHERE id = $1 ON CONFLICT (zone_id, year) DO UPDATE SET status = 'SUBMITTED'`,
      [rawId(planId)],
    );
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('tells its staff and the admin through viewerCan… that its content is read-only, its follow-up not', async () => {
    const read = (user: TestUser) =>
      call(
        user,
        `query($id: ID!) { node(id: $id) { ... on ActionPlan { viewerCanEdit viewerCanFollowUp viewerCanReopen actions { id viewerCanEdit viewerCanDelete viewerCanFollowUp viewerCanCarryOver } } } }`,
        { id: planId },
      );
    const byStaff = (await read(staff)).data!.node;
    expect(byStaff).toMatchObject({ viewerCanEdit: false, viewerCanFollowUp: true, viewerCanReopen: false });
    expect(byStaff.actions.length).toBeGreaterThan(0);
    for (const a of byStaff.actions) expect(a).toMatchObject({ viewerCanEdit: false, viewerCanDelete: false, viewerCanFollowUp: true, viewerCanCarryOver: true });
    const byAdmin = (await read(admin)).data!.node;
    expect(byAdmin).toMatchObject({ viewerCanEdit: false, viewerCanReopen: true });
    expect(byAdmin.actions[0]).toMatchObject({ viewerCanEdit: false, viewerCanDelete: false });
  });

  it('refuses every write of its content, for staff and admin, with FORBIDDEN, and nothing changes', async () => {
    const before = await contentOfZone();
    const av = await versionOf('action', actionId);
    const pv = await versionOf('action_plan', planId);
    for (const user of [staff, admin]) {
      const attempts = [
        call(
          user,
          `mutation($p: ID!) { r: createAction(planId: $p, input: { title: "Na indiening", evaluation: { process: { chosen: true }, output: { chosen: false }, outcome: { chosen: false } } }) { action { id } } }`,
          { p: planId },
        ),
        call(user, `mutation($id: ID!, $v: Int!) { r: updateAction(id: $id, version: $v, input: { notes: "gewijzigd", steps: [{ text: "Nieuwe stap" }] }) { action { id } } }`, {
          id: actionId,
          v: av,
        }),
        call(user, `mutation($id: ID!, $v: Int!) { r: deleteAction(id: $id, version: $v) }`, { id: actionId, v: av }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(codeOf(res)).toBe('FORBIDDEN');
        expect(res.errors?.[0]?.message).toMatch(/^Dit plan is ingediend: /);
      }
    }
    // Carrying an action of the submitted 2025 plan (allowed: it copies) into the submitted 2026 plan (refused).
    const out = await call(staff, `mutation($id: ID!) { r: carryOverAction(id: $id) { id } }`, { id: actionId });
    expect(codeOf(out)).toBe('FORBIDDEN');
    // Leaving the status: staff are refused; the admin is sent to "reopen, with a reason".
    const back = await call(staff, `mutation($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: PUBLISHED) { status } }`, { id: planId, v: pv });
    expect(codeOf(back)).toBe('FORBIDDEN');
    expect(back.errors?.[0]?.message).toMatch(/^Dit plan is ingediend: /);
    const adminBack = await call(admin, `mutation($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: DRAFT) { status } }`, { id: planId, v: pv });
    expect(codeOf(adminBack)).toBe('INVALID_INPUT');
    expect(await contentOfZone()).toEqual(before);
  });

  it('still takes reviews and measured values: the plan is carried out after it is handed in', async () => {
    const review = await call(staff, `mutation($id: ID!) { r: addActionReview(actionId: $id, input: { reviewedOn: "2025-03-31", quarter: 1, status: RUNNING, note: "Q1 loopt" }) { id } }`, {
      id: actionId,
    });
    expect(review.errors).toBeUndefined();
    const indicator = (await call(staff, `query($id: ID!) { action(id: $id) { indicators { id } } }`, { id: actionId })).data!.action.indicators[0];
    const value = await call(staff, `mutation($id: ID!) { r: addIndicatorValue(indicatorId: $id, input: { value: 3, measuredOn: "2025-03-31" }) { id } }`, { id: indicator.id });
    expect(value.errors).toBeUndefined();
  });

  it('is reopened by an administrator only, with a reason recorded in its history', async () => {
    const reopen = (user: TestUser, reason: string) =>
      call(user, `mutation($id: ID!, $v: Int!, $r: String!) { r: reopenActionPlan(id: $id, version: $v, reason: $r) { status submittedAt viewerCanEdit } }`, {
        id: planId,
        v: pv,
        r: reason,
      });
    let pv = await versionOf('action_plan', planId);
    const byStaff = await reopen(staff, 'Wij willen nog iets wijzigen');
    expect(codeOf(byStaff)).toBe('FORBIDDEN');
    const noReason = await reopen(admin, '   ');
    expect(codeOf(noReason)).toBe('INVALID_INPUT');
    expect(noReason.errors?.[0]?.extensions?.field).toBe('reason');
    expect((await t.db.query(`SELECT status FROM action_plan WHERE id = $1`, [rawId(planId)]))[0].status).toBe('SUBMITTED');

    const done = await reopen(admin, 'Het Departement Zorg vraagt een correctie van actie 3.');
    expect(done.errors).toBeUndefined();
    expect(done.data!.r).toEqual({ status: 'PUBLISHED', submittedAt: null, viewerCanEdit: true });
    const history: { fields: string[]; after: Record<string, unknown> }[] = await t.db.query(`SELECT fields, after FROM audit_entry WHERE entity_id = $1 ORDER BY at, id`, [rawId(planId)]);
    expect(history.map((h) => h.after)).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'PUBLISHED' }), { reopenReason: 'Het Departement Zorg vraagt een correctie van actie 3.' }]),
    );

    // Editable again, for its staff.
    const av = await versionOf('action', actionId);
    const edit = await call(staff, `mutation($id: ID!, $v: Int!) { r: updateAction(id: $id, version: $v, input: { notes: "na heropening" }) { action { notes } } }`, { id: actionId, v: av });
    expect(edit.errors).toBeUndefined();
    pv = await versionOf('action_plan', planId);
    const again = await reopen(admin, 'Nog eens');
    expect(codeOf(again)).toBe('INVALID_INPUT');
  });

  it('keeps the exact Word export and JSON of each submission, with who and when, downloadable later', async () => {
    const zoneId = (await call(staff, `{ zone(slug: "elz-leuven-noord") { id } }`)).data!.zone.id;
    const created = (await call(staff, `mutation($z: ID!) { r: createActionPlan(zoneId: $z, year: 2030) { id version } }`, { z: zoneId })).data!.r;
    // Its general texts are proposed from the plan before: reviewed as they are.
    const plan = (await call(staff, `mutation($id: ID!, $v: Int!) { r: confirmActionPlanTexts(id: $id, version: $v) { id version } }`, { id: created.id, v: created.version })).data!.r;
    const kind = { process: { chosen: true }, output: { chosen: false }, outcome: { chosen: false } };
    await call(staff, `mutation($p: ID!, $e: ActionEvaluationInput!) { createAction(planId: $p, input: { title: "Zoals ingediend", evaluation: $e }) { action { id } } }`, {
      p: plan.id,
      e: kind,
    });
    const submitted = await call(
      staff,
      `mutation($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: SUBMITTED) { version submissions { submittedAt submittedByName docxUrl jsonUrl } } }`,
      { id: plan.id, v: plan.version },
    );
    expect(submitted.errors).toBeUndefined();
    const [kept] = submitted.data!.r.submissions;
    expect(submitted.data!.r.submissions).toHaveLength(1);
    expect(kept.submittedByName).toMatch(/^Testgebruiker /);

    // Reopened and changed afterwards: the kept version still says what went in.
    await call(admin, `mutation($id: ID!, $v: Int!) { reopenActionPlan(id: $id, version: $v, reason: "Correctie") { id } }`, { id: plan.id, v: submitted.data!.r.version });
    await call(staff, `mutation($p: ID!, $e: ActionEvaluationInput!) { createAction(planId: $p, input: { title: "Later toegevoegd", evaluation: $e }) { action { id } } }`, {
      p: plan.id,
      e: kind,
    });
    const json = await fetch(`${server.url}${kept.jsonUrl}`, { headers: staff.headers });
    expect(json.status).toBe(200);
    const text = await json.text();
    expect(text).toContain('Zoals ingediend');
    expect(text).not.toContain('Later toegevoegd');
    const docx = await fetch(`${server.url}${kept.docxUrl}`, { headers: staff.headers });
    expect(docx.headers.get('content-disposition')).toMatch(/-ingediend-\d{4}-\d{2}-\d{2}\.docx"$/);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // Not for whoever cannot read the plan: without a sign-in, nothing.
    expect((await fetch(`${server.url}${kept.jsonUrl}`)).status).toBe(401);
  });

  it('shows exactly what changed since a submission: one edited field and one added action, for whoever reads the plan', async () => {
    const zoneId = (await call(staff, `{ zone(slug: "elz-leuven-noord") { id } }`)).data!.zone.id;
    const plan = (await call(staff, `mutation($z: ID!) { r: createActionPlan(zoneId: $z, year: 2031) { id version } }`, { z: zoneId })).data!.r;
    const evaluation = { process: { chosen: true }, output: { chosen: false }, outcome: { chosen: false } };
    const first = (
      await call(
        staff,
        `mutation($p: ID!, $e: ActionEvaluationInput!) { createAction(planId: $p, input: { title: "Vorming huisartsen", lead: { text: "ELZ Leuven Noord" }, evaluation: $e }) { action { id number version } } }`,
        { p: plan.id, e: evaluation },
      )
    ).data!.createAction.action;
    await call(staff, `mutation($p: ID!, $e: ActionEvaluationInput!) { createAction(planId: $p, input: { title: "Overleg apothekers", evaluation: $e }) { action { id } } }`, {
      p: plan.id,
      e: evaluation,
    });
    const submitted = (
      await call(staff, `mutation($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: SUBMITTED) { version submissions { id } } }`, { id: plan.id, v: plan.version })
    ).data!.r;
    const submissionId = submitted.submissions[0].id;
    const changesQuery = `query($id: ID!) { node(id: $id) { ... on PlanSubmission { changesSinceSubmission { unchanged plan { field } actions { kind number title fields { field label before after } } } } } }`;
    const changes = async (user: TestUser) => (await call(user, changesQuery, { id: submissionId })).data?.node?.changesSinceSubmission;

    expect(await changes(staff)).toEqual({ unchanged: true, plan: [], actions: [] });

    await call(admin, `mutation($id: ID!, $v: Int!) { reopenActionPlan(id: $id, version: $v, reason: "Correctie trekker") { id } }`, { id: plan.id, v: submitted.version });
    const edited = await call(staff, `mutation($id: ID!, $v: Int!) { r: updateAction(id: $id, version: $v, input: { lead: { text: "Stad Leuven" } }) { action { id } } }`, {
      id: first.id,
      v: await versionOf('action', first.id),
    });
    expect(edited.errors).toBeUndefined();
    const added = await call(staff, `mutation($p: ID!, $e: ActionEvaluationInput!) { createAction(planId: $p, input: { title: "Nieuwsbrief", evaluation: $e }) { action { number } } }`, {
      p: plan.id,
      e: evaluation,
    });
    expect(added.errors).toBeUndefined();

    expect(await changes(staff)).toEqual({
      unchanged: false,
      plan: [],
      actions: [
        { kind: 'CHANGED', number: first.number, title: 'Vorming huisartsen', fields: [{ field: 'lead', label: 'Trekker', before: 'ELZ Leuven Noord', after: 'Stad Leuven' }] },
        { kind: 'ADDED', number: added.data!.createAction.action.number, title: 'Nieuwsbrief', fields: [] },
      ],
    });

    // Back to a draft: the submission and its changes are no longer readable by another zone's staff.
    const other = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    expect((await changes(other))?.unchanged).toBe(false);
    const pv = await versionOf('action_plan', plan.id);
    expect((await call(staff, `mutation($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: DRAFT) { status } }`, { id: plan.id, v: pv })).errors).toBeUndefined();
    const hidden = await call(other, changesQuery, { id: submissionId });
    expect(hidden.data?.node).toBeNull();
  });
});
