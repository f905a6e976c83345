// Signing in through the page, and the way back to the page that was asked for.
import { baseUrl, launchBrowser, screenshot, testAccount, watchErrors, type TestBrowser } from './browser';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('sign-in', () => {
  it('sends an anonymous visitor to the sign-in page and back to the deep link after signing in', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/2025`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/aanmelden');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/zones/elz-leuven-zuid/plannen/2025');
    expect(await page.title()).toBe('Aanmelden · Kruispunt');

    // A wrong password is refused with a message, and the form stays.
    const { email, password } = testAccount();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Onbekend e-mailadres of verkeerd wachtwoord');
    await screenshot(page, '0-sign-in');

    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Actieplan 2025' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/zones/elz-leuven-zuid/plannen/2025');
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();

    // Signing out ends the session: the pages ask to sign in again.
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    // The refused sign-in answers with a GraphQL error, which the browser does not log as a failed request.
    expect(errors).toEqual([]);
    await page.close();
  });
});
