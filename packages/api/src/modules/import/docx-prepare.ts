// What Word's XML says that mammoth does not read, put into word/document.xml before mammoth:
// - Month grids are often filled in by colouring the cells of the months an action runs in,
//   with no text in them; mammoth reads text, not shading, so such a grid would come through
//   empty. Every empty table cell with a fill colour gets a mark (■); the reader (plan-file.ts)
//   takes it as a marked month in a month grid and ignores it anywhere else.
// - A template's content control still showing its placeholder ("Beschrijf hier de actie.",
//   w:showingPlcHdr) holds no text of the plan: its placeholder is left out.
// The archive is rewritten only when something changed: every other part is copied as it is
// (its compressed bytes), the document stored uncompressed.
import { crc32, inflateRawSync } from 'node:zlib';

/** What a coloured empty cell becomes in the text. */
export const SHADED_MARK = '■';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DOCUMENT = 'word/document.xml';

/** Empty innermost table cells with a fill colour (not white, not auto), with a ■ run in their first paragraph. */
export function markShadedCells(xml: string): string {
  return xml.replace(/<w:tc>((?:(?!<w:tc[ >]|<\/w:tc>)[\s\S])*)<\/w:tc>/g, (cell: string, inner: string) => {
    const props = /^\s*<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(inner)?.[1] ?? '';
    const fill = /<w:shd\b[^>]*\bw:fill="([0-9A-Fa-f]{6})"/.exec(props)?.[1];
    if (!fill || /^f{6}$/i.test(fill)) return cell;
    if (/<w:t(?:\s[^>]*)?>[^<]*\S[^<]*<\/w:t>|<w:sym\b|<w:checkbox\b|<w14:checkbox\b|<w:drawing\b|<w:pict\b/.test(inner)) return cell;
    const mark = `<w:r><w:t>${SHADED_MARK}</w:t></w:r>`;
    if (inner.includes('</w:p>')) return `<w:tc>${inner.replace('</w:p>', `${mark}</w:p>`)}</w:tc>`;
    return `<w:tc>${inner.replace(/<w:p(\s[^>]*)?\/>/, (_, attrs: string | undefined) => `<w:p${attrs ?? ''}>${mark}</w:p>`)}</w:tc>`;
  });
}

/** Content controls showing their placeholder (w:showingPlcHdr) without the placeholder's text. */
export function dropPlaceholders(xml: string): string {
  return xml.replace(/<w:sdt>((?:(?!<w:sdt>|<\/w:sdt>)[\s\S])*)<\/w:sdt>/g, (sdt: string, inner: string) => {
    const props = /^\s*<w:sdtPr>([\s\S]*?)<\/w:sdtPr>/.exec(inner)?.[1] ?? '';
    if (!/<w:showingPlcHdr\s*\/>/.test(props)) return sdt;
    return sdt.replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, (content) => content.replace(/(<w:t(?:\s[^>]*)?>)[^<]*(<\/w:t>)/g, '$1$2'));
  });
}

/**
 * The .docx with its coloured empty cells marked and its placeholders left out, or the same
 * bytes when it has neither (or when its archive is not one this reads: mammoth then reports
 * what is wrong with it).
 * `maxBytes` caps the unpacked document (the upload's limit on one part).
 */
export function preparedDocx(bytes: Buffer, maxBytes: number): Buffer {
  try {
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (bytes.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return bytes;
    const count = bytes.readUInt16LE(eocd + 10);
    const cdOffset = bytes.readUInt32LE(eocd + 16);
    interface Entry {
      central: Buffer;
      name: string;
      method: number;
      crc: number;
      compressed: Buffer;
      size: number;
    }
    const entries: Entry[] = [];
    let at = cdOffset;
    for (let e = 0; e < count; e++) {
      if (bytes.readUInt32LE(at) !== CENTRAL) return bytes;
      const nameLength = bytes.readUInt16LE(at + 28);
      const end = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      const local = bytes.readUInt32LE(at + 42);
      if (bytes.readUInt32LE(local) !== LOCAL) return bytes;
      const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const compressedSize = bytes.readUInt32LE(at + 20);
      entries.push({
        central: bytes.subarray(at, end),
        name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
        method: bytes.readUInt16LE(at + 10),
        crc: bytes.readUInt32LE(at + 16),
        compressed: bytes.subarray(dataStart, dataStart + compressedSize),
        size: bytes.readUInt32LE(at + 24),
      });
      at = end;
    }
    const doc = entries.find((e) => e.name === DOCUMENT);
    if (!doc || (doc.method !== 0 && doc.method !== 8)) return bytes;
    const raw = doc.method === 8 ? inflateRawSync(doc.compressed, { maxOutputLength: maxBytes }) : doc.compressed;
    const shading = raw.indexOf('<w:shd') >= 0;
    const placeholders = raw.indexOf('<w:showingPlcHdr') >= 0;
    if (!shading && !placeholders) return bytes;
    const xml = raw.toString('utf8');
    let marked = shading ? markShadedCells(xml) : xml;
    if (placeholders) marked = dropPlaceholders(marked);
    if (marked === xml) return bytes;
    const data = Buffer.from(marked, 'utf8');
    Object.assign(doc, { method: 0, crc: crc32(data) >>> 0, compressed: data, size: data.length });

    // The archive again: local headers written from the central directory (sizes and CRC in
    // them, no data descriptors), each part's bytes as they were, the document stored.
    const out: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const e of entries) {
      const name = Buffer.from(e.name, 'utf8');
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(e.central.readUInt16LE(8) & ~0x8, 6);
      local.writeUInt16LE(e.method, 8);
      local.writeUInt32LE(e.central.readUInt32LE(12), 10);
      local.writeUInt32LE(e.crc, 14);
      local.writeUInt32LE(e.compressed.length, 18);
      local.writeUInt32LE(e.size, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      const central = Buffer.from(e.central);
      central.writeUInt16LE(central.readUInt16LE(8) & ~0x8, 8);
      central.writeUInt16LE(e.method, 10);
      central.writeUInt32LE(e.crc, 16);
      central.writeUInt32LE(e.compressed.length, 20);
      central.writeUInt32LE(e.size, 24);
      central.writeUInt32LE(offset, 42);
      out.push(local, name, e.compressed);
      centrals.push(central);
      offset += 30 + name.length + e.compressed.length;
    }
    const cd = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...out, cd, end]);
  } catch {
    // Whatever is wrong with the archive, mammoth reads it (or says it cannot) as before.
    return bytes;
  }
}
