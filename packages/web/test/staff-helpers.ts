// Helpers for the zone staff tests: sign in as a given demo account, call the API as that
// session, and run axe-core on a page.
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, testAccount } from './browser';

export const ZONE_EDITOR = 'leuven-zuid@kruispunt.test';

/** Signs a browser context in as one of the demo accounts (they share the demo password). */
export async function signInAs(context: BrowserContext, email: string): Promise<void> {
  const { password } = testAccount();
  await gql(context, 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }', { email, password });
}

/** A GraphQL request with the context's session cookie; throws on errors. */
export async function gql<T = Record<string, unknown>>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await context.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!response.ok() || body.errors) throw new Error(`GraphQL failed: ${response.status()} ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Runs axe-core on the page as it is now; returns the serious and critical violations, each as
 * one readable line (empty when there are none).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol, which the app's CSP (no inline scripts) does not govern.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}
