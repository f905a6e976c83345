// Lighthouse (not part of the tests): starts the real stack exactly as the browser tests'
// globalSetup does (embedded PostgreSQL, migrations, seed, demo accounts, the API serving the
// built dist/ with its .br/.gz copies), signs in as the seed's demo accounts and runs Lighthouse's
// mobile preset (simulated slow 4G, a mid-range phone's CPU), performance category only, in
// Debian's Chromium on five pages. Prints per page the score, LCP, TBT, CLS and the bytes
// transferred, and writes bench-results/lighthouse.json.
// Usage: pnpm --filter @kruispunt/web build && pnpm --filter @kruispunt/web lighthouse [-- --runs 3]
// With several runs a page's figures are those of its median-score run.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.resolve(here, '..');
const globalSetup = require('../test/global-setup.js');
// chrome-launcher is Lighthouse's own dependency: resolve it from there rather than adding it here.
const chromeLauncher = await import(createRequire(require.resolve('lighthouse/package.json')).resolve('chrome-launcher'));

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.join(webRoot, 'bench-results', 'lighthouse.json');
const ZONE_STAFF = 'leuven-zuid@kruispunt.test';
const COACH = 'coach@kruispunt.test';
const PASSWORD = () => process.env.KRUISPUNT_TEST_PASSWORD;

/** Signs in through the API and returns the session cookie ("name=value; …") to send with every request. */
async function sessionCookie(base, email) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }',
      variables: { email, password: PASSWORD() },
    }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`Sign-in as ${email} failed: ${response.status} ${JSON.stringify(body.errors)}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

async function graphql(base, cookie, query) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`${query}: ${response.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** One Lighthouse run; a failed trace (NO_NAVSTART, seen now and then on a busy machine) is run again, twice at most. */
async function audit(port, url, cookie) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await auditOnce(port, url, cookie);
    } catch (error) {
      if (attempt >= 3 || !/NO_NAVSTART|NO_FCP|PROTOCOL_TIMEOUT/.test(String(error))) throw error;
      console.log(`${url}: ${String(error).split('\n')[0]}, again (${attempt + 1}/3)`);
    }
  }
}

async function auditOnce(port, url, cookie) {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], extraHeaders: cookie ? { Cookie: cookie } : undefined },
    // The default configuration is the mobile preset (Moto G Power, slow 4G, 4× CPU slowdown).
    undefined,
  );
  const { lhr } = result;
  // --dump: the whole report of each run, to read the request waterfall (network-requests) and the main thread.
  if (process.argv.includes('--dump')) {
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(path.join(path.dirname(RESULTS), `lhr-${new URL(url).pathname.split('/')[1] || 'root'}.json`), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    finalUrl: lhr.finalDisplayedUrl,
    // How fast this machine was during the run (Lighthouse's own benchmark): its 4× CPU slowdown
    // assumes a desktop-class machine, and TBT is observed time × 4, so a busy machine inflates it.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcpMs: Math.round(numeric('first-contentful-paint')),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
    speedIndexMs: Math.round(numeric('speed-index')),
    transferredBytes: Math.round(numeric('total-byte-weight')),
    requests: lhr.audits['network-requests']?.details?.items?.length ?? null,
    // Where the main thread's time went (scripting per script), for finding what blocks.
    bootup: (lhr.audits['bootup-time']?.details?.items ?? [])
      .slice(0, 5)
      .map((item) => ({ url: item.url.replace(/^https?:\/\/[^/]+/, ''), scriptingMs: Math.round(item.scripting), parseMs: Math.round(item.scriptParseCompile) })),
    layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((item) => ({ score: Number(item.score.toFixed(3)), node: item.node?.snippet ?? null })),
  };
}

async function main() {
  if (!fs.existsSync(path.join(webRoot, 'dist', 'index.html'))) throw new Error('No built app in dist/: run "pnpm --filter @kruispunt/web build" first.');
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  console.log('Starting the stack (embedded PostgreSQL, seed, API serving dist/)…');
  await globalSetup();
  const state = globalThis.__KRUISPUNT_WEB__;
  const base = process.env.KRUISPUNT_WEB_URL;
  let chrome;
  try {
    const staff = await sessionCookie(base, ZONE_STAFF);
    const coach = await sessionCookie(base, COACH);
    const { zone } = await graphql(base, staff, '{ zone(slug: "elz-leuven-zuid") { actionPlan(year: 2025) { actions { id } } } }');
    const actionId = zone.actionPlan?.actions?.[0]?.id;
    if (!actionId) throw new Error('The seed has no action in the 2025 plan of ELZ Leuven Zuid.');
    const pages = [
      { name: 'Aanmelden', path: '/aanmelden', cookie: null },
      { name: 'Mijn zone', path: '/mijn-zone/elz-leuven-zuid', cookie: staff },
      { name: 'Plan 2025', path: '/zones/elz-leuven-zuid/plannen/2025', cookie: staff },
      { name: 'Actie', path: `/acties/${actionId}`, cookie: staff },
      { name: 'Regiodashboard', path: '/regio/oost-brabant', cookie: coach },
    ];

    // --only <page name substring>: measure just those pages (while working on one).
    const onlyArg = process.argv.indexOf('--only');
    if (onlyArg > 0) pages.splice(0, pages.length, ...pages.filter((page) => page.name.toLowerCase().includes(process.argv[onlyArg + 1].toLowerCase())));
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // One untimed pass first, so the API's first queries (cold PostgreSQL caches, JIT) do not count.
    for (const page of pages) await audit(chrome.port, `${base}${page.path}`, page.cookie);

    const results = [];
    for (const page of pages) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await audit(chrome.port, `${base}${page.path}`, page.cookie));
      const score = median(runs.map((r) => r.score));
      const chosen = runs.find((r) => r.score === score);
      if (new URL(chosen.finalUrl).pathname !== page.path) throw new Error(`${page.name}: ended on ${chosen.finalUrl} instead of ${page.path} (not signed in?)`);
      results.push({ page: page.name, path: page.path, runs: RUNS, ...chosen, scores: runs.map((r) => r.score) });
    }

    const pad = (value, width) => String(value).padStart(width);
    console.log(`\nLighthouse ${require('lighthouse/package.json').version}, mobile preset, performance (${RUNS} run${RUNS > 1 ? 's' : ''} per page, median score):`);
    console.log(`${'page'.padEnd(16)}${pad('score', 6)}${pad('LCP', 9)}${pad('TBT', 8)}${pad('CLS', 7)}${pad('transfer', 10)}${pad('bench', 7)}`);
    for (const r of results) {
      console.log(
        `${r.page.padEnd(16)}${pad(r.score, 6)}${pad(`${(r.lcpMs / 1000).toFixed(2)} s`, 9)}${pad(`${r.tbtMs} ms`, 8)}${pad(r.cls.toFixed(3), 7)}${pad(`${(r.transferredBytes / 1024).toFixed(0)} kB`, 10)}${pad(r.benchmarkIndex === null ? '' : Math.round(r.benchmarkIndex), 7)}`,
      );
    }
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(
      RESULTS,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), lighthouse: require('lighthouse/package.json').version, formFactor: 'mobile', pages: results }, null, 2)}\n`,
    );
    console.log(`\nWritten to ${path.relative(process.cwd(), RESULTS)}`);
    const failing = results.filter((r) => r.score < 90 || r.cls >= 0.1);
    if (failing.length) console.log(`Below target (performance ≥ 90, CLS < 0.1): ${failing.map((r) => r.page).join(', ')}`);
  } finally {
    if (chrome) await chrome.kill();
    await globalSetup.stopAll(state);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
