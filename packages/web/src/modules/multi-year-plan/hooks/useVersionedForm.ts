// State and save flow of the multi-year plan page's small forms (plan, strategic and operational
// goal). Fields are texts; the shared zod schema validates before saving and the API's
// INVALID_INPUT lands beside its field. An update saves on the version the form was loaded from;
// when someone else saved first, "Nieuwste versie laden" reads the latest values through the
// page's query and merges them three-way: what only the other changed is taken over, what only
// this person changed stays, and a field both changed differently waits for a choice.
import { useState } from 'react';
import { issuesByField } from '@/common/forms/issues';
import { threeWay, unresolved, type Choice, type ThreeWay } from '@/common/merge/three-way';
import { errorCode, errorIssues, mutationMessage } from '@/common/mutation-errors';

export type FormValues<K extends string> = Record<K, string>;

export type FormConflict<K extends string> =
  | { status: 'detected' | 'loading' | 'failed' }
  | { status: 'merged'; merge: ThreeWay<K>; mine: FormValues<K>; theirs: FormValues<K> };

export interface VersionedFormOptions<K extends string> {
  keys: readonly K[];
  initial: FormValues<K>;
  /** The version the values were loaded from; null for a new item (nothing to conflict with). */
  version: number | null;
  /** Problems per field key from the shared schema, before anything is sent. */
  validate: (values: FormValues<K>) => Record<string, string>;
  save: (values: FormValues<K>, version: number | null) => Promise<unknown>;
  /** The latest saved values and version, read again from the server; null when the item is gone. */
  reload?: () => Promise<{ values: FormValues<K>; version: number } | null>;
  onSaved: () => void;
  labels: Record<K, string>;
}

/** Equal as stored: the API trims texts and drops empty lines. */
const sameStored = (_key: string, a: unknown, b: unknown): boolean =>
  String(a ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n') ===
  String(b ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

export function useVersionedForm<K extends string>(options: VersionedFormOptions<K>) {
  const { keys, labels } = options;
  const [values, setValues] = useState<FormValues<K>>(options.initial);
  const [base, setBase] = useState<FormValues<K>>(options.initial);
  const [version, setVersion] = useState<number | null>(options.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<FormConflict<K> | null>(null);
  const [choices, setChoices] = useState<Partial<Record<K, Choice>>>({});
  const [saving, setSaving] = useState(false);

  const set = (key: K, value: string): void => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _gone, ...rest } = current;
      return rest;
    });
  };

  const choose = (key: K, choice: Choice): void => {
    if (conflict?.status !== 'merged') return;
    setChoices((current) => ({ ...current, [key]: choice }));
    set(key, (choice === 'mine' ? conflict.mine : conflict.theirs)[key]);
  };

  const loadLatest = async (): Promise<void> => {
    if (!options.reload) return;
    const mine = values;
    setConflict({ status: 'loading' });
    try {
      const latest = await options.reload();
      if (!latest) throw new Error('gone');
      const merge = threeWay(keys, base, mine, latest.values, sameStored);
      const next = { ...latest.values };
      // Mine where only I changed it, and (until chosen otherwise) where we both did.
      for (const key of [...merge.mine, ...merge.conflicts]) next[key] = mine[key];
      setValues(next);
      setBase(latest.values);
      setVersion(latest.version);
      setChoices({});
      setProblem(null);
      setConflict({ status: 'merged', merge, mine, theirs: latest.values });
    } catch {
      setConflict({ status: 'failed' });
    }
  };

  const submit = async (): Promise<boolean> => {
    setProblem(null);
    if (conflict?.status === 'merged') {
      const open = unresolved(conflict.merge, choices);
      if (open.length > 0) {
        setProblem(`Kies voor ${open.map((key) => labels[key]).join(', ')} welke versie je bewaart.`);
        return false;
      }
    } else if (conflict) {
      setProblem('Laad eerst de nieuwste versie.');
      return false;
    }
    const found = options.validate(values);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return false;
    }
    setSaving(true);
    try {
      await options.save(values, version);
      setConflict(null);
      setErrors({});
      options.onSaved();
      return true;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'VERSION_CONFLICT' && options.reload) setConflict({ status: 'detected' });
      else if (code === 'INVALID_INPUT') {
        const byField = issuesByField(errorIssues(error), (path) => path.split('.')[0] ?? path);
        const known = Object.fromEntries(Object.entries(byField).filter(([key]) => (keys as readonly string[]).includes(key)));
        setErrors(known);
        if (Object.keys(known).length === 0) setProblem(mutationMessage(error));
      } else setProblem(mutationMessage(error));
      return false;
    } finally {
      setSaving(false);
    }
  };

  return { values, set, errors, problem, conflict, choices, choose, saving, submit, loadLatest };
}

export type VersionedForm<K extends string> = ReturnType<typeof useVersionedForm<K>>;
