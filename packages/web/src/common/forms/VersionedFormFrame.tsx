// The frame of an editor on a page section built on useVersionedForm (a plan's general texts, the
// zone profile): a form named by a hidden heading, the conflict banner and the form's problem on
// top, the fields, and "Opslaan" / "Annuleren". Ctrl+Enter saves from any field; Escape leaves
// an untouched editor.
import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { ConflictBanner } from './ConflictParts';
import type { VersionedForm } from './useVersionedForm';
import './versioned-form.css';

interface Props<K extends string> {
  form: VersionedForm<K>;
  /** The form's name for assistive technology ("Zoneprofiel bewerken"). */
  title: string;
  className: string;
  label: (key: K) => string;
  /** What was saved, in the conflict banner: "het zoneprofiel". */
  noun: string;
  onCancel: () => void;
  children: ReactNode;
}

export function VersionedFormFrame<K extends string>({ form, title, className, label, noun, onCancel, children }: Props<K>) {
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void form.submit();
    } else if (event.key === 'Escape' && !form.dirty) {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form
      className={`form versioned-form ${className}`}
      aria-labelledby={`${id}-titel`}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <h3 id={`${id}-titel`} className="visually-hidden">
        {title}
      </h3>
      {form.conflict && <ConflictBanner conflict={form.conflict} label={label} noun={noun} submitLabel="Opslaan" onLoad={() => void form.loadLatest()} />}
      {form.problem && (
        <p className="form__error" role="alert">
          {form.problem}
        </p>
      )}
      {children}
      <div className="versioned-form__actions">
        <button type="submit" className="button" disabled={form.saving || (form.conflict !== null && form.conflict.status !== 'merged')}>
          {form.saving ? 'Opslaan…' : 'Opslaan'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={form.saving}>
          Annuleren
        </button>
        <span className="muted small">Ctrl+Enter bewaart.</span>
      </div>
    </form>
  );
}
