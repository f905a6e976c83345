// A submission that holds (issue 13, part 3), in the browser: on a submitted plan (the seed's ELZ
// Leuven Noord 2025) its own staff see no control that changes its content, still record the
// follow-up, and an administrator reopens it with a reason (required).
import type { APIRequestContext } from 'playwright-core';
import { baseUrl, screenshot } from './browser';
import { LEUVEN_NOORD, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const pageAs = signedInPages();
const ADMIN = 'admin@kruispunt.test';
const PLAN_PATH = '/zones/elz-leuven-noord/plannen/2025';

async function ok<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await graphqlRequest(api, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

describe('a submitted plan in the browser', () => {
  it('shows its staff no edit controls on the plan and its actions, but keeps the follow-up', async () => {
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const { page } = await pageAs(LEUVEN_NOORD, viewport);
      await page.goto(`${baseUrl()}${PLAN_PATH}`);
      await page.getByText('Dit plan is ingediend').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('button', { name: 'Actie toevoegen' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Status van het plan' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Plan heropenen' }).count()).toBe(0);
      await screenshot(page, `submitted-plan-staff-${viewport ? 'phone' : 'desktop'}`);

      const firstAction = page.locator('a[href^="/acties/"]').first();
      await firstAction.click();
      // The follow-up under the sheet renders when it comes near the screen: scroll to it, as a reader does.
      await page.getByTestId('follow-up').scrollIntoViewIfNeeded();
      await page.getByRole('heading', { name: 'Opvolging', exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);
      // The plan is carried out after it is handed in: reviews stay open to its staff.
      expect(await page.getByRole('button', { name: 'Opvolging bewaren' }).count()).toBe(1);
      await screenshot(page, `submitted-action-staff-${viewport ? 'phone' : 'desktop'}`);
      // The editor's address, typed by hand, says why not.
      await page.goto(`${page.url()}/bewerken`);
      await page.getByText('is ingediend: de fiche ligt vast').waitFor();
      if (!viewport) await expectNoSeriousA11yViolations(page, 'an action of a submitted plan');
    }
  });

  it('lets an administrator reopen it, only with a reason', async () => {
    const { page } = await pageAs(ADMIN);
    const api = page.context().request;
    await page.goto(`${baseUrl()}${PLAN_PATH}`);
    await page.getByRole('button', { name: 'Plan heropenen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Actieplan 2025 heropenen?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Heropenen' }).click();
    await dialog.getByText('Reden is verplicht').waitFor();
    await expectNoSeriousA11yViolations(page, 'the reopen dialog with its error');
    await screenshot(page, 'reopen-dialog-error');
    try {
      await dialog.getByLabel(/Reden/).fill('Het Departement Zorg vraagt een correctie.');
      await dialog.getByRole('button', { name: 'Heropenen' }).click();
      await page.getByRole('button', { name: 'Actie toevoegen' }).waitFor();
      expect(await page.getByText('Dit plan is ingediend').count()).toBe(0);
      await screenshot(page, 'reopened-plan-admin');
      const { zone } = await ok<{ zone: { actionPlan: { status: string } } }>(api, '{ zone(slug: "elz-leuven-noord") { actionPlan(year: 2025) { status } } }');
      expect(zone.actionPlan.status).toBe('PUBLISHED');
    } finally {
      // Submitted again for the other tests (it passes the blocking checks).
      const { zone } = await ok<{ zone: { actionPlan: { id: string; version: number; status: string } } }>(
        api,
        '{ zone(slug: "elz-leuven-noord") { actionPlan(year: 2025) { id version status } } }',
      );
      if (zone.actionPlan.status !== 'SUBMITTED') {
        await ok(api, 'mutation ($id: ID!, $v: Int!) { setActionPlanStatus(id: $id, version: $v, status: SUBMITTED) { status } }', { id: zone.actionPlan.id, v: zone.actionPlan.version });
      }
    }
    // Submitted again: the version that went in is kept and downloadable from the plan page.
    await page.reload();
    const kept = page.getByRole('region', { name: 'Ingediende versies' });
    await kept.waitFor();
    const href = await kept.getByRole('link', { name: /^Word/ }).first().getAttribute('href');
    const download = await api.get(`${baseUrl()}${href}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'resubmitted-plan-versions');
  });
});
