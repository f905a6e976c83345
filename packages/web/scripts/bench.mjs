// Bench (not part of the tests): builds the app, starts the real stack exactly as the tests'
// globalSetup does (embedded PostgreSQL, migrations, seed, demo accounts, the API serving dist/),
// then measures in headless Chromium:
//   1. the gzipped JavaScript of the main route: the entry chunk plus every chunk the browser
//      loads for the first route, recorded from the real network requests (the home page `/`
//      and the region dashboard; the dashboard's chart chunk, loaded after the matrix, apart);
//   2. the time to first render of the region dashboard: from navigation start to the
//      themes × zones matrix being visible, median of several cold loads (a fresh browser
//      context each time: empty HTTP cache, new session).
// Usage: pnpm --filter @kruispunt/web bench [-- --runs 9]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.resolve(here, '..');
const dist = path.join(webRoot, 'dist');
const { chromium } = require('playwright-core');
const globalSetup = require('../test/global-setup.js');

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DASHBOARD = '/regio/oost-brabant?jaar=2025';
const MATRIX = '[data-testid="theme-matrix"]';
const COACH = 'coach@kruispunt.test';

function build() {
  console.log('Building the app (vite build)…');
  execFileSync(path.join(webRoot, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: webRoot, stdio: 'inherit' });
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function freshPage(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
  const response = await context.request.post(`${base}/graphql`, {
    data: { query: `mutation { signIn(email: "${COACH}", password: "${process.env.KRUISPUNT_TEST_PASSWORD}") { user { id } } }` },
  });
  if (!response.ok()) throw new Error(`Sign-in failed: ${response.status()}`);
  const page = await context.newPage();
  return { context, page };
}

/** The JavaScript files (paths under dist/) the browser fetches while `until` runs. */
async function scriptsLoaded(page, until) {
  const files = new Set();
  const onRequest = (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) files.add(url.pathname);
  };
  page.on('request', onRequest);
  await until();
  page.off('request', onRequest);
  return [...files];
}

const sizeOf = (files) => files.reduce((sum, file) => sum + gzipSize(path.join(dist, file)), 0);

async function measureSizes(browser, base) {
  const home = await freshPage(browser, base);
  const homeFiles = await scriptsLoaded(home.page, async () => {
    await home.page.goto(`${base}/`);
    await home.page.getByRole('heading', { level: 1, name: 'Zones' }).waitFor();
    await home.page.waitForLoadState('networkidle');
  });
  await home.context.close();

  // The dashboard: which scripts the page had asked for when the matrix became visible, by the
  // page's own clock (Resource Timing), and which came after (the charts).
  const dash = await freshPage(browser, base);
  await dash.page.goto(`${base}${DASHBOARD}`, { waitUntil: 'commit' });
  const visibleAt = await matrixVisibleAt(dash.page);
  await dash.page.locator('.chart .recharts-wrapper > svg').nth(1).waitFor();
  await dash.page.waitForLoadState('networkidle');
  const scripts = await dash.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ file: new URL(entry.name).pathname, start: entry.startTime })),
  );
  await dash.context.close();
  const beforeMatrix = scripts.filter((s) => s.start <= visibleAt).map((s) => s.file);
  const afterMatrix = scripts.filter((s) => s.start > visibleAt).map((s) => s.file);

  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entryFiles = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
  return { entryFiles, homeFiles, beforeMatrix, afterMatrix };
}

/** Milliseconds from navigation start until the matrix has a size on screen (checked every frame). */
async function matrixVisibleAt(page) {
  const handle = await page.waitForFunction(
    (selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box && box.height > 0 && box.width > 0 ? performance.now() : false;
    },
    MATRIX,
    { polling: 'raf', timeout: 30000 },
  );
  return Number(await handle.jsonValue());
}

async function measureFirstRender(browser, base) {
  const times = [];
  // One warm-up load, not counted: the API's first queries prepare statements and fill its pools.
  for (let run = 0; run <= RUNS; run += 1) {
    const { context, page } = await freshPage(browser, base);
    await page.goto(`${base}${DASHBOARD}`, { waitUntil: 'commit' });
    const ms = await matrixVisibleAt(page);
    if (run > 0) times.push(ms);
    await context.close();
  }
  return times;
}

async function main() {
  build();
  console.log('Starting PostgreSQL and the API as the tests do…');
  await globalSetup();
  const base = process.env.KRUISPUNT_WEB_URL;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const sizes = await measureSizes(browser, base);
    const times = await measureFirstRender(browser, base);
    const list = (files) => files.map((file) => `    ${path.basename(file)}  ${kb(gzipSize(path.join(dist, file)))}`).join('\n');
    console.log('');
    console.log('JavaScript, gzipped (level 9), as Chromium loaded it:');
    console.log(`  entry chunk (index.html script + modulepreloads): ${kb(sizeOf(sizes.entryFiles))}`);
    console.log(`  main route "/" (entry + the zones page):          ${kb(sizeOf(sizes.homeFiles))}`);
    console.log(list(sizes.homeFiles));
    console.log(`  region dashboard until the matrix shows:         ${kb(sizeOf(sizes.beforeMatrix))}`);
    console.log(list(sizes.beforeMatrix));
    console.log(`  loaded after the matrix (charts):                ${kb(sizeOf(sizes.afterMatrix))}`);
    console.log(list(sizes.afterMatrix));
    console.log('');
    console.log(`Time to first render of the region dashboard (${DASHBOARD}), navigation start → matrix visible, ${times.length} cold loads:`);
    console.log(`  median ${median(times).toFixed(0)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
  } finally {
    await browser.close();
    await globalSetup.stopAll(globalThis.__KRUISPUNT_WEB__);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
