// Two people edit the same thing at once (issue 11, findings 1 and 2): the second to save gets a
// conflict screen that reloads the latest version, merges per field against what they started
// from (three-way), asks only about fields both changed, and saves without losing either change.
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import { SCREENSHOT_DIR, baseUrl, screenshot, showActionPanels } from './browser';
import { LEUVEN, LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const POOLEN = 'Poolen/delen van personeel';

const pageAs = signedInPages();

beforeAll(() => fs.mkdirSync(SCREENSHOT_DIR, { recursive: true }));

/** The conflict banner is on screen and has focus (it or something inside it). */
async function expectBannerInViewAndFocused(page: Page): Promise<void> {
  const banner = page.getByTestId('conflict-banner');
  await banner.waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="conflict-banner"]');
    return Boolean(el && el.contains(document.activeElement));
  });
  const inView = await banner.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });
  expect(inView).toBe(true);
}

async function openEditor(page: Page, groupUrl: string): Promise<void> {
  await page.goto(groupUrl);
  await page.getByRole('heading', { level: 1, name: POOLEN }).waitFor();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await page.getByLabel('Frequentie').waitFor();
}

describe('conflicts', () => {
  it('finding 1: a working group saved by Leuven Zuid while Leuven edits it: reload merges, asks only Frequentie, and keeps both changes', async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    await zuid.page.goto(`${baseUrl()}/werkgroepen`);
    await zuid.page.getByRole('link', { name: POOLEN }).click();
    await zuid.page.getByRole('heading', { level: 1, name: POOLEN }).waitFor();
    const groupUrl = zuid.page.url();
    const id = decodeURIComponent(new URL(groupUrl).pathname.split('/').pop() ?? '');
    const leuven = await pageAs(LEUVEN);

    await openEditor(zuid.page, groupUrl);
    await openEditor(leuven.page, groupUrl);
    const startDescription = await leuven.page.getByLabel('Opdracht').inputValue();

    // Leuven Zuid changes Frequentie and Financier, and saves first.
    await zuid.page.getByLabel('Frequentie').fill('Om de zes weken');
    await zuid.page.getByLabel('Financier').fill('Koning Boudewijnstichting');
    await zuid.page.getByRole('button', { name: 'Bewaren' }).click();
    await zuid.page.getByText('Wijzigingen opgeslagen.').waitFor();

    // Leuven changes Frequentie and Opdracht, and saves second: a conflict.
    const leuvenDescription = `${startDescription} Leuven voegt toe: ook thuisverpleging sluit aan.`;
    await leuven.page.getByLabel('Frequentie').fill('Maandelijks');
    await leuven.page.getByLabel('Opdracht').fill(leuvenDescription);
    await leuven.page.getByRole('button', { name: 'Bewaren' }).click();
    await expectBannerInViewAndFocused(leuven.page);
    await leuven.page.getByRole('button', { name: 'Nieuwste versie laden' }).click();

    // Their Financier is taken over, my Opdracht stays, Frequentie is asked.
    await leuven.page.getByRole('group', { name: /Frequentie: door jullie allebei gewijzigd/ }).waitFor();
    expect(await leuven.page.getByLabel('Financier').inputValue()).toBe('Koning Boudewijnstichting');
    expect(await leuven.page.getByLabel('Opdracht').inputValue()).toBe(leuvenDescription);
    expect(await leuven.page.getByLabel('Frequentie').inputValue()).toBe('Maandelijks');
    expect(await leuven.page.getByTestId('conflict-banner').textContent()).toContain('Financier');
    await expectBannerInViewAndFocused(leuven.page);
    await expectNoSeriousA11yViolations(leuven.page, 'the working group conflict');
    await screenshot(leuven.page, 'conflict-1-working-group');
    await leuven.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(leuven.page, 'conflict-1-working-group-390');
    await leuven.page.setViewportSize({ width: 1280, height: 900 });

    // Saving without a choice is refused; choosing mine then saves on the latest version.
    await leuven.page.getByRole('button', { name: 'Bewaren' }).click();
    await leuven.page.getByText('Kies voor Frequentie welke versie je bewaart.').first().waitFor();
    await leuven.page.getByRole('radio', { name: /Jouw versie/ }).check();
    await leuven.page.getByRole('button', { name: 'Bewaren' }).click();
    await leuven.page.getByText('Wijzigingen opgeslagen.').waitFor();

    const stored = await graphqlRequest(
      leuven.page.context().request,
      'query ($id: ID!) { workingGroup(id: $id) { cadence funder description } history(id: $id) { operation actorName fields before after } }',
      { id },
    );
    expect(stored.data?.workingGroup).toEqual({ cadence: 'Maandelijks', funder: 'Koning Boudewijnstichting', description: leuvenDescription });
    const updates = (stored.data?.history as Array<{ operation: string; actorName: string; fields: string[] }>).filter((e) => e.operation === 'UPDATE');
    expect(updates.slice(0, 2).map((e) => [e.fields.slice().sort(), e.actorName])).toEqual([
      [['cadence', 'description'], expect.any(String)],
      [['cadence', 'funder'], expect.any(String)],
    ]);

    // The page shows both updates in its history.
    const history = leuven.page.getByRole('region', { name: 'Geschiedenis' });
    await history.getByText('Koning Boudewijnstichting').first().waitFor();
    const entries = history.getByTestId('history').locator('> li');
    expect(await entries.count()).toBeGreaterThanOrEqual(2);
    expect(await entries.nth(0).textContent()).toContain('Frequentie');
    expect(await entries.nth(0).textContent()).toContain('Opdracht');
    expect(await entries.nth(1).textContent()).toContain('Financier');
    await expectNoSeriousA11yViolations(leuven.page, 'the working group history');
    await history.screenshot({ path: `${SCREENSHOT_DIR}/conflict-1-working-group-history.png` });
    expect(leuven.errors).toEqual([]);
    expect(zuid.errors).toEqual([]);
  });

  it('finding 2: an action with nested bullets: the resolver asks only about Waarom?, lists keep their structure, history shows the full diff', async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    const api = zuid.page.context().request;
    const zones = (await graphqlRequest(api, '{ zones(first: 20) { nodes { id slug } } }')).data?.zones as { nodes: { id: string; slug: string }[] };
    const zoneId = (slug: string): string => zones.nodes.find((z) => z.slug === slug)?.id ?? '';
    const plan = await graphqlRequest(api, 'mutation ($zoneId: ID!) { createActionPlan(zoneId: $zoneId, year: 2033) { id version } }', { zoneId: zoneId('elz-leuven-zuid') });
    const { id: planId, version: planVersion } = plan.data?.createActionPlan as { id: string; version: number };
    const why =
      'De zorgorganisaties in de regio vinden moeilijk verpleegkundigen. Uit de omgevingsanalyse blijkt dat vooral de thuisverpleging en de woonzorgcentra onder druk staan, ' +
      'en dat de lokale besturen vragen om samen te werken over de gemeentegrenzen heen. Daarom starten we deze actie in 2025, samen met ELZ Leuven.';
    const inScope = [
      'Samen met ELZ Leuven trekken we de werkgroep “Coöperatieve verpleegposten”.\n◦ Inventariseren van ontstane initiatieven binnen de gemeenten.\n◦ Good practices delen met andere gemeenten.',
      'Contact zoeken met de beroepsgroepen\n◦ ELZ Leuven Zuid voorstellen\n◦ Vertegenwoordiging vragen',
    ];
    const outOfScope = ['Zelf personeel aanwerven\n◦ ook niet tijdelijk'];
    const created = await graphqlRequest(api, 'mutation ($planId: ID!, $input: ActionInput!) { createAction(planId: $planId, input: $input) { action { id } } }', {
      planId,
      input: { title: 'Verpleegposten samen opvolgen', why, inScope, outOfScope },
    });
    const actionId = (created.data?.createAction as { action: { id: string } }).action.id;
    expect(actionId).toBeTruthy();
    const added = await graphqlRequest(api, 'mutation ($id: ID!, $zoneId: ID!) { addOwner(subjectId: $id, zoneId: $zoneId, role: CO_LEAD) { __typename } }', {
      id: actionId,
      zoneId: zoneId('elz-leuven'),
    });
    expect(added.errors).toBeUndefined();
    const published = await graphqlRequest(api, 'mutation ($id: ID!, $version: Int!) { setActionPlanStatus(id: $id, status: PUBLISHED, version: $version) { status } }', {
      id: planId,
      version: planVersion,
    });
    expect(published.errors).toBeUndefined();

    const leuven = await pageAs(LEUVEN);
    const editUrl = `${baseUrl()}/acties/${encodeURIComponent(actionId)}/bewerken`;
    for (const page of [zuid.page, leuven.page]) {
      await page.goto(editUrl);
      await page.getByLabel('Waarom deze actie, waarom nu?').waitFor();
    }
    // The editor shows the sub-bullets indented under their item.
    expect(await leuven.page.getByLabel('Wat gaan we wel doen?').inputValue()).toContain('verpleegposten”.\n  ◦ Inventariseren');

    const zuidWhy = why.replace('vooral de thuisverpleging', 'vooral de thuisverpleging, de ziekenhuizen');
    await zuid.page.getByLabel('Waarom deze actie, waarom nu?').fill(zuidWhy);
    await zuid.page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
    await zuid.page.getByText('Bewaard', { exact: true }).waitFor();

    const leuvenWhy = why.replace('in 2025, samen met ELZ Leuven.', 'in 2025, samen met ELZ Leuven en later met ELZ Leuven Noord.');
    await leuven.page.getByLabel('Waarom deze actie, waarom nu?').fill(leuvenWhy);
    const outField = leuven.page.getByLabel('Wat gaan we niet doen?');
    await outField.fill(`${await outField.inputValue()}\n  ◦ en geen interimkantoor\nGeen opleidingen organiseren`);
    await leuven.page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();

    await expectBannerInViewAndFocused(leuven.page);
    await leuven.page.getByTestId('conflict-why').waitFor();
    expect(await leuven.page.locator('.conflict__field').count()).toBe(1);
    expect(await leuven.page.getByTestId('conflict-inScope').count()).toBe(0);
    expect(await leuven.page.getByTestId('conflict-outOfScope').count()).toBe(0);
    expect(await leuven.page.getByText('alleen door de ander gewijzigd').count()).toBe(0);
    await expectNoSeriousA11yViolations(leuven.page, 'the action conflict screen');
    await screenshot(leuven.page, 'conflict-2-action');
    await leuven.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(leuven.page, 'conflict-2-action-390');
    await leuven.page.setViewportSize({ width: 1280, height: 900 });

    await leuven.page
      .getByTestId('conflict-why')
      .getByRole('radio', { name: /Jouw versie/ })
      .check();
    await leuven.page.getByRole('button', { name: 'Keuzes bewaren' }).click();
    await leuven.page.getByText('Bewaard', { exact: true }).waitFor();

    const stored = await graphqlRequest(api, 'query ($id: ID!) { action(id: $id) { why inScope outOfScope } }', { id: actionId });
    expect(stored.data?.action).toEqual({
      why: leuvenWhy,
      inScope,
      outOfScope: ['Zelf personeel aanwerven\n◦ ook niet tijdelijk\n◦ en geen interimkantoor', 'Geen opleidingen organiseren'],
    });

    // The history shows both changes of Waarom? in full, with the changed words marked.
    await leuven.page.goto(`${baseUrl()}/acties/${encodeURIComponent(actionId)}`);
    await showActionPanels(leuven.page);
    const history = leuven.page.getByRole('region', { name: 'Geschiedenis' });
    await history.getByTestId('history').waitFor();
    const latest = history.getByTestId('history').locator('> li').first();
    expect(await latest.textContent()).toContain('later met ELZ Leuven Noord');
    expect(await latest.locator('ins').filter({ hasText: 'later met ELZ Leuven Noord' }).count()).toBe(1);
    const zuidEntry = history.getByTestId('history').locator('> li').nth(1);
    expect(await zuidEntry.locator('ins').filter({ hasText: 'de ziekenhuizen' }).count()).toBe(1);
    // Nothing cut: the end of the long text is there.
    expect(await zuidEntry.textContent()).toContain('samen met ELZ Leuven.');
    await expectNoSeriousA11yViolations(leuven.page, 'the action history');
    await history.screenshot({ path: `${SCREENSHOT_DIR}/conflict-3-action-history.png` });
    expect(leuven.errors).toEqual([]);
    expect(zuid.errors).toEqual([]);
  });

  it('the plan status: someone else changed it first; "Nieuwste versie laden" shows the new status and nothing was changed', async () => {
    const zuid = await pageAs(LEUVEN_ZUID);
    const api = zuid.page.context().request;
    const zones = (await graphqlRequest(api, '{ zones(first: 20) { nodes { id slug } } }')).data?.zones as { nodes: { id: string; slug: string }[] };
    const zoneId = zones.nodes.find((z) => z.slug === 'elz-leuven-zuid')?.id ?? '';
    const plan = await graphqlRequest(api, 'mutation ($zoneId: ID!) { createActionPlan(zoneId: $zoneId, year: 2034) { id version } }', { zoneId });
    const { id: planId, version } = plan.data?.createActionPlan as { id: string; version: number };
    await zuid.page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/2034`);
    await zuid.page.getByRole('heading', { name: 'Status van het plan' }).waitFor();
    // A colleague publishes it in the meantime.
    const published = await graphqlRequest(api, 'mutation ($id: ID!, $version: Int!) { setActionPlanStatus(id: $id, status: PUBLISHED, version: $version) { version } }', {
      id: planId,
      version,
    });
    expect(published.errors).toBeUndefined();
    await zuid.page.getByRole('button', { name: 'Indienen bij het Departement Zorg' }).click();
    await zuid.page.getByRole('dialog').getByRole('button', { name: 'Indienen' }).click();
    await expectBannerInViewAndFocused(zuid.page);
    await zuid.page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await zuid.page.getByText('De nieuwste versie is geladen: het plan is nu gepubliceerd.').waitFor();
    await expectBannerInViewAndFocused(zuid.page);
    const stored = await graphqlRequest(api, 'query ($id: ID!) { node(id: $id) { ... on ActionPlan { status } } }', { id: planId });
    expect(stored.data?.node).toEqual({ status: 'PUBLISHED' });
    await expectNoSeriousA11yViolations(zuid.page, 'the plan status conflict');
    expect(zuid.errors).toEqual([]);
  });
});
