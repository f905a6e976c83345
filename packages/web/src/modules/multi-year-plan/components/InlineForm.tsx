// One small form of the multi-year plan page (a plan, a strategic or an operational goal): its
// fields, errors beside them, and after a version conflict the notice that loads the other
// person's version and, per field both changed, the choice between the two.
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { ConflictBanner, ConflictChoice } from '@/common/forms/ConflictParts';
import { Field } from '@/common/forms/Field';
import type { VersionedForm } from '@/common/forms/useVersionedForm';
import '@/common/forms/versioned-form.css';

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
      {conflict && <ConflictBanner conflict={conflict} label={(key) => labels[key]} noun={noun} submitLabel={submitLabel} onLoad={() => void loadLatest()} level={5} />}
      {problem && (
        <p className="form__error" role="alert">
          {problem}
        </p>
      )}
      <div className="myp-form__fields">
        {fields.map((spec, index) => (
          <div key={spec.key} className={spec.narrow ? 'myp-form__cell myp-form__cell--narrow' : 'myp-form__cell'}>
            {control(spec, index)}
            <ConflictChoice
              id={`${id}-${spec.key}`}
              field={spec.key}
              label={labels[spec.key]}
              conflict={conflict}
              chosen={choices[spec.key]}
              onChoose={(side) => choose(spec.key, side)}
              shown={(value) => shown(spec.key, value)}
            />
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
