// Hostile plan files for the upload tests, made in memory without ever holding their unpacked
// content: a zip is written by hand (local headers, central directory) with each part deflated
// from a repeated chunk, so a 100 MB "document" costs a few hundred kB to make.
import { constants, crc32, deflateRawSync } from 'node:zlib';

interface Part {
  name: string;
  /** The part's bytes: one buffer, or `chunk` repeated `times` (streamed through one deflate). */
  data: Buffer | { head?: string; chunk: string; times: number; tail?: string };
  /** A size to write into the headers instead of the real one (a zip whose sizes lie). */
  declaredSize?: number;
}

function deflated(data: Part['data']): { body: Buffer; size: number; crc: number } {
  if (Buffer.isBuffer(data)) return { body: deflateRawSync(data), size: data.length, crc: crc32(data) };
  // A megabyte of the chunk at a time, each deflated on its own and ended with a sync flush (a
  // non-final block ending on a byte boundary), so the pieces chain into one raw deflate stream.
  const head = Buffer.from(data.head ?? '');
  const tail = Buffer.from(data.tail ?? '');
  const per = Math.max(1, Math.floor(1_048_576 / Buffer.byteLength(data.chunk)));
  const block = Buffer.from(data.chunk.repeat(per));
  const out: Buffer[] = [];
  let crc = crc32(head);
  let size = head.length;
  const piece = (buf: Buffer, last: boolean) => out.push(deflateRawSync(buf, { level: 9, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
  piece(head, false);
  let left = data.times;
  while (left > 0) {
    const n = Math.min(per, left);
    const buf = n === per ? block : Buffer.from(data.chunk.repeat(n));
    piece(buf, false);
    crc = crc32(buf, crc);
    size += buf.length;
    left -= n;
  }
  piece(tail, true);
  crc = crc32(tail, crc);
  size += tail.length;
  return { body: Buffer.concat(out), size, crc };
}

/** A zip archive of the parts (deflated), with their real or declared sizes in the headers. */
export function zipOf(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { body, size, crc } = deflated(part.data);
    const name = Buffer.from(part.name);
    const declared = part.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';

/** A Word paragraph with this text. */
export const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A .docx whose word/document.xml is `chunk` repeated until it is about `bytes` long. */
export function docxOfRepeated(chunk: string, bytes: number, options: { declaredSize?: number } = {}): Buffer {
  const times = Math.ceil(bytes / Buffer.byteLength(chunk));
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: { head: DOC_HEAD, chunk, times, tail: DOC_TAIL }, declaredSize: options.declaredSize },
  ]);
}

/** A .docx whose document body is this XML. */
export function docxOfBody(body: string): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(DOC_HEAD + body + DOC_TAIL) },
  ]);
}

/** The reported hostile .docx: ~`mb` MB of the paragraph "Actie 1.1: x", repeated. */
export const paragraphBomb = (mb: number, options: { declaredSize?: number } = {}) => docxOfRepeated(paragraph('Actie 1.1: x'), mb * 1_048_576, options);

/** The reported hostile text file: `lines` lines of "Actie 1.1: x" (700 000 lines: 8.9 MB). */
export const manyLines = (lines: number) => Buffer.from('Actie 1.1: x\n'.repeat(lines));
