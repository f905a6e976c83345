// People and messages end to end (issue 15), every mail received over real SMTP (the catcher of
// global-setup, read at /dev/mails): an administrator creates a zone and invites its first editor
// by e-mail → the editor sets a password from the mail and invites a colleague → a coach leaves a
// remark → the zone sees the badge, replies and resolves → a reminder goes out to the zone, which
// has not submitted next year's plan, and reaches its mailbox.
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot, watchErrors, type TestBrowser } from './browser';
import { COACH, expectNoSeriousA11yViolations, graphqlRequest, signInAs } from './cross-zone-helpers';
import { readMail } from './mail-helpers';
import { removeTestZone, testDatabaseQuery } from './test-database';

const ADMIN = 'admin@kruispunt.test';
const browsers: TestBrowser[] = [];
const madeZones: string[] = [];
afterAll(async () => {
  while (browsers.length) await browsers.pop()?.close();
  for (const zone of madeZones) expect(await removeTestZone(zone)).toBe(1);
});

async function browser(viewport?: { width: number; height: number }): Promise<TestBrowser> {
  const b = await launchBrowser(viewport);
  browsers.push(b);
  return b;
}

/** The bell in the header, by its accessible name. */
const bell = (page: Page, unread: number) => page.getByRole('banner').getByRole('link', { name: unread === 0 ? 'Meldingen, geen ongelezen' : `Meldingen, ${unread} ongelezen` });

/** SQL on the test database: to run the daily reminder task now, as the crontab does at 6:30. */
const sql = testDatabaseQuery;

it('an administrator opens a zone, its people get in by mail, talk with the coach and are reminded of the deadline', async () => {
  const run = Date.now().toString(36);
  const zoneName = `ELZ Reisweg ${run}`;
  madeZones.push(zoneName);
  const editorEmail = `eerste.${run}@reisweg.test`;
  const colleagueEmail = `collega.${run}@reisweg.test`;

  // 1. The administrator creates the zone and invites its first editor.
  const adminBrowser = await browser();
  await signInAs(adminBrowser.context, ADMIN);
  const admin = await adminBrowser.context.newPage();
  const adminErrors = watchErrors(admin);
  await admin.goto(`${baseUrl()}/beheer/zones`);
  await admin.getByRole('heading', { level: 1, name: 'Zones' }).waitFor();
  await admin.getByLabel('Naam', { exact: true }).fill(zoneName);
  await admin.getByLabel('Regio', { exact: true }).selectOption({ label: 'Oost-Brabant' });
  await admin.getByLabel('Gemeenten').fill('Reisdorp');
  await admin.getByRole('button', { name: 'Zone aanmaken' }).click();
  await admin
    .getByRole('status')
    .filter({ hasText: `Zone ${zoneName} is aangemaakt` })
    .waitFor();
  const invite = admin.getByRole('region', { name: 'Iemand uitnodigen in een zone' });
  await invite.getByLabel('Zone', { exact: true }).selectOption({ label: zoneName });
  await invite.getByLabel('E-mailadres van je collega').fill(editorEmail);
  await invite.getByRole('radio', { name: /Redacteur/ }).check();
  await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await invite.getByTestId('invitation-sent').waitFor();
  await expectNoSeriousA11yViolations(admin, 'Beheer: zones with the invitation');
  await screenshot(admin, 'journey-1-admin-invites');
  expect(adminErrors).toEqual([]);

  // 2. The first editor follows the mail's link, chooses a password and lands on the new zone.
  const editorBrowser = await browser({ width: 390, height: 844 });
  const editor = await editorBrowser.context.newPage();
  const editorErrors = watchErrors(editor);
  const invitation = await readMail(editor, editorEmail, `Uitnodiging: werk mee aan ${zoneName} in Kruispunt`, '/uitnodiging');
  await editor.goto(invitation.link);
  await editor.getByRole('heading', { level: 1, name: 'Welkom bij Kruispunt' }).waitFor();
  await editor.getByLabel('Je naam').fill('Eerste Redacteur');
  await editor.getByLabel('Kies een wachtwoord').fill('een-sterk-wachtwoord');
  await editor.getByLabel('Herhaal het wachtwoord').fill('een-sterk-wachtwoord');
  await editor.getByRole('button', { name: 'Account aanmaken en aanmelden' }).click();
  await editor.getByRole('heading', { level: 1, name: zoneName }).waitFor();
  const zoneSlug = new URL(editor.url()).pathname.split('/').pop()!;

  // ... and invites a colleague, whose invitation arrives too.
  const colleagueForm = editor.getByRole('region', { name: 'Collega uitnodigen' });
  await colleagueForm.getByLabel('E-mailadres van je collega').fill(colleagueEmail);
  await colleagueForm.getByRole('radio', { name: /Lezer/ }).check();
  await colleagueForm.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await editor.getByTestId('invitation-sent').waitFor();
  const colleagueMailPage = await (await browser()).context.newPage();
  const colleagueMail = await readMail(colleagueMailPage, colleagueEmail, `Uitnodiging: werk mee aan ${zoneName} in Kruispunt`, '/uitnodiging');
  expect(colleagueMail.text).toContain(`als lezer mee te werken aan ${zoneName}`);

  // The zone starts its 2027 plan and publishes it for the region (through the API, as its tools may).
  const api = editor.context().request;
  const zone = (await graphqlRequest(api, `query($s: String!) { zone(slug: $s) { id } }`, { s: zoneSlug })).data!.zone as { id: string };
  const plan = await graphqlRequest(api, `mutation($z: ID!) { createActionPlan(zoneId: $z, year: 2027) { id version } }`, { z: zone.id });
  const { id: planId, version } = plan.data!.createActionPlan as { id: string; version: number };
  expect(
    (await graphqlRequest(api, `mutation($id: ID!, $v: Int!) { setActionPlanStatus(id: $id, version: $v, status: PUBLISHED) { status } }`, { id: planId, v: version })).errors,
  ).toBeUndefined();

  // 3. The coach of the region leaves a remark on the plan.
  const coachBrowser = await browser();
  await signInAs(coachBrowser.context, COACH);
  const coach = await coachBrowser.context.newPage();
  await coach.goto(`${baseUrl()}/zones/${zoneSlug}/plannen/2027`);
  await coach.getByRole('heading', { level: 1, name: 'Actieplan 2027' }).waitFor();
  const remarkText = `Welke acties lopen verder uit 2026? (${run})`;
  const panel = coach.getByTestId('remarks');
  await panel.getByLabel('Nieuwe opmerking bij het actieplan').fill(remarkText);
  await panel.getByRole('button', { name: 'Opmerking plaatsen' }).click();
  await panel.getByTestId('remark').filter({ hasText: remarkText }).waitFor();

  // 4. The zone sees the badge, opens the notification, replies and resolves.
  await editor.goto(`${baseUrl()}/mijn-zone/${zoneSlug}`);
  await bell(editor, 1).click();
  const item = editor.getByTestId('notification').filter({ hasText: remarkText });
  await item.getByRole('link').click();
  await editor.getByRole('heading', { level: 1, name: 'Actieplan 2027' }).waitFor();
  const remark = editor.getByTestId('remarks').getByTestId('remark').filter({ hasText: remarkText });
  await remark.getByRole('button', { name: 'Reageren' }).click();
  await remark.getByLabel(/Reactie op de opmerking van/).fill('De vormingsreeks en de nieuwsbrief.');
  await remark.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await remark.getByTestId('remark-reply').filter({ hasText: 'De vormingsreeks en de nieuwsbrief.' }).waitFor();
  await remark.getByRole('button', { name: 'Markeren als opgelost' }).click();
  await remark.getByLabel('Hoe is het opgelost? (optioneel)').fill('Opgenomen in het plan.');
  await remark.getByRole('button', { name: 'Opmerking oplossen' }).click();
  await remark.getByText('Opgenomen in het plan.').waitFor();
  await screenshot(editor, 'journey-2-zone-resolved-390');
  // The coach is told back (a reply and the resolution).
  await coach.goto(`${baseUrl()}/meldingen`);
  await coach.getByTestId('notification').filter({ hasText: `als opgelost gemarkeerd` }).filter({ hasText: zoneName }).first().waitFor();

  // 5. 15 September 2027: 30 days before the 2028 plans are due. The zone has none: it is reminded.
  await sql(`SELECT graphile_worker.add_job('deadline_reminders', $1::json)`, [JSON.stringify({ at: '2027-09-15T08:00:00Z' })]);
  const reminderText = `Nog 30 dagen: het actieplan 2028 van ${zoneName} moet ingediend zijn op 15/10/2027`;
  for (let i = 0; ; i++) {
    await editor.goto(`${baseUrl()}/meldingen`);
    await editor.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    if ((await editor.getByTestId('notification').filter({ hasText: reminderText }).count()) > 0) break;
    if (i > 40) throw new Error('no reminder arrived');
    await editor.waitForTimeout(250);
  }
  await expectNoSeriousA11yViolations(editor, 'the notifications with a reminder');
  await screenshot(editor, 'journey-3-reminder-390');
  // Its mail goes with the next run of the minute's mail task (a notification waits a minute, to bundle a burst).
  await sql(`UPDATE notification SET created_at = created_at - interval '2 minutes' WHERE kind = 'PLAN_DEADLINE' AND emailed_at IS NULL`);
  await sql(`SELECT graphile_worker.add_job('mail_notifications', '{}'::json)`);
  const reminderMail = await readMail(editor, editorEmail, `Kruispunt: ${reminderText}`, null);
  expect(reminderMail.link).toBe(`${baseUrl()}/mijn-zone/${zoneSlug}`);
  expect(editorErrors).toEqual([]);
  // A whole journey of four people through eight screens with axe checks: more than one screen's minute on a loaded machine.
}, 180_000);
