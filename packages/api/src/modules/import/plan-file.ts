// The text of a plan file, as the parser reads it: .txt as UTF-8 (or Windows-1252, as older
// Word "Save as text" files are), .docx through mammoth's HTML, turned into the text the parser
// reads (Word's check boxes, typed ☒ / ☐ or content controls and form fields, as ☒ / ☐). Used by the
// command line and by the web's upload.
import mammoth from 'mammoth';
import { invalid } from '../../common/write';
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

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol']);
/** Word's list levels as the bullets a text dump shows (the parser reads them all as list items). */
const BULLETS = ['•', '◦', '▪'];

/**
 * Mammoth's HTML as the text of a Word document the parser reads: each paragraph, heading, list
 * item and table cell on a line of its own followed by a blank line (as mammoth's raw text had
 * them), list items with a bullet or their number, tables row by row and cell by cell. Footnote
 * markers and the footnotes themselves are left out, as the raw text left them out.
 */
export function htmlToPlanText(html: string): string {
  const body = html
    .replace(/<sup>\s*<a [^>]*id="(?:footnote|endnote)-ref-[^"]*"[^>]*>.*?<\/a>\s*<\/sup>/g, '')
    .replace(/<li id="(?:footnote|endnote)-[^"]*">.*?<\/li>/gs, '');
  const blocks: string[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let line = '';
  const flush = () => {
    // A line break (Word's, or one written into the text itself as mammoth's raw text kept it)
    // starts a new line within the paragraph.
    const text = line
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text && !/^(?:[•◦▪]|\d+\.)$/.test(text)) blocks.push(text);
    line = '';
  };
  for (const m of body.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      line += decodeEntities(m[3]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'br') {
      line += '\n';
      continue;
    }
    // Word's check boxes (content controls and legacy form fields) come through mammoth as inputs:
    // the parser reads them as the ☒ / ☐ a text dump of the plan has.
    if (tag === 'input') {
      if (/\btype="checkbox"/i.test(m[0])) line += /\bchecked\b/i.test(m[0]) ? '☒ ' : '☐ ';
      continue;
    }
    if (!BLOCKS.has(tag)) continue;
    // A list item's own paragraph keeps the item's marker.
    if (!closing && tag === 'p' && /^(?:[•◦▪]|\d+\.) $/.test(line)) continue;
    flush();
    if (closing) {
      if (tag === 'ul' || tag === 'ol') lists.pop();
      continue;
    }
    if (tag === 'ul' || tag === 'ol') lists.push({ ordered: tag === 'ol', count: 0 });
    else if (tag === 'li') {
      const list = lists[lists.length - 1];
      if (list) line = list.ordered ? `${++list.count}. ` : `${BULLETS[Math.min(lists.length, BULLETS.length) - 1]} `;
    }
  }
  flush();
  return blocks.map((b) => `${b}\n\n`).join('');
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
      const { value, messages } = await mammoth.convertToHtml({ buffer: bytes }, { convertImage: SKIP_IMAGES });
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
