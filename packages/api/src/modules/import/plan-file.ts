// The text of a plan file, as the parser reads it: .txt as UTF-8 (or Windows-1252, as older
// Word "Save as text" files are), .docx as its raw text through mammoth (check boxes come
// through as ☒ / ☐). Used by the command line and by the web's upload.
import mammoth from 'mammoth';
import { invalid } from '../../common/write';

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

export async function planTextOf(bytes: Buffer, kind: PlanFileKind): Promise<{ text: string; warnings: string[] }> {
  if (bytes.length === 0) throw invalid('file', 'Het bestand is leeg.');
  if (kind === 'docx') {
    // A .docx is a zip archive: anything else (a renamed .doc, a PDF) is refused before mammoth.
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw invalid('file', 'Dit is geen Word-bestand (.docx). Sla het in Word op als .docx en probeer opnieuw.');
    try {
      const { value, messages } = await mammoth.extractRawText({ buffer: bytes });
      return { text: value, warnings: messages.map((m) => m.message) };
    } catch {
      throw invalid('file', 'Dit Word-bestand kan niet gelezen worden. Open het in Word, sla het opnieuw op als .docx en probeer opnieuw.');
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.includes('\u0000')) throw invalid('file', 'Dit is geen tekstbestand. Kies een .txt- of .docx-bestand.');
  return { text: text.replace(/^\ufeff/, ''), warnings: [] };
}
