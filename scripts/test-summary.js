// Prints one summary line over the jest runs of every package (each writes .jest-results.json).
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', 'packages');
const totals = { passed: 0, failed: 0, skipped: 0, total: 0, suitesFailed: 0 };
const parts = [];
for (const pkg of fs.readdirSync(root).sort()) {
  // Workspace packages only: a stray folder (pnpm deploy's bin links when the clone sits beside the
  // smoke run's temporary folder) is not a package without results.
  if (!fs.existsSync(path.join(root, pkg, 'package.json'))) continue;
  const file = path.join(root, pkg, '.jest-results.json');
  if (!fs.existsSync(file)) {
    parts.push(`${pkg}: no results`);
    totals.suitesFailed += 1;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  totals.total += r.numTotalTests;
  totals.suitesFailed += r.numFailedTestSuites;
  parts.push(`${pkg} ${r.numPassedTests}/${r.numTotalTests}`);
}
// The production smoke run's checks (deploy/smoke.mjs) count as tests of their own.
const smokeFile = path.join(__dirname, '..', 'deploy', '.smoke-results.json');
if (fs.existsSync(smokeFile)) {
  const s = JSON.parse(fs.readFileSync(smokeFile, 'utf8'));
  totals.passed += s.passed;
  totals.failed += s.failed;
  totals.total += s.passed + s.failed;
  parts.push(`smoke ${s.passed}/${s.passed + s.failed}`);
} else {
  parts.push('smoke: no results');
  totals.suitesFailed += 1;
}
// The lint and format check (scripts/test.sh passes their exit code): a broken house rule fails the run too.
const lintOk = (process.env.LINT_STATUS ?? '0') === '0';
parts.push(`lint and format ${lintOk ? 'ok' : 'FAILED'}`);
const ok = totals.failed === 0 && totals.suitesFailed === 0 && lintOk;
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped, ${totals.total} total (${parts.join(', ')}) — ${ok ? 'ALL PASSED' : 'FAILED'}`);
