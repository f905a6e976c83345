// Not part of the tests: a CPU profile of one page as Lighthouse's mobile preset runs it (4× CPU
// slowdown), self time summed per function and file. For a readable profile build without
// minifying first (npx vite build --minify false), and rebuild normally afterwards.
// Usage: node scripts/profile-page.mjs /mijn-zone/elz-leuven-zuid [email]
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const globalSetup = require('../test/global-setup.js');
const globalTeardown = require('../test/global-teardown.js');
const path = process.argv[2] ?? '/mijn-zone/elz-leuven-zuid';
const email = process.argv[3] ?? 'leuven-zuid@kruispunt.test';

await globalSetup();
const base = process.env.KRUISPUNT_WEB_URL;
try {
  const sign = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }',
      variables: { e: email, p: process.env.KRUISPUNT_TEST_PASSWORD },
    }),
  });
  const cookies = sign.headers.getSetCookie().map((c) => {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    return { name: pair.slice(0, i), value: pair.slice(i + 1), url: base };
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`loaded in ${Date.now() - t0} ms (4x CPU)`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\/assets\//, '')}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const byFile = new Map();
  for (const [key, ms] of self) {
    const file = key.split(' ').slice(1).join(' ').replace(/:\d+$/, '');
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  console.log('self time by file (ms):');
  for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${v.toFixed(0).padStart(7)}  ${k}`);
  console.log('self time by function (ms):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log(`${v.toFixed(0).padStart(7)}  ${k}`);
  await browser.close();
} finally {
  await globalTeardown();
}
