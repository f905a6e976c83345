import { useId, useState, type FormEvent } from 'react';
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS, WORKING_GROUP_KINDS, WORKING_GROUP_KIND_LABELS } from '@kruispunt/shared';
import { describeError } from '@/common/graphql-errors';
import type { ProjectStatus, WorkingGroupKind } from '@/gql/graphql';
import { UpdateProjectMutation, UpdateWorkingGroupMutation } from '../graphql/shared-work';
import type { SharedItem } from './SharedWorkView';

interface Values {
  name: string;
  kind: WorkingGroupKind;
  status: ProjectStatus;
  description: string;
  cadence: string;
  funder: string;
  periodStart: string;
  periodEnd: string;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function errorCode(error: ErrorLike): string | undefined {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions?.code as string | undefined) : undefined;
}

/** Edits the fields of a working group or project (editors of an owner zone; the API checks). */
export function SharedWorkForm({ item, onCancel, onSaved, onReload }: { item: SharedItem; onCancel: () => void; onSaved: () => void; onReload: () => void }) {
  const id = useId();
  const [values, setValues] = useState<Values>({
    name: item.name,
    kind: item.type === 'WorkingGroup' ? item.kind : 'WORKING_GROUP',
    status: item.type === 'Project' ? item.status : 'RUNNING',
    description: item.description ?? '',
    cadence: item.cadence ?? '',
    funder: item.funder ?? '',
    periodStart: item.periodStart ?? '',
    periodEnd: item.periodEnd ?? '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [updateGroup, groupState] = useMutation(UpdateWorkingGroupMutation);
  const [updateProject, projectState] = useMutation(UpdateProjectMutation);
  const saving = groupState.loading || projectState.loading;
  const set = <K extends keyof Values>(key: K, value: Values[K]): void => setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setProblem(null);
    setConflict(false);
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
        await updateGroup({ variables: { id: item.id, version: item.version, input: { ...common, kind: values.kind } } });
      } else {
        await updateProject({ variables: { id: item.id, version: item.version, input: { ...common, status: values.status } } });
      }
      onSaved();
    } catch (error) {
      const code = errorCode(error as ErrorLike);
      if (code === 'VERSION_CONFLICT') {
        setConflict(true);
        setProblem('Iemand anders heeft dit intussen bewaard. Laad de nieuwste versie; je wijzigingen hier gaan dan verloren, dus kopieer ze eerst als je ze wilt houden.');
      } else if (code === 'FORBIDDEN') {
        setProblem('Je mag dit niet bewerken: alleen redacteurs van een eigenaar-zone mogen dat.');
      } else {
        setProblem(describeError(error as ErrorLike));
      }
    }
  };

  const field = (key: 'name' | 'cadence' | 'funder', label: string, hint?: string) => (
    <div className="form__field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={values[key]} onChange={(e) => set(key, e.target.value)} required={key === 'name'} aria-describedby={hint ? `${id}-${key}-hint` : undefined} />
      {hint && (
        <span id={`${id}-${key}-hint`} className="form__hint">
          {hint}
        </span>
      )}
    </div>
  );

  return (
    <form className="form shared-work-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{item.type === 'Project' ? 'Project bewerken' : 'Werkgroep bewerken'}</h2>
      {problem && (
        <div className="form__error" role="alert">
          <p>{problem}</p>
          {conflict && (
            <button type="button" className="button button--small" onClick={onReload}>
              Nieuwste versie laden
            </button>
          )}
        </div>
      )}
      {field('name', 'Naam')}
      {item.type === 'WorkingGroup' ? (
        <div className="form__field">
          <label htmlFor={`${id}-kind`}>Soort groep</label>
          <select id={`${id}-kind`} value={values.kind} onChange={(e) => set('kind', e.target.value as WorkingGroupKind)}>
            {WORKING_GROUP_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {WORKING_GROUP_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="form__field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={values.status} onChange={(e) => set('status', e.target.value as ProjectStatus)}>
            {PROJECT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {PROJECT_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form__field">
        <label htmlFor={`${id}-description`}>{item.type === 'Project' ? 'Beschrijving' : 'Opdracht'}</label>
        <textarea id={`${id}-description`} rows={5} value={values.description} onChange={(e) => set('description', e.target.value)} />
      </div>
      {field('cadence', 'Frequentie', 'Hoe vaak de groep samenkomt, bv. “maandelijks” of “5 keer per jaar”.')}
      {field('funder', 'Financier')}
      <div className="form__row">
        <div className="form__field">
          <label htmlFor={`${id}-start`}>Begin van de periode</label>
          <input id={`${id}-start`} type="date" value={values.periodStart} onChange={(e) => set('periodStart', e.target.value)} />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-end`}>Einde van de periode</label>
          <input id={`${id}-end`} type="date" value={values.periodEnd} onChange={(e) => set('periodEnd', e.target.value)} />
        </div>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Bewaren…' : 'Bewaren'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
