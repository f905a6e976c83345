// How wide a text prints in Calibri, so that a Word table's columns can be sized to their words:
// Word and LibreOffice break a word that does not fit its cell inside the word ("Communicati|e").
// The widths are Calibri's advance widths (LibreOffice prints it with the metric-compatible Carlito),
// in thousandths of the font size; a character not listed counts as a wide one.

const WIDTHS: Record<string, number> = {
  a: 479,
  b: 525,
  c: 423,
  d: 525,
  e: 498,
  f: 305,
  g: 471,
  h: 525,
  i: 229,
  j: 239,
  k: 455,
  l: 229,
  m: 799,
  n: 525,
  o: 527,
  p: 525,
  q: 525,
  r: 349,
  s: 391,
  t: 335,
  u: 525,
  v: 452,
  w: 715,
  x: 433,
  y: 453,
  z: 395,
  A: 579,
  B: 544,
  C: 533,
  D: 615,
  E: 488,
  F: 459,
  G: 631,
  H: 623,
  I: 252,
  J: 319,
  K: 520,
  L: 420,
  M: 855,
  N: 646,
  O: 662,
  P: 517,
  Q: 673,
  R: 543,
  S: 459,
  T: 487,
  U: 642,
  V: 567,
  W: 890,
  X: 519,
  Y: 487,
  Z: 468,
  ' ': 226,
  '.': 252,
  ',': 250,
  ':': 268,
  ';': 268,
  '-': 306,
  '–': 498,
  '/': 386,
  '(': 303,
  ')': 303,
  "'": 221,
  '’': 250,
  '"': 401,
  '“': 418,
  '”': 418,
  '&': 682,
  '+': 498,
  '=': 498,
  '>': 498,
  '<': 498,
  '%': 715,
  '?': 463,
  '!': 326,
};
for (const digit of '0123456789') WIDTHS[digit] = 507;
const WIDE = 620;
/** Bold Calibri is a little wider; and the reader's Word may substitute a font: keep a margin. */
const BOLD = 1.06;
const SAFETY = 1.12;

/** The printed width of `text` in twips at `halfPoints` (docx's run size: 21 = 10.5 pt). */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  let thousandths = 0;
  for (const ch of text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) thousandths += WIDTHS[ch] ?? WIDE;
  // half-points → points (/2) → twips (×20): ×10 per half-point.
  return Math.ceil((thousandths / 1000) * halfPoints * 10 * (bold ? BOLD : 1) * SAFETY);
}

/**
 * The words of a text as a line breaks them: at spaces and after a hyphen between letters
 * ("personeels-tekort"); not after a slash (LibreOffice keeps "november/december" together).
 */
export function wordsOf(text: string): string[] {
  return text.split(/\s+|(?<=\p{L}-)(?=\p{L})/u).filter(Boolean);
}

/** The width of the widest word of `texts`, in twips. */
export function widestWord(texts: readonly string[], halfPoints: number, bold = false): number {
  return Math.max(0, ...texts.flatMap(wordsOf).map((w) => textWidth(w, halfPoints, bold)));
}
