// "Wat is er veranderd sinds indiening?" (issue 13): on the plan page, per kept submission, the
// difference between what went in and the plan now: nothing right after submitting; after an
// administrator reopens it and its staff change one field and add an action, exactly those.
import type { APIRequestContext } from 'playwright-core';
import { formatDate, planYearEnded, reportDeadline } from '@kruispunt/shared';
import { baseUrl, screenshot } from './browser';
import { LEUVEN_NOORD, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages('all');
const ADMIN = 'admin@kruispunt.test';
const YEAR = 2033;
const PLAN_PATH = `/zones/elz-leuven-noord/plannen/${YEAR}`;
const EVALUATION = { process: { chosen: true }, output: { chosen: false }, outcome: { chosen: false } };

async function ok<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphqlRequest(api, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

describe('what changed since a submission, on the plan page', () => {
  it('says there is nothing right after submitting, then shows the one edited field and the added action', async () => {
    const { page } = await pageAs(LEUVEN_NOORD);
    const staff = page.context().request;
    const { zone } = await ok<{ zone: { id: string } }>(staff, '{ zone(slug: "elz-leuven-noord") { id } }');
    const plan = (
      await ok<{ r: { id: string; version: number } }>(staff, 'mutation ($z: ID!, $y: Int!) { r: createActionPlan(zoneId: $z, year: $y) { id version } }', { z: zone.id, y: YEAR })
    ).r;
    const create = (title: string, lead?: string) =>
      ok<{ createAction: { action: { id: string; version: number } } }>(staff, 'mutation ($p: ID!, $i: ActionInput!) { createAction(planId: $p, input: $i) { action { id version } } }', {
        p: plan.id,
        i: {
          title,
          evaluation: EVALUATION,
          ...(lead ? { lead: { text: lead } } : {}),
          steps: [{ text: 'Overleg met de huisartsenkringen plannen' }, { text: 'Vorming geven in het voorjaar' }],
        },
      });
    const first = (await create('Vorming valpreventie voor huisartsen', 'ELZ Leuven Noord')).createAction.action;
    await create('Overleg met de apothekers');
    // A new plan's general texts are last year's until reviewed: confirmed, so it may be submitted.
    const confirmed = (
      await ok<{ r: { version: number } }>(staff, 'mutation ($id: ID!, $v: Int!) { r: confirmActionPlanTexts(id: $id, version: $v) { version } }', { id: plan.id, v: plan.version })
    ).r;
    const submitted = (
      await ok<{ r: { version: number } }>(staff, 'mutation ($id: ID!, $v: Int!) { r: setActionPlanStatus(id: $id, version: $v, status: SUBMITTED) { version } }', {
        id: plan.id,
        v: confirmed.version,
      })
    ).r;

    await page.goto(`${baseUrl()}${PLAN_PATH}`);
    const kept = page.getByRole('region', { name: 'Ingediende versies' });
    const toggle = kept.getByRole('button', { name: /Wat is er veranderd sinds indiening/ });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await kept.getByTestId('no-changes').waitFor();
    expect(await kept.getByTestId('no-changes').textContent()).toMatch(/^Geen wijzigingen sinds indiening op \d{2}\/\d{2}\/\d{4}\.$/);

    // Reopened by an administrator; the staff change the lead and a step of one action and add another.
    const admin = await pageAs(ADMIN);
    await ok(admin.page.context().request, 'mutation ($id: ID!, $v: Int!) { reopenActionPlan(id: $id, version: $v, reason: "Correctie van de trekker") { id } }', {
      id: plan.id,
      v: submitted.version,
    });
    const current = await ok<{ action: { version: number } }>(staff, 'query ($id: ID!) { action(id: $id) { version } }', { id: first.id });
    await ok(staff, 'mutation ($id: ID!, $v: Int!, $i: ActionInput!) { updateAction(id: $id, version: $v, input: $i) { action { id } } }', {
      id: first.id,
      v: current.action.version,
      i: { lead: { text: 'Stad Leuven' }, steps: [{ text: 'Overleg met de huisartsenkringen plannen' }, { text: 'Vorming geven in het najaar' }] },
    });
    await create('Nieuwsbrief voor de lokale besturen');

    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const { page: view } = viewport ? await pageAs(LEUVEN_NOORD, viewport) : { page };
      await view.goto(`${baseUrl()}${PLAN_PATH}`);
      const region = view.getByRole('region', { name: 'Ingediende versies' });
      await region.getByRole('button', { name: /Wat is er veranderd sinds indiening/ }).click();
      const panel = region.getByTestId('submission-changes');
      await panel.waitFor();
      const headings = await panel.getByRole('heading', { level: 3 }).allTextContents();
      // Actions made here have no number yet: they are matched by title.
      expect(headings.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual(['Vorming valpreventie voor huisartsen Gewijzigd', 'Nieuwsbrief voor de lokale besturen Toegevoegd']);
      const changed = panel.locator('section[data-kind="CHANGED"]');
      expect(await changed.locator('dt').allTextContents()).toEqual(['Trekker', 'Stappen']);
      // Word diff: only the words that differ are struck through or marked ('Leuven' stays).
      const squash = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, ' '));
      expect(squash(await changed.locator('dd').nth(0).locator('del').allTextContents())).toEqual(['[verwijderd: ELZ]', '[verwijderd: Noord]']);
      expect(await changed.locator('dd').nth(0).locator('ins').allTextContents()).toEqual(['[toegevoegd: Stad]']);
      expect(await changed.locator('dd').nth(1).locator('del').textContent()).toBe('[verwijderd: voorjaar]');
      expect(await changed.locator('dd').nth(1).locator('ins').textContent()).toBe('[toegevoegd: najaar]');
      expect(await panel.locator('section[data-kind="REMOVED"]').count()).toBe(0);
      await view.waitForLoadState('networkidle');
      await panel.scrollIntoViewIfNeeded();
      await screenshot(view, `submission-changes-${viewport ? 'phone' : 'desktop'}`);
      if (!viewport) await expectNoSeriousA11yViolations(view, 'the changes since a submission');
    }
  });
});

describe("adding a forgotten action to next year's plan", () => {
  it("is offered per action only once next year's plan exists and is open, labelled as such, not as the way to start a year", async () => {
    const { page } = await pageAs(LEUVEN_NOORD);
    const staff = page.context().request;
    const { zone } = await ok<{ zone: { id: string } }>(staff, '{ zone(slug: "elz-leuven-noord") { id } }');
    const plan = (await ok<{ r: { id: string } }>(staff, 'mutation ($z: ID!) { r: createActionPlan(zoneId: $z, year: 2040) { id } }', { z: zone.id })).r;
    await ok(staff, 'mutation ($p: ID!, $i: ActionInput!) { createAction(planId: $p, input: $i) { action { id } } }', { p: plan.id, i: { title: 'Vergeten actie', evaluation: EVALUATION } });
    await page.goto(`${baseUrl()}/zones/elz-leuven-noord/plannen/2040`);
    await page.getByRole('heading', { name: 'Vergeten actie' }).waitFor();
    await page.waitForLoadState('networkidle');
    // No plan 2041 yet: the main path is "Actieplan 2041 aanmaken" on Mijn zone, not a button per action.
    expect(await page.getByRole('button', { name: /Alsnog toevoegen|Overnemen naar/ }).count()).toBe(0);

    await ok(staff, 'mutation ($z: ID!) { r: createActionPlan(zoneId: $z, year: 2041) { id } }', { z: zone.id });
    await page.reload();
    const add = page.getByRole('button', { name: /^Alsnog toevoegen aan actieplan 2041\W+Vergeten actie$/ });
    await add.click();
    await page.getByText('✓ Toegevoegd aan actieplan 2041.').waitFor();
    const { zone: after } = await ok<{ zone: { actionPlan: { actions: { title: string }[] } } }>(
      staff,
      '{ zone(slug: "elz-leuven-noord") { actionPlan(year: 2041) { actions { title } } } }',
    );
    expect(after.actionPlan.actions.map((a) => a.title)).toEqual(['Vergeten actie']);
    await screenshot(page, 'carry-over-forgotten-action');
  });
});

describe('the report deadline on Mijn zone', () => {
  it('stands next to each plan whose year has ended in Brussels, and not next to a running one', async () => {
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const { page } = await pageAs(LEUVEN_NOORD, viewport);
      await page.goto(`${baseUrl()}/mijn-zone/elz-leuven-noord`);
      const cards = page.getByTestId('plan-card');
      await cards.first().waitFor();
      await page.waitForLoadState('networkidle');
      let shown = 0;
      for (const card of await cards.all()) {
        const title = (await card.locator('.plan-card__title').textContent()) ?? '';
        const year = Number(/Actieplan (\d{4})/.exec(title)?.[1]);
        const exists = (await card.locator('.plan-card__title a').count()) > 0;
        const report = card.getByTestId('report-deadline');
        if (exists && planYearEnded(year)) {
          expect(await report.textContent()).toBe(`Jaarrapport tegen ${formatDate(reportDeadline(year))}`);
          shown += 1;
        } else {
          expect(await report.count()).toBe(0);
        }
      }
      // The seed's 2025 plan has ended (the tests run after 2025).
      expect(shown).toBeGreaterThan(0);
      await screenshot(page, `my-zone-report-deadline-${viewport ? 'phone' : 'desktop'}`);
      if (!viewport) await expectNoSeriousA11yViolations(page, 'Mijn zone with report deadlines');
    }
  });
});
