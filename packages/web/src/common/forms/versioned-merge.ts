// The pure decisions of a small versioned form (useVersionedForm): when two texts are equal as the
// API stores them, which fields a save sends, and how the latest saved version and the person's
// own edit merge after a VERSION_CONFLICT. Tested in test/unit/versioned-merge.test.ts.
import { threeWay, type Equal, type ThreeWay } from '@/common/merge/three-way';
import { linesToList } from './lines';

export type FormValues<K extends string> = Record<K, string>;

const listFormat = new Intl.ListFormat('nl-BE', { type: 'conjunction' });
/** "Titel, Nummer en Soort". */
export const andList = (items: readonly string[]): string => listFormat.format(items);

/**
 * Equal as stored: the API trims texts and stores an empty one as null; a list-like field (one
 * item per line, `lists`) is stored as its items, so blank lines and spaces around items do not count.
 */
export function storedEqual<K extends string>(lists: readonly K[] = []): Equal<K> {
  return (key, a, b) => {
    const left = String(a ?? '');
    const right = String(b ?? '');
    if (lists.includes(key)) return JSON.stringify(linesToList(left)) === JSON.stringify(linesToList(right));
    return left.trim() === right.trim();
  };
}

/** The fields that differ, as stored, from the version the form was loaded from. */
export function changedKeys<K extends string>(keys: readonly K[], base: FormValues<K>, values: FormValues<K>, equal: Equal<K>): K[] {
  return keys.filter((key) => !equal(key, base[key], values[key]));
}

/**
 * The form after someone else saved first: the latest values, with mine where only I changed a
 * field and (until the person chooses otherwise) where we both did.
 */
export function mergeLatest<K extends string>(
  keys: readonly K[],
  base: FormValues<K>,
  mine: FormValues<K>,
  latest: FormValues<K>,
  equal: Equal<K>,
): { merge: ThreeWay<K>; values: FormValues<K> } {
  const merge = threeWay(keys, base, mine, latest, equal);
  const values = { ...latest };
  for (const key of [...merge.mine, ...merge.conflicts]) values[key] = mine[key];
  return { merge, values };
}
