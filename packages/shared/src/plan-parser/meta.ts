// What the plan is about: the zone it belongs to, its year(s), the multi-year plan it names.
import type { Line } from './text';

const ZONE_WORD = String.raw`\p{Lu}[\p{L}’'.-]*`;
/** "ELZ Leuven Zuid", "Eerstelijnszone Zuidoost Hageland", "ELZ Leuven-Zuid". */
const ZONE_MENTION = new RegExp(String.raw`\b(ELZ|Eerstelijnszone)\s+(${ZONE_WORD}(?:[ -]${ZONE_WORD}){0,3})`, 'gu');
const NOT_A_NAME = /^(De|Het|Een|En|Of|Van|Voor|Met|In|Op|Is|Zijn|Heeft|Wordt|Werd|Zal|Kan|Als|Die|Dat|Deze|Dit|Zorgraad|Zorgraden|Voorstellen|Forum|Overleg|Werking|Team|Staf)\b/u;
const DOC_TITLE = /^(?:jaar)?(?:actieplan|meerjarenplan|beleidsplan|beleids-\s*en\s*actieplan|jaarplan)\b/i;

function cleanName(prefix: string, rest: string): string | null {
  // Drop words that start a new clause: "ELZ Leuven Noord De ..." → "ELZ Leuven Noord".
  const parts = rest.split(/\s+/);
  const kept: string[] = [];
  for (const p of parts) {
    if (NOT_A_NAME.test(p)) break;
    kept.push(p.replace(/[’'.]+s?$/, '').replace(/[.]$/, ''));
  }
  if (kept.length === 0 || !kept[0]) return null;
  return `${prefix} ${kept.join(' ')}`.replace(/\s+/g, ' ').trim();
}

function mentions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ZONE_MENTION)) {
    const name = cleanName(m[1]!, m[2]!);
    if (name) out.push(name);
  }
  return out;
}

/**
 * The zone as the text names it: first from the document's title or running header
 * ("Actieplan 2024 Eerstelijnszone Zuidoost Hageland"), else the zone the text mentions most.
 */
export function detectZone(lines: Line[], furniture: Line[]): string | null {
  const titled = [...furniture, ...lines.slice(0, 40)].filter((l) => l.text && DOC_TITLE.test(l.text));
  for (const l of titled) {
    const found = mentions(l.text);
    if (found.length) return found[0]!;
  }
  // A title on a line of its own with the zone as its subtitle: "Actieplan 2025" / "ELZ Leuven Noord".
  const head = lines.slice(0, 40);
  for (const [i, l] of head.entries()) {
    if (!l.text || !DOC_TITLE.test(l.text) || l.text.split(/\s+/).length > 4) continue;
    const next = head.slice(i + 1).find((x) => x.text);
    const found = next && next.text.split(/\s+/).length <= 6 ? mentions(next.text) : [];
    if (found.length) return found[0]!;
  }
  const counts = new Map<string, number>();
  for (const l of lines) for (const name of mentions(l.text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [name, c] of counts) {
    // A longer name that is counted as often wins ("ELZ Leuven Noord" over "ELZ Leuven").
    if (c > n || (c === n && best && name.length > best.length)) [best, n] = [name, c];
  }
  return best;
}

const PLAN_WORD = String.raw`(?:meerjarenplan|beleidsplan|beleids-\s*en\s*actieplan|meerjarenbeleidsplan|beleidsperiode|actieplan)`;
const RANGE = new RegExp(String.raw`${PLAN_WORD}\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b`, 'giu');
const SINGLE = new RegExp(String.raw`\b(?:jaar)?actieplan\s+((?:19|20)\d\d)\b(?!\s*[-–—]\s*\d)`, 'giu');
/** Headings that announce the actions of one year: "Acties 2025", "Actieplan 2025". */
const YEAR_HEADING = /^(?:acties|actieplan|jaaractieplan|actiefiches)\s+((?:19|20)\d\d)$/i;

export interface PlanPeriod {
  years: number[];
  kind: 'action-plan' | 'multi-year-plan';
  multiYear: { yearFrom: number; yearTo: number; title: string } | null;
}

/**
 * The plan's year(s). A heading "Acties 2025" or a running header "Actieplan 2024 ..." makes it a
 * yearly action plan; otherwise a period the text keeps naming ("beleids- en actieplan 2024-2026")
 * makes it a multi-year plan for every year of that period.
 */
export function detectPeriod(lines: Line[], furniture: Line[]): PlanPeriod {
  const all = [...furniture, ...lines];
  const ranges = new Map<string, { from: number; to: number; n: number; title: string }>();
  for (const l of all) {
    for (const m of l.text.matchAll(RANGE)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to < from || to - from > 10) continue;
      const key = `${from}-${to}`;
      const word = m[0].replace(/\s+\d.*$/, '');
      const r = ranges.get(key) ?? { from, to, n: 0, title: `${word.charAt(0).toUpperCase()}${word.slice(1)} ${from}-${to}` };
      r.n++;
      ranges.set(key, r);
    }
  }
  const range = [...ranges.values()].sort((a, b) => b.n - a.n)[0] ?? null;
  const multiYear = range ? { yearFrom: range.from, yearTo: range.to, title: range.title } : null;

  const headingYears = new Map<number, number>();
  for (const l of lines) {
    const m = YEAR_HEADING.exec(l.text);
    if (m) headingYears.set(Number(m[1]), (headingYears.get(Number(m[1])) ?? 0) + 1);
  }
  // Headings of several years of the period ("Acties 2024", "Acties 2025", ... in a Word
  // document of the whole plan) under a title that names no single year: every year of it.
  const bodyYears = [...headingYears.keys()];
  const titled = lines
    .filter((x) => x.text)
    .slice(0, 3)
    .some((l) => new RegExp(SINGLE.source, 'iu').test(l.text));
  if (range && !titled && furniture.every((l) => !new RegExp(SINGLE.source, 'iu').test(l.text)) && bodyYears.length >= 2 && bodyYears.every((y) => y >= range.from && y <= range.to)) {
    const years: number[] = [];
    for (let y = range.from; y <= range.to; y++) years.push(y);
    return { years, kind: 'multi-year-plan', multiYear };
  }
  for (const l of furniture) {
    for (const m of l.text.matchAll(SINGLE)) headingYears.set(Number(m[1]), (headingYears.get(Number(m[1])) ?? 0) + 1);
  }
  // The document's title on its first lines ("JAARACTIEPLAN 2026 – ELZ X"), not a year the text
  // looks ahead to ("gebruikt voor het actieplan 2027").
  for (const l of lines.filter((x) => x.text).slice(0, 3)) {
    for (const m of l.text.matchAll(SINGLE)) headingYears.set(Number(m[1]), (headingYears.get(Number(m[1])) ?? 0) + 1);
  }
  const yearOfHeading = [...headingYears.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (yearOfHeading) return { years: [yearOfHeading], kind: 'action-plan', multiYear };

  const singles = new Map<number, number>();
  for (const l of lines) for (const m of l.text.matchAll(SINGLE)) singles.set(Number(m[1]), (singles.get(Number(m[1])) ?? 0) + 1);
  const single = [...singles.entries()].sort((a, b) => b[1] - a[1])[0];
  if (range && (!single || range.n >= single[1])) {
    const years: number[] = [];
    for (let y = range.from; y <= range.to; y++) years.push(y);
    return { years, kind: 'multi-year-plan', multiYear };
  }
  if (single) return { years: [single[0]], kind: 'action-plan', multiYear };
  return { years: [], kind: 'action-plan', multiYear };
}
