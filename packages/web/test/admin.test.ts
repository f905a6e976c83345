// The administration area (issue 15): an administrator creates a zone and a user, gives the user a
// role in the zone and deactivates them, after which they cannot sign in. The "Beheer" link shows
// from the server's `viewerCanAdminister` only. Screenshots at desktop and phone width (390 px).
import path from 'node:path';
import { API_DIR, removeTestZone, testDatabaseQuery } from './test-database';
import { launchBrowser, screenshot, watchErrors, type TestBrowser } from './browser';
import { expectNoSeriousA11yViolations, LEUVEN_ZUID, signedInPages } from './cross-zone-helpers';

const ADMIN = 'admin@kruispunt.test';
const PHONE = { width: 390, height: 844 };
const pageAs = signedInPages();
const madeZones: string[] = [];
afterAll(async () => {
  for (const zone of madeZones) expect(await removeTestZone(zone)).toBe(1);
});

/**
 * Stands in for the invitation / reset mail, which another part of issue 15 builds: the person
 * sets a password. Written straight to the test database with the API's own hashing.
 */
async function setPasswordAsIfFromMail(email: string, password: string): Promise<void> {
  const { hashPassword } = require(path.join(API_DIR, 'dist', 'modules', 'auth', 'password.js')) as { hashPassword: (p: string) => Promise<string> };
  expect(await testDatabaseQuery('UPDATE app_user SET password_hash = $1 WHERE email = $2', [await hashPassword(password), email])).toBe(1);
}

describe('the administration area', () => {
  it('shows "Beheer" to administrators only', async () => {
    const editor = await pageAs(LEUVEN_ZUID);
    await editor.page.goto(`${process.env.KRUISPUNT_WEB_URL}/mijn-zone`);
    await editor.page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(await editor.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await editor.page.goto(`${process.env.KRUISPUNT_WEB_URL}/beheer/gebruikers`);
    await editor.page.getByText('Alleen beheerders hebben toegang').waitFor();

    const admin = await pageAs(ADMIN);
    await admin.page.goto(`${process.env.KRUISPUNT_WEB_URL}/`);
    await admin.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    expect(new URL(admin.page.url()).pathname).toBe('/beheer/gebruikers');
    expect(admin.errors).toEqual([]);
  });

  it('an administrator creates a zone and a user, makes them editor of it and deactivates them, who then cannot sign in', async () => {
    const base = process.env.KRUISPUNT_WEB_URL!;
    const run = Date.now().toString(36);
    const zoneName = `ELZ Proefzone ${run}`;
    madeZones.push(zoneName);
    const personName = `Sofie Proef ${run}`;
    const personEmail = `sofie.${run}@proefzone.test`;
    const { page, errors } = await pageAs(ADMIN);

    // A zone, with its contact address.
    await page.goto(`${base}/beheer/zones`);
    await page.getByRole('heading', { level: 1, name: 'Zones' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill(zoneName);
    await page.getByLabel('Regio', { exact: true }).selectOption({ label: 'Oost-Brabant' });
    await page.getByLabel('Gemeenten').fill('Proefdorp\nTestegem');
    await page.getByLabel('Contactadres (optioneel)').fill(`info@${run}.proefzone.test`);
    await page.getByRole('button', { name: 'Zone aanmaken' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Zone ${zoneName} is aangemaakt` })
      .waitFor();
    const row = page.getByTestId('zone-row').filter({ hasText: zoneName });
    expect(await row.getByRole('textbox').inputValue()).toBe(`info@${run}.proefzone.test`);
    // A bad contact address is refused beside the field.
    await row.getByRole('textbox').fill('geen-adres');
    await row.getByRole('button', { name: /Opslaan/ }).click();
    await row.getByText('Contactadres: vul een geldig e-mailadres in').waitFor();
    await expectNoSeriousA11yViolations(page, 'Beheer: zones');
    await screenshot(page, 'admin-zones-desktop');

    // A user, by keyboard: no password yet, so the page points to the invitation by mail.
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Gebruikers' }).click();
    // The zones page has a "Naam" field too: wait for the users page before typing (a loaded
    // machine once typed the name into the zones form, still on screen while the page loaded).
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill(personName);
    await page.getByLabel('E-mailadres', { exact: true }).fill('geen-adres');
    await page.getByLabel('E-mailadres', { exact: true }).press('Enter');
    await page.getByText('E-mailadres: vul een geldig e-mailadres in').waitFor();
    await page.getByLabel('E-mailadres', { exact: true }).fill(personEmail);
    await page.getByLabel('E-mailadres', { exact: true }).press('Enter');
    await page.getByRole('heading', { level: 1, name: personName }).waitFor();
    expect(await page.getByTestId('invite-user').getByRole('link').getAttribute('href')).toBe('/beheer/zones#zone-uitnodigen');
    await page.getByText('nog niet ingesteld').waitFor();

    // Editor of the new zone.
    await page.getByLabel('Zone toevoegen').selectOption({ label: zoneName });
    await page.getByLabel('Rol', { exact: true }).selectOption('EDITOR');
    await page.getByRole('button', { name: 'Toevoegen' }).first().click();
    await page.getByTestId('membership-row').filter({ hasText: zoneName }).waitFor();
    expect(await page.getByLabel(`Rol in ${zoneName}`).inputValue()).toBe('EDITOR');
    await expectNoSeriousA11yViolations(page, 'Beheer: gebruiker');
    await screenshot(page, 'admin-user-desktop');

    // The person sets a password (from the mail, built elsewhere) and signs in: their zone is theirs.
    await setPasswordAsIfFromMail(personEmail, 'een-goed-wachtwoord');
    const person: TestBrowser = await launchBrowser();
    try {
      const personPage = await person.context.newPage();
      const personErrors = watchErrors(personPage);
      await personPage.goto(`${base}/aanmelden`);
      await personPage.getByLabel('E-mailadres').fill(personEmail);
      await personPage.getByLabel('Wachtwoord').fill('een-goed-wachtwoord');
      await personPage.getByRole('button', { name: 'Aanmelden' }).click();
      await personPage.getByRole('button', { name: 'Afmelden' }).waitFor();
      await personPage.goto(`${base}/mijn-zone`);
      await personPage.getByRole('heading', { level: 1, name: zoneName }).waitFor();
      expect(await personPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).count()).toBe(0);

      // Deactivated, with a confirmation.
      await page.getByRole('button', { name: 'Deactiveren' }).click();
      const dialog = page.getByRole('dialog', { name: `${personName} deactiveren?` });
      await dialog.waitFor();
      await screenshot(page, 'admin-deactivate-dialog');
      await dialog.getByRole('button', { name: 'Deactiveren' }).click();
      await page.getByRole('status').filter({ hasText: 'Account gedeactiveerd.' }).waitFor();
      await page.getByRole('button', { name: 'Opnieuw activeren' }).waitFor();

      // Their open session has ended, and signing in again is refused like a wrong password.
      await personPage.reload();
      await personPage.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
      await personPage.getByLabel('E-mailadres').fill(personEmail);
      await personPage.getByLabel('Wachtwoord').fill('een-goed-wachtwoord');
      await personPage.getByRole('button', { name: 'Aanmelden' }).click();
      expect(await personPage.getByRole('alert').textContent()).toContain('Onbekend e-mailadres of verkeerd wachtwoord');
      expect(personErrors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await person.close();
    }

    // The list finds them by e-mail among the deactivated.
    await page.goto(`${base}/beheer/gebruikers`);
    await page.getByLabel('Status').selectOption('DEACTIVATED');
    await page.getByLabel('Gebruiker zoeken').fill(personEmail);
    await page.getByTestId('user-row').filter({ hasText: personName }).waitFor();
    expect(await page.getByTestId('user-row').count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'Beheer: gebruikers');
    await screenshot(page, 'admin-users-desktop');
    expect(errors).toEqual([]);
  });

  it('is usable at phone width (390 px): users, a user, zones, regions, and my sessions', async () => {
    const base = process.env.KRUISPUNT_WEB_URL!;
    const { page, errors } = await pageAs(ADMIN, PHONE);
    await page.goto(`${base}/beheer/gebruikers`);
    await page.getByTestId('user-row').first().waitFor();
    await screenshot(page, 'admin-users-phone');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByTestId('user-row').first().getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Toegang' }).waitFor();
    await screenshot(page, 'admin-user-phone');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${base}/beheer/regios`);
    await page.getByTestId('region-section').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'Beheer: regio’s');
    await screenshot(page, 'admin-regions-phone');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${base}/beheer/zones`);
    await page.getByTestId('zone-row').first().waitFor();
    await screenshot(page, 'admin-zones-phone');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${base}/instellingen/tokens`);
    await page.getByTestId('session-row').first().waitFor();
    expect(await page.getByTestId('session-row').filter({ hasText: 'Deze sessie' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'Mijn sessies');
    await screenshot(page, 'sessions-phone');
    expect(await overflow()).toBeLessThanOrEqual(0);
    // Another device of the same person, signed out from here.
    const other = await pageAs(ADMIN);
    await other.page.goto(`${base}/instellingen/tokens`);
    await other.page.getByTestId('session-row').first().waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Alle andere sessies afmelden' }).click();
    await page.getByRole('status').filter({ hasText: 'andere sessie(s) afgemeld' }).waitFor();
    expect(await page.getByTestId('session-row').count()).toBe(1);
    await other.page.reload();
    await other.page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(errors).toEqual([]);
  });
});
