// The parser against plans it was not written against: five plans in the template's style for
// invented zones (fixtures/own-plans/*.txt), with the variations the four seed plans lack
// (numbered sections, goals in a table, "Actie 1.1.1." with a trailing dot, "Actieplan 1.1.1"
// numbers, indicators prefixed by their kind, KPI lines per step, indicators per topic or
// sub-project, "Kwalitatief"/"Kwantitatief", a boilerplate sentence in every evaluation, external
// and conditional funding in titles and prose, missing sections, English words, one sheet per
// page; Meetjesland and then Brugge-Oost, each written after the parser was adapted to the plans
// before it, as held-out checks: the sheet as a two-column table, "Lead:", steps by season or
// quarter, the box after its label, "Meetbare doelen:"). Their answer keys (*.json, seed
// schema) were written from the text before the parser was run on them. Prints the agreement
// per field, as seeds.test.ts does for the seeds.
import fs from 'node:fs';
import path from 'node:path';
import { seedZoneSchema, type SeedAction, type SeedZone } from '../seed';
import { allActions, parsePlanText, type ParsedAction, type ParsedPlan } from './index';
import { comparable } from './text';
import { actionAgreement, AGREEMENT_FIELDS, formatAgreement, matchActions, meanAgreement, type AgreementField } from './agreement';

const DIR = path.join(__dirname, 'fixtures', 'own-plans');
const plans = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    file: f,
    text: fs.readFileSync(path.join(DIR, f), 'utf8'),
    key: seedZoneSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, f.replace(/\.txt$/, '.json')), 'utf8'))) as SeedZone,
  }));

const norm = (t: string) => comparable(t);

interface Result {
  label: string;
  parsed: ParsedPlan;
  found: ParsedAction[];
  present: SeedAction[];
  matched: { k: SeedAction; p: ParsedAction }[];
}

const results: Result[] = plans.map(({ text, key }) => {
  const parsed = parsePlanText(text);
  const found = allActions(parsed);
  const present = key.actionPlans.flatMap((p) => p.actions);
  const matched = matchActions(present, found);
  return { label: key.name, parsed, found, present, matched };
});

const sheets = (r: Result) => r.matched.map((m) => actionAgreement(m.k, m.p));

afterAll(() => {
  const structure = results.map(
    (r) =>
      `| ${r.label} | actions found/present ${r.found.length}/${r.present.length} | titles matched ${r.matched.length} | numbers ${r.matched.filter((m) => m.p.number === m.k.number).length}/${r.matched.length} | goal ${r.matched.filter((m) => m.p.operationalGoal === m.k.operationalGoal).length}/${r.matched.length} | unplaced fragments ${r.parsed.unplaced.length + r.found.reduce((n, a) => n + a.unplaced.length, 0)} |`,
  );
  const all = results.flatMap(sheets);
  console.log(
    [
      'Own plans: structure',
      ...structure,
      'Own plans: agreement per field of the matched action sheets with the key (1 = same words; agreement.ts)',
      formatAgreement([
        ...results.map((r) => ({ label: r.label, n: r.matched.length, agreement: meanAgreement(sheets(r)) })),
        { label: 'all', n: all.length, agreement: meanAgreement(all) },
      ]),
    ].join('\n'),
  );
});

it('reads the five plans and their keys', () => {
  expect(plans.map((p) => p.file)).toEqual(['brugge-oost.txt', 'kempen-noord.txt', 'meetjesland.txt', 'scheldeland.txt', 'westkust.txt']);
  for (const p of plans) expect(p.key.source).toBe(p.file);
});

describe.each(results.map((r) => [r.label, r] as const))('%s', (_label, r) => {
  it('names the zone and the plan year', () => {
    expect(norm(r.parsed.zone ?? '').replace(/^eerstelijnszone /, 'elz ')).toBe(norm(r.label));
    expect(r.parsed.years).toEqual([2026]);
  });
});

describe('agreement per field with the key, over the sheets of the five plans', () => {
  it('finds every action of the key, once, with its number and goal', () => {
    for (const r of results) {
      expect({ plan: r.label, found: r.found.length, matched: r.matched.length }).toEqual({ plan: r.label, found: r.present.length, matched: r.present.length });
      for (const m of r.matched) expect({ title: m.k.title, number: m.p.number, od: m.p.operationalGoal }).toEqual({ title: m.k.title, number: m.k.number, od: m.k.operationalGoal });
    }
  });

  // Measured after the parser was made to read the template's forms (before, on the first three:
  // title 0.80, what 0.81, targetGroups 0.58, lead 0.02, stakeholders 0.25, steps 0.70, indicators
  // 0.50, targets 0.58, timeline 0.03, funding 0.69; the held-out fourth before its own changes:
  // targetGroups 0.68, lead 0.00, steps 0.89, timeline 0.46; the held-out fifth: lead 0.56,
  // stakeholders 0.25, evaluationKinds 0.42, indicators 0.00, targets 0.00, timeline 0.75,
  // funding 0.50). Floors with a small margin. Targets stay below 1: a unit
  // of several words ("deelnemers per workshop", "loketmedewerkers en handelaars") is read as
  // its first noun.
  const FLOORS: Record<AgreementField, number> = {
    title: 0.99,
    what: 0.98,
    why: 0.98,
    inScope: 0.98,
    outOfScope: 0.98,
    targetGroups: 0.97,
    lead: 0.98,
    councilRole: 0.97,
    stakeholders: 0.97,
    steps: 0.97,
    evaluationKinds: 0.99,
    indicators: 0.97,
    indicatorTargets: 0.9,
    timeline: 0.97,
    funding: 0.99,
  };
  it('stays at or above the measured figures on every field', () => {
    const mean = meanAgreement(results.flatMap(sheets));
    const below = AGREEMENT_FIELDS.filter((f) => mean[f] < FLOORS[f]).map((f) => `${f} ${mean[f].toFixed(2)} < ${FLOORS[f]}`);
    expect(below).toEqual([]);
  });
});
