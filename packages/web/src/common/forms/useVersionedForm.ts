// A small form of text fields saved on the version it was loaded from: a plan's general texts,
// the zone profile, and the multi-year plan page's plan, strategic and operational goal forms
// (which also create new items: version null, nothing to conflict with). The shared schema
// checks before sending and the API's INVALID_INPUT lands beside its field. When someone else
// saved first, the latest version is read through the page's typed query (at once, or when the
// person asks with "Nieuwste versie laden") and merged three-way with what the person started
// from: what only the other changed is taken over, what only this person changed stays, and a
// field both changed differently waits for a choice before anything is saved.
import { useEffect, useRef, useState } from 'react';
import type { FieldIssue } from '@kruispunt/shared';
import { unresolved, type Choice, type ThreeWay } from '@/common/merge/three-way';
import { errorCode, errorIssues, mutationMessage } from '@/common/mutation-errors';
import { issuesByField } from './issues';
import { preloadSchemas } from './load-schemas';
import { andList, changedKeys, mergeLatest, storedEqual, type FormValues } from './versioned-merge';

export type { FormValues } from './versioned-merge';

/** Values and the version they were read from (null: a new item, not saved yet). */
export interface Loaded<K extends string, V extends number | null = number> {
  values: FormValues<K>;
  version: V;
}

export type VersionedConflict<K extends string> =
  { status: 'detected' | 'loading' | 'failed' } | { status: 'merged'; merge: ThreeWay<K>; mine: FormValues<K>; theirs: FormValues<K>; base: FormValues<K> };

interface Options<K extends string, V extends number | null> {
  keys: readonly K[];
  /** The field names, as the form shows them (in "Kies voor … welke versie je bewaart."). */
  labels: Record<K, string>;
  loaded: Loaded<K, V>;
  /** Saves on `version` (`changed`: the fields that differ from what was loaded; all of them for a new item); may answer what was stored. */
  save: (values: FormValues<K>, changed: K[], version: V) => Promise<Loaded<K> | void>;
  /** Reads the latest saved version (null when it is gone); none for a new item. */
  reload?: () => Promise<Loaded<K> | null>;
  /** After a VERSION_CONFLICT: read the latest version at once (default), or wait for "Nieuwste versie laden". */
  loadLatestAtOnce?: boolean;
  /** Checks before sending, with the shared schema (loaded when the form opens: ./load-schemas.ts). */
  validate?: (values: FormValues<K>) => readonly FieldIssue[] | Promise<readonly FieldIssue[]>;
  /** An issue's field path → the form field that shows it ("indicators.0" → "indicators"). */
  fieldOf?: (path: string) => string;
  /** List-like fields (one item per line): compared item by item, as the API stores them. */
  lists?: readonly K[];
  onSaved?: () => void;
}

export function useVersionedForm<K extends string, V extends number | null = number>(options: Options<K, V>) {
  const { keys, labels, loaded, save, reload, loadLatestAtOnce = true, validate, fieldOf, lists, onSaved } = options;
  const equal = storedEqual(lists);
  const [values, setValues] = useState<FormValues<K>>(loaded.values);
  const [base, setBase] = useState<FormValues<K>>(loaded.values);
  const [version, setVersion] = useState<V>(loaded.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<VersionedConflict<K> | null>(null);
  const [choices, setChoices] = useState<Partial<Record<K, Choice>>>({});
  const [saving, setSaving] = useState(false);
  // The latest state for callbacks that run after an await.
  const latestState = useRef({ values, base });
  latestState.current = { values, base };
  useEffect(preloadSchemas, []);

  const isNew = version === null;
  const changed = isNew ? [...keys] : changedKeys(keys, base, values, equal);
  const dirty = isNew ? changedKeys(keys, base, values, equal).length > 0 : changed.length > 0;

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

  /** Reads the latest saved version and merges it with the form ("Nieuwste versie laden"). */
  const loadLatest = async (): Promise<void> => {
    if (!reload) return;
    const { values: mine, base: from } = latestState.current;
    setConflict({ status: 'loading' });
    try {
      const latest = await reload();
      if (!latest) throw new Error('Niet meer gevonden');
      const { merge, values: next } = mergeLatest(keys, from, mine, latest.values, equal);
      setValues(next);
      setBase(latest.values);
      setVersion(latest.version as V);
      setChoices({});
      setProblem(null);
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
        setProblem(`Kies voor ${andList(open.map((key) => labels[key]))} welke versie je bewaart.`);
        return false;
      }
    } else if (conflict) {
      setProblem('Laad eerst de nieuwste versie.');
      return false;
    }
    const found = issuesByField((await validate?.(values)) ?? [], fieldOf);
    setErrors(found);
    if (Object.keys(found).length > 0) return false;
    if (changed.length === 0) {
      // Nothing to store: the editor closes as saved.
      setConflict(null);
      onSaved?.();
      return true;
    }
    setSaving(true);
    try {
      const saved = await save(values, changed, version);
      if (saved) {
        setValues(saved.values);
        setBase(saved.values);
        setVersion(saved.version as V);
      }
      setConflict(null);
      onSaved?.();
      return true;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'VERSION_CONFLICT' && reload) {
        // The other person's values come from the page's own query, not from the error.
        if (loadLatestAtOnce) await loadLatest();
        else setConflict({ status: 'detected' });
      } else if (code === 'INVALID_INPUT') {
        const byField = issuesByField(errorIssues(error), fieldOf);
        const shown = Object.fromEntries(Object.entries(byField).filter(([key]) => (keys as readonly string[]).includes(key)));
        setErrors(shown);
        if (Object.keys(shown).length === 0) setProblem(mutationMessage(error));
      } else {
        setProblem(mutationMessage(error));
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  return { values, set, errors, problem, conflict, choices, choose, saving, dirty, submit, loadLatest };
}

export type VersionedForm<K extends string> = ReturnType<typeof useVersionedForm<K, number | null>>;
