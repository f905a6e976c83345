// The text of a plan file, as the parser reads it: .txt as UTF-8 (or Windows-1252, as older
// Word "Save as text" files are), .docx through mammoth's HTML, turned into the text the parser
// reads (Word's check boxes, typed ☒ / ☐ or content controls and form fields, as ☒ / ☐). Used by the
// command line and by the web's upload.
import mammoth from 'mammoth';
import { invalid } from '../../common/write';
import { SHADED_MARK, preparedDocx } from './docx-prepare';
import { checkDocxArchive, checkPlanText, type PlanFileLimits } from './plan-limits';

export type PlanFileKind = 'txt' | 'docx';

export const PLAN_FILE_TYPES: Record<PlanFileKind, string> = {
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The kind of a plan file by its name, or null for another kind of file. */
export function planFileKind(name: string): PlanFileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'docx') return 'docx';
  if (ext === 'txt' || ext === 'text' || ext === '') return 'txt';
  return null;
}

export const UNSUPPORTED_FILE = 'alleen .txt en .docx worden ondersteund (een .doc of .pdf eerst opslaan als .docx).';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Elements mammoth writes without a closing tag. */
const VOID = new Set(['br', 'img', 'input', 'hr']);
/** Word's list levels as the bullets a text dump shows (the parser reads them all as list items). */
const BULLETS = ['•', '◦', '▪'];
const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTH_CELL: [RegExp, number][] = [
  [/^jan(?:uari)?\.?$/i, 1],
  [/^feb(?:ruari)?\.?$/i, 2],
  [/^(?:mrt|maa|maart)\.?$/i, 3],
  [/^apr(?:il)?\.?$/i, 4],
  [/^mei\.?$/i, 5],
  [/^juni?\.?$/i, 6],
  [/^juli?\.?$/i, 7],
  [/^aug(?:ustus)?\.?$/i, 8],
  [/^sep(?:t|tember)?\.?$/i, 9],
  [/^(?:okt|oct)(?:ober)?\.?$/i, 10],
  [/^nov(?:ember)?\.?$/i, 11],
  [/^dec(?:ember)?\.?$/i, 12],
];
const monthOfCell = (text: string): number | null => MONTH_CELL.find(([re]) => re.test(text.trim()))?.[1] ?? null;
/** A grid cell that only marks its month ("X", "●", "✓"), without a milestone. */
const MARK = /^[xX✓✔●•■▪█*+-]+$/;

/** A short label without closing punctuation ("Trekker", "Doelgroep(en)", "Evaluatie"), not a list item or box. */
const isLabel = (text: string) => text.length <= 40 && text.split(/\s+/).length <= 4 && !/[?:.!;,]$/.test(text) && !/^(?:[•◦▪☒☐-]|\d+[.)])/.test(text);

interface HtmlNode {
  tag: string;
  attrs: string;
  children: (HtmlNode | string)[];
}

/**
 * How deep the tree goes: elements nested deeper (lists in lists, tables in tables: no plan has
 * more than a handful) are read as content of the element at this depth, so walking the tree
 * never recurses deeper than this, however a hostile file nests.
 */
const MAX_DEPTH = 64;
/** Rows of month grids placed with their actions' sheets; the rest stay where the grid stood. */
const MAX_GRID_ROWS = 500;

/** Mammoth's HTML (well-formed, a few dozen kinds of element) as a tree. */
function htmlTree(html: string): HtmlNode {
  const root: HtmlNode = { tag: '#root', attrs: '', children: [] };
  const stack = [root];
  /** Elements open below MAX_DEPTH, read as content. */
  let deeper = 0;
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*?)(\/?)>|([^<]+)/gi)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.children.push(decodeEntities(m[5]));
      continue;
    }
    const tag = m[2]!.toLowerCase();
    if (m[1] === '/') {
      // Close up to the matching element (mammoth's HTML nests properly; this only guards).
      if (deeper > 0) {
        deeper--;
        continue;
      }
      let at = stack.length - 1;
      while (at > 0 && stack[at]!.tag !== tag) at--;
      if (at > 0) stack.length = at;
      continue;
    }
    if (stack.length > MAX_DEPTH) {
      // Too deep: the element's content goes into the deepest element kept.
      if (!VOID.has(tag) && m[4] !== '/') deeper++;
      if (tag === 'br') top.children.push('\n');
      continue;
    }
    const node: HtmlNode = { tag, attrs: m[3] ?? '', children: [] };
    top.children.push(node);
    if (!VOID.has(tag) && m[4] !== '/') stack.push(node);
  }
  return root;
}

const attr = (node: HtmlNode, name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(node.attrs)?.[1] ?? null;
const isList = (n: HtmlNode | string): n is HtmlNode => typeof n !== 'string' && (n.tag === 'ul' || n.tag === 'ol');
const isBlock = (n: HtmlNode | string): boolean => typeof n !== 'string' && /^(?:p|h[1-6]|ul|ol|table|thead|tbody|tr|div|blockquote)$/.test(n.tag);

/**
 * The text of inline content: a line break starts a new line (in a heading, a space: a title
 * broken by hand is one title), Word's check boxes (content controls and legacy form fields,
 * inputs in mammoth's HTML) are the ☒ / ☐ a text dump of the plan has.
 */
function inlineText(nodes: (HtmlNode | string)[], heading = false): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') out += n;
    else if (n.tag === 'br') out += heading ? ' ' : '\n';
    else if (n.tag === 'input') {
      if (/\btype="checkbox"/i.test(n.attrs)) out += /\bchecked\b/i.test(n.attrs) ? '☒ ' : '☐ ';
    } else if (!isBlock(n)) out += inlineText(n.children, heading);
  }
  return out;
}

/** Whitespace squashed within each line; empty lines dropped. */
function clean(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

interface Cell {
  node: HtmlNode;
  /** The grid column it starts in (after cells spanning rows from above). */
  col: number;
}

/** The rows of a table with each cell's grid column (mammoth writes colspan and rowspan). */
function tableRows(table: HtmlNode): Cell[][] {
  const trs: HtmlNode[] = [];
  const collect = (n: HtmlNode) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'tr') trs.push(c);
      else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') collect(c);
    }
  };
  collect(table);
  const spans: number[] = [];
  return trs.map((tr) => {
    const row: Cell[] = [];
    let col = 0;
    for (const c of tr.children) {
      if (typeof c === 'string' || (c.tag !== 'td' && c.tag !== 'th')) continue;
      while ((spans[col] ?? 0) > 0) col++;
      const colspan = Math.max(1, Number(attr(c, 'colspan') ?? 1) || 1);
      const rowspan = Math.max(1, Number(attr(c, 'rowspan') ?? 1) || 1);
      row.push({ node: c, col });
      for (let k = 0; k < colspan; k++) spans[col + k] = rowspan;
      col += colspan;
    }
    for (let k = 0; k < spans.length; k++) if (spans[k]) spans[k]!--;
    return row;
  });
}

/** A timeline row taken out of a month grid, to be read with its action's sheet. */
interface GridRow {
  title: string;
  months: { month: number; milestone: string | null }[];
}

/** A comparable form of a title: letters and digits, lower case. */
const titleKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

class PlanTextWriter {
  readonly blocks: string[] = [];

  constructor(private readonly cells = new Map<HtmlNode, string[]>()) {}

  /** Indexes (in blocks) of headings and of the ends of tables, for placing a grid row's timeline. */
  private readonly headings: number[] = [];
  private readonly tableEnds: number[] = [];
  private readonly grid: (GridRow & { at: number })[] = [];

  private push(text: string): void {
    const t = clean(text);
    if (t && !/^(?:[•◦▪]|\d+\.)$/.test(t)) this.blocks.push(t);
  }

  write(nodes: (HtmlNode | string)[], depth = 0): void {
    let loose = '';
    const flushLoose = () => {
      this.push(loose);
      loose = '';
    };
    for (const n of nodes) {
      if (typeof n === 'string' || !isBlock(n)) {
        loose += typeof n === 'string' ? n : inlineText([n]);
        continue;
      }
      flushLoose();
      if (n.tag === 'p') this.push(inlineText(n.children));
      else if (/^h[1-6]$/.test(n.tag)) {
        this.headings.push(this.blocks.length);
        this.push(inlineText(n.children, true));
      } else if (n.tag === 'ul' || n.tag === 'ol') this.list(n, depth);
      else if (n.tag === 'table') {
        this.table(n);
        this.tableEnds.push(this.blocks.length);
      } else this.write(n.children, depth);
    }
    flushLoose();
  }

  /** List items with a bullet by level or their number; a nested list one level deeper. */
  private list(list: HtmlNode, depth: number): void {
    let count = 0;
    for (const li of list.children) {
      if (typeof li === 'string' || li.tag !== 'li') continue;
      // Footnotes and endnotes (mammoth lists them at the end) are not part of the plan.
      if (/\bid="(?:footnote|endnote)-/.test(li.attrs)) continue;
      const marker = list.tag === 'ol' ? `${++count}. ` : `${BULLETS[Math.min(depth, BULLETS.length - 1)]} `;
      const own = li.children.filter((c) => !isBlock(c));
      const text = clean(inlineText(own));
      if (text) this.blocks.push(`${marker}${text}`);
      for (const c of li.children) {
        if (isList(c)) this.list(c, depth + 1);
        else if (isBlock(c)) {
          // A paragraph or table inside an item (mammoth writes them for some lists).
          const before = this.blocks.length;
          this.write([c], depth + 1);
          if (!text && this.blocks.length > before) this.blocks[before] = `${marker}${this.blocks[before]}`;
        }
      }
    }
  }

  /** The text of a cell as the lines a text dump would have, without adding them (once per cell: tables nest). */
  private cellLines(cell: HtmlNode): string[] {
    let lines = this.cells.get(cell);
    if (!lines) {
      const w = new PlanTextWriter(this.cells);
      w.write(cell.children);
      lines = w.blocks;
      this.cells.set(cell, lines);
    }
    return [...lines];
  }

  private table(table: HtmlNode): void {
    const rows = tableRows(table);
    if (this.monthGrid(rows) || this.goalsTable(rows)) return;
    // Any other table row by row, cell by cell: a label cell ("Wat?", "Evaluatie") stands on a
    // line of its own before its content, as the template's text has it. A check box alone in
    // its cell goes with the label in the cell beside it ("☒ Procesevaluatie"), before or after.
    for (const row of rows) {
      // A coloured empty cell's mark says nothing outside a month grid.
      const cells = row.map((c) => this.cellLines(c.node)).map((lines) => (lines.length === 1 && lines[0] === SHADED_MARK ? [] : lines));
      const box = (lines: string[]) => lines.length === 1 && /^[☒☐]$/.test(lines[0]!);
      for (let k = 0; k < cells.length; k++) {
        if (!box(cells[k]!)) continue;
        const next = cells[k + 1];
        const prev = cells[k - 1];
        if (next?.length && !box(next)) {
          next[0] = `${cells[k]![0]} ${next[0]}`;
          cells[k] = [];
        } else if (prev?.length && !box(prev)) {
          prev[prev.length - 1] = `${cells[k]![0]} ${prev[prev.length - 1]}`;
          cells[k] = [];
        }
      }
      // A label cell beside content ("Trekker" | "Zorgraad") reads as the template's "Trekker:".
      const label = cells[0];
      if (label?.length === 1 && cells.slice(1).some((c) => c.length) && isLabel(label[0]!)) label[0] = `${label[0]}:`;
      this.blocks.push(...cells.flat());
    }
  }

  /**
   * A month grid: one row (or column) of month names, one row (or column) per action with a
   * milestone or a mark ("X") under the months it runs in. Each action's months are kept and
   * written as a "Tijdslijn" section with the action's sheet (see `placeGrid`); a row whose
   * action has no sheet stays here, as "title: januari, maart (milestone)"; a row without a
   * title (a sheet's own row of months) gives its months here, one per line.
   */
  private monthGrid(rows: Cell[][]): boolean {
    const lines = (c: Cell | undefined) => (c ? this.cellLines(c.node) : []);
    const text = (c: Cell | undefined) => lines(c).join(' ');
    const monthCols = (row: Cell[]) => row.filter((c) => monthOfCell(text(c)) !== null);
    const head = rows.findIndex((r, i) => i < 3 && monthCols(r).length >= 6);
    let entries: GridRow[] = [];
    if (head >= 0) {
      const months = new Map(monthCols(rows[head]!).map((c) => [c.col, monthOfCell(text(c))!]));
      for (const row of rows.slice(head + 1)) {
        const title = row
          .filter((c) => !months.has(c.col))
          .map(text)
          .filter((t) => t && t !== SHADED_MARK)
          .join(' ');
        const marked = row.filter((c) => months.has(c.col) && text(c)).map((c) => ({ month: months.get(c.col)!, milestone: this.milestone(lines(c)) }));
        // A row of marks without a title: the sheet's own timeline (the template's "Tijdpad"
        // row of months), read where it stands.
        if (!title) this.blocks.push(...marked.map((m) => (m.milestone ? `${MONTH_NAMES[m.month - 1]}: ${m.milestone}` : MONTH_NAMES[m.month - 1]!)));
        else entries.push({ title, months: marked });
      }
    } else {
      // Months down the first column, actions across the top.
      const first = rows.map((r) => r.find((c) => c.col === 0));
      const monthRows = first.map((c, i) => ({ i, month: monthOfCell(text(c)) })).filter((r) => r.month !== null);
      if (monthRows.length < 6) return false;
      const top = rows[monthRows[0]!.i - 1] ?? [];
      entries = top
        .filter((c) => c.col > 0 && text(c))
        .map((c) => ({
          title: text(c),
          months: monthRows.flatMap((r) => {
            const cell = rows[r.i]!.find((x) => x.col === c.col);
            return cell && text(cell) ? [{ month: r.month!, milestone: this.milestone(lines(cell)) }] : [];
          }),
        }));
    }
    const at = this.blocks.length;
    this.grid.push(...entries.filter((e) => e.months.length).map((e) => ({ ...e, at })));
    return true;
  }

  private milestone(lines: string[]): string | null {
    const text = lines.map((l) => l.replace(/^(?:[•◦▪]|\d+\.)\s+/, '')).join('; ');
    return text && !MARK.test(text) ? text : null;
  }

  /**
   * Each grid row's months as a "Tijdslijn" section of its action's sheet: after the first
   * table that follows the paragraph naming the action (its heading: the title alone or after
   * "Actie 2025:"), else before the next heading. Rows that name no action here stay where the
   * grid stood (as text the review screen shows).
   */
  placeGrid(): void {
    if (!this.grid.length) return;
    const inserts: { at: number; lines: string[] }[] = [];
    const taken = new Set<number>();
    // Each block's title form, computed once; headings apart (a grid row may name a longer title's start).
    const keys = this.blocks.map((b) => (b.length <= 400 ? titleKey(b.replace(/^actie\b[^:]{0,40}:\s*/i, '')) : ''));
    const byKey = new Map<string, number[]>();
    keys.forEach((k, i) => k && byKey.set(k, [...(byKey.get(k) ?? []), i]));
    for (const [n, row] of this.grid.entries()) {
      const key = titleKey(row.title);
      // The action's heading; else a paragraph that is its title alone. (No plan has hundreds of
      // actions: rows beyond that stay as text, so a huge table costs no search per row.)
      let at = n < MAX_GRID_ROWS ? (this.headings.find((h) => !taken.has(h) && (keys[h] === key || (key.length >= 12 && keys[h]!.startsWith(key)))) ?? -1) : -1;
      if (at < 0 && n < MAX_GRID_ROWS) at = byKey.get(key)?.find((i) => !taken.has(i)) ?? -1;
      const when = row.months.map((m) => (m.milestone ? `${MONTH_NAMES[m.month - 1]}: ${m.milestone}` : MONTH_NAMES[m.month - 1]!));
      if (at < 0) {
        inserts.push({ at: row.at, lines: [`${row.title}: ${row.months.map((m) => `${MONTH_NAMES[m.month - 1]}${m.milestone ? ` (${m.milestone})` : ''}`).join(', ')}`] });
        continue;
      }
      taken.add(at);
      const nextHeading = this.headings.find((h) => h > at) ?? this.blocks.length;
      const end = this.tableEnds.find((e) => e > at && e <= nextHeading) ?? nextHeading;
      const sheet = this.blocks.slice(at + 1, end);
      // A sheet with a timeline of its own keeps it (a second one would open another sheet).
      if (sheet.some((b) => /^(?:tijdslijn|tijdlijn|tijdpad|timing|planning|wanneer)\b\s*[?:]?$/i.test(b))) continue;
      // The template's order: the timeline before communication and funding.
      const trailing = sheet.findIndex((b) => /^(?:communicatie|financiering)\s*[?:]?$/i.test(b));
      inserts.push({ at: trailing >= 0 ? at + 1 + trailing : end, lines: ['Tijdslijn', ...when] });
    }
    // From the end, so that each index still points where it did (a stable sort keeps the grid's rows in order).
    for (const ins of inserts.map((x, i) => ({ ...x, i })).sort((a, b) => b.at - a.at || b.i - a.i)) this.blocks.splice(ins.at, 0, ...ins.lines);
  }

  /** Rows of a goals table ("Strategische doelstelling" | "Operationele doelstelling" | "Indicatoren" ...) as the goal lines the parser reads. */
  private goalsTable(rows: Cell[][]): boolean {
    const text = (c: Cell | undefined) => (c ? this.cellLines(c.node).join(' ') : '');
    const head = rows[0] ?? [];
    const sdCol = head.find((c) => /^(?:strategische\s+doelstelling(?:en)?|SD)$/i.test(text(c)))?.col;
    const odCol = head.find((c) => /^(?:operationele\s+doelstelling(?:en)?|OD)$/i.test(text(c)))?.col;
    if (sdCol === undefined || odCol === undefined) return false;
    for (const row of rows.slice(1)) {
      for (const cell of row) {
        const t = text(cell);
        if (!t || t === SHADED_MARK) continue;
        if (cell.col === sdCol) {
          const m = /^(?:SD|strategische\s+doelstelling)?\s*(\d+)\s*[.:–—-]?\s+(.*)$/is.exec(t);
          this.blocks.push(m ? `Strategische doelstelling ${m[1]}: ${m[2]}` : t);
        } else if (cell.col === odCol) {
          const m = /^(?:OD|operationele\s+doelstelling)?\s*(\d+\.\d+)\s*[.:–—-]?\s+(.*)$/is.exec(t);
          this.blocks.push(m ? `Operationele doelstelling ${m[1]} ${m[2]}` : t);
        } else {
          // Another column ("Indicatoren", "Acties"): its heading as the row's label, then the cell.
          const label = text(head.find((h) => h.col === cell.col));
          if (label) this.blocks.push(label);
          this.write(cell.node.children);
        }
      }
    }
    return true;
  }
}

/**
 * Mammoth's HTML as the text of a Word document the parser reads: each paragraph, heading, list
 * item and table cell on a line of its own followed by a blank line (as mammoth's raw text had
 * them), list items with a bullet by level or their number, headings on one line. Tables are read
 * by what they are: a month grid gives each action's months (as a "Tijdslijn" section of its
 * sheet), a goals table its strategic and operational goals, any other table (the action sheet's
 * label column beside its content) row by row, cell by cell. Footnotes are left out, as Word's
 * page headers and footers (mammoth does not read those).
 */
export function htmlToPlanText(html: string): string {
  const body = html.replace(/<sup>\s*<a [^>]*id="(?:footnote|endnote)-ref-[^"]*"[^>]*>.*?<\/a>\s*<\/sup>/g, '');
  const writer = new PlanTextWriter();
  writer.write(htmlTree(body).children);
  writer.placeGrid();
  return writer.blocks.map((b) => `${b}\n\n`).join('');
}

/** Images say nothing to the parser: mammoth gets an empty src instead of reading (and base64-encoding) each one. */
const SKIP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The plan text of a file. With limits (the web's upload), a .docx is first unpacked under a cap
 * (see plan-limits.ts) and the text is refused when longer than allowed; the command line reads
 * a trusted file without them.
 */
export async function planTextOf(bytes: Buffer, kind: PlanFileKind, limits?: PlanFileLimits): Promise<{ text: string; warnings: string[] }> {
  if (bytes.length === 0) throw invalid('file', 'Het bestand is leeg.');
  if (kind === 'docx') {
    // A .docx is a zip archive: anything else (a renamed .doc, a PDF) is refused before mammoth.
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw invalid('file', 'Dit is geen Word-bestand (.docx). Sla het in Word op als .docx en probeer opnieuw.');
    if (limits) checkDocxArchive(bytes, limits);
    let html: string;
    let warnings: string[];
    try {
      // Coloured empty cells (a month grid filled in by colour) marked and placeholders left out
      // first: mammoth reads neither (docx-prepare.ts).
      const marked = preparedDocx(bytes, limits?.maxEntryBytes ?? 256 * 1_048_576);
      const { value, messages } = await mammoth.convertToHtml({ buffer: marked }, { convertImage: SKIP_IMAGES });
      html = value;
      // Styles mammoth cannot map to HTML say nothing about the text: their warnings are left out.
      warnings = messages.map((m) => m.message).filter((m) => !/^Unrecognised (?:paragraph|run|table) style/.test(m));
    } catch {
      throw invalid('file', 'Dit Word-bestand kan niet gelezen worden. Open het in Word, sla het opnieuw op als .docx en probeer opnieuw.');
    }
    const text = htmlToPlanText(html);
    if (limits) checkPlanText(text, limits);
    return { text, warnings: warnings.slice(0, 100) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.includes('\u0000')) throw invalid('file', 'Dit is geen tekstbestand. Kies een .txt- of .docx-bestand.');
  text = text.replace(/^\ufeff/, '');
  if (limits) checkPlanText(text, limits);
  return { text, warnings: [] };
}
