// A VIVEL coach looks across the zones of the region: the dashboard, the actions behind a theme
// cell, print, and no way to edit anything. Each page also passes axe-core.
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot, watchErrors, showActionPanels, waitUntilDrawn, type TestBrowser } from './browser';
import { COACH, countEditControls, expectNoSeriousA11yViolations, signInAs } from './cross-zone-helpers';

/** The drawing of a chart (the legend's icons are small svgs too). */
const CHART = '.chart .recharts-wrapper > svg';

let browser: TestBrowser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  await signInAs(browser.context, COACH);
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  page = await browser.context.newPage();
  errors = watchErrors(page);
});

afterEach(async () => {
  await page.close();
});

async function openDashboard(): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Regiodashboard' }).click();
  await page.waitForURL('**/regio/oost-brabant');
  await page.getByRole('heading', { level: 1, name: 'Regio Oost-Brabant · 2025' }).waitFor();
  await page.getByTestId('theme-matrix').waitFor();
  await waitUntilDrawn(page);
  // The charts come in a chunk of their own when they near the screen, in the place kept for them.
  const canvases = page.locator('.chart__canvas');
  const kept = await canvases.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
  await page.locator('#voortgang').scrollIntoViewIfNeeded();
  await page.locator(CHART).nth(1).waitFor();
  expect(await canvases.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height))).toEqual(kept);
}

describe('region dashboard', () => {
  it('shows the matrix, shared work, timeline and charts, and a theme cell leads to exactly its actions', async () => {
    await openDashboard();
    expect(await page.title()).toBe('Regiodashboard Oost-Brabant 2025 · Kruispunt');
    // Every zone of the region is a column; ELZOH has no 2025 plan and says so.
    const headers = (await page.getByTestId('theme-matrix').locator('thead th').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(headers).toEqual(['Thema', 'ELZ Leuven', 'ELZ Leuven Noord', 'ELZ Leuven Zuid', 'ELZ Zuidoost Hageland geen plan 2025', 'Alle zones']);
    // Shared work: the working groups ELZ Leuven and Leuven Zuid co-lead, with their roles.
    const shared = page.getByTestId('shared-work');
    const poolen = shared.locator('tr').filter({ has: page.getByRole('link', { name: 'Poolen/delen van personeel' }) });
    expect((await poolen.locator('.owner-list li').allTextContents()).sort()).toEqual(['ELZ Leuven (Mede-trekker)', 'ELZ Leuven Zuid (Mede-trekker)']);
    const overhoop = shared.locator('tr').filter({ has: page.getByRole('link', { name: 'OverHoop' }) });
    expect(await overhoop.textContent()).toContain('ELZ Zuidoost Hageland (Penhouder)');
    // The charts are images with a summary, and their figures are in a table.
    const coverage = page.locator('#evaluatie').locator('..');
    expect(await coverage.locator('[role="img"]').getAttribute('aria-label')).toContain('ELZ Leuven Zuid 100% met indicatoren');
    expect(await countEditControls(page)).toBe(0);
    await screenshot(page, 'cross-1-dashboard');
    await expectNoSeriousA11yViolations(page, 'the region dashboard');

    const cell = page.locator('td[data-theme="governance"][data-zone="elz-leuven-zuid"]');
    const count = Number((await cell.getByRole('link').innerText()).match(/^\d+/)?.[0]);
    expect(count).toBeGreaterThan(1);
    await cell.getByRole('link').click();

    await page.waitForURL((url) => url.pathname === '/acties');
    const params = new URL(page.url()).searchParams;
    expect([params.get('thema'), params.get('zone'), params.get('jaar')]).toEqual(['governance', 'elz-leuven-zuid', '2025']);
    await page.getByTestId('results-count').waitFor();
    expect(Number(await page.getByTestId('results-count').getAttribute('data-count'))).toBe(count);
    const rows = page.getByTestId('action-row');
    expect(await rows.count()).toBe(count);
    for (let i = 0; i < count; i += 1) {
      const row = rows.nth(i);
      expect(await row.locator('[data-field="zone"]').textContent()).toBe('ELZ Leuven Zuid');
      expect(await row.textContent()).toContain('Actieplan 2025');
      expect(await row.locator('[data-field="themes"] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')))).toContain('governance');
    }
    // The filters show in the form, the title and the way back.
    expect(await page.getByLabel('Thema', { exact: true }).inputValue()).toBe('governance');
    expect(await page.getByLabel('Zone', { exact: true }).inputValue()).toBe('elz-leuven-zuid');
    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Regiodashboard Oost-Brabant' }).waitFor();
    expect(await countEditControls(page)).toBe(0);
    await screenshot(page, 'cross-2-actions-list');
    await expectNoSeriousA11yViolations(page, 'the actions list');

    // An action of the list opens; the back button returns to the list, then to the dashboard.
    await rows.first().getByRole('heading').getByRole('link').click();
    await page.waitForURL('**/acties/*');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await showActionPanels(page);
    expect(await countEditControls(page)).toBe(0);
    await page.goBack();
    await page.getByTestId('results-count').waitFor();
    expect(await rows.count()).toBe(count);
    await page.goBack();
    await page.getByTestId('theme-matrix').waitFor();
    expect(new URL(page.url()).pathname).toBe('/regio/oost-brabant');
    expect(errors).toEqual([]);
  });

  it('counts the staff-shortage action ELZ Leuven co-leads in its column, and once in the region (issue 11, finding 4)', async () => {
    await openDashboard();
    const matrix = page.getByTestId('theme-matrix');
    const leuven = matrix.locator('td[data-theme="personeelstekort"][data-zone="elz-leuven"]');
    expect(await leuven.getByRole('link').innerText()).toMatch(/^1\b/);
    expect(await matrix.locator('td[data-theme="personeelstekort"][data-zone="elz-leuven-zuid"]').getByRole('link').innerText()).toMatch(/^2\b/);
    // The row total counts the shared action once: 2 actions, not 1 + 2.
    const row = matrix.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Personeelstekort' }) });
    expect(await row.locator('td.matrix__total').getByRole('link').innerText()).toMatch(/^2\b/);
    // The region's actions: each once, though the zones' columns add up to one more.
    const footer = (await matrix.locator('tfoot td').allInnerTexts()).map((text) => Number(text.match(/^\d+/)?.[0] ?? 0));
    expect(footer.at(-1)).toBe(32);
    expect(footer.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(33);
    expect(await page.locator('.facts').textContent()).toContain('32 acties');
    await leuven.scrollIntoViewIfNeeded();
    await screenshot(page, 'coowners-1-dashboard');
    await expectNoSeriousA11yViolations(page, 'the region dashboard with shared work');

    // The cell leads to that action: held by ELZ Leuven Zuid, shared with ELZ Leuven.
    await leuven.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/acties' && url.searchParams.get('zone') === 'elz-leuven');
    await page.getByTestId('results-count').waitFor();
    const rows = page.getByTestId('action-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Werkgroepen personeelstekort nauwgezet opvolgen');
    expect(await rows.first().locator('[data-field="zone"]').textContent()).toBe('ELZ Leuven Zuid');
    expect(await rows.first().textContent()).toContain('gedeeld met ELZ Leuven');
    await screenshot(page, 'coowners-2-actions-of-leuven');
    await expectNoSeriousA11yViolations(page, 'the actions a zone owns or co-owns');
    expect(errors).toEqual([]);
  });

  it('changes the year through the URL and the form, and pages through many actions with "Meer laden"', async () => {
    await page.goto(`${baseUrl()}/regio/oost-brabant?jaar=2024`);
    await page.getByRole('heading', { level: 1, name: 'Regio Oost-Brabant · 2024' }).waitFor();
    await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regio Oost-Brabant · 2025' }).waitFor();
    expect(new URL(page.url()).search).toBe('?jaar=2025');

    // The region's total (32 actions) is more than one page of 20.
    await page.getByTestId('theme-matrix').locator('tfoot td').last().getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/acties' && url.searchParams.get('regio') === 'oost-brabant');
    await page.getByTestId('results-count').waitFor();
    const total = Number(await page.getByTestId('results-count').getAttribute('data-count'));
    expect(total).toBeGreaterThan(20);
    expect(await page.getByTestId('action-row').count()).toBe(20);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.getByText(`${total} van ${total} acties getoond`).waitFor();
    expect(await page.getByTestId('action-row').count()).toBe(total);
    expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('prints black on white without the interactive chrome, the charts within the page', async () => {
    await openDashboard();
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.global-search', '.filter-bar', '.dashboard-toc', '.user-menu']) {
      expect(await page.locator(selector).first().isVisible()).toBe(false);
    }
    const widths = await page.evaluate(() => ({
      page: document.documentElement.clientWidth,
      charts: Array.from(document.querySelectorAll('.chart .recharts-wrapper > svg')).map((svg) => svg.getBoundingClientRect().right),
      // Explanations are grey on screen, black on paper.
      ink: getComputedStyle(document.querySelector('.section__intro') as Element).color,
    }));
    expect(widths.charts).toHaveLength(2);
    expect(widths.ink).toBe('rgb(0, 0, 0)');
    for (const right of widths.charts) expect(right).toBeLessThanOrEqual(widths.page);
    await screenshot(page, 'cross-3-dashboard-print');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('fits a phone screen: the tables scroll inside their own box', async () => {
    const phone = await launchBrowser({ width: 390, height: 844 });
    try {
      await signInAs(phone.context, COACH);
      const small = await phone.context.newPage();
      for (const url of ['/regio/oost-brabant?jaar=2025', '/acties?regio=oost-brabant&jaar=2025', '/zoeken?q=OverHoop', '/partners']) {
        await small.goto(`${baseUrl()}${url}`);
        await small.getByRole('heading', { level: 1 }).waitFor();
        await small.waitForLoadState('networkidle');
        expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      }
      await small.goto(`${baseUrl()}/regio/oost-brabant?jaar=2025`);
      await small.getByTestId('theme-matrix').waitFor();
      // Far below the first screen on a phone: not drawn (nor loaded) until scrolled to.
      expect(await small.locator(CHART).count()).toBe(0);
      await small.locator('#voortgang').scrollIntoViewIfNeeded();
      await small.locator(CHART).nth(1).waitFor();
      await screenshot(small, 'cross-12-dashboard-phone');
      await small.locator('td[data-theme="personeelstekort"][data-zone="elz-leuven"]').scrollIntoViewIfNeeded();
      await small.screenshot({ path: (await screenshot(small, 'coowners-3-dashboard-phone')).replace('.png', '-viewport.png') });
    } finally {
      await phone.close();
    }
  });

  it('shows a 404 for an unknown region and an empty year without failing', async () => {
    await page.goto(`${baseUrl()}/regio/bestaat-niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Deze regio bestaat niet.');
    await page.goto(`${baseUrl()}/regio/oost-brabant?jaar=2030`);
    await page.getByRole('heading', { level: 1, name: 'Regio Oost-Brabant · 2030' }).waitFor();
    // The empty state is below the header, drawn once the header has painted.
    await waitUntilDrawn(page);
    expect(await page.locator('main').textContent()).toContain('Geen enkele zone van de regio heeft acties in een actieplan 2030.');
    await screenshot(page, 'cross-4-dashboard-empty-year');
    expect(errors).toEqual([]);
  });
});
