// The Content-Security-Policy of the API (no inline script, nothing from elsewhere) must not break
// the app or the GraphQL explorer: both load and work in a real browser with no violation reported.
// And the sign-in page says in Dutch when too many failed attempts slow an account down.
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, screenshot, testAccount, watchErrors, type TestBrowser } from './browser';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every CSP violation the page reports (also those that only fire the event, e.g. in a worker). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

describe('Content-Security-Policy in the browser', () => {
  it('loads the app, signs in and shows a plan and an action with no CSP violation', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const violations = await watchViolations(page);
    const response = await page.goto(`${baseUrl()}/aanmelden`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response!.headers()['x-frame-options']).toBe('DENY');

    const { email, password } = testAccount();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();
    await page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/2025`);
    await page.getByRole('heading', { level: 1, name: 'Actieplan 2025' }).waitFor();
    await page.getByTestId('action-summary').first().getByRole('link').click();
    await page.waitForURL('**/acties/*');
    await page.locator('.sheet-section > h2').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'csp-app-action');

    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the GraphQL explorer and runs a query with no CSP violation', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const violations = await watchViolations(page);
    const response = await page.goto(`${baseUrl()}/graphql`);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('.graphiql-container').waitFor();
    await screenshot(page, 'csp-explorer-loaded');
    await page.getByRole('button', { name: /execute query/i }).click();
    // The default query asks who is signed in: the app's session cookie went along (same origin).
    await page.locator('.graphiql-response').getByText('"authKind": "session"').waitFor();
    await screenshot(page, 'csp-explorer');

    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sign-in throttling on the page', () => {
  it('says in Dutch how long to wait after too many failed attempts', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl()}/aanmelden`);
    // An address nobody uses, so no other test's account is slowed down.
    await page.getByLabel('E-mailadres').fill('raden@kruispunt.test');
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Wachtwoord').fill(`fout-${i}`);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByRole('alert').filter({ hasText: 'Onbekend e-mailadres of verkeerd wachtwoord' }).waitFor();
      await page.getByRole('button', { name: 'Aanmelden' }).and(page.locator(':enabled')).waitFor();
    }
    await page.getByLabel('Wachtwoord').fill('nog-eens');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'Te veel mislukte aanmeldpogingen' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/Probeer het over (1 seconde|\d+ seconden) opnieuw/);
    await screenshot(page, 'sign-in-throttled');
    await page.close();
  });
});
