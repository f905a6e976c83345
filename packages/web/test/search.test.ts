// The search page: snippets that say why an action matched, filters for kind, theme, region,
// zone and year, the empty state with what to try, keyboard use, axe, and a phone's width.
import path from 'node:path';
import { SCREENSHOT_DIR, baseUrl, screenshot } from './browser';
import { COACH, expectNoSeriousA11yViolations, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages();

describe('search page', () => {
  it('shows why each action matched, with the matching words marked', async () => {
    const { page, errors } = await pageAs(COACH);
    await page.goto(`${baseUrl()}/zoeken?q=${encodeURIComponent('Koning Boudewijnstichting')}`);
    await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “Koning Boudewijnstichting”' }).waitFor();
    const actions = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: /^Acties/ }) });
    const overhoop = actions.locator('li').filter({ hasText: 'projectoproep van KBS “OverHoop”' });
    await overhoop.waitFor();
    // The full form was typed; the sheet says KBS, and the snippet marks it.
    expect(await overhoop.locator('mark').allTextContents()).toContain('KBS');
    expect(await overhoop.locator('.result__snippet').textContent()).not.toMatch(/[«»]/);
    await screenshot(page, 'search-1-snippets');
    await expectNoSeriousA11yViolations(page, 'the search results with snippets');
    expect(errors).toEqual([]);
  });

  it('filters by kind, theme, region, zone and year from the form, keyboard only', async () => {
    const { page, errors } = await pageAs(COACH);
    await page.goto(`${baseUrl()}/zoeken?q=VAPH`);
    await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “VAPH”' }).waitFor();
    const form = page.getByRole('form', { name: 'Opnieuw zoeken' });
    await form.getByLabel('Jaar').locator('option[value="2026"]').waitFor({ state: 'attached' });
    await form.getByLabel('Soort').selectOption('acties');
    await form.getByLabel('Jaar').selectOption('2026');
    await form.getByLabel('Zone').selectOption('elz-leuven');
    await form.getByLabel('Zoekterm').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\?q=VAPH&zone=elz-leuven&jaar=2026&soort=acties$/);
    const actions = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: /^Acties/ }) });
    // Other test files may carry this action into another plan of the year: any copy will do.
    await actions
      .getByRole('link', { name: /Rondetafelgesprek\(ken\) VAPH/ })
      .first()
      .waitFor();
    // The unfiltered results hold that action too: wait until only the filtered answer is shown.
    await page
      .waitForFunction(
        () => {
          const headings = Array.from(document.querySelectorAll('h2'), (h) => h.textContent ?? '');
          const metas = Array.from(document.querySelectorAll('.result__meta'), (m) => m.textContent);
          return headings.length === 1 && headings[0]!.startsWith('Acties') && metas.length > 0 && metas.every((m) => m === 'ELZ Leuven · Actieplan 2026');
        },
        undefined,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    const metas = await actions.locator('.result__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toBe('ELZ Leuven · Actieplan 2026');
    // Only actions were asked for: no other kind of result.
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([expect.stringMatching(/^Acties/)]);
    // Tab from the search field reaches the filters and then the first result.
    await form.getByLabel('Zoekterm').focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('.result-list') !== null);
    }
    expect(reached).toBe(true);
    await screenshot(page, 'search-2-filtered');
    await expectNoSeriousA11yViolations(page, 'the filtered search');
    expect(errors).toEqual([]);
  });

  it('finds goals of multi-year plans and leads to the plan', async () => {
    const { page, errors } = await pageAs(COACH);
    await page.goto(`${baseUrl()}/zoeken?q=${encodeURIComponent('jonge mantelzorgers')}&soort=doelstellingen`);
    const goals = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: /^Doelstellingen/ }) });
    const link = goals.getByRole('link', { name: /^OD .*jonge mantelzorgers/ }).first();
    await link.waitFor();
    expect(await goals.locator('.result__meta').first().textContent()).toMatch(/^ELZ Leuven · Meerjarenplan \d{4}–\d{4} · onder SD /);
    await link.click();
    await page.waitForURL('**/zones/elz-leuven/meerjarenplan');
    expect(errors).toEqual([]);
  });

  it('says what to try when nothing is found, and offers to drop the filters', async () => {
    const { page, errors } = await pageAs(COACH);
    await page.goto(`${baseUrl()}/zoeken?q=tandpijn&jaar=2024`);
    await page.getByText('Niets gevonden voor “tandpijn” met deze filters.').waitFor();
    await page.getByText(/een afkorting voluit of omgekeerd/).waitFor();
    await page.getByRole('link', { name: 'zonder filters te zoeken' }).click();
    await page.waitForURL(/\/zoeken\?q=tandpijn$/);
    await page.getByRole('link', { name: /tandartsen en huisartsen/ }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the search after dropping filters');
    expect(errors).toEqual([]);
  });

  it('fits a phone: filters stack, snippets wrap, nothing scrolls sideways', async () => {
    const { page, errors } = await pageAs(COACH, { width: 390, height: 844 });
    await page.goto(`${baseUrl()}/zoeken?q=mantelzorgers`);
    await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “mantelzorgers”' }).waitFor();
    await page.locator('.result__snippet mark').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'search-3-phone');
    // The first screen as the phone shows it (the full page is too tall to judge).
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'search-3-phone-first-screen.png') });
    await expectNoSeriousA11yViolations(page, 'the search on a phone');
    expect(errors).toEqual([]);
  });
});
