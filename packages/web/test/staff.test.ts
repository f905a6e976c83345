// Zone staff in a real browser against the real stack: editing an action (saved, invalid, in
// conflict with a second session), the API tokens, the timeline with its capacity check, and
// the other staff pages. Every page is checked with axe-core (no serious or critical violation).
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot, watchErrors, showActionPanels, waitUntilDrawn, type TestBrowser } from './browser';
import { ZONE_EDITOR, expectAccessible, gql, signInAs } from './staff-helpers';

interface ActionRow {
  id: string;
  title: string;
  version: number;
  what: string | null;
  why: string | null;
  startDate: string | null;
  endDate: string | null;
  owners: Array<{ zone: { slug: string } }>;
}

const ACTION_FIELDS = 'id title version what why startDate endDate owners { zone { slug } }';

let browser: TestBrowser;
let page: Page;
let errors: string[];
/** Two actions of ELZ Leuven Zuid 2025 that only Leuven Zuid owns, with their values before the tests. */
let editAction: ActionRow;
let conflictAction: ActionRow;

async function action(id: string): Promise<ActionRow> {
  const data = await gql<{ action: ActionRow }>(browser.context, `query ($id: ID!) { action(id: $id) { ${ACTION_FIELDS} } }`, { id });
  return data.action;
}

/** Puts an action's texts back as they were, so other tests see the seed. */
async function restore(original: ActionRow): Promise<void> {
  const now = await action(original.id);
  await gql(browser.context, 'mutation ($id: ID!, $version: Int!, $input: ActionInput!) { updateAction(id: $id, version: $version, input: $input) { action { id } } }', {
    id: original.id,
    version: now.version,
    input: { title: original.title, what: original.what, why: original.why, startDate: original.startDate, endDate: original.endDate },
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  await signInAs(browser.context, ZONE_EDITOR);
  const data = await gql<{ zone: { actionPlan: { actions: ActionRow[] } } }>(
    browser.context,
    `{ zone(slug: "elz-leuven-zuid") { actionPlan(year: 2025) { actions { ${ACTION_FIELDS} } } } }`,
  );
  const own = data.zone.actionPlan.actions.filter((a) => a.owners.length === 1);
  if (own.length < 2) throw new Error('The seed should give ELZ Leuven Zuid at least two actions of its own in 2025.');
  [editAction, conflictAction] = own as [ActionRow, ActionRow];
});

afterAll(async () => {
  if (browser) {
    for (const original of [editAction, conflictAction]) if (original) await restore(original).catch(() => undefined);
    await browser.close();
  }
});

beforeEach(async () => {
  page = await browser.context.newPage();
  errors = watchErrors(page);
});

afterEach(async () => {
  await page.close();
});

describe('zone staff', () => {
  it('shows "Mijn zone" with the plans, the deadline, the open checks and the role in the header', async () => {
    await page.goto(`${baseUrl()}/mijn-zone`);
    await page.waitForURL('**/mijn-zone/elz-leuven-zuid');
    await page.getByRole('heading', { level: 1, name: 'ELZ Leuven Zuid' }).waitFor();
    expect(await page.getByTestId('user-role').textContent()).toContain('Redacteur');
    const year = new Date().getFullYear();
    await page.getByRole('heading', { level: 2, name: 'Actieplannen' }).waitFor();
    // Next year's plan comes first, with its deadline of 15 October of this year.
    const cards = page.getByTestId('plan-card');
    expect(await cards.first().textContent()).toContain(`Actieplan ${year + 1}`);
    expect(await cards.first().textContent()).toContain(`15/10/${year}`);
    // The most recent plan keeps its open checks in sight. (Which year that is depends on the plans
    // other test files add to this zone in the same database, so any plan card with checks.)
    const latest = cards.filter({ has: page.getByRole('heading', { name: 'Controles van het sjabloon' }) }).first();
    await latest.getByRole('heading', { name: 'Controles van het sjabloon' }).waitFor();
    await latest.locator('.plan-checks, .checks-ok').first().waitFor();
    await page.getByRole('heading', { name: 'Recente wijzigingen' }).waitFor();
    await page.locator('.change-list, .state--empty').first().waitFor();
    await screenshot(page, 'staff-1-my-zone');
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('lets a staff member edit an action and keeps the change after a reload', async () => {
    const why = `Waarom nu: getest op ${Date.now()}`;
    await page.goto(`${baseUrl()}/acties/${editAction.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Bewerken', exact: true }).click();
    await page.waitForURL(`**/acties/${editAction.id}/bewerken`);
    await page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'staff-2-editor');

    await page.getByLabel('Waarom deze actie, waarom nu?').fill(why);
    // Leaving with unsaved changes asks first; staying keeps the text.
    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Actieplan 2025' }).click();
    const leave = page.getByRole('dialog', { name: 'Wijzigingen niet bewaard' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Blijven en verder werken' }).click();
    expect(await page.getByLabel('Waarom deze actie, waarom nu?').inputValue()).toBe(why);

    await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    await page.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();
    await screenshot(page, 'staff-3-editor-saved');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
    expect(await page.getByLabel('Waarom deze actie, waarom nu?').inputValue()).toBe(why);
    expect((await action(editAction.id)).why).toBe(why);

    // The sheet shows it, and its history says who changed what.
    await page.goto(`${baseUrl()}/acties/${editAction.id}`);
    expect(await page.locator('#waarom').textContent()).toContain(why);
    await showActionPanels(page);
    const history = page.getByTestId('history');
    await history.waitFor();
    expect(await history.locator('li').first().textContent()).toMatch(/Stafmedewerker ELZ Leuven Zuid\s*wijzigde[\s\S]*Waarom\?/);
    await expectAccessible(page);
    await screenshot(page, 'staff-4-action-follow-up');
    expect(errors).toEqual([]);
  });

  it('shows the field errors of an invalid form and saves nothing', async () => {
    const before = await action(editAction.id);
    await page.goto(`${baseUrl()}/acties/${editAction.id}/bewerken`);
    await page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill('');
    await page.getByLabel('Startdatum').fill('2025-06-01');
    await page.getByLabel('Einddatum').fill('2025-03-01');
    await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();

    // Each message sits next to its field, and a summary links to them.
    await page.locator('#veld-title-fout').waitFor();
    expect(await page.locator('#veld-title-fout').textContent()).toContain('Titel is verplicht');
    expect(await page.locator('#veld-endDate-fout').textContent()).toContain('De einddatum ligt voor de startdatum');
    expect(await page.getByLabel('Titel', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').first().textContent()).toContain('Niet bewaard');
    await expectAccessible(page);
    await screenshot(page, 'staff-5-editor-invalid');

    const after = await action(editAction.id);
    expect(after.version).toBe(before.version);
    expect(after.title).toBe(before.title);
    expect(after.endDate).toBe(before.endDate);
    expect(errors).toEqual([]);
  });

  it('lets the second of two sessions choose per field in a conflict, losing nothing', async () => {
    const other = await launchBrowser();
    try {
      await signInAs(other.context, ZONE_EDITOR);
      const second = await other.context.newPage();
      const secondErrors = watchErrors(second);
      const stamp = Date.now();
      const titleMine = `Titel van sessie A ${stamp}`;
      const titleTheirs = `Titel van sessie B ${stamp}`;
      const whatTheirs = `Wat volgens sessie B ${stamp}`;
      const whyMine = `Waarom volgens sessie A ${stamp}`;

      // Both open the editor on the same version.
      await page.goto(`${baseUrl()}/acties/${conflictAction.id}/bewerken`);
      await second.goto(`${baseUrl()}/acties/${conflictAction.id}/bewerken`);
      await page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
      await second.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();

      // B saves first.
      await second.getByLabel('Titel', { exact: true }).fill(titleTheirs);
      await second.getByLabel('Wat is de actie?').fill(whatTheirs);
      await second.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
      await second.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();

      // A saves on the old version: the conflict screen shows both values.
      await page.getByLabel('Titel', { exact: true }).fill(titleMine);
      await page.getByLabel('Waarom deze actie, waarom nu?').fill(whyMine);
      await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
      await page.getByRole('heading', { name: 'Iemand anders heeft deze actie intussen gewijzigd' }).waitFor();
      const titleRow = page.getByTestId('conflict-title');
      expect(await titleRow.textContent()).toContain(titleMine);
      expect(await titleRow.textContent()).toContain(titleTheirs);
      // Only B changed "Wat?": taken over without asking. Only A changed "Waarom?": stays A's.
      expect(await page.getByTestId('conflict-what').count()).toBe(0);
      expect(await page.getByTestId('conflict-why').count()).toBe(0);
      const banner = await page.getByTestId('conflict-banner').textContent();
      expect(banner).toContain('Overgenomen uit de nieuwste versie: “Wat?”');
      expect(banner).toContain('Jouw wijzigingen blijven staan: “Waarom?”');
      await expectAccessible(page);
      await screenshot(page, 'staff-6-conflict');

      // Saving without choosing for the title asks to choose.
      await page.getByRole('button', { name: 'Keuzes bewaren' }).click();
      await page.getByText('Kies welke versie je bewaart.').waitFor();
      await titleRow.getByRole('radio', { name: /Jouw versie/ }).check();
      await page.getByRole('button', { name: 'Keuzes bewaren' }).click();
      await page.getByRole('status').filter({ hasText: 'Bewaard' }).waitFor();

      const saved = await action(conflictAction.id);
      expect(saved.title).toBe(titleMine);
      expect(saved.what).toBe(whatTheirs);
      expect(saved.why).toBe(whyMine);
      expect(await page.getByLabel('Wat is de actie?').inputValue()).toBe(whatTheirs);
      expect(secondErrors).toEqual([]);
    } finally {
      await other.close();
    }
    expect(errors).toEqual([]);
  });

  it('creates an API token, shows its secret once, and revokes it', async () => {
    const name = `Regionaal dashboard ${Date.now()}`;
    await page.goto(`${baseUrl()}/instellingen/tokens`);
    await page.getByRole('heading', { level: 1, name: 'API-tokens' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Naam').fill(name);
    await page.getByRole('button', { name: 'Token aanmaken' }).click();
    const created = page.getByTestId('new-token');
    await created.waitFor();
    const secret = await created.getByLabel('Het token').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    expect(await created.textContent()).toContain('maar één keer getoond');
    await created.getByRole('button', { name: 'Kopiëren' }).waitFor();
    const row = page.getByTestId('token-row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toContain('Actief');
    expect(await row.textContent()).toContain(secret.slice(0, 6));
    await expectAccessible(page);
    await screenshot(page, 'staff-7-token-created');

    // The token works against the API.
    const response = await page.request.post(`${baseUrl()}/graphql`, { data: { query: '{ me { authKind } }' }, headers: { authorization: `Bearer ${secret}` } });
    expect(((await response.json()) as { data: { me: { authKind: string } } }).data.me.authKind).toBe('token');

    // After a reload the secret is gone for good.
    await page.reload();
    await page.getByTestId('token-row').filter({ hasText: name }).waitFor();
    expect(await page.getByTestId('new-token').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    await page
      .getByTestId('token-row')
      .filter({ hasText: name })
      .getByRole('button', { name: /Intrekken/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Token intrekken?' });
    await dialog.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'staff-8-token-revoke');
    await dialog.getByRole('button', { name: 'Token intrekken' }).click();
    await page.getByTestId('token-row').filter({ hasText: name }).filter({ hasText: 'Ingetrokken' }).waitFor();
    const refused = await page.request.post(`${baseUrl()}/graphql`, { data: { query: '{ me { authKind } }' }, headers: { authorization: `Bearer ${secret}` } });
    const body = (await refused.json()) as { data?: { me: unknown }; errors?: unknown[] };
    expect(body.errors ?? body.data?.me ?? null).toBeTruthy();
    expect(body.data?.me ?? null).toBeNull();
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  });

  it('shows the plan timeline with the running actions and the capacity in days per month', async () => {
    await page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/2025/tijdslijn`);
    await page.getByRole('heading', { level: 1, name: 'Tijdslijn 2025' }).waitFor();
    const capacity = page.getByTestId('capacity-row');
    await capacity.waitFor();
    expect(await capacity.locator('th').textContent()).toBe('Lopende acties');
    expect(await capacity.locator('td').count()).toBe(12);
    const counts = (await capacity.locator('td').allTextContents()).map((text) => Number.parseInt(text, 10));
    expect(Math.max(...counts)).toBeGreaterThan(0);
    expect(await page.getByTestId('planned-days-row').locator('td').count()).toBe(12);
    await page.getByTestId('capacity-verdict').waitFor();
    // The seed estimates nothing (honestly): the page says how many actions the capacity does not see.
    expect(await page.getByTestId('capacity-unestimated').textContent()).toMatch(/acties hebben nog geen geschatte werkdagen/);
    await expectAccessible(page);
    await screenshot(page, 'staff-9-timeline');
    expect(errors).toEqual([]);
  });

  it('shows the plan with filters in the URL, and its print view in the template layout', async () => {
    await page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/2025`);
    await page.getByRole('heading', { level: 1, name: 'Actieplan 2025' }).waitFor();
    await waitUntilDrawn(page);
    const all = await page.getByTestId('action-summary').count();
    await page.getByLabel('Gedeeld met andere zones').selectOption('ja');
    await page.waitForURL('**/plannen/2025?gedeeld=ja');
    // The router renders the new search params in a transition.
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="action-summary"]').length < count, all);
    const shared = await page.getByTestId('action-summary').count();
    expect(shared).toBeGreaterThan(0);
    expect(await page.locator('.filters__count').textContent()).toBe(`${shared} van ${all} acties`);
    await expectAccessible(page);
    await screenshot(page, 'staff-10-plan-editor');
    await page.goBack();
    await page.waitForURL('**/plannen/2025');
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="action-summary"]').length === count, all);

    await page.getByRole('link', { name: /Afdrukversie/ }).click();
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '1. Algemeen deel' }).waitFor();
    expect(await page.locator('.print-sheet').count()).toBe(all);
    expect(await page.locator('.print-sheet').first().textContent()).toMatch(/[☒☐](niet )?gekozen: Procesevaluatie/);
    await expectAccessible(page);
    await screenshot(page, 'staff-11-print');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    await screenshot(page, 'staff-12-print-media');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('fits a phone screen: my zone and the editor', async () => {
    const phone = await launchBrowser({ width: 390, height: 844 });
    try {
      await signInAs(phone.context, ZONE_EDITOR);
      const small = await phone.context.newPage();
      await small.goto(`${baseUrl()}/mijn-zone/elz-leuven-zuid`);
      await small.getByRole('heading', { level: 1, name: 'ELZ Leuven Zuid' }).waitFor();
      expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshot(small, 'staff-13-my-zone-phone');
      await small.goto(`${baseUrl()}/acties/${editAction.id}/bewerken`);
      await small.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
      expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshot(small, 'staff-14-editor-phone');
    } finally {
      await phone.close();
    }
  });
});
