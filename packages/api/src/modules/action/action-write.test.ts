// Writing action sheets over real HTTP: validation that names the field and changes nothing,
// optimistic concurrency, shared ownership, the audit trail, draft visibility and submitting.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { gql } from '../../test/http';
import { createTestUser, type TestUser } from '../../test/users';

const ACTION_FIELDS = `id version title what inScope funding progressStatus
  evaluation { process { chosen } output { chosen } outcome { chosen } }
  indicators { id name targetValue values { value measuredOn } }
  steps { text month } timeline { month milestone } owners { zone { shortName } }`;

describe('writing action sheets', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let zuid: TestUser;
  let leuven: TestUser;
  let noord: TestUser;
  let coach: TestUser;
  let zuidViewer: TestUser;

  const planOf = async (user: TestUser, zone: string, year: number) =>
    (await gql(server.url, `query($z: String!, $y: Int!) { actionPlan(zoneSlug: $z, year: $y) { id version status actions { id version title } } }`, { z: zone, y: year }, user.headers)).data
      ?.actionPlan;
  const actionCount = async () => Number((await t.db.query(`SELECT count(*)::int AS n FROM action`))[0].n);

  beforeAll(async () => {
    t = await createTestDatabase({ seed: true });
    server = await startServer(t.db, { port: 0, host: '127.0.0.1', rateLimit: { ipPerMinute: 100_000, tokenPerMinute: 100_000 } });
    zuid = await createTestUser(t.db, { editorOf: ['elz-leuven-zuid'] });
    leuven = await createTestUser(t.db, { editorOf: ['elz-leuven'] });
    noord = await createTestUser(t.db, { editorOf: ['elz-leuven-noord'] });
    coach = await createTestUser(t.db, { coachOf: ['oost-brabant'] });
    zuidViewer = await createTestUser(t.db, { viewerOf: ['elz-leuven-zuid'] });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('rejects invalid input with errors that name the field, and stores nothing', async () => {
    const plan = await planOf(zuid, 'elz-leuven-zuid', 2025);
    const before = await actionCount();
    const res = await gql(
      server.url,
      `mutation($p: ID!, $i: ActionInput!) { createAction(planId: $p, input: $i) { action { id } } }`,
      { p: plan.id, i: { title: '   ', timeline: [{ month: 13 }], startDate: '2025-02-30' } },
      zuid.headers,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    const fields = (res.errors?.[0]?.extensions?.issues as { field: string; message: string }[]).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'timeline.0.month', 'startDate']));
    expect(res.errors?.[0]?.message).toBe('Titel is verplicht');
    expect(await actionCount()).toBe(before);

    // A wrong id names the argument it came in (planId, actionId, indicatorId), as every other write does.
    const action = plan.actions[0].id as string;
    const wrongIds: [string, Record<string, unknown>, string][] = [
      [`mutation($p: ID!) { createAction(planId: $p, input: { title: "Nieuw" }) { action { id } } }`, { p: action }, 'planId'],
      [`mutation($a: ID!) { addActionReview(actionId: $a, input: { reviewedOn: "2025-03-01", status: RUNNING, note: "x" }) { id } }`, { a: plan.id }, 'actionId'],
      [`mutation($i: ID!) { addIndicatorValue(indicatorId: $i, input: { value: 1, measuredOn: "2025-03-01" }) { id } }`, { i: action }, 'indicatorId'],
    ];
    for (const [mutation, variables, field] of wrongIds) {
      const wrong = await gql(server.url, mutation, variables, zuid.headers);
      expect([wrong.errors?.[0]?.extensions?.code, wrong.errors?.[0]?.extensions?.field]).toEqual(['INVALID_INPUT', field]);
    }
    expect(await actionCount()).toBe(before);
  });

  it('checks a partial update against the stored dates', async () => {
    const plan = await planOf(zuid, 'elz-leuven-zuid', 2025);
    const target = plan.actions.find((a: any) => a.title === 'Nieuwsbrief');
    const set = (input: Record<string, unknown>, version: number) =>
      gql(
        server.url,
        `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { version startDate endDate } } }`,
        { id: target.id, v: version, i: input },
        zuid.headers,
      );
    const first = await set({ startDate: '2025-03-01', endDate: '2025-06-30' }, target.version);
    expect(first.errors).toBeUndefined();
    const refused = await set({ endDate: '2025-01-31' }, first.data!.updateAction.action.version);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'endDate' });
    const [row] = await t.db.query(`SELECT end_date::text AS end FROM action WHERE title = 'Nieuwsbrief'`);
    expect(row.end).toBe('2025-06-30');
  });

  it('creates an action with every section and warns when no evaluation kind is chosen', async () => {
    const plan = await planOf(zuid, 'elz-leuven-zuid', 2025);
    const res = await gql(
      server.url,
      `mutation($p: ID!, $i: ActionInput!) { createAction(planId: $p, input: $i) { action { ${ACTION_FIELDS} } warnings { code severity } } }`,
      {
        p: plan.id,
        i: {
          title: 'Infomoment mantelzorgers',
          what: 'Een infomoment voor mantelzorgers in elke gemeente.',
          inScope: ['Infomoment organiseren', ''],
          funding: 'EXTRA',
          steps: [{ text: 'Zaal boeken', month: 2 }, { text: 'Uitnodiging versturen' }],
          timeline: [{ month: 3, milestone: 'Uitnodiging versturen' }, { month: 4, milestone: 'Infomoment gehouden' }, { month: 5 }],
          indicators: [{ name: 'Aantal deelnemers', targetValue: 60, targetUnit: 'deelnemers', kind: 'OUTPUT' }],
        },
      },
      zuid.headers,
    );
    expect(res.errors).toBeUndefined();
    const { action, warnings } = res.data!.createAction;
    expect(action.inScope).toEqual(['Infomoment organiseren']);
    expect(action.funding).toBe('EXTRA');
    expect(action.owners.map((o: any) => o.zone.shortName)).toEqual(['Leuven Zuid']);
    // One milestone system: the step's milestone month is a running month with that milestone; a
    // milestone given on a timeline month goes to the step with that text, else to a new step.
    expect(action.steps).toEqual([
      { text: 'Zaal boeken', month: 2 },
      { text: 'Uitnodiging versturen', month: 3 },
      { text: 'Infomoment gehouden', month: 4 },
    ]);
    expect(action.timeline).toEqual([
      { month: 2, milestone: 'Zaal boeken' },
      { month: 3, milestone: 'Uitnodiging versturen' },
      { month: 4, milestone: 'Infomoment gehouden' },
      { month: 5, milestone: null },
    ]);
    expect(action.indicators[0].targetValue).toBe(60);
    expect(warnings.map((w: any) => `${w.code}:${w.severity}`)).toEqual(expect.arrayContaining(['NO_EVALUATION_KIND:WARNING', 'NO_LEAD:WARNING', 'NO_GOAL:WARNING']));
  });

  it('lets one of two concurrent updates win and gives the other a conflict with the current values', async () => {
    const plan = await planOf(zuid, 'elz-leuven-zuid', 2025);
    const target = plan.actions.find((a: any) => a.title === 'Middagbabbels');
    const update = (headers: Record<string, string>, what: string) =>
      gql(
        server.url,
        `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { version what } } }`,
        { id: target.id, v: target.version, i: { what } },
        headers,
      );
    const [a, b] = await Promise.all([update(zuid.headers, 'Versie van A'), update(zuid.headers, 'Versie van B')]);
    const results = [a, b];
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const conflict = losers[0]!.errors![0]!;
    expect(conflict.extensions?.code).toBe('VERSION_CONFLICT');
    const winnerWhat = winners[0]!.data!.updateAction.action.what;
    expect(['Versie van A', 'Versie van B']).toContain(winnerWhat);
    expect((conflict.extensions?.current as any).what).toBe(winnerWhat);
    expect(conflict.extensions?.currentVersion).toBe(target.version + 1);
    const [row] = await t.db.query(`SELECT what, version FROM action WHERE title = 'Middagbabbels'`);
    expect(row).toEqual({ what: winnerWhat, version: target.version + 1 });
  });

  it('records every change with who, which fields, before and after', async () => {
    const plan = await planOf(zuid, 'elz-leuven-zuid', 2025);
    const target = plan.actions.find((a: any) => a.title === 'Nieuwsbrief');
    const res = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { id history { operation fields before after actorName } } } }`,
      { id: target.id, v: target.version, i: { progressStatus: 'RUNNING', timeline: [{ month: 1, milestone: 'Eerste nieuwsbrief' }] } },
      zuid.headers,
    );
    expect(res.errors).toBeUndefined();
    const [latest] = res.data!.updateAction.action.history;
    expect(latest.operation).toBe('UPDATE');
    // The timeline already ran in January: only the new step with its milestone month changed.
    expect(latest.fields).toEqual(['progressStatus', 'steps']);
    expect(latest.before.progressStatus).toBe('PLANNED');
    expect(latest.after.progressStatus).toBe('RUNNING');
    expect(latest.after.steps).toContainEqual({ text: 'Eerste nieuwsbrief', month: 1, date: null });
    expect(latest.actorName).toContain('Testgebruiker');
  });

  it('lets editors of every owner zone edit a shared action, and nobody else', async () => {
    const plan = await planOf(zuid, 'elz-leuven-zuid', 2025);
    const shared = plan.actions.find((a: any) => a.title === 'Werkgroepen personeelstekort nauwgezet opvolgen');
    const update = (user: TestUser, version: number, notes: string) =>
      gql(
        server.url,
        `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { version notes } } }`,
        { id: shared.id, v: version, i: { notes } },
        user.headers,
      );
    const byLeuven = await update(leuven, shared.version, 'Aangevuld door ELZ Leuven');
    expect(byLeuven.errors).toBeUndefined();
    const version = byLeuven.data!.updateAction.action.version;
    for (const outsider of [noord, coach, zuidViewer]) {
      const res = await update(outsider, version, 'Mag niet');
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const [row] = await t.db.query(`SELECT notes, version FROM action WHERE id = (SELECT id FROM action WHERE title = 'Werkgroepen personeelstekort nauwgezet opvolgen')`);
    expect(row).toEqual({ notes: 'Aangevuld door ELZ Leuven', version });
  });

  it('keeps indicator values when the indicator list is edited', async () => {
    const plan = await planOf(zuid, 'elz-leuven-zuid', 2025);
    const created = await gql(
      server.url,
      `mutation($p: ID!, $i: ActionInput!) { createAction(planId: $p, input: $i) { action { ${ACTION_FIELDS} } } }`,
      {
        p: plan.id,
        i: {
          title: 'Meting',
          indicators: [
            { name: 'Bereik', kind: 'OUTPUT' },
            { name: 'Tevredenheid', kind: 'OUTCOME' },
          ],
        },
      },
      zuid.headers,
    );
    const action = created.data!.createAction.action;
    const [reach, satisfaction] = action.indicators;
    const value = await gql(server.url, `mutation($i: ID!) { addIndicatorValue(indicatorId: $i, input: { value: 42, measuredOn: "2025-03-31" }) { value } }`, { i: reach.id }, zuid.headers);
    expect(value.errors).toBeUndefined();
    const updated = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { ${ACTION_FIELDS} } } }`,
      { id: action.id, v: action.version, i: { indicators: [{ id: reach.id, name: 'Bereik (aantal personen)', targetValue: 100, kind: 'OUTPUT' }] } },
      zuid.headers,
    );
    expect(updated.errors).toBeUndefined();
    const indicators = updated.data!.updateAction.action.indicators;
    expect(indicators).toHaveLength(1);
    expect(indicators[0]).toMatchObject({ id: reach.id, name: 'Bereik (aantal personen)', targetValue: 100, values: [{ value: 42, measuredOn: '2025-03-31' }] });
    expect(indicators.some((i: any) => i.id === satisfaction.id)).toBe(false);
  });

  it('keeps a draft plan visible to its own zone only, and carries actions over into it', async () => {
    const plan = await planOf(zuid, 'elz-leuven-zuid', 2025);
    const source = plan.actions.find((a: any) => a.title === 'Sociale media');
    const carried = await gql(
      server.url,
      `mutation($id: ID!) { carryOverAction(id: $id) { id title carriedOver continuedFrom { id } actionPlan { year status } } }`,
      { id: source.id },
      zuid.headers,
    );
    expect(carried.errors).toBeUndefined();
    expect(carried.data!.carryOverAction).toMatchObject({ title: 'Sociale media', carriedOver: true, continuedFrom: { id: source.id }, actionPlan: { year: 2026, status: 'DRAFT' } });

    expect((await planOf(zuidViewer, 'elz-leuven-zuid', 2026))?.actions).toHaveLength(1);
    expect(await planOf(noord, 'elz-leuven-zuid', 2026)).toBeNull();
    expect(await planOf(coach, 'elz-leuven-zuid', 2026)).toBeNull();
    const direct = await gql(server.url, `query($id: ID!) { action(id: $id) { title } }`, { id: carried.data!.carryOverAction.id }, coach.headers);
    expect(direct.data?.action).toBeNull();

    const again = await gql(server.url, `mutation($id: ID!) { carryOverAction(id: $id) { id } }`, { id: source.id }, zuid.headers);
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });

  it('refuses to submit a plan while an action has no evaluation kind, and submits it once fixed', async () => {
    const draft = await planOf(zuid, 'elz-leuven-zuid', 2026);
    const submit = (version: number) =>
      gql(
        server.url,
        `mutation($id: ID!, $v: Int!) { setActionPlanStatus(id: $id, version: $v, status: SUBMITTED) { status version submittedAt } }`,
        { id: draft.id, v: version },
        zuid.headers,
      );
    const checks = await gql(server.url, `query { actionPlan(zoneSlug: "elz-leuven-zuid", year: 2026) { planChecks(forSubmission: true) { code severity } } }`, {}, zuid.headers);
    const blocking = checks.data!.actionPlan.planChecks.filter((c: any) => c.severity === 'ERROR');
    // "Sociale media" was carried over with its ticked boxes: only the general texts, proposed from
    // 2025 when carrying over created the plan, block. Confirm them, then add an action without a kind.
    expect(blocking).toEqual([{ code: 'TEXTS_NOT_REVIEWED', severity: 'ERROR' }]);
    const confirmed = await gql(server.url, `mutation($id: ID!, $v: Int!) { confirmActionPlanTexts(id: $id, version: $v) { version } }`, { id: draft.id, v: draft.version }, zuid.headers);
    draft.version = confirmed.data!.confirmActionPlanTexts.version;
    const added = await gql(server.url, `mutation($p: ID!) { createAction(planId: $p, input: { title: "Nog te evalueren" }) { action { id version } } }`, { p: draft.id }, zuid.headers);
    const refused = await submit(draft.version);
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    expect((refused.errors?.[0]?.extensions?.checks as any[]).map((c) => c.code)).toEqual(['NO_EVALUATION_KIND']);
    expect((await t.db.query(`SELECT status FROM action_plan WHERE year = 2026 AND zone_id = (SELECT id FROM zone WHERE slug = 'elz-leuven-zuid')`))[0].status).toBe('DRAFT');

    const { id, version } = added.data!.createAction.action;
    await gql(
      server.url,
      `mutation($id: ID!, $v: Int!) { updateAction(id: $id, version: $v, input: { evaluation: { process: { chosen: true }, output: { chosen: false }, outcome: { chosen: false } } }) { action { id } } }`,
      { id, v: version },
      zuid.headers,
    );
    const accepted = await submit(draft.version);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.setActionPlanStatus.status).toBe('SUBMITTED');
    expect((await planOf(noord, 'elz-leuven-zuid', 2026))?.status).toBe('SUBMITTED');
  });
  it('saves a whole sheet (every section, steps, months, indicators, themes) in 11 statements, audit and notification included', async () => {
    // rate limit; lock; plan and owners; child rows before; update returning the row; steps; months;
    // indicators; themes (replaced by those that exist, in one); child rows after; audit record; who to tell.
    const full = `id version title what why inScope targetGroups progressStatus steps { text month date }
      evaluation { process { chosen text } output { chosen text } outcome { chosen text } }
      indicators { id name method targetValue targetUnit kind } timeline { month } themes { id }`;
    const plan = (await gql(server.url, `query { actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { actions { ${full} } } }`, {}, zuid.headers)).data!.actionPlan;
    const a = plan.actions.find((x: { steps: unknown[]; indicators: unknown[]; themes: unknown[] }) => x.steps.length && x.indicators.length && x.themes.length);
    const input = {
      title: a.title,
      what: `${a.what} (bewaard)`,
      why: a.why,
      inScope: a.inScope,
      targetGroups: a.targetGroups,
      steps: a.steps,
      evaluation: a.evaluation,
      indicators: a.indicators,
      timeline: a.timeline,
      themeIds: a.themes.map((t: { id: string }) => t.id),
      progressStatus: a.progressStatus,
    };
    const saved = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { id version updatedAt } warnings { code } } }`,
      { id: a.id, v: a.version, i: input },
      zuid.headers,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.sqlQueries).toBe(11);
    const after = (await gql(server.url, `query($id: ID!) { action(id: $id) { ${full} } }`, { id: a.id }, zuid.headers)).data!.action;
    expect(after.version).toBe(a.version + 1);
    // What came back is what was sent: steps in order, the same indicators (ids kept), months, themes.
    expect({ ...after, version: a.version, what: a.what }).toEqual({ ...a });
  });
  it('refuses a theme that does not exist on themeIds and keeps the themes and text as they were', async () => {
    const read = async (id: string) => (await gql(server.url, `query($id: ID!) { action(id: $id) { id version what themes { id } } }`, { id }, zuid.headers)).data!.action;
    const plan = await planOf(zuid, 'elz-leuven-zuid', 2025);
    const before = await read(plan.actions[1].id);
    const ghost = Buffer.from('Theme:00000000-0000-4000-8000-000000000000').toString('base64url');
    const res = await gql(
      server.url,
      `mutation($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { id } } }`,
      { id: before.id, v: before.version, i: { what: 'Niet bewaard', themeIds: [...before.themes.map((t: { id: string }) => t.id), ghost] } },
      zuid.headers,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('themeIds');
    expect(await read(before.id)).toEqual(before);
  });
});
