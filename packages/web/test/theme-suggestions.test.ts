// Issue 14, themes on every action, in a real browser: the action editor shows the themes the
// server proposes as the title is typed ("Voorgesteld: …"), a keyboard user adds one, and only
// saving sets it; the import review lists the proposed themes of every action ticked, the user
// unticks one, and the saved plan has exactly the ticked ones. Own plan years (after 2060) of
// ELZ Leuven Zuid, so no other test file's state is assumed or changed. Axe-checked, 390 px wide too.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, baseUrl, launchBrowser, watchErrors, type TestBrowser } from './browser';
import { LEUVEN_ZUID } from './cross-zone-helpers';
import { expectAccessible, gql, signInAs } from './staff-helpers';

const SEEDS_DIR = process.env.SHARED_SEEDS_DIR ?? [path.resolve(__dirname, '../../../../shared/seeds'), path.resolve(__dirname, '../../../shared/seeds')].find((d) => fs.existsSync(d)) ?? '';
const ELZOH_TEXT = path.join(SEEDS_DIR, '003_8efae48a1dc44449.txt');
// Years no other test file uses for Leuven Zuid (set in beforeAll: after the zone's latest plan,
// which other files move on with "next year" steps).
let EDITOR_YEAR = 0;
let IMPORT_YEAR = 0;
const MANTELZORG = 'Mantelzorg en jonge mantelzorgers';

/** What the user sees in the window, scrolled to the part under test (a full page would be mostly other sections). */
async function screenshot(p: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await p.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

let browser: TestBrowser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  await signInAs(browser.context, LEUVEN_ZUID);
  const { zone } = await gql<{ zone: { actionPlans: { year: number }[] } }>(browser.context, 'query { zone(slug: "elz-leuven-zuid") { actionPlans { year } } }');
  EDITOR_YEAR = Math.max(2060, ...zone.actionPlans.map((p) => p.year)) + 1;
  IMPORT_YEAR = EDITOR_YEAR + 1;
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

async function themesOf(actionId: string): Promise<string[]> {
  const d = await gql<{ action: { themes: { slug: string }[] } }>(browser.context, 'query($id: ID!) { action(id: $id) { themes { slug } } }', { id: actionId });
  return d.action.themes.map((t) => t.slug).sort();
}

describe('theme suggestions', () => {
  it('proposes themes while the title is typed; a keyboard user adds one, and saving sets it', async () => {
    const { zone } = await gql<{ zone: { id: string } }>(browser.context, 'query { zone(slug: "elz-leuven-zuid") { id } }');
    const { createActionPlan } = await gql<{ createActionPlan: { id: string } }>(browser.context, 'mutation($z: ID!, $y: Int!) { createActionPlan(zoneId: $z, year: $y) { id } }', {
      z: zone.id,
      y: EDITOR_YEAR,
    });
    const { createAction } = await gql<{ createAction: { action: { id: string } } }>(
      browser.context,
      'mutation($p: ID!) { createAction(planId: $p, input: { title: "Nieuwe actie" }) { action { id } } }',
      { p: createActionPlan.id },
    );
    const actionId = createAction.action.id;

    await page.goto(`${baseUrl()}/acties/${encodeURIComponent(actionId)}/bewerken`);
    await page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
    const suggestions = page.getByRole('group', { name: 'Voorgesteld op basis van de tekst' });
    await suggestions.getByText(/Geen voorstellen/).waitFor();

    // Wat? is read as it is typed: "GGZ" and "psychisch" propose mental health.
    await page.getByLabel('Wat is de actie?', { exact: true }).fill('Een aanbod rond GGZ en psychisch welzijn.');
    const mental = suggestions.locator('.theme-chip', { hasText: 'Mentaal welzijn / GGZ' });
    await mental.waitFor();
    expect((await mental.textContent())?.replace(/\s+/g, ' ')).toContain('(GGZ, psychisch)');
    // So is the title: the proposals refresh.
    await page.getByLabel('Titel', { exact: true }).fill('Toolbox voor jonge mantelzorgers op school');
    const chip = suggestions.locator('.theme-chip', { hasText: MANTELZORG });
    await chip.waitFor();
    expect((await chip.textContent())?.replace(/\s+/g, ' ')).toMatch(/Voorgesteld: Mantelzorg en jonge mantelzorgers \(jonge mantelzorgers.*\)Toevoegen/);
    await suggestions.scrollIntoViewIfNeeded();
    await screenshot(page, 'theme-suggestions-editor');
    await expectAccessible(page);

    // By keyboard: focus the button, Enter.
    const add = suggestions.getByRole('button', { name: `Thema ${MANTELZORG} toevoegen` });
    await add.focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('checkbox', { name: MANTELZORG });
    expect(await box.isChecked()).toBe(true);
    await chip.waitFor({ state: 'detached' });
    // Focus stays in the proposals (the next one) or on the theme just ticked, never lost to the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/BUTTON|INPUT/);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: `Thema ${MANTELZORG} toegevoegd.` })
        .count(),
    ).toBe(1);
    // Proposed and added in the form, not saved: the server still has no theme.
    expect(await themesOf(actionId)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await suggestions.scrollIntoViewIfNeeded();
    await screenshot(page, 'theme-suggestions-editor-phone');
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    await page.getByText('Alles is bewaard.').waitFor();
    expect(await themesOf(actionId)).toContain('mantelzorg');
    expect(errors).toEqual([]);
  });

  it('lists the proposed themes of every imported action ticked; the saved plan has the ones kept', async () => {
    await page.goto(`${baseUrl()}/importeren?zone=elz-leuven-zuid&jaar=${IMPORT_YEAR}`);
    await page.getByRole('heading', { level: 2, name: 'Kies het bestand van je actieplan' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(ELZOH_TEXT);
    await page.getByRole('heading', { level: 2, name: 'Doelstellingen en acties' }).waitFor({ timeout: 20_000 });

    const cards = page.getByTestId('draft-action');
    const count = await cards.count();
    expect(count).toBeGreaterThan(5);
    const themed = cards.filter({ has: page.locator('.draft-action__themes') });
    expect(await themed.count()).toBeGreaterThanOrEqual(Math.ceil(count * 0.8));
    // Every proposal starts ticked ("voorgesteld"); the user unticks the first card's first one.
    const boxes = page.locator('.draft-action__themes input[type="checkbox"]');
    const total = await boxes.count();
    expect(await page.locator('.draft-action__themes input[type="checkbox"]:checked').count()).toBe(total);
    const first = themed.first();
    const firstTitle = await first.getByLabel('Titel').inputValue();
    const unticked = first.locator('.draft-action__themes input[type="checkbox"]').first();
    const untickedName = ((await first.locator('.draft-action__themes label').first().textContent()) ?? '').replace(/\s*\(.*$/, '').trim();
    await unticked.focus();
    await page.keyboard.press('Space');
    expect(await unticked.isChecked()).toBe(false);
    await first.scrollIntoViewIfNeeded();
    await screenshot(page, 'theme-suggestions-import-review');
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The save bar sticks to the bottom of a phone: the themes are read at the top of the window.
    await first.locator('.draft-action__themes').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'theme-suggestions-import-review-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Opslaan als ontwerp' }).click();
    await page.waitForURL(`**/zones/elz-leuven-zuid/plannen/${IMPORT_YEAR}`);
    const saved = await gql<{ actionPlan: { actions: { title: string; themes: { name: string }[] }[] } }>(
      browser.context,
      'query($y: Int!) { actionPlan(zoneSlug: "elz-leuven-zuid", year: $y) { actions { title themes { name } } } }',
      { y: IMPORT_YEAR },
    );
    const setCount = saved.actionPlan.actions.reduce((n, a) => n + a.themes.length, 0);
    expect(setCount).toBe(total - 1);
    const firstSaved = saved.actionPlan.actions.find((a) => a.title === firstTitle.trim());
    expect(firstSaved?.themes.map((t) => t.name)).not.toContain(untickedName);
    expect(errors).toEqual([]);
  });
});
