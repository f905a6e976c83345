// Theme suggestions for an action sheet: which of the shared themes (DEFAULT_THEMES) its texts
// are about, with the words that say so. Pure and framework-free: the API proposes these on
// import, on a new sheet and when the text changes; a person confirms them (never set silently).
//
// How it reads a text (Dutch):
// - accents folded (geïntegreerd = geintegreerd), lower case, doubled vowels undoubled
//   (bestuur/besturen, lokaal/lokale, eenzaam/vereenzaming share one form);
// - a stem matches a word that starts with it (mantelzorg → mantelzorgers, mantelzorgende);
// - a long stem (6+ letters) also matches as a compound part anywhere in a word
//   (personeel → zorgpersoneel, personeelstekort; jongeren → jongerenwerking);
// - an abbreviation (GGZ, ELP, OCMW) matches a whole word only;
// - a phrase matches consecutive words by their stems (lokale besturen, sociale media).
// Evidence is weighed by where it stands (title and goal above long texts), each distinct term
// counts once per field, and a theme needs enough of it (SUGGEST_THRESHOLD), so a long text that
// mentions a word in passing does not get every theme.
import { DEFAULT_THEMES } from '../domain';
import { THEME_LEXICON, type LexiconEntry } from './lexicon';

export interface ThemeSuggestInput {
  title?: string | null;
  what?: string | null;
  why?: string | null;
  inScope?: readonly string[] | null;
  outOfScope?: readonly string[] | null;
  steps?: readonly string[] | null;
  targetGroups?: readonly string[] | null;
  indicators?: readonly string[] | null;
  /** Title of the operational goal the action serves. */
  operationalGoal?: string | null;
  /** Title of the strategic goal above it. */
  strategicGoal?: string | null;
  /** The strategic goal's kind: a GOVERNANCE goal is itself evidence for the governance theme. */
  goalKind?: 'GOVERNANCE' | 'CONTENT' | null;
}

export interface ThemeSuggestion {
  /** Slug of a DEFAULT_THEMES theme. */
  theme: string;
  /** Weighed evidence; at least SUGGEST_THRESHOLD. */
  score: number;
  /** The words of the text that triggered it, as written there, strongest first. */
  reasons: string[];
}

type Field = Exclude<keyof ThemeSuggestInput, 'goalKind'>;

/** How much a term counts by where it stands: the title says what the action is about. */
export const FIELD_WEIGHTS: Record<Field, number> = {
  title: 3,
  operationalGoal: 1.75,
  strategicGoal: 1.25,
  what: 1.1,
  targetGroups: 1.1,
  why: 1,
  inScope: 1,
  steps: 0.75,
  indicators: 0.75,
  outOfScope: 0.5,
};

/** Evidence a theme needs: one strong term in the title, or several in the body. */
export const SUGGEST_THRESHOLD = 3;
/** Evidence a GOVERNANCE goal adds to the governance theme. */
const GOVERNANCE_GOAL_BONUS = 1.5;
/** At most this many suggestions; a sheet is about a few things. */
const MAX_SUGGESTIONS = 3;
/** A further theme must reach this share of the strongest one. */
const RELATIVE_FLOOR = 0.4;
const MAX_REASONS = 4;

const THEME_SLUGS = new Set(DEFAULT_THEMES.map((t) => t.slug));

/** Accents folded, lower case, doubled vowels undoubled: the form lexicon and text are compared in. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/([aeou])\1/g, '$1');
}

interface Token {
  /** As written, for the reasons. */
  raw: string;
  /** Folded. */
  form: string;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)) out.push({ raw: m[0], form: foldWord(m[0]) });
  return out;
}

interface CompiledEntry {
  theme: string;
  weight: number;
  kind: 'abbr' | 'prefix' | 'part' | 'phrase';
  /** Folded stems: one for a word, several for a phrase. */
  stems: string[];
  /** Themes whose single-word terms may not reuse the words this phrase matched. */
  hides: Set<string>;
  key: string;
}

function compile(theme: string, entry: LexiconEntry, weight: number): CompiledEntry {
  const spec = typeof entry === 'string' ? { term: entry } : entry;
  let term = spec.term;
  let kind: CompiledEntry['kind'];
  if (term.startsWith('=')) {
    kind = 'abbr';
    term = term.slice(1);
  } else if (term.startsWith('^')) {
    kind = 'prefix';
    term = term.slice(1);
  } else if (term.includes(' ')) kind = 'phrase';
  else kind = foldWord(term).length >= 6 ? 'part' : 'prefix';
  const stems = term.split(/\s+/).map(foldWord);
  return { theme, weight, kind, stems, hides: new Set(typeof entry === 'string' ? [] : (entry.hides ?? [])), key: `${theme}:${term}` };
}

const ENTRIES: CompiledEntry[] = Object.entries(THEME_LEXICON).flatMap(([theme, tiers]) => tiers.flatMap((tier) => tier.terms.map((e) => compile(theme, e, tier.weight))));
const PHRASES = ENTRIES.filter((e) => e.kind === 'phrase').sort((a, b) => b.stems.length - a.stems.length);
const WORDS = ENTRIES.filter((e) => e.kind !== 'phrase');

function wordMatches(entry: CompiledEntry, form: string): boolean {
  const stem = entry.stems[0]!;
  if (entry.kind === 'abbr') return form === stem;
  if (entry.kind === 'prefix') return form.startsWith(stem);
  return form.includes(stem);
}

interface Hit {
  entry: CompiledEntry;
  raw: string;
}

/** The lexicon terms one text contains, each distinct term once. */
function hitsIn(text: string): Hit[] {
  const tokens = tokenize(text);
  const hits = new Map<string, Hit>();
  // Per token, the themes a phrase already claimed it from ("lokale besturen" is no governance).
  const hidden: Set<string>[] = tokens.map(() => new Set());
  for (const p of PHRASES) {
    for (let i = 0; i + p.stems.length <= tokens.length; i++) {
      // The phrase's first word may be a compound part of the text's word ("zorg-" in "thuiszorg").
      if (!p.stems.every((s, k) => (k === 0 ? tokens[i]!.form.endsWith(s) || tokens[i]!.form.startsWith(s) : tokens[i + k]!.form.startsWith(s)))) continue;
      const span = tokens.slice(i, i + p.stems.length);
      if (!hits.has(p.key)) hits.set(p.key, { entry: p, raw: span.map((t) => t.raw).join(' ') });
      for (let k = 0; k < span.length; k++) for (const h of p.hides) hidden[i + k]!.add(h);
    }
  }
  tokens.forEach((t, i) => {
    // One word is one piece of evidence per theme: its strongest term ("personeelstekort" is not
    // also "personeel" and "tekort").
    const best = new Map<string, CompiledEntry>();
    for (const w of WORDS) {
      if (hidden[i]!.has(w.theme) || !wordMatches(w, t.form)) continue;
      const b = best.get(w.theme);
      if (!b || w.weight > b.weight) best.set(w.theme, w);
    }
    for (const w of best.values()) if (!hits.has(w.key)) hits.set(w.key, { entry: w, raw: t.raw });
  });
  return [...hits.values()];
}

function fieldTexts(input: ThemeSuggestInput, field: Field): string[] {
  const v = input[field];
  if (v == null) return [];
  return typeof v === 'string' ? [v] : [...v];
}

/**
 * The themes an action's texts are about, strongest first, with the words that triggered each.
 * `exclude`: themes already set on the action (they are not suggested again).
 */
export function suggestThemes(input: ThemeSuggestInput, exclude: readonly string[] = []): ThemeSuggestion[] {
  // Per theme, per term: its contributions from each field.
  const perTheme = new Map<string, Map<string, { contributions: number[]; raw: string; best: number }>>();
  for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
    const fw = FIELD_WEIGHTS[field];
    for (const text of fieldTexts(input, field)) {
      for (const hit of hitsIn(text)) {
        const terms = perTheme.get(hit.entry.theme) ?? new Map();
        perTheme.set(hit.entry.theme, terms);
        const c = fw * hit.entry.weight;
        const t = terms.get(hit.entry.key) ?? { contributions: [], raw: hit.raw, best: 0 };
        t.contributions.push(c);
        if (c > t.best) {
          t.best = c;
          t.raw = hit.raw;
        }
        terms.set(hit.entry.key, t);
      }
    }
  }
  const scored: ThemeSuggestion[] = [];
  for (const [theme, terms] of perTheme) {
    let score = 0;
    const reasons: { raw: string; c: number }[] = [];
    for (const t of terms.values()) {
      // A term repeated across fields adds a little, never as much as a new term.
      const sum = t.contributions.reduce((a, b) => a + b, 0);
      const c = Math.min(t.best + 0.25 * (sum - t.best), 1.5 * t.best);
      score += c;
      reasons.push({ raw: t.raw, c });
    }
    scored.push({ theme, score, reasons: uniqueReasons(reasons) });
  }
  // A GOVERNANCE goal speaks for the governance theme, unless the action's own texts already say
  // what else it is about (a newsletter under an organisation goal is communication).
  if (input.goalKind === 'GOVERNANCE' && !scored.some((s) => s.theme !== 'governance' && s.score >= SUGGEST_THRESHOLD)) {
    const gov = scored.find((s) => s.theme === 'governance');
    if (gov) gov.score += GOVERNANCE_GOAL_BONUS;
    else scored.push({ theme: 'governance', score: GOVERNANCE_GOAL_BONUS, reasons: [] });
  }
  scored.sort((a, b) => b.score - a.score || a.theme.localeCompare(b.theme));
  const top = scored[0]?.score ?? 0;
  const skip = new Set(exclude);
  return scored
    .filter((s) => s.score >= SUGGEST_THRESHOLD && s.score >= RELATIVE_FLOOR * top && THEME_SLUGS.has(s.theme))
    .slice(0, MAX_SUGGESTIONS)
    .filter((s) => !skip.has(s.theme))
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
}

function uniqueReasons(list: { raw: string; c: number }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const all = list.map((r) => r.raw.toLowerCase());
  for (const r of [...list].sort((a, b) => b.c - a.c)) {
    const k = r.raw.toLowerCase();
    // "mantelzorgers" says nothing "jonge mantelzorgers" does not.
    if (seen.has(k) || all.some((o) => o !== k && o.includes(k))) continue;
    seen.add(k);
    out.push(r.raw);
    if (out.length === MAX_REASONS) break;
  }
  return out;
}
