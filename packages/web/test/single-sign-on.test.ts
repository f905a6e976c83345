// Single sign-on through a real OpenID Connect provider (oidc-provider, started by global-setup.js
// with its own sign-in and consent pages): a new person of a mapped domain gets an account with
// the domain's role, an existing account is found by its verified address, an unknown domain is
// sent back with a clear message, and a callback replayed in another browser signs nobody in.
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './cross-zone-helpers';
import { baseUrl, launchBrowser, screenshot, watchErrors, type TestBrowser } from './browser';

const browsers: TestBrowser[] = [];
const open = async (viewport?: { width: number; height: number }) => {
  const b = await launchBrowser(viewport);
  browsers.push(b);
  return b;
};

afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

/** On the provider's own pages: log in with `login` (any password) and give consent. */
async function signOnAtProvider(page: Page, login: string): Promise<void> {
  await page.waitForURL((url) => url.origin === process.env.KRUISPUNT_OIDC_ISSUER);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('om-het-even');
  await page.locator('button[type="submit"]').click();
  // The consent page (first time for this account and client).
  await page.locator('button[type="submit"]').click();
}

async function me(page: Page): Promise<{ email: string; zones: { role: string; zone: { slug: string } }[] } | null> {
  return page.evaluate(async () => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { user { email } zones { role zone { slug } } } }' }),
    });
    const body = await res.json();
    return body.data.me ? { email: body.data.me.user.email, zones: body.data.me.zones } : null;
  });
}

describe('single sign-on (OpenID Connect)', () => {
  it('signs a new person of a mapped domain on, as editor of that zone, back on the page asked for', async () => {
    const { context } = await open();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}/zones/elz-leuven-zuid/plannen/2025`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    const button = page.getByRole('link', { name: 'Aanmelden met Testorganisatie' });
    await button.waitFor();
    await expectNoSeriousA11yViolations(page, 'the sign-in page with single sign-on');
    await screenshot(page, 'sso-0-sign-in');
    expect(errors).toEqual([]);
    await button.click();
    await signOnAtProvider(page, 'an.peeters@sso.kruispunt.test');
    // (The provider's own development pages load fonts from the internet; only our pages count.)
    await page.waitForURL((url) => url.origin === baseUrl());
    errors.length = 0;
    await page.getByRole('heading', { level: 1, name: 'Actieplan 2025' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/zones/elz-leuven-zuid/plannen/2025');
    expect(await me(page)).toEqual({ email: 'an.peeters@sso.kruispunt.test', zones: [{ role: 'EDITOR', zone: { slug: 'elz-leuven-zuid' } }] });
    await screenshot(page, 'sso-1-signed-on');
    expect(errors).toEqual([]);

    // Signing on again later finds the same account (by the provider's subject), no second one.
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await page.getByRole('link', { name: 'Aanmelden met Testorganisatie' }).click();
    // The provider still knows this browser: no sign-in page this time, straight back.
    await page.waitForURL((url) => url.origin === baseUrl() && url.pathname === '/');
    expect((await me(page))?.email).toBe('an.peeters@sso.kruispunt.test');
  });

  it('finds an existing account by its verified address; an unknown domain is refused with a message', async () => {
    const { context } = await open({ width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/aanmelden`);
    await page.getByRole('link', { name: 'Aanmelden met Testorganisatie' }).click();
    await signOnAtProvider(page, 'leuven-zuid@kruispunt.test');
    await page.waitForURL((url) => url.origin === baseUrl() && url.pathname === '/');
    const existing = await me(page);
    expect(existing?.email).toBe('leuven-zuid@kruispunt.test');
    expect(existing?.zones).toEqual([{ role: 'EDITOR', zone: { slug: 'elz-leuven-zuid' } }]);

    // Another browser, someone of a domain Kruispunt does not know.
    const other = await open({ width: 390, height: 844 });
    const stranger = await other.context.newPage();
    await stranger.goto(`${baseUrl()}/aanmelden`);
    await stranger.getByRole('link', { name: 'Aanmelden met Testorganisatie' }).click();
    await signOnAtProvider(stranger, 'iemand@elders.test');
    await stranger.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(new URL(stranger.url()).searchParams.get('sso')).toBe('geen-toegang');
    expect(await stranger.getByRole('alert').textContent()).toContain('nog geen toegang tot Kruispunt');
    expect(await me(stranger)).toBeNull();
    await screenshot(stranger, 'sso-2-no-access-390');
  });

  it('signs nobody in with a callback replayed in another browser (used, and not started there)', async () => {
    const { context } = await open();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/aanmelden`);
    // The callback URL (code and state) is what an attacker would try to slip into a victim's browser.
    let callback = '';
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/oidc/callback')) callback = request.url();
    });
    await page.getByRole('link', { name: 'Aanmelden met Testorganisatie' }).click();
    await signOnAtProvider(page, 'bert.janssens@sso.kruispunt.test');
    await page.waitForURL((url) => url.origin === baseUrl() && url.pathname === '/');
    expect(callback).toContain('code=');
    expect((await me(page))?.email).toBe('bert.janssens@sso.kruispunt.test');

    const victim = (await open()).context;
    const victimPage = await victim.newPage();
    await victimPage.goto(callback);
    await victimPage.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(new URL(victimPage.url()).searchParams.get('sso')).toBe('verlopen');
    expect(await me(victimPage)).toBeNull();
    expect(await victimPage.getByRole('alert').textContent()).toContain('verlopen');
  });
});
