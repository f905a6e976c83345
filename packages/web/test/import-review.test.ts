// The import review finishes the job, in a real browser against the real stack: ELZ Leuven Noord's
// staff member uploads a plan (import-review-plan.ts) with text the parser could not place, turns
// one text into an action and attaches another to the "Wat?" of that new action (by keyboard),
// makes the OverHoop paragraph an action of the project, attaches a line naming a partner to
// "Met wie?", moves the dates of the year before into the plan's year, confirms a new partner (a
// zone is never offered as one), saves, and checks the stored plan through the API. Axe-clean;
// looked at at desktop and phone width.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, baseUrl, launchBrowser, screenshot, watchErrors, type TestBrowser } from './browser';
import { LEUVEN_NOORD } from './cross-zone-helpers';
import { REVIEW_PLAN, REVIEW_YEAR } from './import-review-plan';
import { expectAccessible, gql, signInAs } from './staff-helpers';

const NEW_PARTNER = 'Buurtwerk De Brug';

async function viewShot(p: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await p.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** A button's name with its visually hidden line ("Negeren: regel 39"; the accessible name has a space before the colon). */
const about = (label: string, line: number) => new RegExp(`^${label}\\W+regel ${line}$`);

const activeText = (p: Page) => p.evaluate(() => document.activeElement?.textContent ?? '');

let browser: TestBrowser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  await signInAs(browser.context, LEUVEN_NOORD);
  page = await browser.context.newPage();
  errors = watchErrors(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('the import review', () => {
  it('places unplaced text, shifts dates, confirms a new partner, links a project, and saves all of it', async () => {
    // The partner is new to the directory (the shared test database may hold others).
    const before = await gql<{ partners: { nodes: { name: string }[] } }>(browser.context, `query($q: String) { partners(search: $q, first: 5) { nodes { name } } }`, { q: NEW_PARTNER });
    expect(before.partners.nodes).toEqual([]);

    await page.goto(`${baseUrl()}/importeren?zone=elz-leuven-noord&jaar=${REVIEW_YEAR}`);
    await page.locator('input[type="file"]').setInputFiles({ name: `actieplan-${REVIEW_YEAR}.txt`, mimeType: 'text/plain', buffer: Buffer.from(REVIEW_PLAN) });
    await page.getByRole('heading', { level: 2, name: 'Doelstellingen en acties' }).waitFor({ timeout: 20_000 });
    const cards = page.getByTestId('draft-action');
    expect(await cards.count()).toBe(2);
    const unplaced = page.getByRole('region', { name: /Niet geplaatste tekst/ });
    const items = unplaced.getByTestId('unplaced-item');
    expect(await items.count()).toBe(4);
    expect(await page.getByRole('status').filter({ hasText: 'Gevonden' }).textContent()).toContain('4 tekstdelen kon Kruispunt niet plaatsen.');

    // 1. "Vorming rond rouw" (regel 12) becomes an action under the goal it stood under, by keyboard.
    const rouw = items.filter({ hasText: 'Regel 12' });
    await rouw.getByRole('button', { name: about('Als nieuwe actie', 12) }).focus();
    await page.keyboard.press('Enter');
    const title = rouw.getByLabel('Titel van de actie');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await title.getAttribute('id'));
    expect(await title.inputValue()).toBe('Vorming rond rouw voor mantelzorgers');
    expect(await rouw.getByLabel('Doelstelling').inputValue()).toBe('od:1.1');
    await expectAccessible(page);
    await title.press('Enter');
    expect(await activeText(page)).toBe('Nieuwe actie: “Vorming rond rouw voor mantelzorgers”.');
    expect(await cards.count()).toBe(3);
    expect(await unplaced.getByRole('heading').textContent()).toBe('Niet geplaatste tekst (nog 3 van 4)');

    // 2. Its paragraph (regel 13) goes to the "Wat?" of that new action.
    const paragraph = items.filter({ hasText: 'Regel 13' });
    await paragraph.getByRole('button', { name: about('Bij een actie voegen', 13) }).click();
    await paragraph.getByLabel('Actie', { exact: true }).selectOption({ label: 'Vorming rond rouw voor mantelzorgers' });
    await paragraph.getByLabel('Rubriek').selectOption({ label: 'Wat?' });
    await paragraph.getByRole('button', { name: 'Toevoegen' }).click();
    expect(await activeText(page)).toBe('Toegevoegd aan “Wat?” van “Vorming rond rouw voor mantelzorgers”.');

    // 3. The OverHoop paragraph becomes an action of the project OverHoop.
    const project = items.filter({ hasText: 'Regel 6' });
    expect(await project.textContent()).toContain('· over project OverHoop');
    await project.getByRole('button', { name: about('Als nieuwe actie', 6) }).click();
    await project.getByLabel('Titel van de actie').fill('OverHoop-coach volgt de gezinnen op');
    await project.getByLabel('Doelstelling').selectOption('od:1.2');
    expect(await project.getByLabel('Actie van het project OverHoop').isChecked()).toBe(true);
    await expectAccessible(page);
    await project.scrollIntoViewIfNeeded();
    await viewShot(page, 'import-review-project-form');
    await project.getByRole('button', { name: 'Actie maken' }).click();

    // 4. The pharmacists' line is dismissed, then taken back and attached to "Met wie?" of action 1.2.1.
    const pharmacists = items.filter({ hasText: 'Regel 39' });
    await pharmacists.getByRole('button', { name: about('Negeren', 39) }).click();
    expect(await activeText(page)).toBe('Genegeerd: deze tekst wordt niet bewaard.');
    await pharmacists.getByRole('button', { name: about('Ongedaan maken', 39) }).click();
    expect(await activeText(page)).toContain('Als nieuwe actie');
    await pharmacists.getByRole('button', { name: about('Bij een actie voegen', 39) }).click();
    expect(await pharmacists.getByLabel('Actie', { exact: true }).inputValue()).toBe(
      await cards
        .filter({ hasText: 'Actie 1.2.1' })
        .getByLabel('Titel')
        .getAttribute('id')
        .then((id) => id!.replace(/-titel$/, '')),
    );
    await pharmacists.getByLabel('Rubriek').selectOption({ label: 'Met wie?' });
    await pharmacists.getByRole('button', { name: 'Toevoegen' }).click();
    expect(await unplaced.getByRole('heading').textContent()).toBe('Niet geplaatste tekst (nog 0 van 4)');
    expect(await page.getByRole('status').filter({ hasText: 'Gevonden' }).textContent()).toContain('(nog 0 na te kijken)');

    // 5. Dates of the year before (steps of 1.1.1, start and end of 1.2.1): said, and moved only on request, per action or all.
    const dates = page.getByTestId('import-other-dates');
    expect(await dates.textContent()).toContain(`2 acties hebben datums in ${REVIEW_YEAR - 1}, niet in ${REVIEW_YEAR}`);
    const sheet = cards.filter({ hasText: 'Actie 1.1.1' });
    const evening = cards.filter({ hasText: 'Actie 1.2.1' });
    expect(await sheet.textContent()).toContain(`Datums in ${REVIEW_YEAR - 1}, niet in ${REVIEW_YEAR}.`);
    await evening.getByRole('button', { name: new RegExp(`^Naar ${REVIEW_YEAR} verschuiven`) }).click();
    expect(await activeText(page)).toBe(`Datums verschoven naar ${REVIEW_YEAR}.`);
    expect(await dates.textContent()).toContain(`1 actie heeft datums in ${REVIEW_YEAR - 1}`);
    expect(await sheet.textContent()).toContain(`Datums in ${REVIEW_YEAR - 1}`);
    await dates.getByRole('button', { name: `Alle datums naar ${REVIEW_YEAR} verschuiven` }).click();
    expect(await activeText(page)).toBe(`De datums van 1 actie staan nu in ${REVIEW_YEAR} (dag en maand bleven).`);
    expect(await dates.count()).toBe(0);
    expect(await sheet.textContent()).not.toContain('Datums in');

    // 6. Partners: Diletti is in the directory (linked), Buurtwerk De Brug is created on confirmation, a zone is never a partner.
    const diletti = sheet.getByLabel(/^Diletti/);
    expect(await diletti.isChecked()).toBe(true);
    expect(await sheet.getByText('ELZ Leuven Zuid (een zone, geen partner: blijft tekst)').count()).toBe(1);
    expect(await sheet.getByRole('checkbox', { name: /ELZ Leuven Zuid/ }).count()).toBe(0);
    const create = sheet.getByLabel(`Als nieuwe partner aanmaken: ${NEW_PARTNER}`);
    expect(await create.isChecked()).toBe(false);
    expect(await page.getByTestId('import-new-partners').count()).toBe(0);
    await create.check();
    expect(await page.getByTestId('import-new-partners').textContent()).toBe(`Bij het opslaan wordt één nieuwe partner aangemaakt in ELZ Leuven Noord: ${NEW_PARTNER}.`);

    await expectAccessible(page);
    await unplaced.scrollIntoViewIfNeeded();
    await viewShot(page, 'import-review-placed');
    await sheet.scrollIntoViewIfNeeded();
    await viewShot(page, 'import-review-partners');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The sticky save bar covers the bottom of a phone screen: what is looked at goes to the middle.
    await sheet.locator('.draft-action__partners').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await viewShot(page, 'import-review-partners-phone');
    await unplaced.scrollIntoViewIfNeeded();
    await viewShot(page, 'import-review-placed-phone');
    // A form at phone width; cancelling it brings the focus back to the choices, and the source flags the text again.
    await pharmacists.getByRole('button', { name: about('Ongedaan maken', 39) }).click();
    expect(await page.locator('#regel-39').getAttribute('data-unplaced')).toBe('true');
    await pharmacists.getByRole('button', { name: about('Bij een actie voegen', 39) }).click();
    await pharmacists.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await viewShot(page, 'import-review-attach-phone');
    // Escape cancels the form, as its "Annuleren" button does.
    await pharmacists.getByLabel('Rubriek').press('Escape');
    expect(await activeText(page)).toMatch(/^Als nieuwe actie/);
    expect(await pharmacists.getByRole('form').count()).toBe(0);
    await pharmacists.getByRole('button', { name: about('Bij een actie voegen', 39) }).click();
    await pharmacists.getByLabel('Rubriek').selectOption({ label: 'Met wie?' });
    await pharmacists.getByRole('button', { name: 'Toevoegen' }).click();
    expect(await page.locator('#regel-39').getAttribute('data-unplaced')).toBeNull();
    // The attached line names a partner of the directory: offered at that action, linked unless unticked.
    const baf = cards.filter({ hasText: 'Actie 1.2.1' }).getByLabel(/^BAF \(Brabants Apothekersforum\)/);
    await baf.waitFor();
    expect(await baf.isChecked()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Opslaan als ontwerp' }).click();
    await page.waitForURL(`**/zones/elz-leuven-noord/plannen/${REVIEW_YEAR}`);
    await page.getByRole('heading', { level: 1, name: `Actieplan ${REVIEW_YEAR}` }).waitFor();
    await screenshot(page, 'import-review-saved');

    // The stored plan, through the API.
    const { actionPlan } = await gql<{
      actionPlan: {
        actions: {
          title: string;
          what: string | null;
          themes: { slug: string }[];
          startDate: string | null;
          endDate: string | null;
          notes: string | null;
          operationalGoal: { number: string } | null;
          stakeholdersOther: string[];
          stakeholderPartners: { name: string }[];
          projects: { name: string }[];
          steps: { date: string | null }[];
        }[];
      };
    }>(
      browser.context,
      `query($year: Int!) { actionPlan(zoneSlug: "elz-leuven-noord", year: $year) { actions { title what startDate endDate notes themes { slug } operationalGoal { number } stakeholdersOther stakeholderPartners { name } projects { name } steps { date } } } }`,
      { year: REVIEW_YEAR },
    );
    const byTitle = new Map(actionPlan.actions.map((a) => [a.title, a]));
    expect([...byTitle.keys()].sort()).toEqual([
      'Netwerkavond voor zorgverleners',
      'OverHoop-coach volgt de gezinnen op',
      'Vorming rond rouw voor mantelzorgers',
      'Werkgroep sociaal beleid opstarten',
    ]);
    expect(byTitle.get('Vorming rond rouw voor mantelzorgers')).toMatchObject({
      operationalGoal: { number: '1.1' },
      what: 'In het najaar organiseren we een vorming over rouw voor mantelzorgers, samen met de mantelzorgorganisaties.',
      notes: null,
    });
    expect(byTitle.get('Vorming rond rouw voor mantelzorgers')!.themes.map((t) => t.slug)).toContain('mantelzorg');
    expect(byTitle.get('OverHoop-coach volgt de gezinnen op')).toMatchObject({ operationalGoal: { number: '1.2' }, projects: [{ name: 'OverHoop' }] });
    expect(byTitle.get('OverHoop-coach volgt de gezinnen op')!.what).toContain('OverHoop: in');
    const stored = byTitle.get('Netwerkavond voor zorgverleners')!;
    expect(stored.stakeholderPartners).toEqual([{ name: 'BAF (Brabants Apothekersforum)' }]);
    expect([stored.startDate, stored.endDate]).toEqual([`${REVIEW_YEAR}-09-01`, `${REVIEW_YEAR}-09-30`]);
    expect(stored.stakeholdersOther).toEqual(['Ook de apothekers worden uitgenodigd via BAF (Brabants Apothekersforum).']);
    expect(stored.notes).toBeNull();
    const work = byTitle.get('Werkgroep sociaal beleid opstarten')!;
    expect(work.steps.map((s) => s.date)).toEqual([`${REVIEW_YEAR}-03-15`, `${REVIEW_YEAR}-06-20`]);
    expect(work.stakeholderPartners.map((p) => p.name).sort()).toEqual([NEW_PARTNER, 'Diletti']);
    expect(work.stakeholdersOther).toEqual(['ELZ Leuven Zuid']);
    expect(work.notes).toBeNull();
    const after = await gql<{ partners: { nodes: { name: string; zones?: unknown }[] } }>(browser.context, `query($q: String) { partners(search: $q, first: 5) { nodes { name } } }`, {
      q: NEW_PARTNER,
    });
    expect(after.partners.nodes).toEqual([{ name: NEW_PARTNER }]);
    expect(errors).toEqual([]);
  });
});
