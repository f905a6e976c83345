// Accounts by e-mail, in the browser, with every mail received over real SMTP (the API's mail
// catcher started by global-setup, read at /dev/mails as a newcomer would): an editor invites a
// colleague → the mail arrives → the colleague sets a password from the link and lands signed in
// on Mijn zone; the colleague forgets the password → mail → a new one → the old sessions ended.
import { randomBytes } from 'node:crypto';
import { baseUrl, launchBrowser, screenshot, watchErrors, type TestBrowser } from './browser';
import { expectNoSeriousA11yViolations, LEUVEN_ZUID, signInAs } from './cross-zone-helpers';
import { readMail } from './mail-helpers';

const browsers: TestBrowser[] = [];
afterAll(async () => {
  while (browsers.length) await browsers.pop()?.close();
});

async function newBrowser(viewport?: { width: number; height: number }): Promise<TestBrowser> {
  const browser = await launchBrowser(viewport);
  browsers.push(browser);
  return browser;
}

describe('accounts by e-mail', () => {
  const colleague = `collega-${randomBytes(4).toString('hex')}@kruispunt.test`;
  const firstPassword = 'mijn-eerste-wachtwoord';

  it('an editor invites a colleague, who sets a password from the mail and lands signed in', async () => {
    const editor = await newBrowser();
    await signInAs(editor.context, LEUVEN_ZUID);
    const page = await editor.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}/mijn-zone/elz-leuven-zuid`);
    const form = page.getByRole('region', { name: 'Collega uitnodigen' });
    await form.waitFor();
    // A malformed address is refused on its field, before anything is sent.
    await form.getByLabel('E-mailadres van je collega').fill('geen-adres');
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await form.getByText('Vul een geldig e-mailadres in').waitFor();
    await form.getByLabel('E-mailadres van je collega').fill(colleague);
    await form.getByRole('radio', { name: /Redacteur/ }).check();
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    const sent = page.getByTestId('invitation-sent');
    await sent.waitFor();
    expect(await sent.textContent()).toContain(`Uitnodiging verstuurd naar ${colleague} als redacteur`);
    // Focus moves to the confirmation, so a screen reader says it and the keyboard continues there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('invitation-sent');
    await expectNoSeriousA11yViolations(page, 'Mijn zone with the invitation form');
    await screenshot(page, 'accounts-1-invite');
    expect(errors).toEqual([]);

    // The colleague, in a browser of their own, reads the mail and follows its link.
    const newcomer = await newBrowser({ width: 390, height: 844 });
    const mailPage = await newcomer.context.newPage();
    const mail = await readMail(mailPage, colleague, 'Uitnodiging: werk mee aan ELZ Leuven Zuid in Kruispunt', '/uitnodiging');
    expect(mail.text).toContain('als redacteur mee te werken aan ELZ Leuven Zuid');
    expect(mail.text).toContain('De link werkt 7 dagen en één keer.');
    await screenshot(mailPage, 'accounts-2-mail');

    const accept = await newcomer.context.newPage();
    const acceptErrors = watchErrors(accept);
    await accept.goto(mail.link);
    await accept.getByRole('heading', { level: 1, name: 'Welkom bij Kruispunt' }).waitFor();
    expect(await accept.locator('.lead').textContent()).toContain('Je bent uitgenodigd als redacteur van ELZ Leuven Zuid');
    await expectNoSeriousA11yViolations(accept, 'the invitation page');
    await screenshot(accept, 'accounts-3-accept-phone');
    await accept.getByLabel('Je naam').fill('Nieuwe Collega');
    await accept.getByLabel('Kies een wachtwoord').fill('kort');
    await accept.getByRole('button', { name: 'Account aanmaken en aanmelden' }).click();
    await accept.getByText('Het wachtwoord moet minstens 10 tekens lang zijn').waitFor();
    await accept.getByLabel('Kies een wachtwoord').fill(firstPassword);
    await accept.getByLabel('Herhaal het wachtwoord').fill(firstPassword);
    await accept.getByRole('button', { name: 'Account aanmaken en aanmelden' }).click();
    await accept.getByRole('heading', { level: 1, name: 'ELZ Leuven Zuid' }).waitFor();
    expect(new URL(accept.url()).pathname).toBe('/mijn-zone/elz-leuven-zuid');
    // Signed in as the new colleague, an editor: the invitation form is theirs too.
    await accept.getByRole('region', { name: 'Collega uitnodigen' }).waitFor();
    await screenshot(accept, 'accounts-4-signed-in-phone');

    // The link worked once: opened again, the page says so in Dutch.
    await accept.goto(mail.link);
    expect(await accept.getByTestId('invitation-problem').textContent()).toContain('Deze uitnodiging is al aanvaard');
    expect(acceptErrors).toEqual([]);
  });

  it('an editor sees the invitations that wait for an answer and withdraws one sent to a wrong address; its link then says so', async () => {
    const wrong = `verkeerd-${randomBytes(4).toString('hex')}@kruispunt.test`;
    const editor = await newBrowser({ width: 390, height: 844 });
    await signInAs(editor.context, LEUVEN_ZUID);
    const page = await editor.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}/mijn-zone/elz-leuven-zuid`);
    const form = page.getByRole('region', { name: 'Collega uitnodigen' });
    await form.getByLabel('E-mailadres van je collega').fill(wrong);
    await form.getByRole('radio', { name: /Lezer/ }).check();
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByTestId('invitation-sent').waitFor();
    const pending = page.getByTestId('pending-invitations');
    const row = pending.getByRole('listitem').filter({ hasText: wrong });
    await row.waitFor();
    expect(await row.textContent()).toMatch(new RegExp(`${wrong} als lezer · verstuurd op \\d{2}/\\d{2}/\\d{4} door .+ · werkt tot \\d{2}/\\d{2}/\\d{4}`));
    await screenshot(page, 'accounts-invitations-pending-phone');

    // "Intrekken" asks first; "Nee" keeps it.
    await row.getByRole('button', { name: `Uitnodiging voor ${wrong} intrekken` }).click();
    await row.getByRole('button', { name: 'Nee' }).click();
    await row.getByRole('button', { name: `Uitnodiging voor ${wrong} intrekken` }).click();
    await expectNoSeriousA11yViolations(page, 'a pending invitation asking to confirm');
    await row.getByRole('button', { name: 'Ja, intrekken' }).click();
    await pending
      .getByRole('status')
      .filter({ hasText: `De uitnodiging voor ${wrong} is ingetrokken.` })
      .waitFor();
    expect(await pending.getByRole('listitem').filter({ hasText: wrong }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Openstaande uitnodigingen');
    expect(errors).toEqual([]);

    // The mail went out before: its link now says the invitation was withdrawn.
    const other = await newBrowser();
    const mailPage = await other.context.newPage();
    const mail = await readMail(mailPage, wrong, 'Uitnodiging: werk mee aan ELZ Leuven Zuid in Kruispunt', '/uitnodiging');
    const accept = await other.context.newPage();
    await accept.goto(mail.link);
    expect(await accept.getByTestId('invitation-problem').textContent()).toContain('Deze uitnodiging is ingetrokken');
  });

  it('a forgotten password: a mail, a new password, and every old session ended', async () => {
    // A session elsewhere, signed in with the first password.
    const elsewhere = await newBrowser();
    const signedIn = await elsewhere.context.request.post(`${baseUrl()}/graphql`, {
      data: { query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }', variables: { e: colleague, p: firstPassword } },
    });
    expect(((await signedIn.json()) as { errors?: unknown }).errors).toBeUndefined();
    const old = await elsewhere.context.newPage();
    await old.goto(`${baseUrl()}/mijn-zone/elz-leuven-zuid`);
    await old.getByRole('heading', { level: 1, name: 'ELZ Leuven Zuid' }).waitFor();

    const browser = await newBrowser();
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}/aanmelden`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten?' }).waitFor();
    await page.getByLabel('E-mailadres').fill(colleague);
    await page.getByRole('button', { name: 'Stuur me een link' }).click();
    const requested = page.getByTestId('reset-requested');
    await requested.waitFor();
    expect(await requested.textContent()).toContain(`Als er een account bestaat voor ${colleague}`);
    await expectNoSeriousA11yViolations(page, 'the forgotten-password page');
    await screenshot(page, 'accounts-5-forgot');

    const mailPage = await browser.context.newPage();
    const mail = await readMail(mailPage, colleague, 'Je wachtwoord voor Kruispunt herstellen', '/wachtwoord-herstellen');
    expect(mail.text).toContain('Dag Nieuwe Collega,');
    await page.goto(mail.link);
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn-tweede-wachtwoord');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('iets-anders-helemaal');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn-tweede-wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByTestId('password-reset-done').waitFor();
    await expectNoSeriousA11yViolations(page, 'the reset page');
    await screenshot(page, 'accounts-6-reset-done');

    // The old session has ended: the page elsewhere asks to sign in again.
    await old.reload();
    await old.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();

    // The used link says so, with the way to a new one.
    await page.goto(mail.link);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn-derde-wachtwoord');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn-derde-wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Deze link is al gebruikt').waitFor();
    await alert.getByRole('link', { name: 'Een nieuwe link aanvragen' }).waitFor();
    await screenshot(page, 'accounts-7-used-link');

    // And the new password signs in.
    await page.getByRole('link', { name: 'Een nieuwe link aanvragen' }).click();
    await page.goto(`${baseUrl()}/aanmelden`);
    await page.getByLabel('E-mailadres').fill(colleague);
    await page.getByLabel('Wachtwoord', { exact: true }).fill('mijn-tweede-wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();
    // The refused password reset answers with a GraphQL error, which the browser does not log as a failed request.
    expect(errors).toEqual([]);
  });
});
