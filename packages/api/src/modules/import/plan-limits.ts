// The limits that keep reading a plan file bounded in memory and time, and the check of a .docx
// (a zip archive) against them BEFORE mammoth sees it: every part is unpacked here with a cap on
// its output, so a part that claims 1 kB and unpacks to 100 MB (a zip bomb, or a size that lies
// in the headers) stops at the cap instead of filling the heap. The same archive is then read by
// mammoth, whose zip reader (JSZip) finds the parts through the same central directory.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../common/app-error';
import { invalid } from '../../common/write';

export interface PlanFileLimits {
  /** Bytes of one unpacked part of a .docx. */
  maxEntryBytes: number;
  /** Bytes of all unpacked parts of a .docx together. */
  maxUnzippedBytes: number;
  /** XML elements in all parts of a .docx together. */
  maxXmlElements: number;
  /** Characters of the plan text. */
  maxTextChars: number;
  /** Lines of the plan text (a .docx: each paragraph becomes a line). */
  maxLines: number;
  /** Actions the parser finds. */
  maxActions: number;
}

/** The name of each limit as clients see it in `extensions.limitName` (the setting that changes it). */
export const LIMIT_NAMES: Readonly<Record<keyof PlanFileLimits, string>> = {
  maxEntryBytes: 'IMPORT_MAX_ENTRY_BYTES',
  maxUnzippedBytes: 'IMPORT_MAX_UNZIPPED_BYTES',
  maxXmlElements: 'IMPORT_MAX_XML_ELEMENTS',
  maxTextChars: 'IMPORT_MAX_TEXT_CHARS',
  maxLines: 'IMPORT_MAX_LINES',
  maxActions: 'IMPORT_MAX_ACTIONS',
};

/** 413 PAYLOAD_TOO_LARGE on `file`, naming the limit and its value. */
export function overLimit(limit: keyof PlanFileLimits, value: number, message: string): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', message, { field: 'file', limit: value, limitName: LIMIT_NAMES[limit] });
}

const mb = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`.replace('.', ',');
const count = (n: number) => n.toLocaleString('nl-BE');

const UNREADABLE = 'Dit Word-bestand kan niet gelezen worden. Open het in Word, sla het opnieuw op als .docx en probeer opnieuw.';
const broken = () => invalid('file', UNREADABLE);

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Start tags in XML bytes: '<' followed by a letter (not `</`, `<?` or `<!`). */
function countElements(xml: Buffer): number {
  let n = 0;
  for (let i = xml.indexOf(0x3c); i !== -1 && i < xml.length - 1; i = xml.indexOf(0x3c, i + 1)) {
    const c = xml[i + 1]! | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/**
 * Unpacks every part of a .docx with a cap on its output, and refuses the archive when a part or
 * the whole is larger unpacked than the limits allow, or holds more XML elements than allowed.
 * What no Word file needs (zip64, encryption, other compression methods, parts outside the file)
 * is refused as unreadable.
 */
export function checkDocxArchive(bytes: Buffer, limits: Pick<PlanFileLimits, 'maxEntryBytes' | 'maxUnzippedBytes' | 'maxXmlElements'>): void {
  // The end-of-central-directory record: searched from the end, as JSZip does.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken();
  const entries = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > eocd) throw broken();

  let total = 0;
  let elements = 0;
  let at = cdOffset;
  for (let e = 0; e < entries; e++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL) throw broken();
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at = next;
    if (flags & 0x1 || compressedSize === 0xffffffff || localOffset === 0xffffffff) throw broken();
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL) throw broken();
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw broken();
    const data = bytes.subarray(dataStart, dataStart + compressedSize);

    // The cap is what this part may still hold: its own limit, or what is left of the whole.
    const cap = Math.min(limits.maxEntryBytes, limits.maxUnzippedBytes - total);
    const overCap = () =>
      cap === limits.maxEntryBytes
        ? overLimit('maxEntryBytes', limits.maxEntryBytes, `Het Word-bestand is te groot: het onderdeel ${name.slice(0, 100)} is uitgepakt groter dan ${mb(limits.maxEntryBytes)}.`)
        : overLimit('maxUnzippedBytes', limits.maxUnzippedBytes, `Het Word-bestand is te groot: uitgepakt is het groter dan ${mb(limits.maxUnzippedBytes)}.`);
    let content: Buffer;
    if (method === 0) {
      if (data.length > cap) throw overCap();
      content = data;
    } else if (method === 8) {
      try {
        // Node stops inflating as soon as the output passes maxOutputLength.
        content = inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw overCap();
        throw broken();
      }
    } else throw broken();
    total += content.length;
    if (/\.(?:xml|rels)$/i.test(name)) {
      elements += countElements(content);
      if (elements > limits.maxXmlElements) {
        throw overLimit('maxXmlElements', limits.maxXmlElements, `Het Word-bestand is te groot om te lezen: het heeft meer dan ${count(limits.maxXmlElements)} XML-elementen.`);
      }
    }
  }
}

/** Refuses a plan text longer than the limits (characters, then lines). */
export function checkPlanText(text: string, limits: Pick<PlanFileLimits, 'maxTextChars' | 'maxLines'>): void {
  if (text.length > limits.maxTextChars) {
    throw overLimit('maxTextChars', limits.maxTextChars, `De tekst van het plan is te lang: hoogstens ${count(limits.maxTextChars)} tekens.`);
  }
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++lines > limits.maxLines) throw overLimit('maxLines', limits.maxLines, `Het plan heeft te veel regels: hoogstens ${count(limits.maxLines)}.`);
  }
}

/** Refuses a parsed plan with more actions than the limit. */
export function checkActionCount(actions: number, limits: Pick<PlanFileLimits, 'maxActions'>): void {
  if (actions > limits.maxActions) {
    throw overLimit('maxActions', limits.maxActions, `Het plan heeft te veel acties (${count(actions)}): hoogstens ${count(limits.maxActions)} per bestand.`);
  }
}
