// What the viewer may do comes from the server (issue 11, finding 3): every screen shows its edit
// controls from the `viewerCan…` fields, so a co-owner zone edits a shared action while it stands
// in another zone's draft plan (as the API allows), and nobody else sees controls the API refuses.
import type { APIRequestContext, Page } from 'playwright-core';
import { baseUrl, screenshot, showActionPanels } from './browser';
import { COACH, LEUVEN, LEUVEN_NOORD, LEUVEN_ZUID, countEditControls, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages();

/** The queries behind the page (and so the rights it shows) have answered. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

async function ok<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphqlRequest(api, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

const WHY = 'Waarom deze actie, waarom nu?';

describe('rights from the server', () => {
  it("finding 3: ELZ Leuven edits the action it co-owns in ELZ Leuven Zuid's draft plan; Leuven Noord finds nothing", async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    const api = zuid.page.context().request;
    const { zones } = await ok<{ zones: { nodes: { id: string; slug: string }[] } }>(api, '{ zones(first: 20) { nodes { id slug } } }');
    const zoneId = (slug: string): string => zones.nodes.find((z) => z.slug === slug)?.id ?? '';
    // An action may only point at a goal of a multi-year plan covering its year: one for 2035 (kept from an earlier run in the same database).
    type Frame = { id: string; yearFrom: number; yearTo: number; strategicGoals: { operationalGoals: { id: string; number: string; title: string }[] }[] };
    const { zone } = await ok<{ zone: { multiYearPlans: Frame[] } }>(
      api,
      'query { zone(slug: "elz-leuven-zuid") { multiYearPlans { id yearFrom yearTo strategicGoals { operationalGoals { id number title } } } } }',
    );
    let frame = zone.multiYearPlans.find((p) => p.yearFrom <= 2035 && p.yearTo >= 2035);
    if (!frame) {
      const created = await ok<{ createMultiYearPlan: { id: string } }>(
        api,
        'mutation ($zoneId: ID!) { createMultiYearPlan(zoneId: $zoneId, input: { yearFrom: 2035, yearTo: 2035, title: "Meerjarenplan 2035" }) { id } }',
        {
          zoneId: zoneId('elz-leuven-zuid'),
        },
      );
      const sd = await ok<{ createStrategicGoal: { id: string } }>(
        api,
        'mutation ($id: ID!) { createStrategicGoal(multiYearPlanId: $id, input: { number: "1", title: "Huisartsen ondersteunen", kind: CONTENT }) { id } }',
        {
          id: created.createMultiYearPlan.id,
        },
      );
      const ods = [];
      for (const [number, title] of [
        ['1.1', 'Wachtlijsten verkleinen'],
        ['1.2', 'Samen waarnemen'],
      ]) {
        ods.push(
          (
            await ok<{ createOperationalGoal: { id: string; number: string; title: string } }>(
              api,
              'mutation ($id: ID!, $n: String!, $t: String!) { createOperationalGoal(strategicGoalId: $id, input: { number: $n, title: $t }) { id number title } }',
              { id: sd.createStrategicGoal.id, n: number, t: title },
            )
          ).createOperationalGoal,
        );
      }
      frame = { id: created.createMultiYearPlan.id, yearFrom: 2035, yearTo: 2035, strategicGoals: [{ operationalGoals: ods }] };
    }
    const goal = frame.strategicGoals.flatMap((s) => s.operationalGoals)[0];
    expect(goal).toBeDefined();
    // A draft plan of ELZ Leuven Zuid for a year no other test reads, with a shared and a private action.
    const { createActionPlan: plan } = await ok<{ createActionPlan: { id: string; status: string } }>(
      api,
      'mutation ($zoneId: ID!) { createActionPlan(zoneId: $zoneId, year: 2035) { id status } }',
      { zoneId: zoneId('elz-leuven-zuid') },
    );
    expect(plan.status).toBe('DRAFT');
    const create = async (title: string, withGoal = true): Promise<string> =>
      (
        await ok<{ createAction: { action: { id: string } } }>(api, 'mutation ($planId: ID!, $input: ActionInput!) { createAction(planId: $planId, input: $input) { action { id } } }', {
          planId: plan.id,
          input: { title, why: 'Omdat de wachtlijsten groeien.', operationalGoalId: withGoal ? goal!.id : null, startDate: '2035-01-01', endDate: '2035-12-31' },
        })
      ).createAction.action.id;
    const sharedTitle = 'Samen huisartsen ondersteunen (concept)';
    const privateTitle = 'Interne planning van Leuven Zuid (concept)';
    const sharedId = await create(sharedTitle);
    const privateId = await create(privateTitle);
    const withoutGoalId = await create('Gedeelde actie zonder doelstelling (concept)', false);
    for (const id of [sharedId, withoutGoalId]) {
      await ok(api, 'mutation ($id: ID!, $zoneId: ID!) { addOwner(subjectId: $id, zoneId: $zoneId, role: CO_LEAD) { __typename } }', { id, zoneId: zoneId('elz-leuven') });
    }
    const why = `Aangevuld door ELZ Leuven terwijl het plan een concept is (${Date.now()})`;

    try {
      // ELZ Leuven finds the shared action on its zone page, under the actions it co-owns.
      const leuven = await pageAs(LEUVEN);
      await leuven.page.goto(`${baseUrl()}/zones/elz-leuven`);
      await leuven.page.getByTestId('co-owned-action').getByRole('link', { name: sharedTitle }).click();
      await leuven.page.getByRole('heading', { level: 1, name: sharedTitle }).waitFor();
      await settled(leuven.page);
      await leuven.page.getByRole('link', { name: 'Bewerken', exact: true }).click();
      await leuven.page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
      // No lockout: the sheet's sections are editable; the goal picker offers Leuven Zuid's goals.
      expect(await leuven.page.getByText('Zodra de trekkende zone het plan publiceert').count()).toBe(0);
      const goalPicker = leuven.page.getByLabel('Doelstelling', { exact: true });
      expect(await goalPicker.inputValue()).toBe(`od:${goal!.id}`);
      expect(await goalPicker.locator('option').count()).toBeGreaterThan(2);
      await expectNoSeriousA11yViolations(leuven.page, "the editor of a shared action in another zone's draft");
      await screenshot(leuven.page, 'rights-1-co-owner-editor');
      await leuven.page.getByLabel(WHY).fill(why);
      await leuven.page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
      await leuven.page.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();
      expect(leuven.errors).toEqual([]);

      // Without a goal, the goals of the plan cannot be known without the plan: the goal is read-only, the rest editable.
      await leuven.page.goto(`${baseUrl()}/acties/${encodeURIComponent(withoutGoalId)}/bewerken`);
      await leuven.page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
      const readOnlyGoal = leuven.page.getByLabel('Doelstelling', { exact: true });
      expect(await readOnlyGoal.inputValue()).toBe('Geen doelstelling');
      expect(await readOnlyGoal.getAttribute('readonly')).not.toBeNull();
      await leuven.page.getByLabel('Wat is de actie?').fill('Een gedeelde actie, aangevuld door ELZ Leuven.');
      await leuven.page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
      await leuven.page.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();
      await expectNoSeriousA11yViolations(leuven.page, 'the editor with a read-only goal');
      const saved = await ok<{ action: { what: string; operationalGoal: null } }>(leuven.page.context().request, 'query ($id: ID!) { action(id: $id) { what operationalGoal { id } } }', {
        id: withoutGoalId,
      });
      expect(saved.action).toEqual({ what: 'Een gedeelde actie, aangevuld door ELZ Leuven.', operationalGoal: null });

      // ELZ Leuven does not see the draft plan's other action, nor the plan.
      await leuven.page.goto(`${baseUrl()}/acties/${encodeURIComponent(privateId)}`);
      await leuven.page.getByText('Deze actie bestaat niet (meer).').waitFor();
      expect(await leuven.page.getByText(privateTitle).count()).toBe(0);
      const hidden = await graphqlRequest(leuven.page.context().request, 'query ($id: ID!) { action(id: $id) { id } }', { id: privateId });
      expect((hidden.data?.action as unknown) ?? null).toBeNull();

      // ELZ Leuven discusses the shared action with a remark, without seeing the plan that holds it.
      const question = `Kunnen we de intervisie samen organiseren? (${Date.now() % 1000})`;
      await leuven.page.goto(`${baseUrl()}/acties/${encodeURIComponent(sharedId)}`);
      await leuven.page.getByRole('heading', { level: 1, name: sharedTitle }).waitFor();
      const remarks = leuven.page.getByTestId('remarks');
      await remarks.getByLabel('Nieuwe opmerking bij deze actie').fill(question);
      await remarks.getByRole('button', { name: 'Opmerking plaatsen' }).click();
      await remarks.getByTestId('remark').filter({ hasText: question }).waitFor();
      expect(leuven.errors).toEqual([]);

      // ELZ Leuven Zuid sees the change and who made it.
      await zuid.page.goto(`${baseUrl()}/acties/${encodeURIComponent(sharedId)}`);
      await zuid.page.getByRole('heading', { level: 1, name: sharedTitle }).waitFor();
      expect(await zuid.page.locator('#waarom').textContent()).toContain(why);
      await showActionPanels(zuid.page);
      const history = zuid.page.getByTestId('history');
      await history.waitFor();
      expect(await history.locator('li').first().textContent()).toMatch(/Stafmedewerker ELZ Leuven\s*wijzigde[\s\S]*Waarom\?/);
      await zuid.page.getByTestId('remarks').getByTestId('remark').filter({ hasText: question }).waitFor();
      expect(zuid.errors).toEqual([]);

      // ELZ Leuven Noord owns nothing of it: the action does not exist for them.
      const noord = await pageAs(LEUVEN_NOORD);
      await noord.page.goto(`${baseUrl()}/acties/${encodeURIComponent(sharedId)}`);
      await noord.page.getByText('Deze actie bestaat niet (meer).').waitFor();
      expect(await noord.page.getByText(sharedTitle).count()).toBe(0);
      await noord.page.goto(`${baseUrl()}/acties/${encodeURIComponent(sharedId)}/bewerken`);
      await noord.page.getByText('Deze actie bestaat niet (meer).').waitFor();
      await expectNoSeriousA11yViolations(noord.page, 'the not-found page of a hidden action');

      // The editor on a phone.
      const phone = await pageAs(LEUVEN, { width: 390, height: 844 });
      await phone.page.goto(`${baseUrl()}/acties/${encodeURIComponent(sharedId)}/bewerken`);
      await phone.page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
      expect(await phone.page.getByLabel(WHY).inputValue()).toBe(why);
      await screenshot(phone.page, 'rights-2-co-owner-editor-phone');
      expect(phone.errors).toEqual([]);
    } finally {
      for (const id of [sharedId, privateId, withoutGoalId]) {
        const { action } = await ok<{ action: { version: number } }>(api, 'query ($id: ID!) { action(id: $id) { version } }', { id });
        await ok(api, 'mutation ($id: ID!, $version: Int!) { deleteAction(id: $id, version: $version) }', { id, version: action.version });
      }
    }
  });

  it('the coach reads a published plan and its actions without edit controls', async () => {
    const coach = await pageAs(COACH);
    const api = coach.page.context().request;
    const { zone } = await ok<{ zone: { actionPlans: { year: number; status: string; viewerCanEdit: boolean; actions: { id: string; title: string; viewerCanEdit: boolean }[] }[] } }>(
      api,
      'query { zone(slug: "elz-leuven-zuid") { actionPlans { year status viewerCanEdit actions { id title viewerCanEdit } } } }',
    );
    const plan = zone.actionPlans.find((p) => p.status !== 'DRAFT' && p.actions.length > 0);
    expect(plan).toBeDefined();
    expect(plan!.viewerCanEdit).toBe(false);
    const action = plan!.actions[0]!;
    expect(action.viewerCanEdit).toBe(false);

    await coach.page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/${plan!.year}`);
    await coach.page.getByRole('heading', { level: 1, name: `Actieplan ${plan!.year}` }).waitFor();
    await settled(coach.page);
    expect(await countEditControls(coach.page)).toBe(0);
    expect(await coach.page.getByRole('button', { name: /Actie toevoegen|Overnemen|Alsnog toevoegen/ }).count()).toBe(0);
    // A coach leaves remarks on a published plan.
    await coach.page
      .getByRole('button', { name: /Opmerking (plaatsen|toevoegen)/ })
      .first()
      .waitFor();

    await coach.page.goto(`${baseUrl()}/acties/${encodeURIComponent(action.id)}`);
    await coach.page.getByRole('heading', { level: 1, name: action.title }).waitFor();
    // The follow-up and the neighbours too, where the owner controls would be.
    await showActionPanels(coach.page);
    await settled(coach.page);
    expect(await countEditControls(coach.page)).toBe(0);
    expect(await coach.page.getByRole('button', { name: /Overnemen|Alsnog toevoegen|Rollen en eigenaars beheren|Zone uitnodigen/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(coach.page, "a published plan's action for the coach");
    await screenshot(coach.page, 'rights-3-coach-action');
    expect(coach.errors).toEqual([]);
  });
});
