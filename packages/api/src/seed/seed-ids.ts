// Ids of seeded rows that are the same in every deployment seeded from the same files: a UUID
// (version 5, RFC 9562) of the row's natural key, e.g. `zone` + `elz-leuven`. An outside tool can
// keep an id it read from one deployment and find the same zone, theme or action in another.
import { createHash } from 'node:crypto';

/** Kruispunt's namespace for seeded rows (a fixed random UUID). */
const NAMESPACE = Buffer.from('6c1f0a8e2b5d4c7e9a3f51d2e8b04c6a', 'hex');

export function seedId(kind: string, ...key: (string | number)[]): string {
  const hash = createHash('sha1')
    .update(NAMESPACE)
    .update([kind, ...key].join('\u001f'))
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
