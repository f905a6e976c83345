// Three-way merge of a form after a VERSION_CONFLICT: per field, compare the values the person
// started from (base), their own edit (mine) and the latest saved values (theirs). A field nobody
// changed is nothing to talk about, a field only the other person changed is taken over, a field
// only I changed keeps mine, and only a field both changed to different values needs a choice.
// Pure: the forms (action sheet, working group, project) call it with their own notion of equal.

/** What happened to one field since the person started editing. */
export type FieldOutcome = 'unchanged' | 'mine' | 'theirs' | 'same' | 'conflict';
export type Choice = 'mine' | 'theirs';

export interface ThreeWay<K extends string> {
  outcomes: Record<K, FieldOutcome>;
  /** Only the other person changed these: their value is taken over. */
  theirs: K[];
  /** Only I changed these: my value stays. */
  mine: K[];
  /** Both changed these to the same value. */
  same: K[];
  /** Both changed these, differently: the person chooses. */
  conflicts: K[];
}

export type Equal<K extends string> = (key: K, a: unknown, b: unknown) => boolean;

const defaultEqual = (_key: string, a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function threeWay<K extends string>(
  keys: readonly K[],
  base: Readonly<Record<K, unknown>>,
  mine: Readonly<Record<K, unknown>>,
  theirs: Readonly<Record<K, unknown>>,
  equal: Equal<K> = defaultEqual,
): ThreeWay<K> {
  const result: ThreeWay<K> = { outcomes: {} as Record<K, FieldOutcome>, theirs: [], mine: [], same: [], conflicts: [] };
  for (const key of keys) {
    const iChanged = !equal(key, base[key], mine[key]);
    const theyChanged = !equal(key, base[key], theirs[key]);
    let outcome: FieldOutcome;
    if (!iChanged && !theyChanged) outcome = 'unchanged';
    else if (!theyChanged) outcome = 'mine';
    else if (!iChanged) outcome = 'theirs';
    else outcome = equal(key, mine[key], theirs[key]) ? 'same' : 'conflict';
    result.outcomes[key] = outcome;
    if (outcome === 'mine') result.mine.push(key);
    else if (outcome === 'theirs') result.theirs.push(key);
    else if (outcome === 'same') result.same.push(key);
    else if (outcome === 'conflict') result.conflicts.push(key);
  }
  return result;
}

/** The conflicting fields the person has not chosen a version for yet. */
export function unresolved<K extends string>(merge: ThreeWay<K>, choices: Partial<Record<K, Choice>>): K[] {
  return merge.conflicts.filter((key) => !choices[key]);
}

/**
 * The fields whose value comes from my edit: those only I changed and the conflicts I chose
 * mine for. Everything else comes from the latest saved version.
 */
export function keysFromMine<K extends string>(merge: ThreeWay<K>, choices: Partial<Record<K, Choice>>): K[] {
  return [...merge.mine, ...merge.conflicts.filter((key) => choices[key] === 'mine')];
}

/**
 * The merged values: the latest saved ones, with mine where I changed a field alone or chose
 * mine. Throws when a conflict has no choice yet (the caller asks first).
 */
export function merged<K extends string, T extends Record<K, unknown>>(merge: ThreeWay<K>, mine: T, theirs: T, choices: Partial<Record<K, Choice>>): T {
  const open = unresolved(merge, choices);
  if (open.length > 0) throw new Error(`No choice for ${open.join(', ')}`);
  const out = { ...theirs };
  for (const key of keysFromMine(merge, choices)) out[key] = mine[key];
  return out;
}
