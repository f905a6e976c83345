// The parser against the answer key: the four real plan texts (../shared/seeds/*.txt) and the
// hand-made structured versions of them (packages/api/src/seed/data/*.json, matched by their
// `source` field). Prints a per-zone report and asserts that every action is found with its
// title, goal, evaluation kinds and lead.
import fs from 'node:fs';
import path from 'node:path';
import { seedZoneSchema, type SeedAction, type SeedZone } from '../seed';
import { allActions, parsePlanText, type ParsedAction, type ParsedPlan } from './index';
import { comparable } from './text';
import { actionAgreement, AGREEMENT_FIELDS, formatAgreement, meanAgreement, normTitle, type AgreementField } from './agreement';

// The workspace's shared/seeds folder (next to the repository), or SHARED_SEEDS_DIR.
const SEEDS_DIR =
  process.env.SHARED_SEEDS_DIR ??
  [path.resolve(__dirname, '../../../../shared/seeds'), path.resolve(__dirname, '../../../../../shared/seeds')].find((d) => fs.existsSync(d)) ??
  path.resolve(__dirname, '../../../../../shared/seeds');
if (!fs.existsSync(SEEDS_DIR)) throw new Error(`Seed texts not found in ${SEEDS_DIR}: set SHARED_SEEDS_DIR to the folder with the plan texts.`);
const KEY_DIR = path.resolve(__dirname, '../../../api/src/seed/data');

function kinds(e: { process: boolean; output: boolean; outcome: boolean }): string {
  return [e.process ? 'P' : '', e.output ? 'O' : '', e.outcome ? 'I' : ''].join('') || '-';
}

function keyKinds(a: SeedAction): string {
  return kinds({ process: a.evaluation.process.chosen, output: a.evaluation.output.chosen, outcome: a.evaluation.outcome.chosen });
}

function parsedKinds(a: ParsedAction): string {
  return kinds({ process: a.evaluation.process.chosen, output: a.evaluation.output.chosen, outcome: a.evaluation.outcome.chosen });
}

function sameLead(key: SeedAction, parsed: ParsedAction): boolean {
  const k = key.lead?.text ?? null;
  if (k === null || parsed.lead === null) return k === parsed.lead;
  return comparable(k) === comparable(parsed.lead);
}

function sameGoal(key: SeedAction, parsed: ParsedAction): boolean {
  if (key.operationalGoal) return parsed.operationalGoal === key.operationalGoal;
  if (key.strategicGoal) return parsed.operationalGoal === null && parsed.strategicGoal === key.strategicGoal;
  return parsed.operationalGoal === null && parsed.strategicGoal === null;
}

interface Row {
  zone: string;
  sd: string;
  od: string;
  actions: string;
  titles: string;
  goals: string;
  kinds: string;
  leads: string;
}

const keys: SeedZone[] = fs
  .readdirSync(KEY_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'federation.json')
  .map((f) => seedZoneSchema.parse(JSON.parse(fs.readFileSync(path.join(KEY_DIR, f), 'utf8'))));
const sources = fs
  .readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const rows: Row[] = [];
/** Field agreement of every matched action sheet, per zone (the table printed after the run). */
const agreements: { label: string; sheets: Record<AgreementField, number>[] }[] = [];

afterAll(() => {
  const head: Row = {
    zone: 'zone',
    sd: 'SD found/present',
    od: 'OD found/present',
    actions: 'actions found/present',
    titles: 'titles matched',
    goals: 'goal matched',
    kinds: 'eval kinds matched',
    leads: 'leads matched',
  };
  const all = [head, ...rows];
  const cols = Object.keys(head) as (keyof Row)[];
  const width = (c: keyof Row) => Math.max(...all.map((r) => r[c].length));
  const line = (r: Row) => `| ${cols.map((c) => r[c].padEnd(width(c))).join(' | ')} |`;
  const rule = `|${cols.map((c) => '-'.repeat(width(c) + 2)).join('|')}|`;
  console.log(['Plan parser vs. answer key', line(head), rule, ...rows.map(line)].join('\n'));
  const all2 = agreements.flatMap((a) => a.sheets);
  console.log(
    [
      'Agreement per field of the action sheets with the key (1 = same words; packages/shared/src/plan-parser/agreement.ts)',
      formatAgreement([
        ...agreements.map((a) => ({ label: a.label, n: a.sheets.length, agreement: meanAgreement(a.sheets) })),
        { label: 'all', n: all2.length, agreement: meanAgreement(all2) },
      ]),
    ].join('\n'),
  );
});

it('finds the four seed texts and their keys', () => {
  expect(sources).toHaveLength(4);
  for (const s of sources) expect(keys.map((k) => k.source)).toContain(s);
});

describe.each(sources)('seed %s', (source) => {
  const key = keys.find((k) => k.source === source)!;
  const text = fs.readFileSync(path.join(SEEDS_DIR, source), 'utf8');
  let parsed: ParsedPlan;
  let found: ParsedAction[];
  let present: SeedAction[];

  beforeAll(() => {
    parsed = parsePlanText(text);
    found = allActions(parsed);
    // The key's action plans of the years the text is the plan of (a multi-year plan: all of them).
    present = key.actionPlans.filter((p) => parsed.years.includes(p.year)).flatMap((p) => p.actions);
    const byTitle = new Map(found.map((a) => [normTitle(a.title), a]));
    const matched = present.map((k) => ({ k, p: byTitle.get(normTitle(k.title)) })).filter((m): m is { k: SeedAction; p: ParsedAction } => !!m.p);
    const numbered = parsed.strategicGoals.filter((s) => s.number !== null);
    rows.push({
      zone: key.name,
      sd: `${numbered.length}/${key.multiYearPlan.strategicGoals.length}`,
      od: `${numbered.flatMap((s) => s.operationalGoals).length}/${key.multiYearPlan.strategicGoals.flatMap((s) => s.operationalGoals).length}`,
      actions: `${found.length}/${present.length}`,
      titles: `${matched.length}/${present.length}`,
      goals: `${matched.filter((m) => sameGoal(m.k, m.p)).length}/${matched.length}`,
      kinds: `${matched.filter((m) => keyKinds(m.k) === parsedKinds(m.p)).length}/${matched.length}`,
      leads: `${matched.filter((m) => sameLead(m.k, m.p)).length}/${matched.length}`,
    });
    agreements.push({ label: key.name, sheets: matched.filter((m) => m.p.source === 'sheet').map((m) => actionAgreement(m.k, m.p)) });
  });

  it('names the zone and the plan years', () => {
    expect(comparable(parsed.zone ?? '').replace(/^eerstelijnszone /, 'elz ')).toBe(comparable(key.name));
    const planYears = key.actionPlans.map((p) => p.year);
    if (parsed.kind === 'multi-year-plan') {
      const years = [];
      for (let y = key.multiYearPlan.yearFrom; y <= key.multiYearPlan.yearTo; y++) years.push(y);
      expect(parsed.years).toEqual(years);
    } else {
      expect(parsed.years).toHaveLength(1);
      expect(planYears).toContain(parsed.years[0]);
    }
  });

  it('finds every strategic and operational goal of the key, and no other', () => {
    const numbered = parsed.strategicGoals.filter((s) => s.number !== null);
    expect(numbered.map((s) => s.number)).toEqual(key.multiYearPlan.strategicGoals.map((s) => s.number));
    expect(numbered.flatMap((s) => s.operationalGoals.map((o) => o.number)).sort()).toEqual(key.multiYearPlan.strategicGoals.flatMap((s) => s.operationalGoals.map((o) => o.number)).sort());
    for (const sd of key.multiYearPlan.strategicGoals) {
      for (const od of sd.operationalGoals) {
        const p = numbered.flatMap((s) => s.operationalGoals).find((o) => o.number === od.number)!;
        expect({ od: od.number, title: comparable(p.title) }).toEqual({ od: od.number, title: comparable(od.title) });
      }
    }
  });

  it('finds every action of the key by its title, and no other', () => {
    const expected = present.map((a) => normTitle(a.title));
    expect(found.map((a) => normTitle(a.title)).sort()).toEqual(expected.sort());
  });

  it('puts every action under its goal, with its evaluation kinds and lead', () => {
    const byTitle = new Map(found.map((a) => [normTitle(a.title), a]));
    for (const k of present) {
      const p = byTitle.get(normTitle(k.title));
      if (!p) continue;
      expect({ title: k.title, goal: p.operationalGoal ?? p.strategicGoal, kinds: parsedKinds(p), lead: p.lead === null ? null : comparable(p.lead) }).toEqual({
        title: k.title,
        goal: k.operationalGoal ?? k.strategicGoal,
        kinds: keyKinds(k),
        lead: k.lead === null ? null : comparable(k.lead.text),
      });
    }
  });

  it('puts every action in the plan year the key has it in (the first year when the text names none, as the import does)', () => {
    const byTitle = new Map(found.map((a) => [normTitle(a.title), a]));
    for (const plan of key.actionPlans.filter((p) => parsed.years.includes(p.year))) {
      for (const k of plan.actions) {
        const p = byTitle.get(normTitle(k.title));
        if (p) expect({ title: k.title, year: p.year ?? parsed.years[0] }).toEqual({ title: k.title, year: plan.year });
      }
    }
  });
});

describe('what the key holds beyond the plan year', () => {
  it('ELZ Leuven Zuid: the actions realised in 2024 are the items of the "2024" overview', () => {
    const key = keys.find((k) => k.source === '000_d1bd872e8508c32e.txt')!;
    const parsed = parsePlanText(fs.readFileSync(path.join(SEEDS_DIR, key.source), 'utf8'));
    const items = parsed.outline.filter((o) => o.year === 2024);
    const earlier = key.actionPlans.find((p) => p.year === 2024)!.actions;
    expect(items.map((o) => normTitle(o.text))).toEqual(earlier.map((a) => normTitle(a.title)));
    expect(items.map((o) => o.operationalGoal)).toEqual(earlier.map((a) => a.operationalGoal));
  });

  it('ELZ Leuven: the indicators of each operational goal (the "Indicatoren" cells)', () => {
    const key = keys.find((k) => k.source === '002_9db8726a188f00ca.txt')!;
    const parsed = parsePlanText(fs.readFileSync(path.join(SEEDS_DIR, key.source), 'utf8'));
    const ods = parsed.strategicGoals.flatMap((s) => s.operationalGoals);
    for (const od of key.multiYearPlan.strategicGoals.flatMap((s) => s.operationalGoals)) {
      expect({ od: od.number, indicators: ods.find((o) => o.number === od.number)?.indicators.map(normTitle) }).toEqual({ od: od.number, indicators: od.indicators.map(normTitle) });
    }
  });
});

describe('agreement per field with the key, over every action sheet of the four seeds', () => {
  // Measured when this test was written (the parser was written against these plans, so these are
  // its best case; plans it has not seen score lower — issue 16). Floors with a small margin, so a
  // change that helps one field and hurts another fails here. The timeline is low because the
  // plans' month grids ("Tijdslijn 2025") come through a text export as one word per line.
  // indicatorTargets rose from 0.83 to 0.88 when units took their adjectives (issue 16 part 1).
  const FLOORS: Record<AgreementField, number> = {
    title: 0.99,
    what: 0.98,
    why: 0.98,
    inScope: 0.98,
    outOfScope: 0.98,
    targetGroups: 0.95,
    lead: 0.98,
    councilRole: 0.95,
    stakeholders: 0.83,
    steps: 0.95,
    evaluationKinds: 0.99,
    indicators: 0.93,
    indicatorTargets: 0.85,
    timeline: 0.18,
    funding: 0.99,
  };
  it('stays at or above the measured figures on every field', () => {
    const mean = meanAgreement(agreements.flatMap((a) => a.sheets));
    expect(agreements.flatMap((a) => a.sheets).length).toBeGreaterThanOrEqual(30);
    const below = AGREEMENT_FIELDS.filter((f) => mean[f] < FLOORS[f]).map((f) => `${f} ${mean[f].toFixed(2)} < ${FLOORS[f]}`);
    expect(below).toEqual([]);
  });
});
