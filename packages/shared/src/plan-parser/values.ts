// Values inside the text: dates, months, deadlines, targets, funding labels, the share of
// network time. Dutch wording, as the template and the zones use it.
import type { ParsedFunding } from './types';

const MONTHS: [RegExp, number][] = [
  [/^jan(uari)?\.?$/i, 1],
  [/^feb(ruari)?\.?$/i, 2],
  [/^(mrt|maa|maart)\.?$/i, 3],
  [/^apr(il)?\.?$/i, 4],
  [/^mei$/i, 5],
  [/^jun[i]?\.?$/i, 6],
  [/^jul[i]?\.?$/i, 7],
  [/^aug(ustus)?\.?$/i, 8],
  [/^sep(t|tember)?\.?$/i, 9],
  [/^(okt|oct)(ober)?\.?$/i, 10],
  [/^nov(ember)?\.?$/i, 11],
  [/^dec(ember)?\.?$/i, 12],
];

/** Month number of a Dutch month name or abbreviation ("mrt", "September"), else null. */
export function monthOf(word: string): number | null {
  for (const [re, n] of MONTHS) if (re.test(word.trim())) return n;
  return null;
}

const MONTH_WORD = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;
const WORD_DATE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{4})\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{4})\\b`, 'i');

/**
 * The first date in a text as ISO: "1/03/2024", "15.11.2024", "14 februari 2024"; a bare month
 * ("maart 2024") is its first day, or its last with `end`.
 */
export function parseDate(text: string, end = false): string | null {
  let m = NUMERIC_DATE.exec(text);
  if (m) return iso(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = WORD_DATE.exec(text);
  if (m) return iso(Number(m[3]), monthOf(m[2]!) ?? 0, Number(m[1]));
  m = MONTH_YEAR.exec(text);
  if (m) {
    const year = Number(m[2]);
    const month = monthOf(m[1]!) ?? 0;
    return iso(year, month, end ? lastDay(year, month) : 1);
  }
  return null;
}

/** Every numeric or written date in a text, in order. */
export function allDates(text: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`${NUMERIC_DATE.source}|${WORD_DATE.source}`, 'gi');
  for (const m of text.matchAll(re)) {
    const d = parseDate(m[0]);
    if (d) out.push(d);
  }
  return out;
}

/** A period written as two dates ("1/12/2024 – 31/12/2025", "van 1 maart 2025 tot 30 juni 2025"). */
export function dateRange(text: string): { start: string; end: string } | null {
  const word = MONTH_WORD.replace('(', '(?:');
  const d = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}\\s+${word}\\s+\\d{4})`;
  const m = new RegExp(`(${d})\\s*(?:[-–—]|t\\.?e\\.?m\\.?|tot(?: en met)?)\\s*(${d})`, 'i').exec(text);
  if (!m) return null;
  const start = parseDate(m[1]!);
  const end = parseDate(m[2]!, true);
  return start && end ? { start, end } : null;
}

/**
 * The deadline an operational goal names: "Eind 2025" → 2025-12-31, "Tegen eind juni 2024" →
 * 2024-06-30, "tegen medio 2025" → 2025-06-30, "In 2025" / "tegen 2026" → the year's last day.
 */
export function goalDeadline(title: string): string | null {
  const t = title.toLowerCase();
  let m = new RegExp(`\\b(?:eind|einde|tegen eind|tegen einde|uiterlijk eind)\\s+${MONTH_WORD}\\s+(\\d{4})`).exec(t);
  if (m) {
    const year = Number(m[2]);
    const month = monthOf(m[1]!) ?? 12;
    return iso(year, month, lastDay(year, month));
  }
  m = /\b(?:medio|midden|half)\s+(\d{4})\b/.exec(t);
  if (m) return `${m[1]}-06-30`;
  m = /\b(?:eind|einde|tegen eind|tegen einde|uiterlijk eind|tegen|in|tijdens|doorheen|vóór|voor)\s+(\d{4})\b/.exec(t);
  if (m && Number(m[1]) >= 2000 && Number(m[1]) < 2100) return `${m[1]}-12-31`;
  return null;
}

/** Funding label in a title; the label is removed from the title. */
export function fundingOf(title: string): { funding: ParsedFunding; remark: string | null; title: string } {
  const labels: [RegExp, ParsedFunding][] = [
    [/\(?\s*(met\s+extra\s+financiering)\s*\)?/i, 'extra'],
    [/\(?\s*(met\s+externe\s+financiering)\s*\)?/i, 'external'],
    [/\(?\s*(onder\s+voorbehoud(?:\s+van\s+[^)]*)?)\s*\)?/i, 'conditional'],
  ];
  for (const [re, funding] of labels) {
    const m = re.exec(title);
    if (m) {
      const rest = (title.slice(0, m.index) + ' ' + title.slice(m.index + m[0].length))
        .replace(/\s+/g, ' ')
        .replace(/\s*[:–-]\s*$/, '')
        .trim();
      return { funding, remark: m[1]!.toLowerCase(), title: rest };
    }
  }
  return { funding: 'regular', remark: null, title };
}

/** "meer dan 50%" in a text about network time; null when the text names no percentage. */
export function networkShare(text: string | null): { share: string; percent: number } | null {
  if (!text) return null;
  const m = /((?:meer dan|minder dan|ruim|bijna|ongeveer|circa|ca\.|minstens|minimaal|tussen|zowat|om en bij)\s+)?(\d{1,3})(?:\s*(?:à|-|–|tot)\s*\d{1,3})?\s*(%|procent)/i.exec(text);
  if (!m) return null;
  const percent = Number(m[2]);
  if (percent > 100) return null;
  return { share: m[0].replace(/\s+/g, ' ').replace(/\s*%/, '%').trim(), percent };
}

/**
 * A target an indicator names: "minimaal 2 overlegmomenten" → 2 "overlegmomenten",
 * "60 professionals", "0,5% van de bevolking", "(minimaal 7/10)" → 7 "/10". Years and dates are
 * not targets.
 */
export function targetOf(text: string): { value: number; unit: string | null } | null {
  const cleaned = text.replace(new RegExp(NUMERIC_DATE.source, 'g'), ' ').replace(new RegExp(WORD_DATE.source, 'gi'), ' ').replace(new RegExp(MONTH_YEAR.source, 'gi'), ' ');
  const re = /(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:[.,]\d+)?)(\s*%|\s*\/\s*\d+|(?:\s+[\p{L}’'-]+){0,3})?/gu;
  for (const m of cleaned.matchAll(re)) {
    // "10.000 flyers": a dot before three digits groups thousands.
    const raw = /^\d{1,3}(?:\.\d{3})+$/.test(m[1]!) ? m[1]!.replace(/\./g, '') : m[1]!.replace(',', '.');
    const value = Number(raw);
    const after = (m[2] ?? '').trim();
    if (Number.isNaN(value)) continue;
    if (after.startsWith('%')) return { value, unit: '%' };
    if (after.startsWith('/')) return { value, unit: after.replace(/\s+/g, '') };
    const words = after ? after.split(/\s+/) : [];
    const before = cleaned.slice(0, m.index).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    // A year ("in 2025", "2026 wordt ...") is no target; "2000 scans" is.
    const yearLike = Number.isInteger(value) && value >= 1990 && value <= 2100;
    if (yearLike && (YEAR_BEFORE.has(before) || !words[0] || VERBS.has(words[0].toLowerCase()) || !/^\p{Ll}/u.test(words[0]))) continue;
    return { value, unit: unitOf(words) };
  }
  return null;
}

const YEAR_BEFORE = new Set([
  'in',
  'tegen',
  'voor',
  'vóór',
  'sinds',
  'van',
  'tot',
  'eind',
  'einde',
  'begin',
  'medio',
  'na',
  'jaar',
  'werkjaar',
  'actieplan',
  'beleidsplan',
  'zomer',
  'najaar',
  'voorjaar',
  'winter',
  'lente',
  'herfst',
  '–',
  '-',
]);
const VERBS = new Set([
  'is',
  'zijn',
  'wordt',
  'worden',
  'werd',
  'werden',
  'heeft',
  'hebben',
  'had',
  'zal',
  'zullen',
  'kan',
  'kunnen',
  'moet',
  'moeten',
  'gaat',
  'gaan',
  'komt',
  'komen',
  'staat',
  'blijft',
  'was',
  'waren',
]);
const FUNCTION = new Set([
  'de',
  'het',
  'een',
  'in',
  'op',
  'van',
  'voor',
  'met',
  'per',
  'aan',
  'bij',
  'naar',
  'uit',
  'tot',
  'en',
  'of',
  'die',
  'dat',
  'om',
  'over',
  'door',
  'tegen',
  'binnen',
  'na',
]);

/**
 * The unit of a target, from the words after the number: the counted noun with the adjectives
 * before it ("sociale huizen", "geëngageerde mensen"); a participle before it is left out
 * ("georganiseerd event" → "event"); "1x" and the like stay a plain count.
 */
function unitOf(words: string[]): string | null {
  const ws = words.map((w) => w.toLowerCase());
  let k = 0;
  if (ws.length > 1 && /^ge\p{L}{3,}[dt]$/u.test(ws[0]!) && !FUNCTION.has(ws[1]!)) k = 1;
  const start = k;
  // An inflected adjective ends in -e (not -ie, -ee or -gne: "actie", "campagne"), before a noun.
  while (k + 1 < ws.length && /e$/.test(ws[k]!) && !/(?:ie|ee|gne)$/.test(ws[k]!) && !FUNCTION.has(ws[k]!) && !FUNCTION.has(ws[k + 1]!) && !VERBS.has(ws[k + 1]!)) k++;
  const unit = ws.slice(start, k + 1).filter(Boolean);
  if (!unit.length || FUNCTION.has(unit[unit.length - 1]!)) return null;
  return unit.join(' ');
}

/**
 * An indicator line: its name, the measuring method and the target when the line names them the
 * way an export writes them ("Aantal deelnemers (meetmethode: aanwezigheidslijst) – streefwaarde:
 * 60 deelnemers"), else the target a number in the text gives ("minimaal 60 deelnemers").
 */
export function indicatorOf(line: string): { text: string; method: string | null; target: { value: number; unit: string | null } | null } {
  let text = line;
  let target: { value: number; unit: string | null } | null = null;
  const t = /\s+[–—-]\s+streefwaarde\s*:\s*(\d+(?:[.,]\d+)?)\s*(.*)$/iu.exec(text);
  if (t) {
    target = { value: Number(t[1]!.replace(',', '.')), unit: t[2]!.trim() || null };
    text = text.slice(0, t.index);
  }
  let method: string | null = null;
  const m = /\s*\(meetmethode\s*:\s*([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/iu.exec(text);
  if (m) {
    method = m[1]!.trim() || null;
    text = text.slice(0, m.index);
  }
  text = text.trim();
  return { text, method, target: target ?? targetOf(text) };
}

const SEASONS: [RegExp, number[]][] = [
  [/^(?:voorjaar|lente)$/i, [3, 4, 5]],
  [/^zomer$/i, [6, 7, 8]],
  [/^(?:najaar|herfst)$/i, [9, 10, 11]],
];

/**
 * The months a span of month names covers: "maart" → [3], "juli en augustus" → [7, 8], "maart
 * tot november" / "juni – november 2026" → [3..11] / [6..11], "maart, juni en december" → [3, 6,
 * 12], "vanaf april" → [4..12], "tegen eind juni" → [6], "najaar" → [9, 10, 11], "elke maand" →
 * all twelve. With the length of text it takes, the year it names, and whether it is named by
 * its month (not by a season or "elke maand"); null when the text does not start with one.
 */
export function monthSpan(text: string): { months: number[]; length: number; year: number | null; named: boolean } | null {
  const every = /^(?:elke|iedere)\s+maand\b|^maandelijks\b|^(?:het\s+)?hele\s+jaar\b|^heel\s+het\s+jaar\b|^doorheen\s+het\s+jaar\b|^jaarrond\b|^doorlopend\b/iu.exec(text);
  if (every) return { months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], length: every[0].length, year: null, named: false };
  // Quarters: "Q1", "Q2-Q3", "2e kwartaal".
  const quarter = /^(?:Q([1-4])|([1-4])(?:e|ste|de)\s+kwartaal|(eerste|tweede|derde|vierde)\s+kwartaal)(?:\s*(?:-|–|tot)\s*Q([1-4]))?/iu.exec(text);
  if (quarter) {
    const first = Number(quarter[1] ?? quarter[2] ?? ['eerste', 'tweede', 'derde', 'vierde'].indexOf(quarter[3]!.toLowerCase()) + 1);
    const last = quarter[4] ? Number(quarter[4]) : first;
    const months: number[] = [];
    for (let m = 3 * first - 2; m <= 3 * last; m++) months.push(m);
    return { months, length: quarter[0].length, year: null, named: true };
  }
  const prefix = /^(?:(vanaf|tegen|vóór|voor|in|uiterlijk|tijdens)\s+)?(?:(?:het|de)\s+)?(?:(?:eind|einde|begin|half|midden|medio)\s+)?/iu.exec(text)!;
  const from = /^vanaf$/i.test(prefix[1] ?? '');
  let pos = prefix[0].length;
  const months: number[] = [];
  let named = true;
  let length = 0;
  let year: number | null = null;
  let range = false;
  for (;;) {
    const w = /^(\p{L}+)\.?/u.exec(text.slice(pos));
    if (!w) break;
    const month = monthOf(w[0]);
    const season = SEASONS.find(([re]) => re.test(w[1]!))?.[1] ?? null;
    if (!month && !season) break;
    if (month && range && months.length) {
      for (let k = months[months.length - 1]! + 1; k <= month; k++) months.push(k);
    } else if (month) months.push(month);
    else {
      months.push(...season!);
      named = false;
    }
    pos += w[0].length;
    length = pos;
    const y = /^\s+((?:19|20)\d\d)\b/.exec(text.slice(pos));
    if (y) {
      year = Number(y[1]);
      pos += y[0].length;
      length = pos;
    }
    const sep = /^\s*(-|–|—|tot(?:\s+en\s+met)?|t\.?e\.?m\.?|en|&|\/|,)\s*/iu.exec(text.slice(pos));
    if (!sep) break;
    range = !/^(?:en|&|\/|,)$/i.test(sep[1]!);
    pos += sep[0].length;
  }
  if (!months.length) return null;
  if (from && months.length === 1) for (let k = months[0]! + 1; k <= 12; k++) months.push(k);
  return { months: [...new Set(months)], length, year, named };
}

/**
 * A step or timeline line that starts with its months and a colon: "Juni: draaiboek maken",
 * "Maart tot november: follow-up", "Elke maand: nieuwsbrief versturen", "Mei 2026 – kick-off".
 */
export function monthLead(text: string): { months: number[]; year: number | null; rest: string; every: boolean } | null {
  const span = monthSpan(text);
  if (!span) return null;
  const after = /^\s*[:–—-]\s*/u.exec(text.slice(span.length));
  if (!after) return null;
  const rest = text.slice(span.length + after[0].length).trim();
  if (!rest) return null;
  return { months: span.months, year: span.year, rest: rest.charAt(0).toUpperCase() + rest.slice(1), every: !span.named };
}

const CONDITIONAL =
  /subject\s+to\s+(?:funding|approval|a\s+grant)|onder\s+voorbehoud\s+van\s+(?:de\s+|een\s+)?(?:subsidie|goedkeuring|financiering|middelen|toekenning|projectmiddelen)|(?:enkel|alleen|pas)\s+(?:als|indien|wanneer|na)\s+(?:de\s+|een\s+)?(?:subsidie|financiering|middelen|projectmiddelen|goedkeuring)[^.]*?(?:toegekend|goedgekeurd|verkregen)/iu;
const FUNDERS = String.raw`(?:koning\s+boudewijnstichting|\bKBS\b|europe(?:es|se|an)|\bEU\b|interreg|erasmus\+?|provinci(?:e|aal|ale)\b|fonds\b|stichting\b)`;
/** Money from outside, as a "Financiering" section words it. */
const EXTERNAL_SECTION = new RegExp(
  String.raw`${FUNDERS}|projectmiddelen|projectsubsidie|externe\s+(?:financiering|middelen)|gefinancierd\s+(?:door|met|via|vanuit)\s+(?:het|een|de)\s+project`,
  'iu',
);
/** Money from outside, as the prose of a sheet says it: a funder with a verb of funding or submitting. */
const EXTERNAL_PROSE = new RegExp(
  String.raw`(?:gefinancierd|gesubsidieerd|betaald|gesteund|ondersteund|toegekend|goedgekeurd|ingediend|funded|financed|granted|submitted)\s+(?:met|door|via|vanuit|bij|binnen|by|through|to)\b[^.]{0,80}?${FUNDERS}|(?:europe(?:es|se)|interreg|provinciaal|provinciale)[\s-]+(?:\p{L}+[\s-]+)?project\b|(?:met|via)\s+europese\s+middelen`,
  'iu',
);
const EXTRA =
  /extra\s+(?:financiering|middelen)|(?:lokaal\s+bestuur|gemeente|stad|lokale\s+besturen)\b[^.]{0,60}?\bfinancier|financier(?:t|en)\s+(?:een|de)\s+(?:extra|bijkomende|halftijdse|voltijdse)/iu;

const FUNDING_LABEL_LINES: [RegExp, ParsedFunding][] = [
  [/^(?:reguliere?|eigen)\s+(?:werkings)?middelen$|^regulier$/, 'regular'],
  [/^(?:met\s+)?extra\s+financiering$/, 'extra'],
  [/^(?:met\s+)?externe\s+financiering$/, 'external'],
  [/^onder\s+voorbehoud$/, 'conditional'],
];

/** The kind a line names when it is nothing but its label, with at most a ticked box and a colon or full stop. */
function fundingLabelLine(line: string): ParsedFunding | null {
  const t = line
    .trim()
    .replace(/^[☒☑✔✓■]\s*/u, '')
    .replace(/\s*[:.]$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  for (const [re, funding] of FUNDING_LABEL_LINES) if (re.test(t)) return funding;
  return null;
}

/**
 * How an action is funded, from the text of its "Financiering" section (`prose` false) or from its
 * other prose (`prose` true, where only a clear statement counts: "onder voorbehoud van subsidie",
 * "gefinancierd door het Europese project", "ingediend bij de projectoproep van de KBS").
 * Null when the text says nothing about it.
 */
export function fundingOfText(text: string | null, prose: boolean): ParsedFunding | null {
  if (!text) return null;
  // A line of the section that is only a kind's label ("Reguliere middelen", as the export writes
  // it before the remark, or "☒ Met externe financiering") says it outright: it decides over the
  // words of the remark ("Hoe we de projectmiddelen gaan inzetten ...").
  if (!prose) {
    for (const line of text.split('\n')) {
      const labelled = fundingLabelLine(line);
      if (labelled) return labelled;
    }
  }
  if (CONDITIONAL.test(text) || (!prose && /onder\s+voorbehoud|subject\s+to/i.test(text))) return 'conditional';
  if (prose) return EXTERNAL_PROSE.test(text) ? 'external' : null;
  if (EXTRA.test(text)) return 'extra';
  if (EXTERNAL_SECTION.test(text)) return 'external';
  if (/regulier|eigen\s+(?:werkings)?middelen|werkingsmiddelen|geen\s+(?:extra\s+)?kost/i.test(text)) return 'regular';
  return null;
}
