// A list of short texts edited as a textarea, one item per line. An item may hold more lines
// (an imported bullet with its sub-bullets: "Trekker van de werkgroep\n◦ Inventariseren ..."):
// its further lines are shown indented by INDENT, and an indented line belongs to the item above
// it. So list → text → list gives back the same items, sub-bullets and their own indentation
// included (items are trimmed at both ends, as the API stores them; blank lines are dropped).
const INDENT = '  ';
/** One level of indentation as a person may type it: up to two spaces or a tab. */
const ONE_LEVEL = /^(?: {1,2}|\t)/;

export function linesToList(text: string): string[] {
  const items: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    const continues = ONE_LEVEL.test(line) && items.length > 0;
    if (continues) items[items.length - 1] += `\n${line.replace(ONE_LEVEL, '')}`;
    else items.push(line.trim());
  }
  return items;
}

export function listToLines(items: readonly string[]): string {
  return items
    .map((item) =>
      item
        .trim()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => (index === 0 ? line : `${INDENT}${line.trimEnd()}`))
        .join('\n'),
    )
    .join('\n');
}

/** Today as an ISO date in the browser's time zone. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "12,5" or "12.5" → 12.5; empty → null; anything else → NaN (the schema reports it). */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
