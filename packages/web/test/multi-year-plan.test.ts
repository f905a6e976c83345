// The multi-year plan page as zone staff (ELZ Leuven Zuid): a new plan 2027-2029 with two
// strategic goals and an operational goal with indicators, errors beside their fields, the
// order swapped (numbers follow), a goal retired; in the action editor an action moves to
// another operational goal, and a retired goal is not offered. Desktop and phone width, axe.
import type { Page } from 'playwright-core';
import { baseUrl, screenshot } from './browser';
import { COACH, LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages();
const SLUG = 'elz-leuven-zuid';

/** The section of the 2027-2029 plan. */
const planSection = (page: Page) => page.locator('section.myp-plan').filter({ has: page.getByRole('heading', { level: 2, name: /\(2027–2029\)/ }) });
/** A strategic goal's list item, found by its (unique) title. */
const sdItem = (page: Page, title: string) =>
  planSection(page)
    .locator('li.myp-goal')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(title) }) });
const numberOf = async (page: Page, title: string): Promise<number> => Number(/SD (\d+)/.exec((await sdItem(page, title).locator('h3').textContent()) ?? '')?.[1]);

describe('the multi-year plan', () => {
  it('zone staff create 2027-2029, add goals with indicators, swap their order and retire one', async () => {
    const stamp = Date.now() % 100000;
    const first = `Samen zorg dragen ${stamp}`;
    const second = `Personeel aantrekken en houden ${stamp}`;
    const { page, errors } = await pageAs(LEUVEN_ZUID);
    await page.goto(`${baseUrl()}/mijn-zone/${SLUG}`);
    await page.getByRole('link', { name: 'Meerjarenplan en doelstellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meerjarenplan' }).waitFor();
    // The seeded plan with its goals and the actions per year under them.
    const seeded = page.locator('section.myp-plan').filter({ has: page.getByRole('heading', { level: 2, name: /\(2024–2026\)/ }) });
    expect(await seeded.locator('li.myp-goal').count()).toBeGreaterThan(0);
    expect(await seeded.locator('.myp-goal__counts').first().textContent()).toMatch(/Acties: 2024: \d+/);
    await expectNoSeriousA11yViolations(page, 'the multi-year plan page');

    // A fresh database has no 2027-2029 plan yet; an earlier run in the same database left one.
    if ((await planSection(page).count()) === 0) {
      await page.getByRole('button', { name: 'Nieuw meerjarenplan' }).click();
      const from = page.getByLabel('Eerste jaar');
      expect(await from.evaluate((el) => el === document.activeElement)).toBe(true);
      // It proposes the year after the zone's latest multi-year plan (other test files in this
      // database may have added later ones than the seeded 2024-2026).
      const { data } = await graphqlRequest(page.request, `{ zone(slug: "${SLUG}") { multiYearPlans { yearTo } } }`);
      const latest = Math.max(...(data!.zone as { multiYearPlans: { yearTo: number }[] }).multiYearPlans.map((p) => p.yearTo));
      expect(await from.inputValue()).toBe(String(latest + 1));
      await from.fill('2027');
      await page.getByLabel('Laatste jaar').fill('2026');
      await page.getByRole('button', { name: 'Meerjarenplan aanmaken' }).click();
      await page.getByText('Het laatste jaar ligt voor het eerste').waitFor();
      expect(await page.getByLabel('Laatste jaar').getAttribute('aria-invalid')).toBe('true');
      await page.getByLabel('Laatste jaar').fill('2029');
      await page.getByLabel('Titel', { exact: true }).fill('Meerjarenplan 2027–2029');
      await page.getByRole('button', { name: 'Meerjarenplan aanmaken' }).click();
      await planSection(page).waitFor();
    }
    const section = planSection(page);

    const addSd = async (title: string, kind: string) => {
      await section.getByRole('button', { name: 'Strategische doelstelling toevoegen' }).click();
      await section.getByLabel('Soort').selectOption({ label: kind });
      await section.getByLabel('Strategische doelstelling', { exact: true }).fill(title);
      await section.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await sdItem(page, title).waitFor();
    };
    // Errors beside their field: no title, no kind.
    await section.getByRole('button', { name: 'Strategische doelstelling toevoegen' }).click();
    await section.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await section.getByText('Kies governance of inhoudelijk').waitFor();
    await section.getByText('Titel is verplicht').waitFor();
    await section.getByRole('button', { name: 'Annuleren' }).click();
    await addSd(first, 'Werking zorgraad (governance)');
    await addSd(second, 'Inhoudelijk');
    const n = await numberOf(page, first);
    expect(await numberOf(page, second)).toBe(n + 1);

    // An operational goal with indicators, one per line, under the second.
    await sdItem(page, second)
      .getByRole('button', { name: `+ Operationele doelstelling toevoegen onder SD ${n + 1}` })
      .click();
    expect(await sdItem(page, second).getByLabel('Nummer').inputValue()).toBe(`${n + 1}.1`);
    await sdItem(page, second).getByLabel('Operationele doelstelling', { exact: true }).fill('Een jobbeurs met de partners organiseren');
    await sdItem(page, second).getByLabel('Deadline').fill('2027-10-31');
    await sdItem(page, second).getByLabel('Indicatoren').fill('Aantal deelnemende organisaties\n\nAantal aanwervingen na de beurs');
    await sdItem(page, second).getByRole('button', { name: 'Toevoegen', exact: true }).click();
    const od = sdItem(page, second).locator('li.myp-od').filter({ hasText: 'Een jobbeurs' });
    await od.waitFor();
    expect(await od.locator('.myp-goal__indicators li').allTextContents()).toEqual(['Aantal deelnemende organisaties', 'Aantal aanwervingen na de beurs']);
    expect(await od.textContent()).toContain('Deadline: 31/10/2027');
    expect(await od.locator('h4').textContent()).toContain(`OD ${n + 1}.1`);

    // Swap: the first goes down; the numbers follow, the operational goal's too; focus stays on a move button.
    await sdItem(page, first)
      .getByRole('button', { name: `SD ${n} omlaag` })
      .click();
    await sdItem(page, first)
      .locator('h3', { hasText: `SD ${n + 1}` })
      .waitFor();
    expect(await numberOf(page, second)).toBe(n);
    expect(await od.locator('h4').textContent()).toContain(`OD ${n}.1`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-move'))).toBe('omhoog');
    await page.getByRole('status').filter({ hasText: 'staat nu lager' }).waitFor({ state: 'attached' });

    // Retire the first (now n+1): kept, marked, and it can be put back in use.
    await sdItem(page, first)
      .getByRole('button', { name: `SD ${n + 1} stopzetten` })
      .click();
    await sdItem(page, first).getByText('Stopgezet', { exact: true }).waitFor();
    expect(
      await sdItem(page, first)
        .getByRole('button', { name: `SD ${n + 1} opnieuw gebruiken` })
        .count(),
    ).toBe(1);

    // Edit the operational goal's indicators with the keyboard.
    await od.getByRole('button', { name: `OD ${n}.1 bewerken` }).click();
    const indicators = od.getByLabel('Indicatoren');
    await indicators.fill('Aantal deelnemende organisaties\nAantal aanwervingen na de beurs\nTevredenheid van de deelnemers');
    await indicators.press('Tab');
    await page.keyboard.press('Tab'); // past the title
    await od.getByRole('button', { name: 'Bewaren' }).focus();
    await page.keyboard.press('Enter');
    await od.locator('.myp-goal__indicators li', { hasText: 'Tevredenheid' }).waitFor();

    // Someone else saves the same goal meanwhile: the form shows their version and asks per field both changed.
    const odId = await od.getAttribute('data-goal');
    await od.getByRole('button', { name: `OD ${n}.1 bewerken` }).click();
    await od.getByLabel('Operationele doelstelling', { exact: true }).fill('Een jobbeurs organiseren (mijn versie)');
    const current = await graphqlRequest(page.context().request, 'query($id: ID!) { node(id: $id) { ... on OperationalGoal { version } } }', { id: odId });
    const other = await graphqlRequest(
      page.context().request,
      'mutation($id: ID!, $v: Int!) { updateOperationalGoal(id: $id, version: $v, input: { title: "Een jobbeurs organiseren (andere versie)", deadline: "2027-11-30" }) { version } }',
      {
        id: odId,
        v: (current.data!.node as { version: number }).version,
      },
    );
    expect(other.errors).toBeUndefined();
    await od.getByRole('button', { name: 'Bewaren' }).click();
    await od.getByText('Iemand anders heeft deze doelstelling intussen bewaard').waitFor();
    await od.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await od.getByText('De nieuwste versie is geladen').waitFor();
    expect(await od.getByTestId('conflict-banner').textContent()).toContain('Overgenomen van de ander: “Deadline”');
    expect(await od.getByLabel('Deadline').inputValue()).toBe('2027-11-30');
    await expectNoSeriousA11yViolations(page, 'a goal form after a version conflict');
    await screenshot(page, 'myp-conflict');
    await od.getByRole('button', { name: 'Bewaren' }).click();
    await od.getByText('Kies voor Operationele doelstelling welke versie je bewaart.').waitFor();
    await od.getByRole('radio', { name: /Versie van de ander/ }).check();
    expect(await od.getByLabel('Operationele doelstelling', { exact: true }).inputValue()).toBe('Een jobbeurs organiseren (andere versie)');
    await od.getByRole('button', { name: 'Bewaren' }).click();
    await od.locator('h4', { hasText: '(andere versie)' }).waitFor();
    expect(await od.textContent()).toContain('Deadline: 30/11/2027');

    await expectNoSeriousA11yViolations(page, 'the multi-year plan with new goals');
    await screenshot(page, 'myp-1-desktop');
    // The server keeps what the page shows.
    const saved = await graphqlRequest(
      page.context().request,
      'query($slug: String!) { zone(slug: $slug) { multiYearPlans { yearFrom strategicGoals { title number retired operationalGoals { number indicators } } } } }',
      { slug: SLUG },
    );
    const plan = (saved.data!.zone as any).multiYearPlans.find((p: any) => p.yearFrom === 2027);
    const byTitle = (title: string) => plan.strategicGoals.find((g: any) => g.title === title);
    expect(byTitle(first)).toMatchObject({ number: String(n + 1), retired: true });
    expect(byTitle(second)).toMatchObject({
      number: String(n),
      retired: false,
      operationalGoals: [{ number: `${n}.1`, indicators: ['Aantal deelnemende organisaties', 'Aantal aanwervingen na de beurs', 'Tevredenheid van de deelnemers'] }],
    });
    expect(errors).toEqual([]);

    const phone = await pageAs(LEUVEN_ZUID, { width: 390, height: 844 });
    await phone.page.goto(`${baseUrl()}/zones/${SLUG}/meerjarenplan`);
    await sdItem(phone.page, second).waitFor();
    await sdItem(phone.page, second)
      .getByRole('button', { name: `+ Operationele doelstelling toevoegen onder SD ${n}` })
      .click();
    await expectNoSeriousA11yViolations(phone.page, 'the multi-year plan at phone width');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await sdItem(phone.page, second).scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'myp-2-phone');
    expect(phone.errors).toEqual([]);
  });

  it('moves an action to another operational goal in the editor; a retired goal is not offered', async () => {
    const { page, errors } = await pageAs(LEUVEN_ZUID);
    const request = page.context().request;
    const data = await graphqlRequest(
      request,
      'query($slug: String!) { zone(slug: $slug) { multiYearPlans { yearFrom strategicGoals { id number operationalGoals { id version number } } } actionPlans { year actions { id title operationalGoal { number } } } } }',
      { slug: SLUG },
    );
    const zone = data.data!.zone as any;
    const goals = zone.multiYearPlans.find((p: any) => p.yearFrom === 2024).strategicGoals.flatMap((s: any) => s.operationalGoals);
    const action = zone.actionPlans.find((p: any) => p.year === 2025).actions.find((a: any) => a.operationalGoal && a.operationalGoal.number !== '3.2');
    const target = goals.find((g: any) => g.number === '3.2');
    const retired = goals.find((g: any) => g.number === '5.2');
    const setRetired = async (version: number, value: boolean) =>
      graphqlRequest(request, 'mutation($id: ID!, $v: Int!, $r: Boolean!) { updateOperationalGoal(id: $id, version: $v, input: { retired: $r }) { version } }', {
        id: retired.id,
        v: version,
        r: value,
      });
    const retiredVersion = ((await setRetired(retired.version, true)).data!.updateOperationalGoal as { version: number }).version;
    try {
      await page.goto(`${baseUrl()}/acties/${encodeURIComponent(action.id)}/bewerken`);
      const select = page.getByLabel('Doelstelling', { exact: true });
      await select.waitFor();
      const offered = await select.locator('option').allTextContents();
      expect(offered.some((o) => o.startsWith('OD 3.2'))).toBe(true);
      expect(offered.some((o) => o.startsWith('OD 5.2'))).toBe(false);
      await select.selectOption({ value: `od:${target.id}` });
      await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
      await page.getByText('Bewaard', { exact: true }).waitFor();
      const after = await graphqlRequest(request, 'query($id: ID!) { action(id: $id) { operationalGoal { number } strategicGoal { number } } }', { id: action.id });
      expect(after.data!.action).toEqual({ operationalGoal: { number: '3.2' }, strategicGoal: { number: '3' } });
      await screenshot(page, 'myp-3-action-moved');
      // The page counts the action under its new goal.
      await page.goto(`${baseUrl()}/zones/${SLUG}/meerjarenplan`);
      await page.locator(`[data-goal="${target.id}"] .myp-goal__counts`).waitFor();
      expect(await page.locator(`[data-goal="${target.id}"] .myp-goal__counts`).textContent()).toMatch(/2025: \d+/);
      // Put it back where it was, through the editor too.
      await page.goto(`${baseUrl()}/acties/${encodeURIComponent(action.id)}/bewerken`);
      const back = goals.find((g: any) => g.number === action.operationalGoal.number);
      await page.getByLabel('Doelstelling', { exact: true }).selectOption({ value: `od:${back.id}` });
      await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
      await page.getByText('Bewaard', { exact: true }).waitFor();
    } finally {
      await setRetired(retiredVersion, false);
    }
    expect(errors).toEqual([]);
  });

  it('a coach reads the goals without edit controls (the server says viewerCanEdit is false)', async () => {
    const { page, errors } = await pageAs(COACH);
    await page.goto(`${baseUrl()}/zones/${SLUG}`);
    await page.getByRole('link', { name: 'Meerjarenplan: strategische en operationele doelstellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meerjarenplan' }).waitFor();
    await page.locator('li.myp-goal').first().waitFor();
    expect(await page.getByRole('button', { name: 'Nieuw meerjarenplan' }).count()).toBe(0);
    expect(await page.locator('.myp-goal__controls, [data-add-sd], [data-add-od], [data-edit-plan]').count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'the multi-year plan for a coach');
    expect(errors).toEqual([]);
  });
});
