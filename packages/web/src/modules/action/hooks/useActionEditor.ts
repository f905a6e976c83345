// The action editor's state and save flow: the form, the version it builds on, validation, and
// what happens when someone else saved first (reload the latest version through the editor's
// typed query, merge three-way, ask only about fields both changed, save on the latest version).
import { useMemo, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { keysFromMine, threeWay, unresolved, type Choice, type ThreeWay } from '@/common/merge/three-way';
import { errorCode, errorIssues, mutationMessage } from '@/common/mutation-errors';
import type { ActionEditorFieldsFragment } from '@/gql/graphql';
import {
  VALUE_KEYS,
  changedKeys,
  formFromAction,
  formWith,
  issuesToFields,
  sameValue,
  toInput,
  validate,
  valuesOf,
  type ActionForm,
  type ActionValues,
  type ValueKey,
} from '../form/action-form';
import { UpdateActionMutation } from '../graphql/action-editor';

export type Warning = { code: string; message: string; severity: string };

interface ConflictStart {
  /** The values the person started from. */
  base: ActionValues;
  /** Their own edit, as values and as the form held it. */
  mine: ActionValues;
  mineForm: ActionForm;
}

export type ActionConflict =
  | (ConflictStart & { status: 'loading' })
  | (ConflictStart & { status: 'failed' })
  | (ConflictStart & {
      status: 'ready';
      /** The latest saved version, as values and as a form. */
      theirs: ActionValues;
      theirForm: ActionForm;
      version: number;
      merge: ThreeWay<ValueKey>;
    });

export function useActionEditor(action: ActionEditorFieldsFragment, reload: () => Promise<ActionEditorFieldsFragment | null>) {
  const [form, setForm] = useState<ActionForm>(() => formFromAction(action));
  const [base, setBase] = useState<ActionValues>(() => valuesOf(formFromAction(action)));
  const [version, setVersion] = useState(action.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ at: Date; warnings: Warning[] } | null>(null);
  const [conflict, setConflict] = useState<ActionConflict | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [update, { loading: saving }] = useMutation(UpdateActionMutation);

  const values = useMemo(() => valuesOf(form), [form]);
  const dirty = useMemo(() => changedKeys(base, values).length > 0, [base, values]);

  const focusSummary = (): void => {
    // Let the summary render first, then take focus there.
    window.setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const set = <K extends keyof ActionForm>(key: K, value: ActionForm[K]): void => {
    setForm((current) => ({ ...current, [key]: value }));
    setSaved(null);
  };

  /** Reads the latest saved version and merges it with the person's edit. */
  const loadLatest = async (start: ConflictStart): Promise<void> => {
    setConflict({ ...start, status: 'loading' });
    try {
      const latest = await reload();
      if (!latest) throw new Error('Geen actie');
      const theirForm = formFromAction(latest);
      const theirs = valuesOf(theirForm);
      setConflict({ ...start, status: 'ready', theirs, theirForm, version: latest.version, merge: threeWay(VALUE_KEYS, start.base, start.mine, theirs, sameValue) });
    } catch {
      setConflict({ ...start, status: 'failed' });
    }
  };

  const save = async (from: ActionValues = base, fromVersion: number = version, currentForm: ActionForm = form, afterConflict = false): Promise<void> => {
    setSaveError(null);
    const current = valuesOf(currentForm);
    const found = validate(current);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setSaved(null);
      focusSummary();
      return;
    }
    const keys = changedKeys(from, current);
    if (keys.length === 0) {
      setBase(from);
      setVersion(fromVersion);
      setConflict(null);
      setSaved({ at: new Date(), warnings: [] });
      if (afterConflict) focusSummary();
      return;
    }
    try {
      const result = await update({ variables: { id: action.id, version: fromVersion, input: toInput(current, keys) } });
      const payload = result.data?.updateAction;
      if (!payload) throw new Error('Geen antwoord');
      const fresh = formFromAction(payload.action);
      setForm(fresh);
      setBase(valuesOf(fresh));
      setVersion(payload.action.version);
      setConflict(null);
      setSaved({ at: new Date(), warnings: payload.warnings });
      if (afterConflict) focusSummary();
    } catch (error) {
      if (errorCode(error) === 'VERSION_CONFLICT') {
        // The other person's values come from the editor's own query, not from the error.
        await loadLatest({ base: from, mine: current, mineForm: currentForm });
        return;
      }
      setConflict(null);
      if (errorCode(error) === 'INVALID_INPUT') {
        setErrors(issuesToFields(errorIssues(error), current));
        focusSummary();
        return;
      }
      setSaveError(mutationMessage(error));
      if (afterConflict) focusSummary();
    }
  };

  /**
   * Saves the merge on the latest version: the other person's values, with mine for the fields
   * only I changed and for the conflicts I chose mine. Returns the fields still without a choice.
   */
  const resolve = (choices: Partial<Record<ValueKey, Choice>>): ValueKey[] => {
    if (conflict?.status !== 'ready') return [];
    const open = unresolved(conflict.merge, choices);
    if (open.length > 0) return open;
    const resolved = formWith(conflict.theirForm, conflict.mineForm, keysFromMine(conflict.merge, choices));
    setForm(resolved);
    setBase(conflict.theirs);
    setVersion(conflict.version);
    void save(conflict.theirs, conflict.version, resolved, true);
    return [];
  };

  const retryLoad = (): void => {
    if (conflict) void loadLatest({ base: conflict.base, mine: conflict.mine, mineForm: conflict.mineForm });
  };

  return { form, set, values, dirty, errors, saveError, saved, conflict, saving, summaryRef, save, resolve, retryLoad };
}
