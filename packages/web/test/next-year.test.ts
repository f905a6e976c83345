// Issue 13, part 2: next year in one step. Zone staff create next year's plan from Mijn zone,
// choosing which running actions of this year to carry over; the plan opens with exactly those.
import type { APIRequestContext } from 'playwright-core';
import path from 'node:path';
import { SCREENSHOT_DIR, baseUrl, screenshot } from './browser';
import { LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages();

async function ok<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphqlRequest(api, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

interface ZoneYear {
  zone: { id: string; actionPlans: { year: number }[]; actionPlan: { id: string } | null; carryOverCandidates: { id: string; title: string }[] };
}
const ZONE_YEAR = `query ($y: Int!) { zone(slug: "elz-leuven-zuid") { id actionPlans { year } actionPlan(year: $y) { id } carryOverCandidates(year: $y) { id title } } }`;

describe('next year in one step', () => {
  it("creates next year's plan from Mijn zone with the chosen running actions, and lists every plan", async () => {
    const year = new Date().getFullYear();
    const next = year + 1;
    const { page, errors } = await pageAs(LEUVEN_ZUID);
    const api = page.context().request;
    // The seed has no plan of this year for ELZ Leuven Zuid: create it through the API with all of
    // last year's running actions, so next year has running actions to offer.
    const current = await ok<ZoneYear>(api, ZONE_YEAR, { y: year });
    if (!current.zone.actionPlan) {
      await ok(api, 'mutation ($z: ID!, $y: Int!, $ids: [ID!]) { createActionPlan(zoneId: $z, year: $y, carryOverActionIds: $ids) { id } }', {
        z: current.zone.id,
        y: year,
        ids: current.zone.carryOverCandidates.map((c) => c.id),
      });
    }
    const offered = (await ok<ZoneYear>(api, ZONE_YEAR, { y: next })).zone.carryOverCandidates;
    expect(offered.length).toBeGreaterThan(3);

    await page.goto(`${baseUrl()}/mijn-zone/elz-leuven-zuid`);
    await page.getByRole('heading', { level: 1, name: 'ELZ Leuven Zuid' }).waitFor();
    const card = page.getByTestId('plan-card').filter({ has: page.getByRole('heading', { level: 3, name: `Actieplan ${next}` }) });
    await card.getByRole('button', { name: `Actieplan ${next} aanmaken` }).click();

    const dialog = page.getByRole('dialog', { name: `Actieplan ${next} aanmaken` });
    const boxes = dialog.getByRole('checkbox');
    await boxes.first().waitFor();
    expect(await boxes.count()).toBe(offered.length);
    // Everything is chosen until unticked.
    for (let i = 0; i < offered.length; i += 1) expect(await boxes.nth(i).isChecked()).toBe(true);
    expect(await dialog.getByRole('group').textContent()).toContain(`${offered.length} van ${offered.length} gekozen`);

    // Untick two: one with the keyboard (Space on the focused box), one with a click on its label.
    const [first, second] = [offered[0]!, offered[2]!];
    await dialog.getByRole('checkbox', { name: first.title }).focus();
    await page.keyboard.press('Space');
    await dialog.getByText(second.title, { exact: true }).click();
    expect(await dialog.getByRole('checkbox', { name: first.title }).isChecked()).toBe(false);
    expect(await dialog.getByRole('checkbox', { name: second.title }).isChecked()).toBe(false);
    const chosen = offered.filter((a) => a !== first && a !== second);
    const submit = dialog.getByRole('button', { name: `Aanmaken en ${chosen.length} acties overnemen` });
    await submit.waitFor();
    await screenshot(page, 'next-year-1-dialog');
    await expectNoSeriousA11yViolations(page, 'the new-plan dialog');
    await page.setViewportSize({ width: 390, height: 844 });
    // The modal as a phone shows it (a full-page shot would cut the scrolled dialog off).
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'next-year-1-dialog-390.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

    await submit.click();
    await page.waitForURL(`**/zones/elz-leuven-zuid/plannen/${next}`);
    await page.getByRole('heading', { level: 1, name: `Actieplan ${next}` }).waitFor();
    expect(await page.getByTestId('plan-created').textContent()).toContain(`${chosen.length} acties overgenomen uit ${year}`);
    // The plan holds exactly the chosen actions, each marked as carried over.
    const main = page.getByRole('main');
    for (const action of chosen) await main.getByText(action.title, { exact: true }).first().waitFor();
    expect(await main.getByText(first.title, { exact: true }).count()).toBe(0);
    expect(await main.getByText(second.title, { exact: true }).count()).toBe(0);
    const created = await ok<{ zone: { actionPlan: { status: string; actions: { title: string; carriedOver: boolean; continuedFrom: { id: string } | null }[] } } }>(
      api,
      'query ($y: Int!) { zone(slug: "elz-leuven-zuid") { actionPlan(year: $y) { status actions { title carriedOver continuedFrom { id } } } } }',
      { y: next },
    );
    expect(created.zone.actionPlan.status).toBe('DRAFT');
    expect(created.zone.actionPlan.actions.map((a) => a.continuedFrom?.id).sort()).toEqual(chosen.map((a) => a.id).sort());
    expect(created.zone.actionPlan.actions.every((a) => a.carriedOver)).toBe(true);
    await screenshot(page, 'next-year-2-plan');
    await expectNoSeriousA11yViolations(page, 'the new plan');

    // Mijn zone lists every plan of the zone, each with its status, deadline and open remarks.
    await page.goto(`${baseUrl()}/mijn-zone/elz-leuven-zuid`);
    await page.getByRole('heading', { level: 2, name: 'Actieplannen' }).waitFor();
    const years = (await ok<ZoneYear>(api, ZONE_YEAR, { y: next })).zone.actionPlans.map((p) => p.year);
    const cards = page.getByTestId('plan-card');
    await cards
      .first()
      .getByRole('link', { name: `Actieplan ${next}` })
      .waitFor();
    expect(await cards.count()).toBe(years.length);
    for (const y of years) {
      const text = await cards.filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^Actieplan ${y}\\b`) }) }).textContent();
      expect(text).toContain(`15/10/${y - 1}`);
      expect(text).toMatch(/open opmerking/);
      expect(text).toMatch(/Ontwerp|Gepubliceerd|Ingediend/);
    }
    expect(await cards.first().textContent()).toContain(`${chosen.length} acties`);
    await screenshot(page, 'next-year-3-my-zone');
    await expectNoSeriousA11yViolations(page, 'Mijn zone with every plan');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'next-year-3-my-zone-390');
    expect(errors).toEqual([]);
  });
});
