import type { ReactNode } from 'react';
import { Field } from '@/common/forms/Field';
import type { Option } from './option';

export type { Option } from './option';

interface Common {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
}

export function TextInput({
  value,
  onChange,
  type = 'text',
  required,
  inputMode,
  placeholder,
  ...field
}: Common & { value: string; onChange: (value: string) => void; type?: string; required?: boolean; inputMode?: 'decimal' | 'text'; placeholder?: string }) {
  return (
    <Field {...field}>
      {(control) => <input {...control} type={type} value={value} required={required} inputMode={inputMode} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

export function TextArea({ value, onChange, rows = 4, ...field }: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  return <Field {...field}>{(control) => <textarea {...control} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />}</Field>;
}

/** A list edited as lines: one item per line. */
export function LinesInput(props: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  return <TextArea {...props} hint={props.hint ?? 'Eén per regel. Begin een regel met twee spaties om ze onder de regel erboven te hangen (een sub-punt).'} />;
}

export function SelectInput({
  value,
  onChange,
  options,
  groups,
  empty,
  ...field
}: Common & { value: string; onChange: (value: string) => void; options?: readonly Option[]; groups?: ReadonlyArray<{ label: string; options: readonly Option[] }>; empty?: string }) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {groups?.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Several choices as checkboxes in a fieldset (themes, working groups, ...). */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  empty,
  error,
  name,
}: {
  legend: string;
  name: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  empty?: string;
  error?: string;
}) {
  const chosen = new Set(selected);
  return (
    <fieldset className="checkbox-group" id={`veld-${name}`}>
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="muted">{empty ?? 'Geen keuzes.'}</p>
      ) : (
        <ul>
          {options.map((option) => (
            <li key={option.value}>
              <label>
                <input
                  type="checkbox"
                  name={name}
                  value={option.value}
                  checked={chosen.has(option.value)}
                  onChange={(event) => onChange(event.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value))}
                />{' '}
                {option.label}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field__error">⚠ {error}</p>}
    </fieldset>
  );
}
