// Page furniture: page numbers, running headers and footers that a text dump of a Word or PDF
// document puts in the middle of the text ("Actieplan ELZ Leuven Zuid ... Pagina 7 van 32"),
// and Word artefacts (content-control placeholders, broken field codes). They are removed
// before parsing; their line numbers are kept.
import type { Line } from './text';

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:pagina|page|blz\.?|blad|p\.)\s*)?\d{1,4}(?:\s*(?:van|of|\/|de)\s*\d{1,4})?(?:\s*[-–—])?$/i;
const PAGE_LABEL = /^(?:pagina|page|blz\.?|blad|p\.)\s*\d{1,4}(?:\s*(?:van|of|\/)\s*\d{1,4})?$/i;
/** A header or footer line that carries the page number itself: "Actieplan 2026 – ELZ X | p. 3". */
const WITH_PAGE = /(?:^|[|–—-]\s*)(?:pagina|page|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:van|of|\/)\s*\d{1,4})?\s*$/i;
/** The kind of running header plans have: the document's title. */
const TITLE_LIKE = /^(?:jaar)?(?:actieplan|meerjarenplan|beleidsplan|beleids-\s*en\s*actieplan|jaarplan)\b/i;

/** Word's placeholder of an empty content control and broken field references. */
const ARTEFACTS = [
  /Klik of tik om tekst in te voeren\.?/gi,
  /Klik hier als u tekst wilt invoeren\.?/gi,
  /Click or tap here to enter text\.?/gi,
  /Fout!\s+[^.!]*?(?:niet gedefinieerd|niet gevonden|ongeldig resultaat voor tabel|onbekende schakeloptie)[^.]*\./gi,
  /Error!\s+[^.!]*?(?:not defined|not found|invalid)[^.]*\./gi,
];

export interface Stripped {
  lines: Line[];
  /** Removed header/footer lines (with their text, e.g. to find the zone's name). */
  furniture: Line[];
  /** Lines that held only a Word artefact. */
  artefacts: number[];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Normalises a header so that "Pagina 7 van 32" and "Pagina 9 van 32" compare equal. */
function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export function stripFurniture(input: Line[]): Stripped {
  const lines = input.map((l) => ({ ...l }));
  const artefacts: number[] = [];
  for (const l of lines) {
    if (!l.text) continue;
    let t = l.text;
    for (const re of ARTEFACTS) t = t.replace(re, '');
    t = t.trim();
    if (t !== l.text) {
      if (!t) artefacts.push(l.no);
      l.text = t;
      l.raw = t;
    }
  }

  const pageLines = new Set<number>();
  const bareNumbers: number[] = [];
  lines.forEach((l, i) => {
    if (!l.text) return;
    if (PAGE_LABEL.test(l.text) || (WITH_PAGE.test(l.text) && words(l.text) <= 14)) pageLines.add(i);
    else if (PAGE_NUMBER.test(l.text) && /^\D*\d{1,3}\D*$/.test(l.text) && !lines[i - 1]?.text && !lines[i + 1]?.text) bareNumbers.push(i);
  });
  // Bare numbers alone between blank lines are page numbers when there are several, rising.
  const values = bareNumbers.map((i) => Number(/\d+/.exec(lines[i]!.text)![0]));
  if (values.length >= 3 && values.every((v, k) => k === 0 || v > values[k - 1]!)) for (const i of bareNumbers) pageLines.add(i);

  // Headers and footers: the nearest text line on either side of a page number (across blank
  // lines only) when the same text stands next to page numbers more than once, or reads like the
  // document's title.
  const near = new Map<string, number[]>();
  for (const i of pageLines) {
    for (const step of [-1, 1]) {
      let j = i + step;
      let gap = 0;
      while (j >= 0 && j < lines.length && !lines[j]!.text && gap < 8) {
        j += step;
        gap++;
      }
      const l = lines[j];
      if (!l?.text || pageLines.has(j) || words(l.text) > 14) continue;
      const key = shape(l.text);
      near.set(key, [...(near.get(key) ?? []), j]);
    }
  }
  const furnitureIdx = new Set<number>(pageLines);
  for (const [key, idx] of near) {
    const sample = lines[idx[0]!]!.text;
    if (idx.length >= 2 || TITLE_LIKE.test(sample)) for (const j of idx) furnitureIdx.add(j);
    // The same header elsewhere in the text (on a page whose number got lost).
    if (idx.length >= 2 || TITLE_LIKE.test(sample)) lines.forEach((l, j) => shape(l.text) === key && l.text && furnitureIdx.add(j));
  }
  // A document-title line repeated three times or more is a running header even without page numbers.
  const counts = new Map<string, number[]>();
  lines.forEach((l, j) => {
    if (l.text && TITLE_LIKE.test(l.text) && words(l.text) <= 10 && !/[.:;]$/.test(l.text)) counts.set(shape(l.text), [...(counts.get(shape(l.text)) ?? []), j]);
  });
  for (const idx of counts.values()) if (idx.length >= 3) for (const j of idx) furnitureIdx.add(j);

  const furniture: Line[] = [];
  for (const j of [...furnitureIdx].sort((a, b) => a - b)) {
    furniture.push({ ...lines[j]! });
    lines[j] = { ...lines[j]!, text: '', raw: '' };
  }
  return { lines, furniture, artefacts };
}
