// People on actions: the editor names a contact person from the people of the zones that carry
// the action (the list comes from the server); the action page shows them with their address.
import { baseUrl, screenshot } from './browser';
import { LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const open = signedInPages();
const YEAR = 2043;

it('names a contact person in the editor and shows them on the action page, also on a phone', async () => {
  const { page, errors } = await open(LEUVEN_ZUID);
  const api = page.context().request;
  const zone = (await graphqlRequest(api, '{ zone(slug: "elz-leuven-zuid") { id actionPlan(year: 2043) { id } } }')).data!.zone as { id: string; actionPlan: { id: string } | null };
  const planId =
    zone.actionPlan?.id ??
    ((await graphqlRequest(api, 'mutation ($z: ID!) { createActionPlan(zoneId: $z, year: 2043) { id } }', { z: zone.id })).data!.createActionPlan as { id: string }).id;
  const created = await graphqlRequest(api, 'mutation ($p: ID!) { createAction(planId: $p, input: { title: "Ontmoetingsmoment voor zorgverleners" }) { action { id } } }', { p: planId });
  expect(created.errors).toBeUndefined();
  const actionId = (created.data!.createAction as { action: { id: string } }).action.id;

  await page.goto(`${baseUrl()}/acties/${actionId}/bewerken`);
  await page.getByRole('heading', { level: 1, name: 'Actie bewerken' }).waitFor();
  const select = page.getByLabel('Contactpersoon');
  const options = await select.locator('option').allTextContents();
  expect(options[0]).toBe('Niemand gekozen');
  // People of the plan's zone; nobody of a zone that does not carry the action (a coach neither).
  expect(options.some((o) => o.includes(LEUVEN_ZUID))).toBe(true);
  expect(options.some((o) => o.includes('coach@kruispunt.test') || o.includes('leuven-noord@kruispunt.test'))).toBe(false);
  await select.selectOption({ label: options.find((o) => o.includes(LEUVEN_ZUID))! });
  await expectNoSeriousA11yViolations(page, 'the editor with the contact person');
  await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await page.getByText('Alles is bewaard.').waitFor();

  await page.goto(`${baseUrl()}/acties/${actionId}`);
  const shown = page.getByTestId('contact-person');
  await shown.waitFor();
  expect(await shown.textContent()).toContain(LEUVEN_ZUID);
  expect(await shown.getByRole('link').getAttribute('href')).toBe(`mailto:${LEUVEN_ZUID}`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shown.scrollIntoViewIfNeeded();
  await screenshot(page, 'contact-person-390');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(errors).toEqual([]);
});
