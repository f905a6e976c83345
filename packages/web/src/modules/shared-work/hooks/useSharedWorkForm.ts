// The working group / project form's state and save flow. It saves on the version the form was
// loaded from; when someone else saved first, "Nieuwste versie laden" reads the latest version
// through the page's typed query and merges it three-way with what the person started from: what
// only the other changed is taken over, what only this person changed stays, and a field both
// changed differently waits for a choice before anything is saved.
import { useState } from 'react';
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { describeError } from '@/common/graphql-errors';
import { threeWay, unresolved, type Choice, type ThreeWay } from '@/common/merge/three-way';
import type { ProjectStatus, WorkingGroupKind } from '@/gql/graphql';
import { UpdateProjectMutation, UpdateWorkingGroupMutation } from '../graphql/shared-work';
import type { SharedItem } from '../shared-item';

export interface SharedWorkValues {
  name: string;
  kind: WorkingGroupKind;
  status: ProjectStatus;
  description: string;
  cadence: string;
  funder: string;
  periodStart: string;
  periodEnd: string;
}
export type SharedWorkKey = keyof SharedWorkValues;

export const SHARED_WORK_KEYS: readonly SharedWorkKey[] = ['name', 'kind', 'status', 'description', 'cadence', 'funder', 'periodStart', 'periodEnd'];

const LABELS: Record<SharedWorkKey, string> = {
  name: 'Naam',
  kind: 'Soort groep',
  status: 'Status',
  description: 'Opdracht',
  cadence: 'Frequentie',
  funder: 'Financier',
  periodStart: 'Begin van de periode',
  periodEnd: 'Einde van de periode',
};

export function sharedWorkLabel(key: SharedWorkKey, type: SharedItem['type']): string {
  return key === 'description' && type === 'Project' ? 'Beschrijving' : LABELS[key];
}

export function valuesOfItem(item: SharedItem): SharedWorkValues {
  return {
    name: item.name,
    kind: item.type === 'WorkingGroup' ? item.kind : 'WORKING_GROUP',
    status: item.type === 'Project' ? item.status : 'RUNNING',
    description: item.description ?? '',
    cadence: item.cadence ?? '',
    funder: item.funder ?? '',
    periodStart: item.periodStart ?? '',
    periodEnd: item.periodEnd ?? '',
  };
}

/** Equal as stored: the API trims and stores an empty text as null. */
const sameStored = (_key: SharedWorkKey, a: unknown, b: unknown): boolean => String(a ?? '').trim() === String(b ?? '').trim();

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function errorCode(error: ErrorLike): string | undefined {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions?.code as string | undefined) : undefined;
}

export type SharedWorkConflict = { status: 'detected' | 'loading' | 'failed' } | { status: 'merged'; merge: ThreeWay<SharedWorkKey>; mine: SharedWorkValues; theirs: SharedWorkValues };

export function useSharedWorkForm(item: SharedItem, reload: () => Promise<SharedItem | null>, onSaved: () => void) {
  const [values, setValues] = useState<SharedWorkValues>(() => valuesOfItem(item));
  // What the form was loaded from, and its version: saving builds on exactly that.
  const [base, setBase] = useState<SharedWorkValues>(() => valuesOfItem(item));
  const [version, setVersion] = useState(item.version);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SharedWorkConflict | null>(null);
  const [choices, setChoices] = useState<Partial<Record<SharedWorkKey, Choice>>>({});
  const [updateGroup, groupState] = useMutation(UpdateWorkingGroupMutation);
  const [updateProject, projectState] = useMutation(UpdateProjectMutation);
  const saving = groupState.loading || projectState.loading;

  const set = <K extends SharedWorkKey>(key: K, value: SharedWorkValues[K]): void => setValues((current) => ({ ...current, [key]: value }));

  /** Takes one version of a field both changed into the form. */
  const choose = (key: SharedWorkKey, choice: Choice): void => {
    if (conflict?.status !== 'merged') return;
    setChoices((current) => ({ ...current, [key]: choice }));
    set(key, (choice === 'mine' ? conflict.mine : conflict.theirs)[key]);
  };

  const loadLatest = async (): Promise<void> => {
    const mine = values;
    setConflict({ status: 'loading' });
    try {
      const latest = await reload();
      if (!latest) throw new Error('Niet meer gevonden');
      const theirs = valuesOfItem(latest);
      const merge = threeWay(SHARED_WORK_KEYS, base, mine, theirs, sameStored);
      const merged = { ...theirs };
      // Mine where only I changed it, and (until chosen otherwise) where we both did.
      for (const key of [...merge.mine, ...merge.conflicts]) (merged as Record<SharedWorkKey, string>)[key] = mine[key];
      setValues(merged);
      setBase(theirs);
      setVersion(latest.version);
      setChoices({});
      setProblem(null);
      setConflict({ status: 'merged', merge, mine, theirs });
    } catch {
      setConflict({ status: 'failed' });
    }
  };

  const submit = async (): Promise<void> => {
    setProblem(null);
    if (conflict?.status === 'merged') {
      const open = unresolved(conflict.merge, choices);
      if (open.length > 0) return setProblem(`Kies voor ${open.map((key) => sharedWorkLabel(key, item.type)).join(', ')} welke versie je bewaart.`);
    } else if (conflict) {
      return setProblem('Laad eerst de nieuwste versie.');
    }
    if (values.name.trim() === '') return setProblem('Geef een naam op.');
    if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart) return setProblem('Het einde van de periode ligt vóór het begin.');
    const common = {
      name: values.name.trim(),
      description: orNull(values.description),
      cadence: orNull(values.cadence),
      funder: orNull(values.funder),
      periodStart: orNull(values.periodStart),
      periodEnd: orNull(values.periodEnd),
    };
    try {
      if (item.type === 'WorkingGroup') {
        await updateGroup({ variables: { id: item.id, version, input: { ...common, kind: values.kind } } });
      } else {
        await updateProject({ variables: { id: item.id, version, input: { ...common, status: values.status } } });
      }
      setConflict(null);
      onSaved();
    } catch (error) {
      const code = errorCode(error as ErrorLike);
      if (code === 'VERSION_CONFLICT') setConflict({ status: 'detected' });
      else if (code === 'FORBIDDEN') setProblem('Je mag dit niet bewerken: alleen redacteurs van een eigenaar-zone mogen dat.');
      else setProblem(describeError(error as ErrorLike));
    }
  };

  return { values, set, problem, conflict, choices, choose, saving, submit, loadLatest };
}
