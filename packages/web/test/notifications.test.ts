// Issue 15 (notifications, remarks as conversations), two people side by side: a coach leaves a
// remark on an action → the zone sees the badge and the open remark on Mijn zone, opens the item
// from its notifications, replies and resolves with a note → the coach sees the badge, the reply
// and the resolution, and the reply in the workspace. Desktop and 390 px screenshots; axe on every
// new screen.
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR, baseUrl, screenshot } from './browser';
import { COACH, LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signedInPages } from './cross-zone-helpers';

const ACTION = 'Middagbabbels';
const pageAs = signedInPages('all');

/** A screenshot of one part of the page (the thread), to look at closely. */
const part = (locator: Locator, name: string) => locator.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });

/** The bell in the header, by its accessible name ("Meldingen, 2 ongelezen"). */
const bell = (page: Page, unread: number) => page.getByRole('banner').getByRole('link', { name: unread === 0 ? 'Meldingen, geen ongelezen' : `Meldingen, ${unread} ongelezen` });

describe('notifications and remark conversations', () => {
  it('a coach remarks, the zone is told, replies and resolves with a note, the coach is told back', async () => {
    const stamp = Date.now();
    const remarkText = `Wie trekt de middagbabbels in het najaar? (${stamp})`;
    const replyText = `Het OCMW en de seniorenraad samen, vanaf september (${stamp}).`;
    const note = `Afgesproken op de stuurgroep van ${stamp}.`;

    const coach = await pageAs(COACH);
    const zone = await pageAs(LEUVEN_ZUID);
    // Start from an empty inbox each (other test files notify these accounts too, in any order).
    for (const who of [coach, zone]) {
      const marked = await graphqlRequest(who.page.context().request, `mutation { markNotificationsRead(all: true) }`);
      expect(marked.errors).toBeUndefined();
    }
    const plan = await graphqlRequest(coach.page.context().request, `{ actionPlan(zoneSlug: "elz-leuven-zuid", year: 2025) { actions { id title } } }`);
    const actionId = (plan.data!.actionPlan as { actions: { id: string; title: string }[] }).actions.find((a) => a.title === ACTION)!.id;

    // The coach leaves a remark on the action.
    await coach.page.goto(`${baseUrl()}/acties/${actionId}`);
    await coach.page.getByRole('heading', { level: 1, name: new RegExp(ACTION) }).waitFor();
    await bell(coach.page, 0).waitFor();
    const coachPanel = coach.page.getByTestId('remarks');
    await coachPanel.getByLabel('Nieuwe opmerking bij deze actie').fill(remarkText);
    await coachPanel.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await coachPanel.getByTestId('remark').filter({ hasText: remarkText }).waitFor();

    // The zone: the badge, and the open remark on Mijn zone with a link to the action.
    await zone.page.goto(`${baseUrl()}/mijn-zone/elz-leuven-zuid`);
    await bell(zone.page, 1).waitFor();
    const openOnMyZone = zone.page.getByTestId('open-remark-list').filter({ hasText: remarkText });
    await openOnMyZone.getByRole('link', { name: ACTION }).waitFor();
    await expectNoSeriousA11yViolations(zone.page, 'Mijn zone with an open remark');
    await part(zone.page.getByTestId('plan-card').filter({ hasText: remarkText }), 'inbox-09-my-zone-open-remarks');

    await bell(zone.page, 1).click();
    await zone.page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const item = zone.page.getByTestId('notification').filter({ hasText: remarkText });
    await item.waitFor();
    expect(await item.getAttribute('data-read')).toBe('false');
    const told = await item.getByRole('link').textContent();
    expect(told).toBe(`VIVEL-coach Oost-Brabant heeft een opmerking geplaatst bij actie „${ACTION}”`);
    expect(await item.locator('time').textContent()).toMatch(/^(zonet|\d+ minuten? geleden)$/);
    await screenshot(zone.page, 'inbox-01-notifications-zone');
    await expectNoSeriousA11yViolations(zone.page, 'the notifications page');

    // Opening it marks it read and lands on the action's remarks.
    await item.getByRole('link').click();
    await zone.page.getByRole('heading', { level: 1, name: new RegExp(ACTION) }).waitFor();
    expect(zone.page.url()).toContain('#overleg');
    await bell(zone.page, 0).waitFor();
    const remark = zone.page.getByTestId('remarks').getByTestId('remark').filter({ hasText: remarkText });
    await remark.getByRole('button', { name: 'Reageren' }).click();
    await remark.getByLabel(/Reactie op de opmerking van/).fill(replyText);
    await remark.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await remark.getByTestId('remark-reply').filter({ hasText: replyText }).waitFor();
    await remark.getByRole('button', { name: 'Markeren als opgelost' }).click();
    await remark.getByLabel('Hoe is het opgelost? (optioneel)').fill(note);
    await screenshot(zone.page, 'inbox-02-thread-resolving-zone');
    await part(zone.page.getByTestId('remarks'), 'inbox-02b-thread-resolving-zone-part');
    await expectNoSeriousA11yViolations(zone.page, 'a remark thread with the resolve form');
    await remark.getByRole('button', { name: 'Opmerking oplossen' }).click();
    const resolved = zone.page.getByTestId('remarks').getByRole('list', { name: 'Opgeloste opmerkingen', includeHidden: true }).getByTestId('remark').filter({ hasText: remarkText });
    await resolved.getByTestId('remark-resolution').filter({ hasText: note }).waitFor({ state: 'attached' });
    expect(zone.errors).toEqual([]);

    // The coach: the badge (a reply and a resolution), both in the list, the thread on the action.
    await coach.page.goto(`${baseUrl()}/meldingen`);
    await bell(coach.page, 2).waitFor();
    const coachItems = coach.page.getByTestId('notification');
    await coachItems
      .filter({ hasText: `heeft gereageerd op een opmerking bij actie „${ACTION}”` })
      .filter({ hasText: replyText })
      .waitFor();
    await coachItems
      .filter({ hasText: `heeft een opmerking bij actie „${ACTION}” als opgelost gemarkeerd` })
      .filter({ hasText: note })
      .waitFor();
    await screenshot(coach.page, 'inbox-03-notifications-coach');
    await coach.page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await coach.page.getByRole('status').filter({ hasText: 'Alle meldingen zijn als gelezen gemarkeerd.' }).waitFor();
    await bell(coach.page, 0).waitFor();

    await coach.page.goto(`${baseUrl()}/acties/${actionId}#overleg`);
    const coachResolved = coach.page.getByTestId('remarks').getByRole('group').or(coach.page.getByTestId('remarks').locator('details'));
    await coachResolved.first().locator('summary').click();
    const thread = coach.page.getByTestId('remarks').getByTestId('remark').filter({ hasText: remarkText });
    await thread.getByTestId('remark-reply').filter({ hasText: replyText }).waitFor();
    await thread.getByTestId('remark-resolution').filter({ hasText: note }).waitFor();
    // The coach may reply but neither resolve nor reopen (the server's rights).
    expect(await thread.getByRole('button', { name: /Heropenen|Markeren als opgelost/ }).count()).toBe(0);
    await screenshot(coach.page, 'inbox-04-thread-coach');
    await part(coach.page.getByTestId('remarks'), 'inbox-04b-thread-coach-part');
    await expectNoSeriousA11yViolations(coach.page, 'the resolved thread, as the coach');

    // The workspace's "Mijn opmerkingen": the state and the last reply.
    await coach.page.goto(`${baseUrl()}/regio/oost-brabant/werkruimte?jaar=2025`);
    const mine = coach.page.locator('.remark-overview li').filter({ hasText: remarkText });
    await mine.getByTestId('remark-last-reply').filter({ hasText: replyText }).waitFor();
    await part(mine, 'inbox-08-workspace-remark');
    expect(await mine.textContent()).toContain('Afgehandeld');
    expect(await mine.textContent()).toContain('1 reactie');
    expect(coach.errors).toEqual([]);
  });

  it('fits a phone: the bell, the list and a thread at 390 px', async () => {
    const phone = await pageAs(LEUVEN_ZUID, { width: 390, height: 844 });
    await phone.page.goto(`${baseUrl()}/meldingen`);
    await phone.page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await phone.page
      .getByRole('banner')
      .getByRole('link', { name: /^Meldingen, / })
      .waitFor();
    // Nothing wider than the screen.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'inbox-05-notifications-phone');
    await phone.page.getByTestId('notification').first().getByRole('link').click();
    await phone.page.getByTestId('remarks').waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'inbox-06-thread-phone');
    await part(phone.page.getByTestId('remarks'), 'inbox-06b-thread-phone-part');
    await part(phone.page.getByRole('banner'), 'inbox-07-header-phone');
    await expectNoSeriousA11yViolations(phone.page, 'a thread at 390 px');
    expect(phone.errors).toEqual([]);
  });
});
