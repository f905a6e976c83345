// Text-level helpers: the line model, list markers, and putting lines that a text dump
// wrapped (at the page or table-cell width) back together into items and paragraphs.

export interface Line {
  /** 1-based line number in the source text. */
  no: number;
  /** The line as in the source (tabs expanded, no trailing newline). */
  raw: string;
  /** Trimmed text; '' for a blank line. */
  text: string;
}

export function toLines(text: string): Line[] {
  const normalised = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u200b|\ufeff|\u00ad/g, '')
    .replace(/\t/g, '  ');
  return normalised.split('\n').map((raw, i) => ({ no: i + 1, raw, text: raw.trim() }));
}

/** Collapses runs of whitespace. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- list markers

export type MarkerKind = 'bullet' | 'dash' | 'circle' | 'number' | 'alpha' | 'roman';

export interface ListMarker {
  kind: MarkerKind;
  /** The marker as written ("•", "1)", "a.", ...). */
  marker: string;
  /** The text after the marker. */
  rest: string;
}

const BULLET_CHARS = '•●▪■◦▫➢➤►▶✓✔·∙';
const BULLET_RE = new RegExp(`^([${BULLET_CHARS}\\uf0b7\\uf0a7\\uf076\\uf0d8\\uf0fc])\\s*(.*)$`, 'u');
const DASH_RE = /^([-–—*])\s+(.*)$/u;
const CIRCLE_RE = /^(o)\s+(\S.*)$/u;
const NUMBER_RE = /^(\(?\d{1,2}[.):])\s+(.*)$/u;
const ALPHA_RE = /^(\(?[a-z][.)])\s+(.*)$/u;
const ROMAN_RE = /^(\(?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|x)[.)])\s+(.*)$/u;

/** The list marker a line starts with, if any. Decimal numbers ("1.1 ...") are not markers. */
export function listMarker(text: string): ListMarker | null {
  let m = BULLET_RE.exec(text);
  if (m) return { kind: 'bullet', marker: m[1]!, rest: m[2]!.trim() };
  m = DASH_RE.exec(text);
  if (m) return { kind: 'dash', marker: m[1]!, rest: m[2]!.trim() };
  m = CIRCLE_RE.exec(text);
  if (m) return { kind: 'circle', marker: m[1]!, rest: m[2]!.trim() };
  m = ROMAN_RE.exec(text);
  if (m) return { kind: 'roman', marker: m[1]!, rest: m[2]!.trim() };
  m = ALPHA_RE.exec(text);
  if (m) return { kind: 'alpha', marker: m[1]!, rest: m[2]!.trim() };
  m = NUMBER_RE.exec(text);
  if (m) return { kind: 'number', marker: m[1]!, rest: m[2]!.trim() };
  return null;
}

export function stripMarker(text: string): string {
  return listMarker(text)?.rest ?? text;
}

// ---------------------------------------------------------------- joining wrapped lines

/** Short words after which a sentence cannot end: a line ending in one was wrapped. */
const FUNCTION_WORDS = new Set(
  (
    'de het een en of van met naar tot te ter ten tussen onder zoals via binnen rond rondom als dan dat die dit deze ' +
    'zich we wij ze zij hun haar onze ons jouw je uw hij men er waar wat wie welke zowel noch maar want omdat zodat ' +
    'indien wanneer terwijl alle elke ieder iedere zeer nog geen wordt worden werd is was zal zullen kan kunnen moet ' +
    'moeten heeft hebben the and of to for a an'
  ).split(' '),
);
/**
 * Prepositions that also end Dutch sentences as verb particles ("nodigt uit", "zet op"): a line
 * ending in one continues only when it was wrapped (the next word did not fit).
 */
const PARTICLES = new Set('op uit in aan door voor over om bij mee af toe na tegen uit weg terug samen'.split(' '));

function lastWord(text: string): string {
  const m = /([\p{L}’']+)[^\p{L}]*$/u.exec(text);
  return m ? m[1]!.toLowerCase() : '';
}

function firstWord(text: string): string {
  return text.split(/\s+/)[0] ?? '';
}

function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\(/g) > count(/\)/g) || count(/“/g) > count(/”/g) || count(/‘/g) > count(/’/g) || count(/"/g) % 2 === 1;
}

/** True when `text` ends a sentence. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["”’)]*$/u.test(text.trim());
}

/**
 * Joins a line that ends in a hyphen with the next: a word broken at the line end loses its
 * hyphen ("personeels-" + "tekort"), a real compound keeps it ("vzw-" + "verplichtingen",
 * "80-" + "plussers", "Stand-" + "by").
 */
export function joinHyphenated(prev: string, next: string): string {
  const m = /([\p{L}\d]+)-$/u.exec(prev);
  const head = m ? m[1]! : '';
  const tail = firstWord(next).replace(/[^\p{L}]/gu, '');
  const keep = head.length <= 3 || /\d/.test(head) || /^\p{Lu}+$/u.test(head) || tail.length <= 2 || /^\p{Lu}/u.test(tail);
  return keep ? prev + next : prev.slice(0, -1) + next;
}

export interface JoinOptions {
  /** Width the text was wrapped at; a line clearly shorter than it ended on purpose. */
  width: number;
  /** When every item of a list starts with the same word ("Aantal ..."), a line without it continues. */
  leadWord?: string | null;
  /** Whether a blank line lies between the two lines. */
  acrossBlank?: boolean;
  /**
   * Across a blank line, whether a line that filled the width may run on with a word that did
   * not fit (true in lists of a text dump; a heading takes only the clearer signals).
   */
  wrapAcrossBlank?: boolean;
}

/**
 * Whether `next` continues the item or paragraph that `prev` (its last line `prevLine`) ended.
 * Signals, strongest first: a list marker starts something new; an open bracket or quote, a
 * trailing comma or function word, or a lowercase start continue; a finished sentence or a line
 * that ended well before the wrap width starts something new.
 */
export function continues(prevItem: string, prevLine: string, next: string, opts: JoinOptions): boolean {
  if (!next || listMarker(next)) return false;
  if (/\p{L}-$/u.test(prevLine)) return true;
  if (unbalanced(prevItem)) return true;
  const fits = prevLine.length + 1 + firstWord(next).length <= opts.width;
  const last = lastWord(prevLine);
  if (/[,;(–—\-/&+]$/u.test(prevLine) || FUNCTION_WORDS.has(last) || (PARTICLES.has(last) && !fits)) return true;
  if (/^\p{Ll}/u.test(next)) return true;
  if (/^\(/u.test(next)) return true;
  if (/^\d/u.test(next) && !endsSentence(prevLine) && !/:$/.test(prevLine)) return true;
  const prevLast = prevLine.split(/\s+/).pop() ?? '';
  const nameRunsOn = /^\p{Lu}[\p{L}’'-]*$/u.test(prevLast) && /^\p{Lu}/u.test(next) && !endsSentence(prevLine);
  // Across a blank line only a line that filled the width runs on: into a name, or with a
  // word that did not fit on it any more.
  if (opts.acrossBlank) {
    if (endsSentence(prevLine) || /:$/.test(prevLine)) return false;
    // The run-on part is a tail ("Zorg.", "‘Governance’"), not the start of the next item.
    const tail = !/:$/.test(next) && (endsSentence(next) || next.split(/\s+/).length <= 3);
    return (nameRunsOn && prevLine.length >= 0.8 * opts.width) || (opts.wrapAcrossBlank !== false && tail && !fits && prevLine.length >= 0.85 * opts.width);
  }
  if (endsSentence(prevLine) || /:$/.test(prevLine)) return false;
  if (fits) return false;
  const lw = opts.leadWord;
  if (lw && firstWord(prevItem) === lw) return firstWord(next) !== lw;
  // A name running over the line end: "ELZ" + "Leuven ...".
  return nameRunsOn;
}

export interface Item {
  text: string;
  line: number;
  marker: ListMarker | null;
  /** Sub-items (a list under an item that ends in ":" and uses another marker). */
  children: Item[];
}

function appendLine(item: Item, prevLine: string, next: string): void {
  if (/\p{L}-$/u.test(prevLine)) item.text = joinHyphenated(item.text, next);
  else item.text = `${item.text} ${next}`;
}

/** The word most items start with, when at least two lines start with it. */
function dominantLeadWord(lines: Line[]): string | null {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (!l.text || listMarker(l.text)) continue;
    const w = firstWord(l.text);
    if (/^\p{Lu}/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 1;
  for (const [w, c] of counts) if (c > n) [best, n] = [w, c];
  return best;
}

/**
 * Turns the lines of a section into items: list items by their markers, and lines without a
 * marker joined when they continue the previous line (see `continues`). A list whose parent item
 * ends in ":" and that uses another marker becomes the parent's children.
 */
export function toItems(lines: Line[], width: number, options: { joinAcrossBlank?: boolean; leadWord?: boolean } = {}): Item[] {
  const items: Item[] = [];
  const leadWord = options.leadWord ? dominantLeadWord(lines) : null;
  // A block wrapped narrower than the page (an indented list, a table cell) wraps at its own
  // longest line; a block of short lines says nothing about the width.
  const longest = Math.max(0, ...lines.map((l) => l.text.length));
  width = longest >= 0.6 * width ? Math.min(width, longest) : width;
  let current: Item | null = null;
  let lastLine = '';
  let blankSince = false;
  let parent: Item | null = null;
  for (const l of lines) {
    if (!l.text) {
      blankSince = true;
      continue;
    }
    const marker = listMarker(l.text);
    const text = marker ? marker.rest : l.text;
    // In a marked list, a line without a marker right under an unfinished item continues it.
    const underItem = current !== null && current.marker !== null && !blankSince && !endsSentence(lastLine) && !/:$/.test(lastLine);
    const joinable =
      current !== null &&
      !marker &&
      (underItem || ((!blankSince || options.joinAcrossBlank !== false) && continues(current.text, lastLine, l.text, { width, leadWord, acrossBlank: blankSince })));
    if (joinable && current) {
      appendLine(current, lastLine, l.text);
    } else {
      const item: Item = { text, line: l.no, marker, children: [] };
      // A sub-list: the parent ends in ":" and this item's marker differs from the parent's.
      const candidate: Item | null = parent ?? (current && /:$/.test(current.text) ? current : null);
      if (marker && candidate && (!candidate.marker || candidate.marker.kind !== marker.kind)) {
        candidate.children.push(item);
        parent = candidate;
      } else {
        items.push(item);
        parent = null;
      }
      current = item;
    }
    lastLine = l.text;
    blankSince = false;
  }
  for (const item of items) tidy(item);
  return items;
}

function tidy(item: Item): void {
  item.text = squash(item.text);
  for (const c of item.children) tidy(c);
}

/** An item with its sub-items folded in: "Parent: a, b, c". */
export function flatItem(item: Item): string {
  if (item.children.length === 0) return item.text;
  const kids = item.children.map(flatItem).map((t) => t.replace(/[.;,]$/, ''));
  return `${item.text} ${kids.join(', ')}`.trim();
}

/** Items as strings (sub-items folded into their parent). */
export function itemTexts(items: Item[]): string[] {
  // An item that is only "…" (the list goes on) says nothing.
  return items.map(flatItem).filter((t) => t.length > 0 && !/^(?:…|\.{3}|etc\.?)$/.test(t));
}

function itemLines(item: Item): string[] {
  const numbered = item.marker && (item.marker.kind === 'number' || item.marker.kind === 'alpha' || item.marker.kind === 'roman');
  const own = numbered ? `${item.marker!.marker} ${item.text}` : item.text;
  return [own, ...item.children.flatMap(itemLines)];
}

/** A text block as one string: items (and sub-items) on their own line, numbering kept. */
export function blockText(items: Item[]): string | null {
  const text = items
    .flatMap(itemLines)
    .filter((t) => t.length > 0)
    .join('\n')
    .trim();
  return text.length ? text : null;
}

/** Joins heading lines (a wrapped title) into one line. */
export function joinTitle(lines: string[]): string {
  let out = '';
  for (const l of lines) {
    const t = l.trim();
    if (!t) continue;
    if (!out) out = t;
    else if (/\p{L}-$/u.test(out)) out = joinHyphenated(out, t);
    else out = `${out} ${t}`;
  }
  return squash(out);
}

/** Comparable form of a text: lowercase, no punctuation, no list markers, single spaces. */
export function comparable(text: string): string {
  return squash(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[‘’'`´]/g, "'")
      .replace(/[“”„"]/g, '"')
      .replace(/[^\p{L}\p{N}\s]/gu, ' '),
  );
}
