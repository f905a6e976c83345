// Issue 13, part 4: follow-up that adds up, as zone staff (leuven-zuid@). One milestone system (a
// step's milestone month shows on the timeline, and a milestone added on a timeline month becomes a
// step), capacity as effort with a warning per month, goal status badges, an indicator over years.
// Its own plan years (2036, 2037) so that other tests' plans are not touched.
import type { APIRequestContext, Page } from 'playwright-core';
import path from 'node:path';
import { SCREENSHOT_DIR, baseUrl, screenshot } from './browser';
import { LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages();
const YEAR = 2036;

async function ok<T = any>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphqlRequest(api, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  // Wide tables scroll in their own box: the page itself is no wider than the phone.
  expect([name, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([name, 390]);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('follow-up that adds up', () => {
  it('links step milestones and the timeline both ways, warns per month over capacity, shows goal badges and an indicator over years', async () => {
    const { page, errors } = await pageAs(LEUVEN_ZUID);
    const api = page.context().request;
    const { zone } = await ok(api, `{ zone(slug: "elz-leuven-zuid") { id staffFte actionPlan(year: ${YEAR}) { id } } }`);
    const planId = zone.actionPlan?.id ?? (await ok(api, 'mutation ($z: ID!, $y: Int!) { createActionPlan(zoneId: $z, year: $y) { id } }', { z: zone.id, y: YEAR })).createActionPlan.id;
    const { createAction } = await ok(api, 'mutation ($p: ID!, $i: ActionInput!) { createAction(planId: $p, input: $i) { action { id indicators { id } } } }', {
      p: planId,
      i: {
        title: 'Vormingsreeks voor mantelzorgers',
        steps: [{ text: 'Sprekers vastleggen' }, { text: 'Evaluatie met de partners' }],
        timeline: [{ month: 3 }, { month: 4 }],
        evaluation: { process: { chosen: true, text: null }, output: { chosen: true, text: null }, outcome: { chosen: false, text: null } },
        indicators: [{ name: 'Aantal deelnemers', targetValue: 40, targetUnit: 'deelnemers', kind: 'OUTPUT' }],
      },
    });
    const action = createAction.action;

    // 1. In the editor: a step's milestone month, a milestone added on a timeline month, an estimate.
    await page.goto(`${baseUrl()}/acties/${action.id}/bewerken`);
    await page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
    await page.locator('#veld-steps-0-month').selectOption('9');
    const september = page.getByTestId('milestone-month-9');
    await september.waitFor();
    expect(await september.textContent()).toContain('Stap 1: Sprekers vastleggen');
    // September now runs, because it holds a milestone: its box is ticked and cannot be unticked.
    const sepBox = page.getByRole('checkbox', { name: /sep/ });
    expect(await sepBox.isChecked()).toBe(true);
    expect(await sepBox.isDisabled()).toBe(true);
    const april = page.getByTestId('milestone-month-4');
    await april.getByLabel('Nieuwe mijlpaal (als stap)').fill('Tussentijdse bevraging deelnemers');
    await april.getByRole('button', { name: /Toevoegen/ }).click();
    expect(await april.textContent()).toContain('Stap 3: Tussentijdse bevraging deelnemers');
    expect(await page.locator('#veld-steps-2-text').inputValue()).toBe('Tussentijdse bevraging deelnemers');
    await page.getByLabel('Geschatte werkdagen').fill('100');
    await screenshot(page, 'follow-up-1-editor');
    await page.getByTestId('milestones-editor').screenshot({ path: path.join(SCREENSHOT_DIR, 'follow-up-1-milestones-editor.png') });
    await expectNoSeriousA11yViolations(page, 'the editor with milestones per month');
    await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    await page.getByText('Alles is bewaard.').waitFor();
    const saved = (await ok(api, 'query ($id: ID!) { node(id: $id) { ... on Action { estimatedDays steps { text month } timeline { month milestone } } } }', { id: action.id })).node;
    expect(saved.estimatedDays).toBe(100);
    expect(saved.steps).toEqual([
      { text: 'Sprekers vastleggen', month: 9 },
      { text: 'Evaluatie met de partners', month: null },
      { text: 'Tussentijdse bevraging deelnemers', month: 4 },
    ]);

    // 2. The timeline shows both milestones and the capacity: 100 days over March, April and September.
    await page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/${YEAR}/tijdslijn`);
    await page.getByRole('heading', { level: 1, name: `Tijdslijn ${YEAR}` }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Vormingsreeks voor mantelzorgers' }) });
    const cells = row.locator('td');
    expect(await cells.nth(8).textContent()).toContain('Sprekers vastleggen');
    expect(await cells.nth(3).textContent()).toContain('Tussentijdse bevraging deelnemers');
    expect(await cells.nth(2).getAttribute('data-active')).toBe('true');
    const available = (Math.round(zone.staffFte * 18 * 10) / 10).toString().replace('.', ',');
    const verdict = page.getByTestId('capacity-verdict');
    expect(await verdict.textContent()).toContain(`Maart: 33,3 dagen gepland, ${available} beschikbaar`);
    expect(await verdict.textContent()).toContain(`September: 33,3 dagen gepland, ${available} beschikbaar`);
    expect(await page.getByTestId('planned-days-row').locator('td[data-over="true"]').count()).toBe(3);
    await screenshot(page, 'follow-up-2-timeline');
    await expectNoSeriousA11yViolations(page, 'the timeline with capacity');
    await phoneShot(page, 'follow-up-2-timeline');

    // The sheet shows the step milestones (the reverse direction as a reader sees it).
    await page.goto(`${baseUrl()}/acties/${action.id}`);
    const steps = page.locator('ol.steps li');
    await steps.first().waitFor();
    expect(await steps.nth(2).textContent()).toContain(`Mijlpaal: apr ${YEAR}`);
    expect(await steps.nth(0).textContent()).toContain(`Mijlpaal: sep ${YEAR}`);
    expect(await page.getByTestId('estimated-days').textContent()).toBe('Geschatte werkdagen: 100');

    // 3. Goal badges with reasons on a plan with goals (2025: the year is over, so late actions show).
    await page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/2025`);
    await page.getByRole('heading', { level: 1, name: 'Actieplan 2025' }).waitFor();
    const badges = page.getByTestId('goal-status');
    await badges.first().waitFor();
    const { actionPlan } = await ok(api, '{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { goalStatuses { goalId status reasons } strategicGoals { id } } }');
    const shownStatuses = await badges.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-status')));
    expect(shownStatuses.length).toBeGreaterThan(0);
    expect(shownStatuses.every((s) => ['NO_ACTIONS', 'NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'BEHIND'].includes(s ?? ''))).toBe(true);
    const firstSd = actionPlan.goalStatuses.find((g: { goalId: string }) => g.goalId === actionPlan.strategicGoals[0].id);
    const sdSection = page.locator(`section[aria-labelledby="sd-${actionPlan.strategicGoals[0].id}"]`);
    expect(await sdSection.getByTestId('goal-status').first().textContent()).toContain(firstSd.reasons[0]);
    await screenshot(page, 'follow-up-3-goal-badges');
    await expectNoSeriousA11yViolations(page, 'the plan with goal badges');
    await sdSection.screenshot({ path: path.join(SCREENSHOT_DIR, 'follow-up-3-goal-section.png') });
    await phoneShot(page, 'follow-up-3-goal-badges');
    // The badges and their reasons wrap: the plan page is no wider than a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 390, height: 844 });
    await sdSection.screenshot({ path: path.join(SCREENSHOT_DIR, 'follow-up-3-goal-section-390.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

    // 4. The indicator over years: measured in 2036, carried over to 2037 and measured again.
    const indicatorId = action.indicators[0].id;
    await ok(api, 'mutation ($i: ID!, $v: IndicatorValueInput!) { addIndicatorValue(indicatorId: $i, input: $v) { id } }', { i: indicatorId, v: { value: 12, measuredOn: `${YEAR}-06-30` } });
    const { carryOverAction } = await ok(api, 'mutation ($id: ID!) { carryOverAction(id: $id) { id indicators { id } } }', { id: action.id });
    await ok(api, 'mutation ($i: ID!, $v: IndicatorValueInput!) { addIndicatorValue(indicatorId: $i, input: $v) { id } }', {
      i: carryOverAction.indicators[0].id,
      v: { value: 31, measuredOn: `${YEAR + 1}-06-30` },
    });
    await page.goto(`${baseUrl()}/acties/${carryOverAction.id}`);
    // The follow-up under the sheet renders when it comes near the screen: scroll to it, as a reader does.
    await page.getByTestId('follow-up').scrollIntoViewIfNeeded();
    const chart = page.getByTestId('indicator-trend');
    await chart.waitFor();
    const label = await chart.getByRole('img').getAttribute('aria-label');
    expect(label).toContain(`${YEAR}: 12 van 40`);
    expect(label).toContain(`${YEAR + 1}: 31 van 40`);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'follow-up-4-indicator-trend');
    await expectNoSeriousA11yViolations(page, 'the action page with the indicator trend');
    await page
      .locator('.indicator-progress__item')
      .first()
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'follow-up-4-indicator.png') });
    await phoneShot(page, 'follow-up-4-indicator-trend');
    expect(errors).toEqual([]);
  });
});
