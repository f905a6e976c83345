// Reading a downloaded Word file (.docx, a zip) in the browser tests, with node's zlib only.
import { inflateRawSync } from 'node:zlib';

/** One file of a zip by name (stored or deflated entries with sizes in the local headers), or null. */
export function zipEntry(zip: Buffer, name: string): string | null {
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const entry = zip.subarray(at + 30, at + 30 + nameLength).toString();
    const start = at + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + size);
    if (entry === name) return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at = start + size;
  }
  return null;
}
