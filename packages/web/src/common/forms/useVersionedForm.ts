// A small form of text fields saved on the version it was loaded from (the plan's general texts,
// the zone profile). When someone else saved first, the latest version is read through the
// page's typed query and merged three-way with what the person started from: what only the other
// changed is taken over, what only this person changed stays, and a field both changed
// differently waits for a choice before anything is saved. The server validates; its field
// issues land beside the fields.
import { useRef, useState } from 'react';
import type { FieldIssue } from '@kruispunt/shared';
import { threeWay, unresolved, type Choice, type ThreeWay } from '@/common/merge/three-way';
import { errorCode, errorIssues, mutationMessage } from '@/common/mutation-errors';
import { issuesByField } from './issues';

export type FormValues<K extends string> = Record<K, string>;

export interface Loaded<K extends string> {
  values: FormValues<K>;
  version: number;
}

export type VersionedConflict<K extends string> =
  | { status: 'loading' | 'failed' }
  | { status: 'merged'; merge: ThreeWay<K>; mine: FormValues<K>; theirs: FormValues<K>; base: FormValues<K> };

interface Options<K extends string> {
  keys: readonly K[];
  loaded: Loaded<K>;
  /** Saves the changed fields on `version`; answers what was stored. */
  save: (values: FormValues<K>, changed: K[], version: number) => Promise<Loaded<K>>;
  /** Reads the latest saved version (null when it is gone). */
  reload: () => Promise<Loaded<K> | null>;
  /** Checks before sending, with the shared schema (field → message). */
  validate?: (values: FormValues<K>) => readonly FieldIssue[];
  /** An issue's field path → the form field that shows it. */
  fieldOf?: (path: string) => string;
  onSaved?: (saved: Loaded<K>) => void;
}

/** Equal as stored: the API trims and stores an empty text as null. */
const sameStored = (_key: string, a: unknown, b: unknown): boolean => String(a ?? '').trim() === String(b ?? '').trim();

export function useVersionedForm<K extends string>({ keys, loaded, save, reload, validate, fieldOf, onSaved }: Options<K>) {
  const [values, setValues] = useState<FormValues<K>>(loaded.values);
  const [base, setBase] = useState<FormValues<K>>(loaded.values);
  const [version, setVersion] = useState(loaded.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<VersionedConflict<K> | null>(null);
  const [choices, setChoices] = useState<Partial<Record<K, Choice>>>({});
  const [saving, setSaving] = useState(false);
  // The latest values for callbacks that run after an await.
  const valuesRef = useRef(values);
  valuesRef.current = values;

  const changed = keys.filter((key) => !sameStored(key, base[key], values[key]));
  const dirty = changed.length > 0;

  const set = (key: K, value: string): void => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _gone, ...rest } = current;
      return rest;
    });
  };

  /** Takes one version of a field both changed into the form. */
  const choose = (key: K, choice: Choice): void => {
    if (conflict?.status !== 'merged') return;
    setChoices((current) => ({ ...current, [key]: choice }));
    set(key, (choice === 'mine' ? conflict.mine : conflict.theirs)[key]);
  };

  const loadLatest = async (mine: FormValues<K>, from: FormValues<K>): Promise<void> => {
    setConflict({ status: 'loading' });
    try {
      const latest = await reload();
      if (!latest) throw new Error('Niet meer gevonden');
      const merge = threeWay(keys, from, mine, latest.values, sameStored);
      const merged = { ...latest.values };
      // Mine where only I changed it, and (until chosen otherwise) where we both did.
      for (const key of [...merge.mine, ...merge.conflicts]) merged[key] = mine[key];
      setValues(merged);
      setBase(latest.values);
      setVersion(latest.version);
      setChoices({});
      setConflict({ status: 'merged', merge, mine, theirs: latest.values, base: from });
    } catch {
      setConflict({ status: 'failed' });
    }
  };

  const submit = async (): Promise<boolean> => {
    setProblem(null);
    if (conflict?.status === 'merged') {
      const open = unresolved(conflict.merge, choices);
      if (open.length > 0) {
        setProblem('Kies bij elk veld dat jullie allebei wijzigden welke versie je bewaart.');
        return false;
      }
    } else if (conflict) {
      setProblem('Laad eerst de nieuwste versie.');
      return false;
    }
    const found = issuesByField(validate?.(values) ?? [], fieldOf);
    setErrors(found);
    if (Object.keys(found).length > 0) return false;
    if (changed.length === 0) {
      setConflict(null);
      onSaved?.({ values: base, version });
      return true;
    }
    setSaving(true);
    try {
      const saved = await save(values, changed, version);
      setValues(saved.values);
      setBase(saved.values);
      setVersion(saved.version);
      setConflict(null);
      onSaved?.(saved);
      return true;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'VERSION_CONFLICT') {
        // The other person's values come from the page's own query, not from the error.
        await loadLatest(valuesRef.current, base);
      } else if (code === 'INVALID_INPUT') {
        const byField = issuesByField(errorIssues(error), fieldOf);
        setErrors(byField);
        if (Object.keys(byField).every((key) => !keys.includes(key as K))) setProblem(mutationMessage(error));
      } else {
        setProblem(mutationMessage(error));
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  /** Back to what was loaded (the editor closes). */
  const reset = (to: Loaded<K> = { values: base, version }): void => {
    setValues(to.values);
    setBase(to.values);
    setVersion(to.version);
    setErrors({});
    setProblem(null);
    setConflict(null);
    setChoices({});
  };

  const retryLoad = (): void => void loadLatest(valuesRef.current, base);

  return { values, set, errors, problem, conflict, choices, choose, saving, dirty, version, submit, reset, retryLoad };
}
