// How well a parsed action sheet agrees with its answer key, field by field (1 = the same words,
// 0 = nothing in common). Texts are compared as bags of words (case, accents kept, punctuation
// and layout ignored) with F1, so a field split differently into lines or items still agrees,
// and a field with words missing or added agrees in proportion. Lists are compared as the bag of
// all their items' words. Both empty agrees (1); one empty, the other not, does not (0).
import type { SeedAction } from '../seed';
import { comparable } from './text';
import type { ParsedAction } from './types';

export const AGREEMENT_FIELDS = [
  'title',
  'what',
  'why',
  'inScope',
  'outOfScope',
  'targetGroups',
  'lead',
  'councilRole',
  'stakeholders',
  'steps',
  'evaluationKinds',
  'indicators',
  'indicatorTargets',
  'timeline',
  'funding',
] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];

function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of comparable(text).split(' ')) if (w) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** F1 of the two texts' word bags; 1 when both are empty. */
export function textAgreement(a: string | null | undefined, b: string | null | undefined): number {
  const x = words(a ?? '');
  const y = words(b ?? '');
  const nx = [...x.values()].reduce((s, n) => s + n, 0);
  const ny = [...y.values()].reduce((s, n) => s + n, 0);
  if (nx === 0 && ny === 0) return 1;
  if (nx === 0 || ny === 0) return 0;
  let common = 0;
  for (const [w, n] of x) common += Math.min(n, y.get(w) ?? 0);
  return (2 * common) / (nx + ny);
}

const listAgreement = (a: readonly string[], b: readonly string[]) => textAgreement(a.join(' \n '), b.join(' \n '));

/** Jaccard of two sets; 1 when both are empty. */
function setAgreement<T>(a: readonly T[], b: readonly T[]): number {
  const x = new Set(a);
  const y = new Set(b);
  if (x.size === 0 && y.size === 0) return 1;
  let both = 0;
  for (const v of x) if (y.has(v)) both++;
  return both / (x.size + y.size - both);
}

function targetsOf(indicators: { value: number | null; unit: string | null }[]): string[] {
  return indicators.filter((i) => i.value !== null).map((i) => `${i.value} ${comparable(i.unit ?? '')}`.trim());
}

/** Agreement per field of one action sheet with its key. */
export function actionAgreement(key: SeedAction, parsed: ParsedAction): Record<AgreementField, number> {
  const kinds = (e: { process: { chosen: boolean }; output: { chosen: boolean }; outcome: { chosen: boolean } }) => [e.process.chosen, e.output.chosen, e.outcome.chosen];
  const k = kinds(key.evaluation);
  const p = kinds(parsed.evaluation);
  return {
    title: textAgreement(key.title, parsed.title),
    what: textAgreement(key.what, parsed.what),
    why: textAgreement(key.why, parsed.why),
    inScope: listAgreement(key.inScope, parsed.inScope),
    outOfScope: listAgreement(key.outOfScope, parsed.outOfScope),
    targetGroups: listAgreement(key.targetGroups, parsed.targetGroups),
    lead: textAgreement(key.lead?.text, parsed.lead),
    councilRole: textAgreement(key.councilRole, parsed.councilRole),
    stakeholders: listAgreement([...key.stakeholderPartners, ...key.stakeholdersOther], parsed.stakeholders),
    steps: listAgreement(
      key.steps.map((s) => s.text),
      parsed.steps.map((s) => s.text),
    ),
    evaluationKinds: k.filter((v, i) => v === p[i]).length / 3,
    indicators: listAgreement(
      key.indicators.map((i) => i.name),
      parsed.indicators.map((i) => i.text),
    ),
    indicatorTargets: setAgreement(
      targetsOf(key.indicators.map((i) => ({ value: i.targetValue, unit: i.targetUnit }))),
      targetsOf(parsed.indicators.map((i) => ({ value: i.target?.value ?? null, unit: i.target?.unit ?? null }))),
    ),
    timeline: setAgreement(
      key.timeline.map((m) => m.month),
      parsed.timeline.map((m) => m.month),
    ),
    funding: key.funding.toLowerCase() === parsed.funding ? 1 : 0,
  };
}

/** The mean per field over several sheets. */
export function meanAgreement(rows: readonly Record<AgreementField, number>[]): Record<AgreementField, number> {
  const out = {} as Record<AgreementField, number>;
  for (const f of AGREEMENT_FIELDS) out[f] = rows.length ? rows.reduce((s, r) => s + r[f], 0) / rows.length : 0;
  return out;
}

/** A table: one row per label, one column per field, two decimals. */
export function formatAgreement(rows: { label: string; n: number; agreement: Record<AgreementField, number> }[]): string {
  const head = ['plan', 'sheets', ...AGREEMENT_FIELDS];
  const body = rows.map((r) => [r.label, String(r.n), ...AGREEMENT_FIELDS.map((f) => (r.n ? r.agreement[f].toFixed(2) : '—'))]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i])).join(' | ')} |`;
  return [line(head), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** A title with whitespace, quotes and dashes as the answer keys write them (to compare titles exactly). */
export function normTitle(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Each key action with the parsed action whose title shares the most words (at least half), one
 * to one, best pairs first: a title read with its number or label still matches, and the title
 * field's agreement shows the difference. In the key's order.
 */
export function matchActions(present: readonly SeedAction[], found: readonly ParsedAction[]): { k: SeedAction; p: ParsedAction }[] {
  const pairs = present
    .flatMap((k) => found.map((p) => ({ k, p, score: textAgreement(k.title, p.title) })))
    .filter((x) => x.score >= 0.5)
    .sort((x, y) => y.score - x.score);
  const matched: { k: SeedAction; p: ParsedAction }[] = [];
  for (const x of pairs) if (!matched.some((m) => m.k === x.k || m.p === x.p)) matched.push({ k: x.k, p: x.p });
  return matched.sort((x, y) => present.indexOf(x.k) - present.indexOf(y.k));
}
