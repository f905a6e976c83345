// Helpers of the cross-zone browser tests: signing in as a given demo account, and axe-core.
import fs from 'node:fs';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, testAccount, watchErrors, type TestBrowser } from './browser';

export const COACH = 'coach@kruispunt.test';
export const LEUVEN_ZUID = 'leuven-zuid@kruispunt.test';
export const LEUVEN_NOORD = 'leuven-noord@kruispunt.test';
export const LEUVEN = 'leuven@kruispunt.test';

/** Signs the browser context in as one of the demo accounts (same password as the test account). */
export async function signInAs(context: BrowserContext, email: string): Promise<void> {
  const { password } = testAccount();
  const response = await context.request.post(`${baseUrl()}/graphql`, {
    data: { query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }', variables: { email, password } },
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (!response.ok() || body.errors) throw new Error(`Sign-in as ${email} failed: ${response.status()} ${JSON.stringify(body.errors)}`);
}

/**
 * Pages signed in as several users at once, each in a browser of its own (two zones side by side).
 * Call once per test file; the browsers close after each test (or after all, with `after: 'all'`).
 */
export function signedInPages(after: 'each' | 'all' = 'each'): (email: string, viewport?: { width: number; height: number }) => Promise<{ page: Page; errors: string[] }> {
  const browsers: TestBrowser[] = [];
  (after === 'each' ? afterEach : afterAll)(async () => {
    while (browsers.length) await browsers.pop()?.close();
  });
  return async (email, viewport) => {
    const browser = await launchBrowser(viewport);
    browsers.push(browser);
    await signInAs(browser.context, email);
    const page = await browser.context.newPage();
    return { page, errors: watchErrors(page) };
  };
}

/** A GraphQL request with the context's session cookie, as a script (not the app) would send it. */
export async function graphqlRequest(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const response = await request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Runs axe-core in the page (WCAG 2.x A and AA rules plus best practices) and fails on any
 * serious or critical violation, listing where.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, which the app's CSP (no inline scripts) does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');
  if (serious.length > 0) throw new Error(`axe found serious accessibility problems on ${label}:\n${report}`);
}

/** Edit controls a reader must never see: buttons or links that say "bewerk…". */
export async function countEditControls(page: Page): Promise<number> {
  const buttons = await page.getByRole('button', { name: /bewerk|wijzig/i }).count();
  const links = await page.getByRole('link', { name: /bewerk|wijzig/i }).count();
  return buttons + links;
}
