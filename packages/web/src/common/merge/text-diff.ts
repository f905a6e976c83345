// A word-level diff of two texts, for the history of long fields: what was deleted and inserted,
// with the unchanged text around it. Pure; the history panel renders it with <del> and <ins>.

export interface DiffPart {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

/**
 * Words, punctuation and the whitespace between them, kept as tokens so that joining them gives
 * the text back. Punctuation stands apart, so "thuisverpleging," → "thuisverpleging, de
 * ziekenhuizen" marks only the words added, not the word before the comma.
 */
function tokens(text: string): string[] {
  return text.split(/(\s+|[.,;:!?()[\]{}“”"‘’'«»…–—/-])/u).filter((t) => t !== '');
}

/** Above this many cells the LCS table is not built; the middle is shown as one deletion and one insertion. */
const MAX_CELLS = 4_000_000;

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string): void => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push('del', midA.join(''));
    push('ins', midB.join(''));
  } else {
    // lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
    const n = midA.length;
    const m = midB.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i -= 1) {
      const row = lcs[i] as Uint32Array;
      const next = lcs[i + 1] as Uint32Array;
      for (let j = m - 1; j >= 0; j -= 1) row[j] = midA[i] === midB[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push('same', midA[i] as string);
        i += 1;
        j += 1;
      } else if (((lcs[i + 1] as Uint32Array)[j] as number) >= ((lcs[i] as Uint32Array)[j + 1] as number)) {
        push('del', midA[i] as string);
        i += 1;
      } else {
        push('ins', midB[j] as string);
        j += 1;
      }
    }
    push('del', midA.slice(i).join(''));
    push('ins', midB.slice(j).join(''));
  }
  push('same', a.slice(endA).join(''));
  return tidy(parts);
}

/**
 * Whitespace alone between two changes reads better inside them: "<del>a b</del><ins>c d</ins>"
 * rather than "<del>a</del><ins>c</ins> <del>b</del><ins>d</ins>". Each run of changes becomes
 * one deletion followed by one insertion.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    if (del) out.push({ kind: 'del', text: del });
    if (ins) out.push({ kind: 'ins', text: ins });
    del = '';
    ins = '';
  };
  parts.forEach((part, index) => {
    const between = part.kind === 'same' && /^\s+$/.test(part.text) && index > 0 && index < parts.length - 1;
    if (part.kind === 'del' || between) del += part.text;
    if (part.kind === 'ins' || between) ins += part.text;
    if (part.kind === 'same' && !between) {
      flush();
      out.push({ ...part });
    }
  });
  flush();
  return out;
}

/** True when the text changed little enough, relative to its length, that a diff helps the reader. */
export function worthDiffing(before: string, after: string): boolean {
  return before.length + after.length > 120 || before.includes('\n') || after.includes('\n');
}
