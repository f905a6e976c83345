// Validates hand-written seed files against the shared zod schemas.
// Usage: node scripts/validate-seed.js packages/api/src/seed/data/<file>.json ...
// (build packages/shared first: pnpm --filter @kruispunt/shared build)
const fs = require('node:fs');
const { seedZoneSchema, seedFederationSchema } = require('../packages/shared/dist');
let failed = false;
for (const file of process.argv.slice(2)) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const schema = file.endsWith('federation.json') ? seedFederationSchema : seedZoneSchema;
  const result = schema.safeParse(data);
  if (result.success) {
    const d = result.data;
    const summary = d.actionPlans
      ? `${d.multiYearPlan.strategicGoals.length} SD, ${d.multiYearPlan.strategicGoals.reduce((n, s) => n + s.operationalGoals.length, 0)} OD, ` +
        d.actionPlans.map((p) => `${p.year}: ${p.actions.length} actions`).join(', ')
      : `${d.workingGroups.length} working groups, ${d.projects.length} projects`;
    console.log(`OK ${file}: ${summary}`);
  } else {
    failed = true;
    console.log(`INVALID ${file}`);
    for (const issue of result.error.issues.slice(0, 30)) console.log(`  ${issue.path.join('.')}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
