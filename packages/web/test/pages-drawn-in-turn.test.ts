// The plan page, Mijn zone and the region dashboard paint their first screen (the header) first
// and draw the parts below it right after (src/common/hooks/useDrawnInTurn.ts): in
// one piece they were one long render, commit and layout before the header could paint (Lighthouse's
// LCP and blocking time). Every part comes without the reader doing anything, nothing on the screen
// moves, and a link to an anchor (#overleg) draws everything at once.
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot, watchErrors, type TestBrowser } from './browser';
import { COACH, LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signInAs } from './cross-zone-helpers';

const PLAN = '/zones/elz-leuven-zuid/plannen/2025';
let staff: TestBrowser;
let coach: TestBrowser;
beforeAll(async () => {
  staff = await launchBrowser({ width: 390, height: 844 });
  await signInAs(staff.context, LEUVEN_ZUID);
  coach = await launchBrowser({ width: 390, height: 844 });
  await signInAs(coach.context, COACH);
});
afterAll(async () => {
  await staff?.close();
  await coach?.close();
});

interface FirstCommit {
  /** What was in the page when its h1 first appeared (a MutationObserver runs before that frame paints). */
  present: Record<string, number> | null;
  shift: number;
}

/** Opens a page, noting which of `selectors` were there in the same commit as the page's h1, and the layout shifts. */
async function open(browser: TestBrowser, path: string, heading: string, selectors: string[]): Promise<{ page: Page; errors: string[]; first: () => Promise<FirstCommit> }> {
  const page = await browser.context.newPage();
  await page.addInitScript(
    ({ heading, selectors }) => {
      const w = window as unknown as { __first: FirstCommit };
      w.__first = { present: null, shift: 0 };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.__first.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      const observer = new MutationObserver(() => {
        if (!document.querySelector('h1')?.textContent?.includes(heading)) return;
        w.__first.present = Object.fromEntries(selectors.map((selector) => [selector, document.querySelectorAll(selector).length]));
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    { heading, selectors },
  );
  const errors = watchErrors(page);
  await page.goto(`${baseUrl()}${path}`);
  await page.locator('h1', { hasText: heading }).waitFor();
  return { page, errors, first: () => page.evaluate(() => (window as unknown as { __first: FirstCommit }).__first) };
}

describe('pages drawn in turn', () => {
  it('plan page: the header first, then the texts, remarks and every goal with its actions', async () => {
    const answer = await graphqlRequest(staff.context.request, '{ zone(slug: "elz-leuven-zuid") { actionPlan(year: 2025) { actions { id } } } }');
    const actions = (answer.data?.zone as { actionPlan: { actions: unknown[] } }).actionPlan.actions.length;
    expect(actions).toBeGreaterThan(3);

    const { page, errors, first } = await open(staff, PLAN, 'Actieplan 2025', ['#algemene-teksten', '#overleg', '[data-testid="action-summary"]', '.drawn-in-turn__pending']);
    await page
      .getByTestId('action-summary')
      .nth(actions - 1)
      .waitFor();
    await page.locator('.drawn-in-turn__pending').first().waitFor({ state: 'detached' });
    const { present, shift } = await first();
    expect(present).toEqual({ '#algemene-teksten': 0, '#overleg': 0, '[data-testid="action-summary"]': 0, '.drawn-in-turn__pending': 1 });
    expect(await page.getByTestId('action-summary').count()).toBe(actions);
    await page.getByRole('heading', { name: 'Algemene teksten' }).waitFor();
    expect(shift).toBe(0);
    await expectNoSeriousA11yViolations(page, 'the plan page');
    await screenshot(page, 'drawn-in-turn-plan-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'drawn-in-turn-plan-1280');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plan page: a link to the remarks (#overleg) draws everything at once', async () => {
    const { page, errors, first } = await open(staff, `${PLAN}#overleg`, 'Actieplan 2025', ['#overleg', '[data-testid="action-summary"]', '.drawn-in-turn__pending']);
    await page.locator('#overleg').waitFor();
    const { present } = await first();
    expect(present?.['#overleg']).toBe(1);
    expect(present?.['[data-testid="action-summary"]']).toBeGreaterThan(3);
    expect(present?.['.drawn-in-turn__pending']).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Mijn zone: the header first, then the plan cards, the profile and the recent changes', async () => {
    const { page, errors, first } = await open(staff, '/mijn-zone/elz-leuven-zuid', 'ELZ Leuven Zuid', ['#plannen', '#recent', '.drawn-in-turn__pending']);
    await page.getByRole('heading', { name: 'Recente wijzigingen' }).waitFor();
    await page.locator('.drawn-in-turn__pending').waitFor({ state: 'detached' });
    const { present, shift } = await first();
    expect(present).toEqual({ '#plannen': 0, '#recent': 0, '.drawn-in-turn__pending': 1 });
    expect(await page.getByTestId('plan-card').count()).toBeGreaterThan(0);
    expect(shift).toBe(0);
    await expectNoSeriousA11yViolations(page, 'Mijn zone');
    await screenshot(page, 'drawn-in-turn-my-zone-390');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('region dashboard: the header first, then the theme matrix, shared work, timeline and charts', async () => {
    const { page, errors, first } = await open(coach, '/regio/oost-brabant', 'Regio', ['[data-testid="theme-matrix"]', '#gedeeld', '#voortgang', '.drawn-in-turn__pending']);
    await page.locator('#voortgang').waitFor();
    await page.locator('.drawn-in-turn__pending').waitFor({ state: 'detached' });
    const { present, shift } = await first();
    expect(present).toEqual({ '[data-testid="theme-matrix"]': 0, '#gedeeld': 0, '#voortgang': 0, '.drawn-in-turn__pending': 1 });
    expect(await page.getByTestId('theme-matrix').count()).toBe(1);
    expect(shift).toBe(0);
    await expectNoSeriousA11yViolations(page, 'the region dashboard');
    await screenshot(page, 'drawn-in-turn-dashboard-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'drawn-in-turn-dashboard-1280');
    expect(errors).toEqual([]);
    await page.close();
  });
});
