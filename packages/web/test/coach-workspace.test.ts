// The coach's workspace as the coach uses it: from the region dashboard to what each zone's plan
// still lacks (down to the sheet), the coach's own remarks with their state, and each zone's year
// against the year before. Desktop and phone width, axe, no edit controls.
import { baseUrl, launchBrowser, screenshot, watchErrors, type TestBrowser } from './browser';
import { COACH, LEUVEN_ZUID, countEditControls, expectNoSeriousA11yViolations, graphqlRequest, signInAs } from './cross-zone-helpers';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
  await signInAs(browser.context, COACH);
});

afterAll(async () => {
  await browser?.close();
});

describe("the coach's workspace", () => {
  it('goes from the dashboard to the gaps of a plan, the remarks and the comparison with last year', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    // A remark of the coach on Leuven Zuid's 2025 plan, as left on the plan page.
    const stamp = Date.now() % 100000;
    const { data } = await graphqlRequest(page.request, '{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { id } }');
    const planId = (data!.actionPlan as { id: string }).id;
    const added = await graphqlRequest(page.request, 'mutation ($p: ID!, $t: String!) { addRemark(planId: $p, input: { text: $t }) { id } }', {
      p: planId,
      t: `Graag de maanden aanvullen (${stamp})`,
    });
    expect(added.errors).toBeUndefined();

    await page.goto(`${baseUrl()}/regio/oost-brabant?jaar=2025`);
    await page.getByRole('link', { name: /Werkruimte coach/ }).click();
    await page.waitForURL('**/regio/oost-brabant/werkruimte?jaar=2025');
    await page.getByRole('heading', { level: 1, name: 'Regio Oost-Brabant · 2025' }).waitFor();
    await page.waitForFunction(() => document.title !== 'Laden… · Kruispunt');
    expect(await page.title()).toBe('Werkruimte Oost-Brabant 2025 · Kruispunt');

    // Quality: one row per zone; Zuidoost Hageland has no 2025 plan and says so.
    const quality = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Kwaliteit van de plannen 2025' }) });
    const rows = quality.locator('tbody tr');
    // Other test files create zones in the region (administration): count what the API lists.
    const region = await graphqlRequest(page.request, '{ region(slug: "oost-brabant") { zones { id } } }');
    expect(await rows.count()).toBe((region.data!.region as { zones: unknown[] }).zones.length);
    expect(await rows.filter({ hasText: 'ELZ Zuidoost Hageland' }).textContent()).toContain('Geen actieplan 2025');
    // A zone's details list the sheets to complete, each a link to the sheet.
    const details = quality.locator('details').first();
    await details.locator('summary').click();
    const firstGap = details.locator('.quality-list li').first();
    expect(await firstGap.textContent()).toMatch(/mist (indicatoren|evaluatievorm|trekker|maanden in de tijdslijn)/);
    await screenshot(page, 'coach-workspace-1-quality');

    // The coach's remark, open.
    const remarks = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Mijn opmerkingen' }) });
    const mine = remarks.locator('li').filter({ hasText: `Graag de maanden aanvullen (${stamp})` });
    expect(await mine.textContent()).toContain('Open');
    expect(await mine.textContent()).toContain('ELZ Leuven Zuid');

    // 2025 against 2024: Leuven Zuid had a 2024 plan.
    const comparison = page.locator('section').filter({ has: page.getByRole('heading', { name: '2025 tegenover 2024' }) });
    expect(await comparison.locator('tbody tr').filter({ hasText: 'ELZ Leuven Zuid' }).locator('td').first().textContent()).toMatch(/^\d+ → \d+/);

    expect(await countEditControls(page)).toBe(0);
    await expectNoSeriousA11yViolations(page, "the coach's workspace");

    // A gap leads to its sheet.
    const gapLink = firstGap.getByRole('link');
    const title = (await gapLink.textContent())!.trim();
    await gapLink.click();
    await page.waitForURL('**/acties/**');
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: title.replace(/^[\d.]+ /, '') })
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows zones that work apart on one subject: the coach proposes working together, zone staff can invite', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    // 2024: Leuven Zuid and Zuidoost Hageland both welcome the VAPH sector into their network.
    await page.goto(`${baseUrl()}/regio/oost-brabant/werkruimte?jaar=2024`);
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Deze zones werken apart aan hetzelfde' }) });
    const pair = section.locator('.overlap-item').filter({ hasText: 'VAPH' }).first();
    await pair.waitFor();
    expect(await pair.textContent()).toMatch(/ELZ Leuven Zuid.*ELZ Zuidoost Hageland|ELZ Zuidoost Hageland.*ELZ Leuven Zuid/s);
    expect(await pair.locator('.overlap-item__why').textContent()).toMatch(/^Waarom: woorden: .*VAPH/);
    // The coach cannot invite for a zone: the one click leaves a remark on both actions.
    expect(await pair.getByRole('button', { name: /Nodig .* uit/ }).count()).toBe(0);
    await pair.getByRole('button', { name: 'Stel samenwerking voor aan beide zones' }).click();
    await pair.getByText('Voorgesteld: beide zones zien je opmerking bij hun actie.').waitFor();
    const remarks = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Mijn opmerkingen' }) });
    await remarks.locator('li').filter({ hasText: 'Misschien samen trekken?' }).nth(1).waitFor();
    await screenshot(page, 'coach-workspace-3-overlap');
    await expectNoSeriousA11yViolations(page, 'the overlap finder');
    expect(errors).toEqual([]);
    await page.close();

    // Zone staff of Leuven Zuid, in a browser of their own, may invite the other zone to their action.
    const staff = await launchBrowser();
    try {
      await signInAs(staff.context, LEUVEN_ZUID);
      const staffPage = await staff.context.newPage();
      await staffPage.goto(`${baseUrl()}/regio/oost-brabant/werkruimte?jaar=2024`);
      const staffPair = staffPage.locator('.overlap-item').filter({ hasText: 'VAPH' }).first();
      await staffPair.getByRole('button', { name: 'Nodig ELZ Zuidoost Hageland uit als mede-trekker' }).waitFor();
    } finally {
      await staff.close();
    }
  });

  it('reads on a phone', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/regio/oost-brabant/werkruimte?jaar=2025`);
    await page.getByRole('heading', { level: 2, name: '2025 tegenover 2024' }).waitFor();
    // Nothing wider than the screen but the tables, which scroll in their own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'coach-workspace-2-phone');
    await page.close();
  });
});
