import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS, WORKING_GROUP_KINDS, WORKING_GROUP_KIND_LABELS, formatDate } from '@kruispunt/shared';
import type { ProjectStatus, WorkingGroupKind } from '@/gql/graphql';
import { sharedWorkLabel, useSharedWorkForm, type SharedWorkConflict, type SharedWorkKey, type SharedWorkValues } from '../hooks/useSharedWorkForm';
import type { SharedItem } from '../shared-item';

const listFormat = new Intl.ListFormat('nl-BE', { type: 'conjunction' });

/** Edits the fields of a working group or project (editors of an owner zone; the API checks). */
export function SharedWorkForm({ item, onCancel, onSaved, onReload }: { item: SharedItem; onCancel: () => void; onSaved: () => void; onReload: () => Promise<SharedItem | null> }) {
  const id = useId();
  const { values, set, problem, conflict, choices, choose, saving, submit, loadLatest } = useSharedWorkForm(item, onReload, onSaved);
  const label = (key: SharedWorkKey): string => sharedWorkLabel(key, item.type);
  const asked = conflict?.status === 'merged' ? conflict.merge.conflicts : [];

  /** A field both people changed: the two versions to choose from, under its input. */
  const choice = (key: SharedWorkKey): ReactNode =>
    conflict?.status === 'merged' && asked.includes(key) ? (
      <fieldset className="conflict__field-choice" id={`${id}-keuze-${key}`}>
        <legend>{label(key)}: door jullie allebei gewijzigd. Welke versie bewaar je?</legend>
        {(['mine', 'theirs'] as const).map((side) => (
          <label key={side} className="conflict__version" data-chosen={choices[key] === side}>
            <input type="radio" name={`${id}-keuze-${key}`} checked={choices[key] === side} onChange={() => choose(key, side)} />{' '}
            <strong>{side === 'mine' ? 'Jouw versie' : 'Versie van de ander'}:</strong> {shown(key, (side === 'mine' ? conflict.mine : conflict.theirs)[key])}
          </label>
        ))}
      </fieldset>
    ) : null;

  const field = (key: 'name' | 'cadence' | 'funder', hint?: string) => (
    <div className="form__field">
      <label htmlFor={`${id}-${key}`}>{label(key)}</label>
      <input id={`${id}-${key}`} value={values[key]} onChange={(e) => set(key, e.target.value)} required={key === 'name'} aria-describedby={hint ? `${id}-${key}-hint` : undefined} />
      {hint && (
        <span id={`${id}-${key}-hint`} className="form__hint">
          {hint}
        </span>
      )}
      {choice(key)}
    </div>
  );

  return (
    <form
      className="form shared-work-form"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        void submit();
      }}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{item.type === 'Project' ? 'Project bewerken' : 'Werkgroep bewerken'}</h2>
      {conflict && <ConflictBanner conflict={conflict} label={label} onLoad={() => void loadLatest()} noun={item.type === 'Project' ? 'dit project' : 'deze werkgroep'} />}
      {problem && (
        <div className="form__error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {field('name')}
      {item.type === 'WorkingGroup' ? (
        <div className="form__field">
          <label htmlFor={`${id}-kind`}>{label('kind')}</label>
          <select id={`${id}-kind`} value={values.kind} onChange={(e) => set('kind', e.target.value as WorkingGroupKind)}>
            {WORKING_GROUP_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {WORKING_GROUP_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          {choice('kind')}
        </div>
      ) : (
        <div className="form__field">
          <label htmlFor={`${id}-status`}>{label('status')}</label>
          <select id={`${id}-status`} value={values.status} onChange={(e) => set('status', e.target.value as ProjectStatus)}>
            {PROJECT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {PROJECT_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          {choice('status')}
        </div>
      )}
      <div className="form__field">
        <label htmlFor={`${id}-description`}>{label('description')}</label>
        <textarea id={`${id}-description`} rows={5} value={values.description} onChange={(e) => set('description', e.target.value)} />
        {choice('description')}
      </div>
      {field('cadence', 'Hoe vaak de groep samenkomt, bv. “maandelijks” of “5 keer per jaar”.')}
      {field('funder')}
      <div className="form__row">
        <div className="form__field">
          <label htmlFor={`${id}-start`}>{label('periodStart')}</label>
          <input id={`${id}-start`} type="date" value={values.periodStart} onChange={(e) => set('periodStart', e.target.value)} />
          {choice('periodStart')}
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-end`}>{label('periodEnd')}</label>
          <input id={`${id}-end`} type="date" value={values.periodEnd} onChange={(e) => set('periodEnd', e.target.value)} />
          {choice('periodEnd')}
        </div>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving || (conflict !== null && conflict.status !== 'merged')}>
          {saving ? 'Bewaren…' : 'Bewaren'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

/** A field's value in words, for the choice between two versions. */
function shown(key: SharedWorkKey, value: SharedWorkValues[SharedWorkKey]): string {
  if (value.trim() === '') return '(leeg)';
  if (key === 'kind') return WORKING_GROUP_KIND_LABELS[value as WorkingGroupKind] ?? value;
  if (key === 'status') return PROJECT_STATUS_LABELS[value as ProjectStatus] ?? value;
  if (key === 'periodStart' || key === 'periodEnd') return formatDate(value);
  return value;
}

/**
 * Says what happened and what to do; scrolled into view and focused whenever its message
 * changes, so neither a screen reader nor a person scrolled down to "Bewaren" misses it.
 */
function ConflictBanner({ conflict, label, onLoad, noun }: { conflict: SharedWorkConflict; label: (key: SharedWorkKey) => string; onLoad: () => void; noun: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, [conflict.status]);
  const names = (keys: readonly SharedWorkKey[]): string => listFormat.format(keys.map((key) => `“${label(key)}”`));
  return (
    <div className="notice notice--warning conflict__banner" data-testid="conflict-banner">
      <h3 ref={heading} tabIndex={-1}>
        {conflict.status === 'merged' ? 'De nieuwste versie is geladen' : `Iemand anders heeft ${noun} intussen bewaard`}
      </h3>
      {conflict.status === 'merged' ? (
        <ul>
          {conflict.merge.theirs.length > 0 && <li>Overgenomen van de ander: {names(conflict.merge.theirs)}.</li>}
          {conflict.merge.mine.length > 0 && <li>Jouw wijzigingen blijven staan: {names(conflict.merge.mine)}.</li>}
          {conflict.merge.conflicts.length > 0 ? (
            <li>
              <strong>Door jullie allebei gewijzigd: {names(conflict.merge.conflicts)}. Kies bij dat veld welke versie je bewaart en klik dan op “Bewaren”.</strong>
            </li>
          ) : (
            <li>
              <strong>Niemand wijzigde dezelfde velden als jij. Controleer het formulier en klik op “Bewaren”.</strong>
            </li>
          )}
        </ul>
      ) : (
        <>
          <p>
            Je wijzigingen zijn nog niet bewaard en staan nog in het formulier. Laad de nieuwste versie: wat alleen de ander wijzigde, nemen we over; wat alleen jij wijzigde, blijft staan;
            bij velden die jullie allebei wijzigden, kies je zelf.
          </p>
          {conflict.status === 'failed' && <p role="alert">De nieuwste versie kon niet geladen worden. Controleer je verbinding en probeer opnieuw.</p>}
          <button type="button" className="button button--small" onClick={onLoad} disabled={conflict.status === 'loading'}>
            {conflict.status === 'loading' ? 'Nieuwste versie laden…' : 'Nieuwste versie laden'}
          </button>
        </>
      )}
    </div>
  );
}
