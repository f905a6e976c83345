// The yearly report over real HTTP against the seeded database: its content comes from what was
// recorded (status, indicator values in the plan year, reviews), narratives are versioned and
// refused writes change nothing, a submission is frozen (JSON and Word kept, later changes do not
// reach it), only an administrator reopens it with a reason, and the coach's region roll-up counts
// what the coach sees (never a zone's draft).
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { codeOf, fieldOf, gidOf, rawId } from '../../test/fixtures';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const REPORT = `query($slug: String!, $year: Int!) { actionPlan(zoneSlug: $slug, year: $year) { id yearReport {
  planId status version submittedAt submittedByName deadline viewerCanEdit viewerCanReopen docxUrl jsonUrl
  summary { actionCount planned running done postponed stopped indicatorCount indicatorsWithTarget indicatorsMeasured averageAchievement }
  strategicGoals { strategicGoalId number title narrative
    actions { actionId title progressStatus indicators { name target measured measuredOn achievement } reviews { quarter reviewedOn status note } }
    operationalGoals { number actions { actionId title progressStatus indicators { name target measured measuredOn achievement } reviews { quarter reviewedOn status note } } } }
  actionsWithoutGoal { actionId title progressStatus indicators { name target measured measuredOn achievement } reviews { quarter status note } }
  submissions { id submittedAt submittedByName docxUrl jsonUrl } } } }`;

const allActions = (r: any): any[] => [...r.strategicGoals.flatMap((sd: any) => [...sd.actions, ...sd.operationalGoals.flatMap((od: any) => od.actions)]), ...r.actionsWithoutGoal];

describe('the yearly report', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let staff: TestUser;
  let other: TestUser;
  let coach: TestUser;
  let admin: TestUser;
  let planId: string;
  let actionId: string;
  let goalId: string;

  const call = (user: TestUser, query: string, variables: Record<string, unknown> = {}) => gql(server.url, query, variables, user.headers);
  const report = async (user: TestUser = staff, slug = 'elz-leuven-zuid', year = 2025) => (await call(user, REPORT, { slug, year })).data!.actionPlan?.yearReport;
  const reportRows = () =>
    t.db.query(`SELECT status, version, narratives, (SELECT count(*) FROM year_report_submission s WHERE s.year_report_id = r.id)::int AS kept FROM year_report r ORDER BY id`);
  const narrative = (user: TestUser, text: string | null, version: number, goal = goalId) =>
    call(user, `mutation($p: ID!, $g: ID!, $t: String, $v: Int!) { r: updateYearReportNarrative(planId: $p, strategicGoalId: $g, text: $t, version: $v) { yearReport { version } } }`, {
      p: planId,
      g: goal,
      t: text,
      v: version,
    });
  const submit = (user: TestUser, version: number) =>
    call(user, `mutation($p: ID!, $v: Int!) { r: submitYearReport(planId: $p, version: $v) { yearReport { status version } } }`, { p: planId, v: version });
  const download = (path: string, user: TestUser = staff) => fetch(`${server.url}${path}`, { headers: user.headers });

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    staff = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    other = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
    coach = await createTestUser(t.db, { coachOf: ['oost-brabant'] });
    admin = await createTestUser(t.db, { admin: true });
    planId = await gidOf(t.db, 'ActionPlan', `SELECT p.id FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE z.slug = 'elz-leuven-zuid' AND p.year = 2025`);
    actionId = await gidOf(
      t.db,
      'Action',
      `SELECT a.id FROM action a WHERE a.action_plan_id = $1 AND a.operational_goal_id IS NOT NULL AND EXISTS (SELECT 1 FROM action_indicator i WHERE i.action_id = a.id) ORDER BY a.position LIMIT 1`,
      [rawId(planId)],
    );
    goalId = await gidOf(t.db, 'StrategicGoal', `SELECT o.strategic_goal_id AS id FROM action a JOIN operational_goal o ON o.id = a.operational_goal_id WHERE a.id = $1`, [rawId(actionId)]);
    // Recorded during the year: a target, three measurements (one in the next year) and a review.
    const [indicator] = await t.db.query(
      `UPDATE action_indicator SET target_value = 10, target_unit = 'sessies' WHERE id = (SELECT id FROM action_indicator WHERE action_id = $1 ORDER BY position LIMIT 1) RETURNING id`,
      [rawId(actionId)],
    );
    const indicatorGid = Buffer.from(`ActionIndicator:${indicator[0].id}`).toString('base64url');
    for (const [value, measuredOn] of [
      [4, '2025-03-31'],
      [8, '2025-09-30'],
      [20, '2026-02-01'],
    ] as const) {
      const res = await call(staff, `mutation($id: ID!, $v: Float!, $d: String!) { addIndicatorValue(indicatorId: $id, input: { value: $v, measuredOn: $d }) { id } }`, {
        id: indicatorGid,
        v: value,
        d: measuredOn,
      });
      expect(res.errors).toBeUndefined();
    }
    const review = await call(
      staff,
      `mutation($id: ID!) { addActionReview(actionId: $id, input: { reviewedOn: "2025-04-02", quarter: 1, status: RUNNING, note: "Eerste sessies gegeven" }) { id } }`,
      { id: actionId },
    );
    expect(review.errors).toBeUndefined();
    await t.db.query(`UPDATE action SET progress_status = 'RUNNING' WHERE id = $1`, [rawId(actionId)]);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('is generated from what was recorded: status, the latest value measured in the plan year against the target, reviews, counts', async () => {
    const r = await report();
    expect(r).toMatchObject({ planId, status: 'DRAFT', version: 1, deadline: '2026-05-01', viewerCanEdit: true, viewerCanReopen: false, submissions: [] });
    const action = allActions(r).find((a) => a.actionId === actionId);
    expect(action.progressStatus).toBe('RUNNING');
    // 20 was measured in 2026: not this year's value.
    expect(action.indicators[0]).toMatchObject({ target: 10, measured: 8, measuredOn: '2025-09-30', achievement: 80 });
    expect(action.reviews).toEqual([{ quarter: 1, reviewedOn: '2025-04-02', status: 'RUNNING', note: 'Eerste sessies gegeven' }]);
    // Every action of the plan once, counted by its status as stored.
    const counts: { progress_status: string; n: number }[] = await t.db.query(`SELECT progress_status, count(*)::int AS n FROM action WHERE action_plan_id = $1 GROUP BY 1`, [rawId(planId)]);
    const n = (s: string) => counts.find((c) => c.progress_status === s)?.n ?? 0;
    expect(allActions(r)).toHaveLength(counts.reduce((sum, c) => sum + c.n, 0));
    expect(new Set(allActions(r).map((a) => a.actionId)).size).toBe(allActions(r).length);
    expect(r.summary).toMatchObject({
      actionCount: allActions(r).length,
      planned: n('PLANNED'),
      running: n('RUNNING'),
      done: n('DONE'),
      postponed: n('POSTPONED'),
      stopped: n('STOPPED'),
      indicatorsWithTarget: 1,
      indicatorsMeasured: 1,
      averageAchievement: 80,
    });
  });

  it('takes a narrative per strategic goal with a version check; refused writes change nothing', async () => {
    const ok = await narrative(staff, 'Het personeelstekort bleef het hele jaar bovenaan de agenda.', 1);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.r.yearReport.version).toBe(2);
    const before = await reportRows();
    const otherGoal = await gidOf(
      t.db,
      'StrategicGoal',
      `SELECT s.id FROM strategic_goal s JOIN multi_year_plan m ON m.id = s.multi_year_plan_id JOIN zone z ON z.id = m.zone_id WHERE z.slug = 'elz-leuven' LIMIT 1`,
    );
    const refusals: [Promise<any>, string, string?][] = [
      [narrative(staff, 'Oude versie', 1), 'VERSION_CONFLICT'],
      [narrative(staff, 'x'.repeat(5001), 2), 'INVALID_INPUT', 'text'],
      [narrative(staff, 'Verkeerd doel', 2, otherGoal), 'INVALID_INPUT', 'strategicGoalId'],
      [narrative(other, 'Andere zone', 2), 'FORBIDDEN'],
      [narrative(coach, 'Coach', 2), 'FORBIDDEN'],
    ];
    for (const [res, code, field] of refusals) {
      const out = await res;
      expect(codeOf(out)).toBe(code);
      if (field) expect(fieldOf(out)).toBe(field);
    }
    expect(await reportRows()).toEqual(before);
    const r = await report();
    expect(r.strategicGoals.find((sd: any) => sd.strategicGoalId === goalId).narrative).toBe('Het personeelstekort bleef het hele jaar bovenaan de agenda.');
    expect((await report(coach)).viewerCanEdit).toBe(false);
    // Recorded in the report's history, keyed by the goal's global id (no raw key reaches a client).
    const history = (
      await call(staff, `query($s: String!, $y: Int!) { actionPlan(zoneSlug: $s, year: $y) { yearReport { history { operation fields actorName after } } } }`, {
        s: 'elz-leuven-zuid',
        y: 2025,
      })
    ).data!.actionPlan.yearReport.history;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ operation: 'UPDATE', fields: ['narratives'], after: { narratives: { [goalId]: 'Het personeelstekort bleef het hele jaar bovenaan de agenda.' } } });
  });

  it('is frozen once submitted: the kept JSON and Word file do not change when an action changes', async () => {
    const r = await report();
    const stale = await submit(staff, r.version - 1);
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    const byOther = await submit(other, r.version);
    expect(codeOf(byOther)).toBe('FORBIDDEN');
    const done = await submit(staff, r.version);
    expect(done.errors).toBeUndefined();
    expect(done.data!.r.yearReport.status).toBe('SUBMITTED');
    const submitted = await report();
    expect(submitted).toMatchObject({ status: 'SUBMITTED', viewerCanEdit: false, submittedByName: expect.stringContaining('Testgebruiker') });
    expect(submitted.submissions).toHaveLength(1);
    const json1 = await (await download(submitted.jsonUrl)).json();
    const keptJson = await (await download(submitted.submissions[0].jsonUrl)).json();
    expect(json1).toEqual(keptJson);
    const docx1 = Buffer.from(await (await download(submitted.docxUrl)).arrayBuffer());
    const keptRes = await download(submitted.submissions[0].docxUrl);
    expect(keptRes.headers.get('content-type')).toContain('wordprocessingml');
    expect(keptRes.headers.get('content-disposition')).toMatch(/Jaarrapport-2025-ELZ-Leuven-Zuid-ingediend-\d{4}-\d{2}-\d{2}\.docx/);
    const kept = Buffer.from(await keptRes.arrayBuffer());
    // To look at the pages (libreoffice --headless --convert-to pdf): YEAR_REPORT_DOCX=/tmp/x.docx.
    if (process.env.YEAR_REPORT_DOCX) writeFileSync(process.env.YEAR_REPORT_DOCX, kept);
    expect(docx1.equals(kept)).toBe(true);
    const xml = await (await JSZip.loadAsync(kept)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Het personeelstekort bleef het hele jaar bovenaan de agenda.');
    expect(xml).toContain('Eerste sessies gegeven');
    expect(xml).toContain('80%');

    // The year goes on: the action is stopped and measured again.
    await t.db.query(`UPDATE action SET progress_status = 'STOPPED', title = 'Hernoemd na indiening' WHERE id = $1`, [rawId(actionId)]);
    await t.db.query(`INSERT INTO indicator_value (indicator_id, value, measured_on) SELECT id, 10, '2025-12-31' FROM action_indicator WHERE action_id = $1 ORDER BY position LIMIT 1`, [
      rawId(actionId),
    ]);
    const after = await report();
    expect(after.summary).toEqual(submitted.summary);
    expect(allActions(after)).toEqual(allActions(submitted));
    expect(await (await download(after.jsonUrl)).json()).toEqual(json1);
    expect(Buffer.from(await (await download(after.docxUrl)).arrayBuffer()).equals(kept)).toBe(true);
    // Writes refused, for its own staff too; nothing changes.
    const rows = await reportRows();
    expect(codeOf(await narrative(staff, 'Te laat', after.version))).toBe('FORBIDDEN');
    expect(codeOf(await submit(staff, after.version))).toBe('FORBIDDEN');
    expect(await reportRows()).toEqual(rows);
  });

  it('is reopened by an administrator only, with a reason in its history; the submission stays kept', async () => {
    const r = await report();
    const reopen = (user: TestUser, reason: string) =>
      call(user, `mutation($p: ID!, $v: Int!, $r: String!) { r: reopenYearReport(planId: $p, version: $v, reason: $r) { yearReport { status } } }`, { p: planId, v: r.version, r: reason });
    const rows = await reportRows();
    expect(codeOf(await reopen(staff, 'Ik wil nog iets wijzigen'))).toBe('FORBIDDEN');
    const noReason = await reopen(admin, '  ');
    expect(codeOf(noReason)).toBe('INVALID_INPUT');
    expect(fieldOf(noReason)).toBe('reason');
    expect(await reportRows()).toEqual(rows);
    expect((await report(admin)).viewerCanReopen).toBe(true);
    const ok = await reopen(admin, 'Cijfers van Q4 ontbraken');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.r.yearReport.status).toBe('DRAFT');
    const history = (
      await call(staff, `query($s: String!, $y: Int!) { actionPlan(zoneSlug: $s, year: $y) { yearReport { history { entityType fields actorName after } } } }`, {
        s: 'elz-leuven-zuid',
        y: 2025,
      })
    ).data!.actionPlan.yearReport.history;
    // The status change and its reason are recorded in one transaction (the same moment).
    expect(history.find((h: any) => h.fields.includes('reopenReason'))).toMatchObject({ entityType: 'YearReport', after: { reopenReason: 'Cijfers van Q4 ontbraken' } });
    expect(history.find((h: any) => h.fields.includes('status') && h.after.status === 'DRAFT')).toBeDefined();
    expect(history.map((h: any) => h.entityType)).toContain('YearReportSubmission');
    expect(JSON.stringify(history)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    const reopened = await report();
    expect(reopened).toMatchObject({ status: 'DRAFT', viewerCanEdit: true });
    expect(reopened.submissions).toHaveLength(1);
    expect((await download(reopened.submissions[0].docxUrl)).status).toBe(200);
    // Live again: the later changes show.
    const live = allActions(reopened).find((a) => a.actionId === actionId);
    expect(live).toMatchObject({ title: 'Hernoemd na indiening', progressStatus: 'STOPPED' });
    expect(live.indicators[0]).toMatchObject({ measured: 10, measuredOn: '2025-12-31', achievement: 100 });
  });

  it("rolls the region up per zone and theme for the coach, matching the data, without a zone's draft", async () => {
    // ELZ Leuven's 2025 plan goes back to draft: its actions are its own zone's business.
    await t.db.query(`UPDATE action_plan SET status = 'DRAFT' WHERE year = 2025 AND zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven')`);
    const q = `{ region(slug: "oost-brabant") { yearReport(year: 2025) { deadline total { actionCount done stopped running postponed planned averageAchievement }
      zones { name slug reportStatus summary { actionCount done running postponed stopped planned indicatorsMeasured averageAchievement } }
      themes { id name summary { actionCount done stopped } } } } }`;
    const res = await call(coach, q);
    expect(res.errors).toBeUndefined();
    const roll = res.data!.region.yearReport;
    expect(roll.deadline).toBe('2026-05-01');
    const expected: { slug: string; status: string; n: number }[] = await t.db.query(
      `SELECT z.slug, a.progress_status AS status, count(*)::int AS n FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
        JOIN region r ON r.id = z.region_id WHERE r.slug = 'oost-brabant' AND p.year = 2025 AND p.status <> 'DRAFT' GROUP BY 1, 2`,
    );
    for (const zone of roll.zones) {
      const n = (s: string) => expected.find((e) => e.slug === zone.slug && e.status === s)?.n ?? 0;
      expect(zone.summary).toMatchObject({ done: n('DONE'), running: n('RUNNING'), postponed: n('POSTPONED'), stopped: n('STOPPED'), planned: n('PLANNED') });
    }
    const leuven = roll.zones.find((z: any) => z.slug === 'elz-leuven');
    expect(leuven).toMatchObject({ reportStatus: null, summary: { actionCount: 0 } });
    const zuid = roll.zones.find((z: any) => z.slug === 'elz-leuven-zuid');
    expect(zuid).toMatchObject({ reportStatus: 'DRAFT', summary: { stopped: 1, indicatorsMeasured: 1, averageAchievement: 100 } });
    expect(roll.total.actionCount).toBe(expected.reduce((sum, e) => sum + e.n, 0));
    // Per theme: the actions with that theme the coach sees.
    const themes: { name: string; n: number }[] = await t.db.query(
      `SELECT t.name, count(*)::int AS n FROM action a JOIN action_theme at ON at.action_id = a.id JOIN theme t ON t.id = at.theme_id JOIN action_plan p ON p.id = a.action_plan_id
        JOIN zone z ON z.id = p.zone_id JOIN region r ON r.id = z.region_id WHERE r.slug = 'oost-brabant' AND p.year = 2025 AND p.status <> 'DRAFT' GROUP BY 1 ORDER BY 1`,
    );
    expect(roll.themes.map((th: any) => [th.name, th.summary.actionCount])).toEqual(themes.map((th) => [th.name, th.n]));
    // The draft's own report stays hidden from the coach; its zone's staff see it.
    expect((await call(coach, REPORT, { slug: 'elz-leuven', year: 2025 })).data!.actionPlan).toBeNull();
    expect(await report(other, 'elz-leuven')).toMatchObject({ status: 'DRAFT' });
    // The roll-up is for the region's coaches and administrators.
    expect(codeOf(await call(staff, q))).toBe('FORBIDDEN');
    expect((await call(admin, q)).data!.region.yearReport.zones.find((z: any) => z.slug === 'elz-leuven').summary.actionCount).toBeGreaterThan(0);
  });
});
