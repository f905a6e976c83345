// What a small versioned form (useVersionedForm) shows after someone else saved first: a banner
// that takes focus and says what happened (and, when the form waits for it, offers "Nieuwste
// versie laden"), and under each field both changed, the two versions to choose from (texts
// marked against the version the person started from).
import { useEffect, useRef } from 'react';
import { DiffText } from '@/common/components/DiffText';
import { worthDiffing } from '@/common/merge/text-diff';
import type { Choice } from '@/common/merge/three-way';
import type { VersionedConflict } from './useVersionedForm';
import { andList } from './versioned-merge';

export function ConflictBanner<K extends string>({
  conflict,
  label,
  noun,
  submitLabel,
  onLoad,
  level = 3,
}: {
  conflict: VersionedConflict<K>;
  label: (key: K) => string;
  /** What was saved: "de algemene teksten", "deze doelstelling". */
  noun: string;
  /** The form's save button, named in what to do next. */
  submitLabel: string;
  /** Reads the latest version ("Nieuwste versie laden"). */
  onLoad: () => void;
  /** The heading's level: one below the form's own heading. */
  level?: 3 | 4 | 5;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focused whenever its message changes, so nobody misses it.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, [conflict.status]);
  const Heading = `h${level}` as const;
  const names = (keys: readonly K[]): string => andList(keys.map((key) => `“${label(key)}”`));
  return (
    <div className="notice notice--warning conflict__banner" data-testid="conflict-banner">
      <Heading ref={heading} tabIndex={-1} className="conflict__banner-title">
        {conflict.status === 'merged' ? 'De nieuwste versie is geladen' : `Iemand anders heeft ${noun} intussen bewaard`}
      </Heading>
      {conflict.status === 'merged' ? (
        <>
          <p>Iemand anders heeft {noun} intussen bewaard. Je wijzigingen zijn nog niet bewaard, er gaat niets verloren.</p>
          <ul>
            {conflict.merge.theirs.length > 0 && <li>Overgenomen van de ander: {names(conflict.merge.theirs)}.</li>}
            {conflict.merge.mine.length > 0 && <li>Jouw wijzigingen blijven staan: {names(conflict.merge.mine)}.</li>}
            {conflict.merge.conflicts.length > 0 ? (
              <li>
                <strong>
                  Door jullie allebei gewijzigd: {names(conflict.merge.conflicts)}. Kies bij dat veld welke versie je bewaart en klik dan op “{submitLabel}”.
                </strong>
              </li>
            ) : (
              <li>
                <strong>Niemand wijzigde dezelfde velden als jij. Controleer het formulier en klik op “{submitLabel}”.</strong>
              </li>
            )}
          </ul>
        </>
      ) : (
        <>
          <p>
            Je wijzigingen zijn nog niet bewaard en staan nog in het formulier, er gaat niets verloren.
            {conflict.status === 'detected' && ' Laad de nieuwste versie: daarna kies je per veld dat jullie allebei wijzigden welke versie blijft.'}
          </p>
          {conflict.status === 'loading' && (
            <p role="status">
              <span className="spinner" aria-hidden="true" /> De nieuwste versie wordt geladen…
            </p>
          )}
          {conflict.status === 'failed' && <p role="alert">De nieuwste versie kon niet geladen worden. Controleer je verbinding en probeer opnieuw.</p>}
          {conflict.status !== 'loading' && (
            <button type="button" className="button button--small" onClick={onLoad}>
              Nieuwste versie laden
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** Under a field both people changed: the two versions, one to choose. */
export function ConflictChoice<K extends string>({
  id,
  field,
  label,
  conflict,
  chosen,
  onChoose,
  shown = (value) => value,
}: {
  id: string;
  field: K;
  label: string;
  conflict: VersionedConflict<K> | null;
  chosen: Choice | undefined;
  onChoose: (choice: Choice) => void;
  shown?: (value: string) => string;
}) {
  if (conflict?.status !== 'merged' || !conflict.merge.conflicts.includes(field)) return null;
  const base = shown(conflict.base[field] ?? '');
  return (
    <fieldset className="conflict__field-choice" id={`${id}-keuze`} data-testid={`conflict-${field}`}>
      <legend>{label}: door jullie allebei gewijzigd. Welke versie bewaar je?</legend>
      {(['mine', 'theirs'] as const).map((side) => {
        const value = shown((side === 'mine' ? conflict.mine : conflict.theirs)[field] ?? '');
        return (
          <label key={side} className="conflict__version" data-chosen={chosen === side}>
            <span className="conflict__choice">
              <input type="radio" name={`${id}-keuze`} checked={chosen === side} onChange={() => onChoose(side)} /> <strong>{side === 'mine' ? 'Jouw versie' : 'Versie van de ander'}</strong>
            </span>
            <span className="conflict__value">
              {value.trim() === '' ? (
                <span className="muted">(leeg)</span>
              ) : worthDiffing(base, value) ? (
                <DiffText before={base} after={value} />
              ) : (
                <span className="prose-item">{value}</span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
