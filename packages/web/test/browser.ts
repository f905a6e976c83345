// Debian's Chromium driven by playwright-core (`npx playwright install` cannot download a browser here).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'test-results');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function baseUrl(): string {
  const url = process.env.KRUISPUNT_WEB_URL;
  if (!url) throw new Error('KRUISPUNT_WEB_URL is not set: the jest globalSetup starts the stack.');
  return url;
}

export function testAccount(): { email: string; password: string } {
  const email = process.env.KRUISPUNT_TEST_EMAIL;
  const password = process.env.KRUISPUNT_TEST_PASSWORD;
  if (!email || !password) throw new Error('KRUISPUNT_TEST_EMAIL/_PASSWORD are not set: the jest globalSetup loads the demo accounts.');
  return { email, password };
}

/** Signs the browser in through the API (the session cookie lands in the context's cookie jar). */
export async function signIn(context: BrowserContext): Promise<void> {
  const { email, password } = testAccount();
  const response = await context.request.post(`${baseUrl()}/graphql`, {
    data: { query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }', variables: { email, password } },
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (!response.ok() || body.errors) throw new Error(`Sign-in failed: ${response.status()} ${JSON.stringify(body.errors)}`);
}

export interface TestBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A browser with a fresh profile (user data dir) of its own, removed on close. */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kruispunt-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'nl-BE',
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Collects uncaught page errors and console errors, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The panels under an action sheet (the follow-up with owners and history, "Gluren bij de buren")
 * are asked for and drawn when they come near the screen (src/common/hooks/useNearScreen.ts). A
 * test that reads or counts their content scrolls to each, as a reader does, and waits until it
 * has loaded.
 */
export async function showActionPanels(page: Page): Promise<void> {
  for (const [panel, loading] of [
    ['follow-up', '.follow-up--loading'],
    ['neighbours', '.neighbours__loading'],
  ] as const) {
    await page.getByTestId(panel).scrollIntoViewIfNeeded();
    await page.locator(loading).waitFor({ state: 'detached' });
  }
}

/**
 * The plan page, Mijn zone and the region dashboard draw what lies below their header one part per
 * frame after the header has painted (src/common/components/DrawnInTurn.tsx). A test that counts
 * their content waits until all is drawn.
 */
export async function waitUntilDrawn(page: Page): Promise<void> {
  await page.locator('.drawn-in-turn__pending').first().waitFor({ state: 'detached' });
}
