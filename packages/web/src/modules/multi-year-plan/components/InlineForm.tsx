// One small form of the multi-year plan page (a plan, a strategic or an operational goal): its
// fields, errors beside them, and after a version conflict the notice that loads the other
// person's version and, per field both changed, the choice between the two.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { Field } from '@/common/forms/Field';
import type { FormConflict, VersionedForm } from '../hooks/useVersionedForm';

export interface FieldSpec<K extends string> {
  key: K;
  label: string;
  kind: 'text' | 'textarea' | 'year' | 'date' | 'select' | 'lines';
  hint?: string;
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** A narrow field (numbers, years) beside the next one on wide screens. */
  narrow?: boolean;
}

interface InlineFormProps<K extends string> {
  title: string;
  form: VersionedForm<K>;
  fields: ReadonlyArray<FieldSpec<K>>;
  labels: Record<K, string>;
  submitLabel: string;
  onCancel: () => void;
  /** Shows a value of the other person's or my version in words. */
  shown?: (key: K, value: string) => string;
  noun: string;
}

export function InlineForm<K extends string>({ title, form, fields, labels, submitLabel, onCancel, shown = (_k, v) => v, noun }: InlineFormProps<K>) {
  const id = useId();
  const first = useRef<HTMLElement | null>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  const { values, set, errors, problem, conflict, choices, choose, saving, submit, loadLatest } = form;
  const asked = conflict?.status === 'merged' ? conflict.merge.conflicts : [];

  const choice = (key: K): ReactNode =>
    conflict?.status === 'merged' && asked.includes(key) ? (
      <fieldset className="conflict__field-choice myp-choice">
        <legend>{labels[key]}: door jullie allebei gewijzigd. Welke versie bewaar je?</legend>
        {(['mine', 'theirs'] as const).map((side) => (
          <label key={side} className="conflict__version" data-chosen={choices[key] === side}>
            <input type="radio" name={`${id}-keuze-${key}`} checked={choices[key] === side} onChange={() => choose(key, side)} />{' '}
            <strong>{side === 'mine' ? 'Jouw versie' : 'Versie van de ander'}:</strong> <span className="myp-choice__value">{shownOrEmpty(shown(key, (side === 'mine' ? conflict.mine : conflict.theirs)[key]))}</span>
          </label>
        ))}
      </fieldset>
    ) : null;

  const control = (spec: FieldSpec<K>, index: number) => (
    <Field key={spec.key} id={`${id}-${spec.key}`} label={spec.label} hint={spec.hint} error={errors[spec.key]} className={spec.narrow ? 'myp-form__narrow' : undefined}>
      {(props) => {
        const ref = index === 0 ? (el: HTMLElement | null) => void (first.current = el) : undefined;
        const common = { ...props, ref, value: values[spec.key], name: spec.key, disabled: saving };
        switch (spec.kind) {
          case 'textarea':
          case 'lines':
            return <textarea {...common} rows={spec.kind === 'lines' ? 4 : 3} onChange={(e) => set(spec.key, e.target.value)} />;
          case 'select':
            return (
              <select {...common} onChange={(e) => set(spec.key, e.target.value)}>
                <option value="">Kies…</option>
                {spec.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            );
          case 'year':
            return <input {...common} type="number" inputMode="numeric" min={2000} max={2100} onChange={(e) => set(spec.key, e.target.value)} />;
          case 'date':
            return <input {...common} type="date" onChange={(e) => set(spec.key, e.target.value)} />;
          default:
            return <input {...common} type="text" onChange={(e) => set(spec.key, e.target.value)} />;
        }
      }}
    </Field>
  );

  return (
    <form
      className="myp-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !saving) {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h4 id={`${id}-heading`} className="myp-form__title">
        {title}
      </h4>
      {conflict && <ConflictNotice conflict={conflict} labels={labels} noun={noun} onLoad={() => void loadLatest()} />}
      {problem && (
        <p className="form__error" role="alert">
          {problem}
        </p>
      )}
      <div className="myp-form__fields">
        {fields.map((spec, index) => (
          <div key={spec.key} className={spec.narrow ? 'myp-form__cell myp-form__cell--narrow' : 'myp-form__cell'}>
            {control(spec, index)}
            {choice(spec.key)}
          </div>
        ))}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={saving || (conflict !== null && conflict.status !== 'merged')}>
          {saving ? 'Bewaren…' : submitLabel}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel} disabled={saving}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

const shownOrEmpty = (value: string): string => (value.trim() === '' ? '(leeg)' : value);

const listFormat = new Intl.ListFormat('nl-BE', { type: 'conjunction' });

/** Says what happened and what to do; focused when its message changes, so nobody misses it. */
function ConflictNotice<K extends string>({ conflict, labels, noun, onLoad }: { conflict: FormConflict<K>; labels: Record<K, string>; noun: string; onLoad: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [conflict.status]);
  const names = (keys: readonly K[]): string => listFormat.format(keys.map((key) => `“${labels[key]}”`));
  return (
    <div className="notice notice--warning" data-testid="conflict-banner">
      <h5 ref={heading} tabIndex={-1} className="myp-form__title">
        {conflict.status === 'merged' ? 'De nieuwste versie is geladen' : `Iemand anders heeft ${noun} intussen bewaard`}
      </h5>
      {conflict.status === 'merged' ? (
        <ul>
          {conflict.merge.theirs.length > 0 && <li>Overgenomen van de ander: {names(conflict.merge.theirs)}.</li>}
          {conflict.merge.mine.length > 0 && <li>Jouw wijzigingen blijven staan: {names(conflict.merge.mine)}.</li>}
          {conflict.merge.conflicts.length > 0 ? (
            <li>
              <strong>Door jullie allebei gewijzigd: {names(conflict.merge.conflicts)}. Kies bij dat veld welke versie je bewaart en klik dan op bewaren.</strong>
            </li>
          ) : (
            <li>
              <strong>Niemand wijzigde dezelfde velden als jij. Controleer het formulier en bewaar.</strong>
            </li>
          )}
        </ul>
      ) : (
        <>
          <p>Je wijzigingen zijn nog niet bewaard en staan nog in het formulier. Laad de nieuwste versie: daarna kies je per veld dat jullie allebei wijzigden welke versie blijft.</p>
          {conflict.status === 'failed' && <p role="alert">De nieuwste versie kon niet geladen worden. Controleer je verbinding en probeer opnieuw.</p>}
          <button type="button" className="button button--small" onClick={onLoad} disabled={conflict.status === 'loading'}>
            {conflict.status === 'loading' ? 'Nieuwste versie laden…' : 'Nieuwste versie laden'}
          </button>
        </>
      )}
    </div>
  );
}
