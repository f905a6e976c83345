// Bringing a plan in, in a real browser against the real stack: a staff member of ELZ Leuven Noord
// opens the import page from "Mijn zone", uploads the zone's plan text (the seed), sees the actions
// beside the source text with what could not be placed flagged, corrects a title, saves, and lands
// on the new draft plan with the corrected title; its "Exporteren" menu offers the downloads.
// Every page is checked with axe-core.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, baseUrl, launchBrowser, screenshot, watchErrors, type TestBrowser } from './browser';
import { LEUVEN_NOORD } from './cross-zone-helpers';
import { expectAccessible, signInAs } from './staff-helpers';

const SEEDS_DIR = process.env.SHARED_SEEDS_DIR ?? [path.resolve(__dirname, '../../../../shared/seeds'), path.resolve(__dirname, '../../../shared/seeds')].find((d) => fs.existsSync(d)) ?? '';
const NOORD_TEXT = path.join(SEEDS_DIR, '001_1dfb06515e234aec.txt');
const CORRECTED = 'Afsprakenkader sociaal lokaal beleid met de zes lokale besturen';

/** What the user sees in the window (the review page's source panel is sized to the window, so a full-page shot would stretch it). */
async function viewShot(p: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await p.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

let browser: TestBrowser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  if (!fs.existsSync(NOORD_TEXT)) throw new Error(`Seed text not found at ${NOORD_TEXT}: set SHARED_SEEDS_DIR to the folder with the plan texts.`);
  browser = await launchBrowser();
  await signInAs(browser.context, LEUVEN_NOORD);
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

describe('bringing a plan in', () => {
  it('says clearly what is wrong with a file it cannot read', async () => {
    await page.goto(`${baseUrl()}/importeren`);
    await page.getByRole('heading', { level: 1, name: 'Plan binnenbrengen' }).waitFor();
    // The file input is in the tab order (visually hidden behind its "Bestand kiezen" label).
    const input = page.locator('input[type="file"]');
    await input.focus();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    await expectAccessible(page);

    await input.setInputFiles({ name: 'actieplan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('sla het op als .docx');
    expect(errors).toEqual([]);
  });

  it('uploads the ELZ Leuven Noord plan, flags what it could not place, saves a corrected draft and opens it', async () => {
    await page.goto(`${baseUrl()}/mijn-zone/elz-leuven-noord`);
    await page.getByRole('heading', { level: 1, name: 'ELZ Leuven Noord' }).waitFor();
    const link = page.getByRole('link', { name: /bestaand plan binnenbrengen/ }).first();
    const href = await link.getAttribute('href');
    const year = Number(/jaar=(\d{4})/.exec(href ?? '')?.[1]);
    expect(year).toBeGreaterThan(2025);
    await link.click();
    await page.waitForURL(`**/importeren?zone=elz-leuven-noord&jaar=${year}`);
    await page.getByRole('heading', { level: 2, name: 'Kies het bestand van je actieplan' }).waitFor();

    await page.locator('input[type="file"]').setInputFiles(NOORD_TEXT);
    await page.getByRole('heading', { level: 2, name: 'Doelstellingen en acties' }).waitFor({ timeout: 20_000 });

    // The nine actions of the plan, under their goals.
    const cards = page.getByTestId('draft-action');
    expect(await cards.count()).toBe(9);
    expect(await page.getByRole('status').filter({ hasText: 'Gevonden' }).textContent()).toMatch(
      /9 acties onder 4 strategische doelstellingen en 5 operationele doelstellingen; één tekstdeel kon Kruispunt niet plaatsen/,
    );
    const firstTitle = cards.first().getByLabel('Titel');
    expect(await firstTitle.inputValue()).toMatch(/^We streven naar een gedragen afsprakenkader/);

    // What could not be placed: listed with a link to its line, and marked in the source text.
    await viewShot(page, 'import-review-top');
    const unplaced = page.getByRole('region', { name: /Niet geplaatste tekst/ });
    expect(await unplaced.textContent()).toContain('Moeilijk om op dit moment indicatoren aan te geven');
    expect(await page.locator('#regel-699').getAttribute('data-unplaced')).toBe('true');
    expect(await page.locator('.source__line[data-unplaced]').count()).toBeGreaterThan(0);
    await unplaced.getByRole('link', { name: 'Regel 699' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('regel-699');
    await viewShot(page, 'import-review-unplaced');
    // The actions' first lines are marked in the source too.
    expect(await page.locator('.source__line[data-action]').count()).toBe(9);

    // The zone and the year: from the link, with the years that already have a plan said so.
    expect(await page.locator('#import-zone option:checked').textContent()).toBe('ELZ Leuven Noord');
    expect(await page.getByLabel('Jaar', { exact: true }).inputValue()).toBe(String(year));
    expect(await page.locator('#import-jaar option[value="2025"]').textContent()).toBe('2025 (bestaat al)');
    // The text is "Actieplan 2025": saving it as another year is warned about before saving, and said to the year field.
    const yearWarning = page.getByTestId('import-year-warning');
    expect(await yearWarning.textContent()).toMatch(
      new RegExp(`^De tekst is actieplan 2025, maar je slaat het op als actieplan ${year}\\. Alle acties komen in het actieplan ${year}: kijk hun datums en maanden na\\.`),
    );
    expect(await page.getByLabel('Jaar', { exact: true }).getAttribute('aria-describedby')).toContain('import-year-warning');
    await yearWarning.scrollIntoViewIfNeeded();
    await viewShot(page, 'import-year-warning');
    await page.setViewportSize({ width: 390, height: 844 });
    // Nothing sticks out sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await yearWarning.scrollIntoViewIfNeeded();
    await viewShot(page, 'import-year-warning-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
    expect(await yearWarning.count()).toBe(0);
    await page.getByLabel('Jaar', { exact: true }).selectOption(String(year));
    await yearWarning.waitFor();

    await firstTitle.fill(CORRECTED);
    await expectAccessible(page);
    await screenshot(page, 'import-review');
    await firstTitle.scrollIntoViewIfNeeded();
    await viewShot(page, 'import-review-corrected');

    await page.getByRole('button', { name: 'Opslaan als ontwerp' }).click();
    await page.waitForURL(`**/zones/elz-leuven-noord/plannen/${year}`);
    await page.getByRole('heading', { level: 1, name: `Actieplan ${year}` }).waitFor();
    await page.getByRole('heading', { name: CORRECTED }).first().waitFor();
    expect(await page.locator('main').textContent()).toContain('Ontwerp');
    expect(await page.locator('main').textContent()).toContain('9 acties');

    // The export menu of the plan page offers the four downloads.
    const exportButton = page.getByRole('button', { name: 'Exporteren' });
    await exportButton.click();
    const downloads = page.locator('.export-menu__list a');
    expect(await downloads.evaluateAll((links) => links.map((a) => a.getAttribute('href')?.replace(/^.*\//, '')))).toEqual(['export.docx', 'export.xlsx', 'export.csv', 'export.json']);
    const json = await browser.context.request.get(`${baseUrl()}${await downloads.last().getAttribute('href')}`);
    expect(json.status()).toBe(200);
    expect(JSON.stringify(await json.json())).toContain(CORRECTED);
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    expect(await exportButton.getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, 'import-saved-plan');
    expect(errors).toEqual([]);
  });
});
