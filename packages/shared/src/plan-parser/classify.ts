// Recognising the template's structure line by line: goal and action headings, the sections of
// an action sheet, the template's prompt texts, evaluation check boxes, date fields, table cells
// and year headings. Written from the template's wording (Departement Zorg / VIVEL action sheet,
// 2024 and 2025 editions), not from any one plan.
import { comparable, listMarker, squash, type Line } from './text';
import { monthOf } from './values';

export type SectionKey = 'summary' | 'what' | 'why' | 'targetGroups' | 'with' | 'how' | 'link' | 'when' | 'communication' | 'evaluation' | 'funding';

export type SubKey = 'inScope' | 'outOfScope' | 'lead' | 'councilRole' | 'stakeholders' | 'timeline';

/** Sections an action sheet opens with; one of these after later sections means a new sheet. */
export const START_SECTIONS: ReadonlySet<SectionKey> = new Set(['summary', 'what']);
/** Sections that come late in a sheet. */
export const LATE_SECTIONS: ReadonlySet<SectionKey> = new Set(['how', 'link', 'when', 'communication', 'evaluation', 'funding']);

export type EvaluationKey = 'process' | 'output' | 'outcome';

export interface Box {
  checked: boolean;
  label: string;
}

export type Classified =
  | { kind: 'sd'; number: string | null; title: string; short: boolean }
  | { kind: 'od'; number: string | null; title: string; isNew: boolean; short: boolean }
  | { kind: 'action'; number: string | null; year: number | null; label: string | null; title: string; isNew: boolean; carried: boolean }
  | { kind: 'section'; section: SectionKey; rest: string }
  | { kind: 'prompt'; section: SectionKey | null; sub: SubKey | null; rest: string; lines: number }
  | { kind: 'box'; boxes: Box[]; rest: string }
  | { kind: 'dates'; start: string | null; end: string | null; rest: string }
  | { kind: 'cell'; cell: 'actions' | 'indicators'; rest: string }
  | { kind: 'year'; year: number; what: 'actions' | 'timeline' | 'plain' }
  | { kind: 'general'; which: 'targetGroups' | 'network' | 'intro' }
  | { kind: 'months' }
  /** Inside a sheet: a "KPI's" / "Indicatoren" heading (rest empty) or a "KPI 2: ..." line (rest: the line). */
  | { kind: 'kpi'; rest: string }
  | { kind: 'text' };

// ---------------------------------------------------------------- goal and action headings

const SEP = String.raw`(?:\s*[:.\-–—]\s*|\s+|$)`;
const NEW = String.raw`(?:(?:nieuwe?|new)\s+)?`;

const SD_FULL = new RegExp(String.raw`^${NEW}(?:strategische\s+doelstelling|strategisch\s+doel)\s*(\d+)?\.?${SEP}(.*)$`, 'iu');
const SD_SHORT = new RegExp(String.raw`^${NEW}S\.?\s?D\.?\s*(\d+)\.?(?:\s*[:.\-–—]\s*|\s+)(.+)$`, 'u');
/** A goal-level heading that is not numbered: "Extra doelstelling – Projecten". */
const SD_OTHER = /^(\p{Lu}[\p{L}-]*)\s+doelstelling\s*[:\-–—]\s*(.+)$/u;
const OD_FULL = new RegExp(String.raw`^(${NEW})(?:operationele\s+doelstelling|operationeel\s+doel)\s*(\d+(?:\.\d+)*)?\.?${SEP}(.*)$`, 'iu');
const OD_SHORT = new RegExp(String.raw`^(${NEW})O\.?\s?D\.?\s*(\d+(?:\.\d+)*)\.?(?:\s*[:.\-–—]\s*|\s+)(.+)$`, 'iu');
// "Actie 1.2.3", "Actie 4.2.1." (a trailing dot after the number), "Actiefiche 2", and
// "Actieplan 3.2.1" when a dotted number follows (a bare "Actieplan 2026" is the document's title).
const ACTION = new RegExp(
  String.raw`^(?:(nieuwe?|lopende|vervolg)\s+)?actie(?:fiche|plan(?=\s*\d+\.\d))?\s*(\d+(?:\.\d+)*)?(?:\.(?=\s|$))?\s*(?:\(([^)]*)\))?\s*(?:[:\-–—]\s*(.*)|\s+(?=\S)(.*))?$`,
  'iu',
);

function stripHeadingMarker(text: string): string {
  const m = listMarker(text);
  return m && m.kind !== 'circle' ? m.rest : text;
}

type GoalHeading = Extract<Classified, { kind: 'sd' | 'od' }>;

function goalHeading(text: string): GoalHeading | null {
  const t = stripHeadingMarker(text);
  let m = OD_FULL.exec(t);
  if (m) return { kind: 'od', number: m[2] ?? null, title: dedupeLabel(m[3] ?? ''), isNew: !!m[1], short: false };
  m = OD_SHORT.exec(t);
  if (m) return { kind: 'od', number: m[2]!, title: dedupeLabel(m[3] ?? ''), isNew: !!m[1], short: true };
  m = SD_FULL.exec(t);
  if (m) return { kind: 'sd', number: m[1] ?? null, title: m[2] ?? '', short: false };
  m = SD_SHORT.exec(t);
  if (m) return { kind: 'sd', number: m[1]!, title: m[2]!, short: true };
  // The heading an export gives actions without a goal.
  if (/^(?:acties\s+zonder\s+(?:strategische\s+|operationele\s+)?doelstelling(?:en)?|(?:overige|andere|losse)\s+acties)$/i.test(t))
    return { kind: 'sd', number: null, title: squash(t), short: false };
  m = SD_OTHER.exec(t);
  if (m && !/^(operationele|strategische|deze|die|de|een|onze|elke|iedere)$/i.test(m[1]!)) return { kind: 'sd', number: null, title: squash(t), short: false };
  return null;
}

/** "Operationele doelstelling 1.1 Operationele doelstelling 1.1 De ..." → "De ...". */
function dedupeLabel(title: string): string {
  const m = OD_FULL.exec(title) ?? OD_SHORT.exec(title);
  return m ? (m[3] ?? '') : title;
}

function actionHeading(text: string): Classified | null {
  const t = stripHeadingMarker(text);
  const m = ACTION.exec(t);
  if (!m) return null;
  const numberOrYear = m[2] ?? null;
  const label = m[3] ?? null;
  const title = (m[4] ?? m[5] ?? '').trim();
  const separated = m[4] !== undefined;
  const isYear = !!numberOrYear && /^(19|20)\d\d$/.test(numberOrYear);
  // "Actie Nieuwsbrief ..." without number or separator is prose, not a heading.
  if (!separated && !numberOrYear && !label) return null;
  if (!separated && !title && !numberOrYear) return null;
  const prefix = (m[1] ?? '').toLowerCase();
  const carried = prefix === 'lopende' || prefix === 'vervolg' || /lopend|vervolg|verderzetting|voortgezet|vorig jaar/i.test(label ?? '');
  return {
    kind: 'action',
    number: isYear ? null : numberOrYear,
    year: isYear ? Number(numberOrYear) : null,
    label,
    title,
    isNew: prefix.startsWith('nieuw'),
    carried,
  };
}

// ---------------------------------------------------------------- sections of an action sheet

const SECTION_PATTERNS: [RegExp, SectionKey][] = [
  [/^(?:korte\s+)?(?:omschrijving|beschrijving)(?:\s+van\s+de\s+actie)?\s*[:?]?\s*$/i, 'summary'],
  [/^wat\s*[?:]\s*(.*)$/i, 'what'],
  [/^waarom\s*[?:]\s*(.*)$/i, 'why'],
  [/^voor\s+wie\s*[?:]\s*(.*)$/i, 'targetGroups'],
  [/^met\s+wie\s*[?:]\s*(.*)$/i, 'with'],
  [/^hoe\s*[?:]\s*(.*)$/i, 'how'],
  [/^evaluatie(?:\s+en\s+indicatoren)?\s*[:?]?\s*$/i, 'evaluation'],
  [/^(?:links?|linken|koppeling(?:en)?)(?:\s+met\s+andere\s+acties(?:\s+en\s+projecten)?)?\s*[:?]?\s*$/i, 'link'],
  [/^(?:wanneer|timing|tijdslijn|tijdlijn|planning)\s*[?:]?\s*(.*)$/i, 'when'],
  [/^communicatie(?:kanalen)?\s*(?:[:?]\s*(.*))?$/i, 'communication'],
  [/^(?:financiering|budget)\s*(?:[:?]\s*(.*))?$/i, 'funding'],
];

/** A label's gloss in brackets ("Wie trekt? (lead)", "Voor wie? (target group)") is no content. */
function dropGloss(rest: string): string {
  return /^\([\p{L}'’ ]{2,24}\)$/u.test(rest) ? '' : rest;
}

function sectionHeading(text: string): Classified | null {
  for (const [re, section] of SECTION_PATTERNS) {
    const m = re.exec(text);
    if (m) {
      // "Wanneer? ..." may carry text; "Timing van ..." without ? or : is prose.
      if (section === 'when' && m[1] && !/^(wanneer|timing|tijdslijn|tijdlijn|planning)\s*[?:]/i.test(text)) return null;
      return { kind: 'section', section, rest: dropGloss((m[1] ?? '').trim()) };
    }
  }
  return null;
}

// ---------------------------------------------------------------- template prompts

interface Prompt {
  text: string;
  section: SectionKey | null;
  sub: SubKey | null;
  /** Short prompts must stand alone or end in ":" / "?" ("Doelgroep(en)"), not start a sentence. */
  strict?: boolean;
  /** Even shorter ones need the ":" or "?" ("Stakeholders:"): alone on a line they are content. */
  colon?: boolean;
}

/** The template's instructions and questions (2024 and 2025 editions); they are not content. */
const PROMPTS: Prompt[] = [
  { text: 'Geef een korte beschrijving van wat je gaat doen', section: 'what', sub: null },
  { text: 'Geef een korte beschrijving van je actie', section: 'summary', sub: null },
  { text: 'Formuleer duidelijk wat je wil bereiken', section: 'what', sub: null },
  { text: 'Formuleer duidelijk wat je wilt bereiken', section: 'what', sub: null },
  { text: 'Definieer duidelijk de scope van de actie', section: 'what', sub: null },
  { text: 'Wat ga je wel doen', section: 'what', sub: 'inScope' },
  { text: 'Wat ga je niet doen', section: 'what', sub: 'outOfScope' },
  { text: 'Wat doe je wel', section: 'what', sub: 'inScope', strict: true },
  { text: 'Wat doe je niet', section: 'what', sub: 'outOfScope', strict: true },
  { text: 'Waarom deze actie Waarom deze actie nu', section: 'why', sub: null },
  { text: 'Waarom deze actie nu', section: 'why', sub: null },
  { text: 'Waarom deze actie', section: 'why', sub: null, strict: true },
  {
    text: 'Noteer hier de context en waarom je deze actie waardevol vindt Welke argumenten heb je om deze actie te verdedigen Maak hier de link naar je omgevingsanalyse',
    section: 'why',
    sub: null,
  },
  { text: 'Doelgroep en', section: 'targetGroups', sub: null, strict: true },
  { text: 'Doelgroepen', section: 'targetGroups', sub: null, strict: true },
  { text: 'Doelgroep', section: 'targetGroups', sub: null, strict: true },
  { text: 'Target groups', section: 'targetGroups', sub: null, colon: true },
  { text: 'Target group', section: 'targetGroups', sub: null, colon: true },
  { text: 'Lijst hier de doelgroep en op die je wenst te bereiken met deze actie', section: 'targetGroups', sub: null },
  { text: 'Lijst hier de doelgroep en die je wenst te bereiken met deze actie op', section: 'targetGroups', sub: null },
  { text: 'Wie is de trekker van de actie', section: 'with', sub: 'lead' },
  { text: 'Wie is de trekker', section: 'with', sub: 'lead' },
  { text: 'Wie trekt de actie', section: 'with', sub: 'lead' },
  { text: 'Wie trekt', section: 'with', sub: 'lead', strict: true },
  { text: 'Eindverantwoordelijke', section: 'with', sub: 'lead', colon: true },
  { text: 'Trekker', section: 'with', sub: 'lead', colon: true },
  { text: 'Lead', section: 'with', sub: 'lead', colon: true },
  { text: 'Indien de zorgraad niet de trekker is beschrijf dan kort welke rol de zorgraad opneemt', section: 'with', sub: 'councilRole' },
  { text: 'Welke rol neem je zelf op', section: 'with', sub: 'councilRole' },
  { text: 'Welke rol neemt de zorgraad op', section: 'with', sub: 'councilRole' },
  { text: 'Rol van de zorgraad', section: 'with', sub: 'councilRole', colon: true },
  { text: 'Rol zorgraad', section: 'with', sub: 'councilRole', colon: true },
  { text: 'Met welke stakeholders wordt er samengewerkt voor deze actie', section: 'with', sub: 'stakeholders' },
  { text: 'Met welke stakeholders wordt er samengewerkt', section: 'with', sub: 'stakeholders' },
  {
    text: 'Indien je een trekkende of faciliterende rol opneemt welke samenwerkingen en partnerschappen zet je op',
    section: 'with',
    sub: 'stakeholders',
  },
  { text: 'Stakeholders', section: 'with', sub: 'stakeholders', colon: true },
  { text: 'Partners', section: 'with', sub: 'stakeholders', colon: true },
  { text: 'Betrokken partners', section: 'with', sub: 'stakeholders', colon: true },
  { text: 'Betrokken organisaties', section: 'with', sub: 'stakeholders', colon: true },
  { text: 'Samenwerkingspartners', section: 'with', sub: 'stakeholders', colon: true },
  { text: 'Geef een beknopt plan hoe deze actie gaat worden opgezet of aangepakt', section: 'how', sub: null },
  { text: 'Werk de actie verder uit en noteer hier hoe je deze actie gaat benaderen stappenplan', section: 'how', sub: null },
  { text: 'Stappenplan', section: 'how', sub: null, strict: true },
  { text: 'Welke link is er met andere acties en projecten', section: 'link', sub: null },
  { text: 'Definieer de communicatiekanalen en middelen die worden gebruikt om informatie te delen en stakeholders op de hoogte te houden', section: 'communication', sub: null },
  { text: 'Selecteer minstens één van onderstaande manieren voor evaluatie', section: 'evaluation', sub: null },
  { text: 'Selecteer minstens een van onderstaande manieren voor evaluatie', section: 'evaluation', sub: null },
  {
    text: 'Definieer de indicatoren en meetmethoden die worden gebruikt om de voortgang en of het succes van de actie te evalueren',
    section: 'evaluation',
    sub: null,
  },
  // What Kruispunt's own Word export writes in an empty timeline.
  { text: 'Geen maanden opgegeven', section: 'when', sub: null },
  { text: 'Klik of tik om tekst in te voeren', section: null, sub: null },
  { text: 'Click or tap here to enter text', section: null, sub: null },
];

/** Not a letter of a lowercased Dutch text (a small class: Unicode property classes are slow to compile). */
const NOT_LETTER = '[^a-z0-9\\u00df-\\u00ff]';
const PROMPT_RES = PROMPTS.map((p) => {
  const words = comparable(p.text)
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const body = words.join(`${NOT_LETTER}+`);
  const tail = p.colon ? String.raw`[)\]]?\s*[:?]+\s*` : p.strict ? String.raw`[)\]]?(?:\s*[:?]+\s*|\s*$)` : `${NOT_LETTER}*`;
  // Matched against the lowercased line.
  return { prompt: p, re: new RegExp(`^${NOT_LETTER}*${body}${tail}`), norm: comparable(p.text), first: words[0]! };
});
/** First words of the prompts: a line starting otherwise is no prompt (a cheap first check). */
const PROMPT_FIRST_WORDS = new Set(PROMPT_RES.map((p) => p.norm.split(' ')[0]!));

/** Imperative instructions to the writer ("Geef ...", "Noteer hier ...", "Lijst hier ...") are template text. */
const INSTRUCTION =
  /^(geef|noteer|lijst|definieer|formuleer|selecteer|beschrijf|omschrijf|werk|markeer|vul|duid|kies|vermeld|licht|specificeer)\b.*\b(je|jouw|hier|hieronder|onderstaande|uw)\b/iu;

/**
 * A template prompt starting at `lines[i]` (it may wrap over up to three lines). Returns the
 * prompt, how many source lines it takes, and any content after it on its last line.
 */
export function matchPrompt(lines: Line[], i: number): { prompt: Prompt; lines: number; rest: string } | null {
  const first = lines[i]!;
  const marker = listMarker(first.text);
  const start = marker && marker.kind !== 'circle' ? marker.rest : first.text;
  const firstWord = comparable(start.slice(0, 40)).split(' ')[0] ?? '';
  if (!PROMPT_FIRST_WORDS.has(firstWord)) return null;
  const parts = [start];
  const used = [i];
  for (let k = 0; k < 3; k++) {
    const joined = parts.join(' ');
    for (const { prompt, re, first: promptFirst } of PROMPT_RES) {
      if (promptFirst !== firstWord) continue;
      // A short label is written with a capital ("Doelgroep(en)"); "doelgroepen)" is running text.
      if ((prompt.strict || prompt.colon) && !/^[^\p{L}]*\p{Lu}/u.test(start)) continue;
      const m = re.exec(joined.toLowerCase());
      if (!m) continue;
      // A prompt spanning lines must end on the last one taken.
      const before = parts.slice(0, -1).join(' ').length;
      if (parts.length > 1 && m[0].length <= before) continue;
      return { prompt, lines: used[used.length - 1]! - i + 1, rest: dropGloss(joined.slice(m[0].length).trim()) };
    }
    // Extend only while the text so far is the start of some prompt.
    const soFar = comparable(joined);
    if (soFar.length < 12 || !PROMPT_RES.some((p) => p.norm.startsWith(soFar))) break;
    let j = used[used.length - 1]! + 1;
    while (j < lines.length && !lines[j]!.text && j - used[used.length - 1]! <= 2) j++;
    if (j >= lines.length || !lines[j]!.text) break;
    parts.push(lines[j]!.text);
    used.push(j);
  }
  return null;
}

/** An instruction line of an unknown template edition, with its wrapped continuation. */
export function matchInstruction(lines: Line[], i: number): number {
  const t = lines[i]!.text;
  if (listMarker(t) || !INSTRUCTION.test(t)) return 0;
  let n = 1;
  let last = t;
  while (!/[.?:]$/.test(last) && n < 3 && lines[i + n]?.text && /^\p{Ll}/u.test(lines[i + n]!.text)) {
    last = lines[i + n]!.text;
    n++;
  }
  return n;
}

// ---------------------------------------------------------------- boxes, dates, cells, years

const BOX_CHARS = String.raw`☒|☑|✅|\[[xX✓]\]|☐|□|❑|\[ \]`;
const CHECKED = /☒|☑|✅|\[[xX✓]\]/u;

/** Check boxes on a line: "☒ Procesevaluatie", "☐ Impact evaluatie (Outcome)", "[x] Output". */
export function boxesOf(text: string): { boxes: Box[]; rest: string } | null {
  // The box after its label: "Procesevaluatie ☒", "Proces ☒ Output ☐ Impact ☐".
  if (new RegExp(`^(?:[^☒☑✅☐□❑\\[]{1,60}?\\s*(?:${BOX_CHARS})\\s*)+$`, 'u').test(text)) {
    const found = [...text.matchAll(new RegExp(BOX_CHARS, 'gu'))];
    const boxes = found.map((m, k) => ({ checked: CHECKED.test(m[0]), label: text.slice(k ? found[k - 1]!.index! + found[k - 1]![0].length : 0, m.index).trim() }));
    if (boxes.every((b) => b.label && b.label.split(/\s+/).length <= 6)) return { boxes, rest: '' };
  }
  if (!new RegExp(`^(?:${BOX_CHARS})`, 'u').test(text)) return null;
  const found = [...text.matchAll(new RegExp(BOX_CHARS, 'gu'))];
  const boxes: Box[] = found.map((m, k) => {
    const from = m.index! + m[0].length;
    const to = k + 1 < found.length ? found[k + 1]!.index! : text.length;
    return { checked: CHECKED.test(m[0]), label: text.slice(from, to).trim() };
  });
  let rest = '';
  // Text after an evaluation label on the same line is content ("☒ Procesevaluatie: ...").
  if (boxes.length === 1) {
    const m = /^(.*?evaluatie(?:\s*\([^)]*\))?)\s*[:\-–]?\s*(.*)$/iu.exec(boxes[0]!.label);
    if (m && m[2]) {
      boxes[0]!.label = m[1]!;
      rest = m[2];
    }
  }
  return { boxes, rest };
}

/** Which evaluation kind a box label names (label wordings vary between template editions). */
export function evaluationKind(label: string): EvaluationKey | null {
  const t = label.toLowerCase();
  if (/impact|outcome|effect/.test(t)) return 'outcome';
  if (/resultaat|output|product/.test(t)) return 'output';
  if (/proces/.test(t)) return 'process';
  return null;
}

const DATE_FIELD = /^(?:start(?:datum)?|begin(?:datum)?|aanvang)\s*:\s*(.*?)\s*(?:(?:eind(?:datum)?|einde)\s*:\s*(.*))?$/i;
const END_FIELD = /^(?:eind(?:datum)?|einde)\s*:\s*(.*)$/i;
const PERIOD_FIELD = /^(?:periode|looptijd)\s*:\s*(.*)$/i;

function datesField(text: string): Classified | null {
  let m = DATE_FIELD.exec(text);
  if (m) return { kind: 'dates', start: m[1] ?? null, end: m[2] ?? null, rest: '' };
  m = END_FIELD.exec(text);
  if (m) return { kind: 'dates', start: null, end: m[1] ?? null, rest: '' };
  m = PERIOD_FIELD.exec(text);
  if (m) {
    const [a, b] = m[1]!.split(/\s*(?:[-–—]|\btot(?: en met)?\b|t\.e\.m\.)\s*/);
    return { kind: 'dates', start: a ?? null, end: b ?? null, rest: '' };
  }
  return null;
}

/** A row label of a goals table: "Acties  Wervingscampagne ...", "Indicatoren  Aantal ...". */
function cellLabel(text: string): Classified | null {
  const m = /^(Acties?|Indicatoren|Indicator)(?:\s*:\s*|\s+(?=[\p{Lu}\d“"‘'(•-])|\s*$)(.*)$/u.exec(text);
  if (!m) return null;
  if (/^\d{4}$/.test(m[2]!.trim())) return null;
  return { kind: 'cell', cell: /^actie/i.test(m[1]!) ? 'actions' : 'indicators', rest: m[2]!.trim() };
}

/** "Tijdpad 2024 (markeer hieronder de maanden ...)" inside a sheet: the timeline prompt. */
function timelinePrompt(text: string): Classified | null {
  const m = /^(?:tijdpad|tijdspad|tijdslijn|tijdlijn)\b(?:\s+(?:19|20)\d\d)?\s*(\([^)]*\))?\s*[–—:-]?\s*(.*)$/iu.exec(text);
  if (!m || (!m[1] && m[2] && !/^(?:19|20)\d\d/.test(text.split(/\s+/)[1] ?? ''))) return null;
  return { kind: 'prompt', section: 'when', sub: 'timeline', rest: (m[2] ?? '').trim(), lines: 1 };
}

function yearHeading(text: string): Extract<Classified, { kind: 'year' }> | null {
  let m = /^((?:19|20)\d\d)$/.exec(text);
  if (m) return { kind: 'year', year: Number(m[1]), what: 'plain' };
  m = /^(?:acties|actieplan|jaaractieplan|actiefiches)\s+((?:19|20)\d\d)$/i.exec(text);
  if (m) return { kind: 'year', year: Number(m[1]), what: 'actions' };
  m = /^(?:tijdslijn|tijdlijn|timing|planning|tijdspad|tijdpad)\s+((?:19|20)\d\d)$/i.exec(text);
  if (m) return { kind: 'year', year: Number(m[1]), what: 'timeline' };
  return null;
}

function generalHeading(text: string): Classified | null {
  if (text.length > 80) return null;
  if (/^communicatie\s+naar\s+(?:de\s+)?(?:specifieke\s+)?doelgroep(?:en)?\b/i.test(text)) return { kind: 'general', which: 'targetGroups' };
  if (/^(?:functioneren|werking|werken)\s+als\s+(?:een\s+)?netwerkorganisatie\b/i.test(text)) return { kind: 'general', which: 'network' };
  if (/^(?:\d+(?:\.\d+)*\.?\s+)?(?:inleiding|samenvatting|algemeen|contextschets|context|voorwoord)$/i.test(text)) return { kind: 'general', which: 'intro' };
  return null;
}

/** Indicators written apart from the evaluation boxes: a "KPI's" heading, or lines "KPI 1: ...". */
const KPI_HEADING = /^(?:KPI['’]?s?|Kpi['’]?s?|Indicatoren(?:\s+en\s+meetmethoden?)?|Meetbare\s+(?:indicatoren|doelen|doelstellingen|resultaten))\s*:?$/u;
const KPI_LINE = /^(?:\d+[.)]\s*)?KPI['’]?s?\b[^:]{0,24}:\s*\S/u;

/** A row of month names without marks ("Jan Feb Mrt ... Dec"): the template's empty timeline. */
function monthRow(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 6 && words.every((w) => monthOf(w) !== null);
}

export interface ClassifyContext {
  /** Inside an action sheet, and which section. */
  inSheet: boolean;
  section: SectionKey | null;
  /** An operational goal is current and no sheet has started under it: table rows may follow. */
  tableAllowed: boolean;
}

/** Classifies one line (with the prompt matcher looking ahead where a prompt wraps). */
export function classify(lines: Line[], i: number, ctx: ClassifyContext): Classified {
  const text = lines[i]!.text;
  if (!text) return { kind: 'text' };

  const boxes = boxesOf(text);
  if (boxes) return { kind: 'box', ...boxes };

  // "Acties 2026" is a heading of its own wherever it stands: after a sheet (a Word document's
  // heading after the sheet's table) it ends the sheet.
  const year = yearHeading(text);
  if (year && (!ctx.inSheet || year.what === 'actions')) return year;
  if (!ctx.inSheet) {
    const general = generalHeading(text);
    if (general) return general;
  }

  const goal = goalHeading(text);
  if (goal) {
    const words = goal.title.split(/\s+/).filter(Boolean).length;
    // In a sheet's link section, "SD 1 – OD 3" and "OD 1.2, actie ..." are references.
    const reference = ctx.inSheet && ctx.section === 'link' && (goal.short || words < 3);
    const bare = goal.kind === 'od' && goal.short && words < 2;
    if (!reference && !bare) return goal;
  }

  const action = actionHeading(text);
  if (action) return action;

  const section = sectionHeading(text);
  if (section) return section;

  if (ctx.inSheet) {
    const timeline = timelinePrompt(text);
    if (timeline) return timeline;
    if (KPI_HEADING.test(text)) return { kind: 'kpi', rest: '' };
    if (KPI_LINE.test(text)) return { kind: 'kpi', rest: text };
  }

  const prompt = matchPrompt(lines, i);
  if (prompt) return { kind: 'prompt', section: prompt.prompt.section, sub: prompt.prompt.sub, rest: prompt.rest, lines: prompt.lines };

  if (ctx.inSheet) {
    const n = matchInstruction(lines, i);
    if (n) return { kind: 'prompt', section: null, sub: null, rest: '', lines: n };
  }

  const dates = datesField(text);
  if (dates) return dates;

  if (monthRow(text)) return { kind: 'months' };

  if (ctx.tableAllowed) {
    const cell = cellLabel(text);
    if (cell) return cell;
  }
  return { kind: 'text' };
}

/** Whether a line opens an action sheet (used to tell a heading from a reference). */
export function isSheetOpening(c: Classified): boolean {
  return (
    (c.kind === 'section' && (START_SECTIONS.has(c.section) || c.section === 'why' || c.section === 'targetGroups')) ||
    (c.kind === 'prompt' && (c.section === 'summary' || c.section === 'what'))
  );
}
