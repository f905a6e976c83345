// The yearly report in the browser (issue 13, part 5), as ELZ Leuven Zuid's staff on their most
// recent seeded plan (2025; the seed has no 2026 plan for the zone): the year's follow-up is
// recorded, the report shows it, a narrative is written, the report is submitted and then frozen,
// its Word file holds the narrative; the coach reads the region's roll-up. Desktop and 390 px.
import type { APIRequestContext, Page } from 'playwright-core';
import { baseUrl, screenshot } from './browser';
import { zipEntry } from './docx';
import { COACH, LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages('all');
const ADMIN = 'admin@kruispunt.test';
const PLAN_PATH = '/zones/elz-leuven-zuid/plannen/2025';
const NARRATIVE = 'De werkgroepen rond personeelstekort kwamen elk kwartaal samen; de opleidingen schuiven door naar 2026.';

async function ok<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphqlRequest(api, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

/** No sideways scrolling of the page itself at phone width (tables scroll in their own box). */
async function expectNoPageOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

describe('the yearly report in the browser', () => {
  it('is written, submitted and frozen by the zone, and downloads as Word with its narrative', async () => {
    const { page, errors } = await pageAs(LEUVEN_ZUID);
    const api = page.context().request;
    // The year's follow-up, recorded as the action page does: a target, a measurement, a review.
    const { zone } = await ok<{
      zone: {
        actionPlan: { actions: { id: string; title: string; version: number; indicators: { id: string; name: string; method: string | null; kind: string; targetUnit: string | null }[] }[] };
      };
    }>(api, '{ zone(slug: "elz-leuven-zuid") { actionPlan(year: 2025) { actions { id title version indicators { id name method kind targetUnit } } } } }');
    const action = zone.actionPlan.actions.find((a) => a.indicators.length > 0)!;
    const indicators = action.indicators.map((i, n) => ({
      id: i.id,
      name: i.name,
      method: i.method,
      kind: i.kind,
      targetUnit: n === 0 ? 'sessies' : i.targetUnit,
      ...(n === 0 ? { targetValue: 4 } : {}),
    }));
    await ok(api, 'mutation ($id: ID!, $v: Int!, $input: ActionInput!) { updateAction(id: $id, version: $v, input: $input) { action { id } } }', {
      id: action.id,
      v: action.version,
      input: { indicators },
    });
    await ok(api, 'mutation ($id: ID!) { addIndicatorValue(indicatorId: $id, input: { value: 3, measuredOn: "2025-11-30" }) { id } }', { id: action.indicators[0]!.id });
    await ok(
      api,
      'mutation ($id: ID!) { addActionReview(actionId: $id, input: { reviewedOn: "2025-06-30", quarter: 2, status: RUNNING, note: "Derde sessie gepland na de zomer." }) { id } }',
      { id: action.id },
    );

    // From the plan page to its report.
    await page.goto(`${baseUrl()}${PLAN_PATH}`);
    await page.getByRole('link', { name: 'Jaarrapport 2025' }).click();
    await page.getByRole('heading', { name: 'Jaarrapport 2025', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.getByTestId('report-deadline').textContent()).resolves.toContain('in te dienen tegen 01/05/2026');
    const block = page.getByTestId('report-action').filter({ hasText: action.title }).first();
    await expect(block.getByRole('img', { name: '75% van de streefwaarde' }).count()).resolves.toBe(1);
    await expect(block.textContent()).resolves.toContain('Derde sessie gepland na de zomer.');
    await expectNoSeriousA11yViolations(page, 'the yearly report in preparation');
    await screenshot(page, 'year-report-draft-desktop');

    // The narrative of the first strategic goal, saved with the keyboard.
    const narrative = page.getByTestId('report-goal').first().getByLabel('Toelichting van de zone');
    await narrative.fill(NARRATIVE);
    await narrative.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Bewaard.').first().waitFor();

    // Submit, confirmed in a dialog; then frozen.
    await page.getByRole('button', { name: 'Indienen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Jaarrapport 2025 indienen?' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(page, 'the submit dialog');
    await dialog.getByRole('button', { name: 'Definitief indienen' }).click();
    await page.getByTestId('report-frozen').waitFor();
    await expect(page.getByTestId('report-deadline').textContent()).resolves.toMatch(/^Ingediend op \d{2}\/\d{2}\/\d{4}/);
    expect(await page.getByRole('button', { name: 'Indienen' }).count()).toBe(0);
    expect(await page.getByLabel('Toelichting van de zone').count()).toBe(0);
    await page.getByText(NARRATIVE).waitFor();
    await screenshot(page, 'year-report-submitted-desktop');

    // The Word download is a .docx holding the narrative.
    const href = await page.getByRole('link', { name: 'Word', exact: true }).first().getAttribute('href');
    const download = await api.get(`${baseUrl()}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('wordprocessingml');
    const body = await download.body();
    expect(body.subarray(0, 2).toString()).toBe('PK');
    const xml = zipEntry(body, 'word/document.xml');
    expect(xml).toContain(NARRATIVE);
    expect(xml).toContain('Derde sessie gepland na de zomer.');
    // The server refuses a write to the frozen report, whatever a client sends.
    const refused = await graphqlRequest(api, '{ zone(slug: "elz-leuven-zuid") { actionPlan(year: 2025) { id yearReport { version strategicGoals { strategicGoalId } } } } }');
    const plan = (refused.data as any).zone.actionPlan;
    const write = await graphqlRequest(api, 'mutation ($p: ID!, $g: ID!, $v: Int!) { updateYearReportNarrative(planId: $p, strategicGoalId: $g, text: "later", version: $v) { id } }', {
      p: plan.id,
      g: plan.yearReport.strategicGoals[0].strategicGoalId,
      v: plan.yearReport.version,
    });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errors).toEqual([]);
  });

  it('reads well at 390 px', async () => {
    const { page } = await pageAs(LEUVEN_ZUID, { width: 390, height: 844 });
    await page.goto(`${baseUrl()}${PLAN_PATH}/rapport`);
    await page.getByTestId('report-frozen').waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoPageOverflow(page);
    await screenshot(page, 'year-report-submitted-phone');
  });

  it("gives the coach the region's roll-up, with the zone's report submitted", async () => {
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const { page, errors } = await pageAs(COACH, viewport);
      await page.goto(`${baseUrl()}/regio/oost-brabant?jaar=2025`);
      await page.getByRole('link', { name: /^Jaarrapport 2025/ }).click();
      await page.getByRole('heading', { name: 'Jaarrapport 2025', level: 1 }).waitFor();
      const zones = page.getByTestId('roll-zone');
      const zuid = zones.getByRole('row').filter({ hasText: 'ELZ Leuven Zuid' });
      await expect(zuid.textContent()).resolves.toContain('Ingediend');
      await expect(zuid.getByRole('img', { name: '75% van de streefwaarde' }).count()).resolves.toBe(1);
      await expect(page.getByTestId('roll-theme').getByRole('row').count()).resolves.toBeGreaterThan(1);
      await page.waitForLoadState('networkidle');
      if (viewport) await expectNoPageOverflow(page);
      else await expectNoSeriousA11yViolations(page, "the coach's roll-up");
      await screenshot(page, `year-report-region-${viewport ? 'phone' : 'desktop'}`);
      expect(errors).toEqual([]);
    }
  });

  it('is reopened by an administrator, with a reason', async () => {
    const { page } = await pageAs(ADMIN);
    await page.goto(`${baseUrl()}${PLAN_PATH}/rapport`);
    await page.getByRole('button', { name: 'Jaarrapport heropenen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Jaarrapport 2025 heropenen?' });
    await dialog.getByRole('button', { name: 'Heropenen' }).click();
    await dialog.getByText('Reden is verplicht').waitFor();
    await dialog.getByLabel(/Reden/).fill('De cijfers van het vierde kwartaal ontbraken.');
    await dialog.getByRole('button', { name: 'Heropenen' }).click();
    await page.getByRole('button', { name: 'Indienen' }).waitFor();
    expect(await page.getByTestId('report-frozen').count()).toBe(0);
    await page.getByText('Heropend op').filter({ hasText: 'De cijfers van het vierde kwartaal ontbraken.' }).waitFor();
    // The submitted version stays downloadable.
    await page.getByRole('region', { name: 'Indieningen' }).getByRole('link', { name: 'Word' }).waitFor();
    await screenshot(page, 'year-report-reopened-admin');
  });
});
