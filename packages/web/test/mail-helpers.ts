// Reading the mails the API sent, as a newcomer would: at the mail catcher's page /dev/mails
// (global-setup.js starts the catcher and points the API's SMTP at it).
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/**
 * Opens the mail catcher's page, waits for the newest mail to `to` with this subject, opens it and
 * returns its text and the link in it (to `route` with a token; any link into the app when null).
 */
export async function readMail(page: Page, to: string, subject: string, route: string | null): Promise<{ text: string; link: string }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.goto(`${baseUrl()}/dev/mails`);
    const row = page.locator('tr', { hasText: to }).filter({ hasText: subject }).first();
    if ((await row.count()) > 0) {
      await row.getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: subject }).waitFor();
      const text = (await page.locator('pre').textContent()) ?? '';
      const base = baseUrl().replace(/[.:/]/g, '\\$&');
      const link = new RegExp(route ? `${base}${route}\\?token=[A-Za-z0-9_-]+` : `${base}/\\S*`).exec(text)?.[0];
      if (!link) throw new Error(`no ${route ?? 'app'} link in the mail:\n${text}`);
      return { text, link };
    }
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${to} arrived`);
    await page.waitForTimeout(250);
  }
}
