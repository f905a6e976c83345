// Measuring the theme suggester against hand-set themes (the seed actions): micro precision,
// recall and F1 over all (action, theme) pairs, and the same per theme.
import type { SeedZone } from '../seed';
import { suggestThemes, type ThemeSuggestInput } from './suggest';

export interface ThemeCase {
  /** "zone year: title", to name misses. */
  label: string;
  input: ThemeSuggestInput;
  /** The hand-set themes: the truth. */
  themes: string[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ThemeScore {
  micro: PRF;
  perTheme: Record<string, PRF>;
  misses: { label: string; expected: string[]; suggested: string[] }[];
}

/** A seed zone's actions as suggester input, with their goal titles and kind. */
export function seedThemeCases(zone: SeedZone): ThemeCase[] {
  const ods = new Map<string, { title: string; sd: { title: string; kind: 'GOVERNANCE' | 'CONTENT' } }>();
  const sds = new Map<string, { title: string; kind: 'GOVERNANCE' | 'CONTENT' }>();
  for (const sd of zone.multiYearPlan?.strategicGoals ?? []) {
    if (sd.number) sds.set(sd.number, sd);
    for (const od of sd.operationalGoals) ods.set(od.number, { title: od.title, sd });
  }
  return zone.actionPlans.flatMap((plan) =>
    plan.actions.map((a) => {
      const od = a.operationalGoal ? ods.get(a.operationalGoal) : undefined;
      const sd = od?.sd ?? (a.strategicGoal ? sds.get(a.strategicGoal) : undefined);
      return {
        label: `${zone.shortName} ${plan.year}: ${a.title}`,
        themes: [...a.themes],
        input: {
          title: a.title,
          what: a.what,
          why: a.why,
          inScope: a.inScope,
          outOfScope: a.outOfScope,
          steps: a.steps.map((s) => s.text),
          targetGroups: a.targetGroups,
          indicators: a.indicators.map((i) => i.name),
          operationalGoal: od?.title ?? null,
          strategicGoal: sd?.title ?? null,
          goalKind: sd?.kind ?? null,
        },
      };
    }),
  );
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

export function scoreThemeSuggestions(cases: readonly ThemeCase[]): ThemeScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (t: string) => counts.get(t) ?? counts.set(t, { tp: 0, fp: 0, fn: 0 }).get(t)!;
  const misses: ThemeScore['misses'] = [];
  for (const c of cases) {
    const suggested = suggestThemes(c.input).map((s) => s.theme);
    const truth = new Set(c.themes);
    for (const t of suggested) truth.has(t) ? count(t).tp++ : count(t).fp++;
    for (const t of truth) if (!suggested.includes(t)) count(t).fn++;
    if (suggested.length !== truth.size || suggested.some((t) => !truth.has(t))) misses.push({ label: c.label, expected: [...truth], suggested });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perTheme: Record<string, PRF> = {};
  for (const [t, k] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    perTheme[t] = prf(k.tp, k.fp, k.fn);
    tp += k.tp;
    fp += k.fp;
    fn += k.fn;
  }
  return { micro: prf(tp, fp, fn), perTheme, misses };
}

export function formatThemeScore(name: string, s: ThemeScore, withMisses = false): string {
  const f = (x: number) => x.toFixed(2);
  const lines = [`${name}: precision ${f(s.micro.precision)} recall ${f(s.micro.recall)} F1 ${f(s.micro.f1)} (tp ${s.micro.tp}, fp ${s.micro.fp}, fn ${s.micro.fn})`];
  for (const [t, p] of Object.entries(s.perTheme)) lines.push(`  ${t.padEnd(28)} P ${f(p.precision)} R ${f(p.recall)} F1 ${f(p.f1)}  (tp ${p.tp} fp ${p.fp} fn ${p.fn})`);
  if (withMisses) for (const m of s.misses) lines.push(`  ✗ ${m.label.slice(0, 90)} | truth ${m.expected.join(',')} | got ${m.suggested.join(',')}`);
  return lines.join('\n');
}
