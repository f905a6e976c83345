// The panels under an action sheet (the follow-up with owners and history, "Gluren bij de buren")
// are loaded, asked for and drawn when the reader comes near them (src/common/hooks/useNearScreen.ts):
// on a phone they are 3,500 px below the first screen, and their chunks, queries and drawing kept the
// main thread busy while the sheet loaded (Lighthouse's blocking time). A link to one of their
// anchors, or a press on Tab, draws them at once; the sheet's header paints first and nothing on
// the screen moves (no layout shift) while the page loads.
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, watchErrors, type TestBrowser } from './browser';
import { LEUVEN_ZUID, expectNoSeriousA11yViolations, graphqlRequest, signInAs } from './cross-zone-helpers';

let browser: TestBrowser;
let actionPath: string;
beforeAll(async () => {
  browser = await launchBrowser({ width: 390, height: 844 });
  await signInAs(browser.context, LEUVEN_ZUID);
  const answer = await graphqlRequest(browser.context.request, '{ zone(slug: "elz-leuven-zuid") { actionPlan(year: 2025) { actions { id } } } }');
  const zone = answer.data?.zone as { actionPlan: { actions: { id: string }[] } };
  actionPath = `/acties/${zone.actionPlan.actions[0]!.id}`;
});
afterAll(async () => {
  await browser.close();
});

/** What a page asks for from the moment it opens: GraphQL operations by name, and script files. */
function requestsOf(page: Page): { operations: string[]; scripts: string[] } {
  const seen = { operations: [] as string[], scripts: [] as string[] };
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') {
      seen.operations.push((JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? '?');
    } else if (request.url().endsWith('.js')) {
      seen.scripts.push(new URL(request.url()).pathname);
    }
  });
  return seen;
}

/** The page's layout shifts so far (as CLS counts them: not those right after a click or a key). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

async function openAction(hash = ''): Promise<{ page: Page; seen: ReturnType<typeof requestsOf>; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const errors = watchErrors(page);
  const seen = requestsOf(page);
  await page.goto(`${baseUrl()}${actionPath}${hash}`);
  await page.locator('.sheet').waitFor();
  await page.waitForLoadState('networkidle');
  return { page, seen, errors };
}

const count = (names: string[], name: string) => names.filter((n) => n === name).length;
const chunk = (scripts: string[], name: string) => scripts.filter((file) => file.startsWith(`/assets/${name}-`)).length;

describe('the panels under an action sheet', () => {
  it('come when the reader scrolls near them: not before, each once, nothing moving on the screen', async () => {
    const { page, seen, errors } = await openAction();
    expect(seen.operations).toContain('ActionPage');
    expect([count(seen.operations, 'ActionFollowUp'), count(seen.operations, 'NeighbourActions')]).toEqual([0, 0]);
    expect([chunk(seen.scripts, 'FollowUp'), chunk(seen.scripts, 'NeighbourList')]).toEqual([0, 0]);
    // Their places say they are loading, and keep a panel's height.
    expect(await page.getByTestId('follow-up').textContent()).toContain('Opvolging laden…');
    expect(await page.getByTestId('neighbours').textContent()).toContain('Gelijkaardige acties zoeken…');
    expect((await page.getByTestId('follow-up').boundingBox())!.height).toBeGreaterThan(400);
    expect(await layoutShift(page)).toBe(0);

    await page.getByTestId('follow-up').scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: 'Opvolging', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Geschiedenis' }).waitFor();
    await page.getByTestId('neighbours').scrollIntoViewIfNeeded();
    await page.getByTestId('neighbour').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect([count(seen.operations, 'ActionFollowUp'), count(seen.operations, 'NeighbourActions')]).toEqual([1, 1]);
    expect([chunk(seen.scripts, 'FollowUp'), chunk(seen.scripts, 'NeighbourList')]).toEqual([1, 1]);
    await expectNoSeriousA11yViolations(page, 'the action page with its panels');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('come at once for a link to the follow-up, and for a keyboard user at the first Tab', async () => {
    const linked = await openAction('#opvolging');
    await linked.page.getByRole('heading', { name: 'Opvolging', exact: true }).waitFor();
    expect(count(linked.seen.operations, 'ActionFollowUp')).toBe(1);
    expect(linked.errors).toEqual([]);
    await linked.page.close();

    const { page, seen, errors } = await openAction();
    expect(count(seen.operations, 'ActionFollowUp')).toBe(0);
    await page.keyboard.press('Tab');
    await page.getByRole('heading', { name: 'Opvolging', exact: true }).waitFor();
    await page.getByTestId('neighbour').first().waitFor();
    expect([count(seen.operations, 'ActionFollowUp'), count(seen.operations, 'NeighbourActions')]).toEqual([1, 1]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
