import { useId, useState } from 'react';
import { useDebounced } from '@/common/hooks/useDebounced';
import type { NamedRef } from '../../form/action-form';

interface SearchPickerProps {
  label: string;
  /** What is chosen now. */
  selected: readonly NamedRef[];
  onChange: (selected: NamedRef[]) => void;
  /** Results for a search text (2 characters or more). */
  useResults: (search: string) => { results: NamedRef[]; loading: boolean; error: boolean };
  emptySelection: string;
  noun: string;
  error?: string;
}

/** A chosen list with a search box to add to it (partners, linked actions). */
export function SearchPicker({ label, selected, onChange, useResults, emptySelection, noun, error }: SearchPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim());
  const { results, loading, error: failed } = useResults(search);
  const chosen = new Set(selected.map((item) => item.id));
  const open = search.length >= 2;
  return (
    <div className="picker" data-invalid={error ? true : undefined}>
      <p className="field__label" id={`${id}-label`}>
        {label}
      </p>
      {selected.length === 0 ? (
        <p className="muted">{emptySelection}</p>
      ) : (
        <ul className="picker__chosen" aria-labelledby={`${id}-label`}>
          {selected.map((item) => (
            <li key={item.id}>
              <span>{item.name}</span>
              <button type="button" className="link-button" onClick={() => onChange(selected.filter((s) => s.id !== item.id))}>
                Verwijderen<span className="visually-hidden">: {item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-zoek`} className="picker__search-label">
        {noun} zoeken
      </label>
      <input id={`${id}-zoek`} type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="Typ minstens 2 letters" autoComplete="off" />
      <div aria-live="polite" className="picker__results">
        {open &&
          (failed ? (
            <p className="field__error">Zoeken lukte niet. Probeer opnieuw.</p>
          ) : loading ? (
            <p className="muted">Zoeken…</p>
          ) : results.length === 0 ? (
            <p className="muted">Niets gevonden voor “{search}”.</p>
          ) : (
            <ul>
              {results.map((item) => (
                <li key={item.id}>
                  <span>{item.name}</span>
                  {chosen.has(item.id) ? (
                    <span className="muted">gekozen</span>
                  ) : (
                    <button type="button" className="link-button" onClick={() => onChange([...selected, item])}>
                      Toevoegen<span className="visually-hidden">: {item.name}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ))}
      </div>
      {error && <p className="field__error">⚠ {error}</p>}
    </div>
  );
}
