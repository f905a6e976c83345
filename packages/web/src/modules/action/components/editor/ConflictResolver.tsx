import { useEffect, useRef, useState } from 'react';
import { EVALUATION_KIND_LABELS, FUNDING_KIND_LABELS, PROGRESS_STATUS_LABELS, formatDate } from '@kruispunt/shared';
import { CheckMark } from '@/common/components/CheckMark';
import { formatNumber, monthLabel } from '@/common/format';
import { DiffText } from '@/common/components/DiffText';
import type { Choice } from '@/common/merge/three-way';
import { worthDiffing } from '@/common/merge/text-diff';
import { fieldLabel, quotedList } from '../../field-labels';
import { EVALUATION_PARTS, PART_KIND, type ActionValues, type ValueKey } from '../../form/action-form';
import type { ActionConflict } from '../../hooks/useActionEditor';

interface Props {
  conflict: ActionConflict;
  names: ReadonlyMap<string, string>;
  saving: boolean;
  error: string | null;
  /** Saves with these choices; returns the conflicting fields still without one. */
  onResolve: (choices: Partial<Record<ValueKey, Choice>>) => ValueKey[];
  onRetry: () => void;
}

/**
 * Someone saved the action while this user was editing it. The latest version is loaded and
 * merged against what the user started from: what only the other person changed is taken over,
 * what only this user changed stays, and only fields both changed differently are asked here.
 * The banner takes focus and says what happened and what to do.
 */
export function ConflictResolver({ conflict, names, saving, error, onResolve, onRetry }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Partial<Record<ValueKey, Choice>>>({});
  const [missing, setMissing] = useState<ValueKey[]>([]);
  const ready = conflict.status === 'ready' ? conflict : null;

  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [conflict.status]);

  const resolve = (): void => {
    const open = onResolve(choices);
    setMissing(open);
    if (open.length > 0) document.getElementById(`keuze-${open[0]}`)?.focus();
  };
  const asked = ready?.merge.conflicts ?? [];

  return (
    <section className="conflict" aria-labelledby="conflict-titel">
      <div className="notice notice--warning conflict__banner" data-testid="conflict-banner">
        <h2 id="conflict-titel" ref={headingRef} tabIndex={-1}>
          Iemand anders heeft deze actie intussen gewijzigd
        </h2>
        <p>Je wijzigingen zijn nog niet bewaard, en er gaat niets verloren.</p>
        {conflict.status === 'loading' && (
          <p role="status">
            <span className="spinner" aria-hidden="true" /> De nieuwste versie wordt geladen…
          </p>
        )}
        {conflict.status === 'failed' && (
          <>
            <p role="alert">De nieuwste versie kon niet geladen worden. Controleer je verbinding en probeer opnieuw.</p>
            <button type="button" className="button button--small" onClick={onRetry}>
              Nieuwste versie laden
            </button>
          </>
        )}
        {ready && (
          <ul className="conflict__summary">
            {ready.merge.theirs.length > 0 && <li>Overgenomen uit de nieuwste versie: {quotedList(ready.merge.theirs)}.</li>}
            {ready.merge.mine.length > 0 && <li>Jouw wijzigingen blijven staan: {quotedList(ready.merge.mine)}.</li>}
            {asked.length > 0 ? (
              <li>
                <strong>Door jullie allebei gewijzigd: {quotedList(asked)}. Kies hieronder welke versie je bewaart en klik op “Keuzes bewaren”.</strong>
              </li>
            ) : (
              <li>
                <strong>Niemand wijzigde dezelfde velden als jij. Klik op “Samengevoegde versie bewaren”.</strong>
              </li>
            )}
          </ul>
        )}
      </div>

      {ready && asked.length > 0 && (
        <ol className="conflict__list">
          {asked.map((key) => (
            <li key={key} className="conflict__field" data-testid={`conflict-${key}`}>
              <fieldset id={`keuze-${key}`} tabIndex={-1} aria-describedby={missing.includes(key) && !choices[key] ? `keuze-${key}-fout` : undefined}>
                <legend>
                  {fieldLabel(key)}
                  <span className="conflict__tag">door jullie allebei gewijzigd</span>
                </legend>
                <p className="conflict__diff-hint muted">Gemarkeerd: wat elk van jullie veranderde aan de tekst waarmee je begon.</p>
                <div className="conflict__versions">
                  {(['mine', 'theirs'] as const).map((side) => (
                    <label key={side} className="conflict__version" data-chosen={choices[key] === side}>
                      <span className="conflict__choice">
                        <input type="radio" name={`keuze-${key}`} value={side} checked={choices[key] === side} onChange={() => setChoices((c) => ({ ...c, [key]: side }))} />{' '}
                        {side === 'mine' ? 'Jouw versie' : 'Versie van de ander'}
                      </span>
                      <ValueView field={key} value={(side === 'mine' ? ready.mine : ready.theirs)[key]} base={ready.base[key]} names={names} />
                    </label>
                  ))}
                </div>
                {missing.includes(key) && !choices[key] && (
                  <p id={`keuze-${key}-fout`} className="field__error">
                    ⚠ Kies welke versie je bewaart.
                  </p>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
      )}

      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      {missing.some((key) => !choices[key]) && (
        <p className="form__error" role="alert">
          Kies nog voor {missing.filter((key) => !choices[key]).length === 1 ? 'één veld' : `${missing.filter((key) => !choices[key]).length} velden`} welke versie je bewaart.
        </p>
      )}
      {ready && (
        <div className="save-bar">
          <button type="button" className="button" onClick={resolve} disabled={saving}>
            {saving ? 'Bezig met bewaren…' : asked.length > 0 ? 'Keuzes bewaren' : 'Samengevoegde versie bewaren'}
          </button>
        </div>
      )}
    </section>
  );
}

/** One field's value, readable. */
export function ValueView({ field, value, base, names }: { field: ValueKey; value: unknown; base?: unknown; names: ReadonlyMap<string, string> }) {
  const none = <span className="muted">(leeg)</span>;
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return <div className="conflict__value">{none}</div>;
  const v = value as never;
  let body: React.ReactNode;
  switch (field) {
    case 'goal':
      body = names.get(String(value)) ?? 'Een doelstelling';
      break;
    case 'startDate':
    case 'endDate':
      body = formatDate(String(value));
      break;
    case 'funding':
      body = FUNDING_KIND_LABELS[v as keyof typeof FUNDING_KIND_LABELS] ?? String(value);
      break;
    case 'progressStatus':
      body = PROGRESS_STATUS_LABELS[v as keyof typeof PROGRESS_STATUS_LABELS] ?? String(value);
      break;
    case 'lead': {
      const lead = value as ActionValues['lead'];
      const links = [lead?.zoneId, lead?.partnerId, lead?.workingGroupId].filter((id): id is string => Boolean(id)).map((id) => names.get(id) ?? 'gekoppeld item');
      body = (
        <>
          {lead?.text}
          {links.length > 0 && <span className="muted"> ({links.join(', ')})</span>}
        </>
      );
      break;
    }
    case 'evaluation': {
      const evaluation = value as ActionValues['evaluation'];
      body = (
        <ul className="plain-list">
          {EVALUATION_PARTS.map((part) => (
            <li key={part}>
              <CheckMark checked={evaluation[part].chosen} />
              {EVALUATION_KIND_LABELS[PART_KIND[part]]}
              {evaluation[part].text && <span className="muted"> – {evaluation[part].text}</span>}
            </li>
          ))}
        </ul>
      );
      break;
    }
    case 'steps':
      body = (
        <ol>
          {(value as ActionValues['steps']).map((step, index) => (
            <li key={index}>
              {step.text}
              {(step.month || step.date) && <span className="muted"> ({step.date ? formatDate(step.date) : monthLabel(step.month ?? 0)})</span>}
            </li>
          ))}
        </ol>
      );
      break;
    case 'indicators':
      body = (
        <ul>
          {(value as ActionValues['indicators']).map((indicator, index) => (
            <li key={index}>
              {indicator.name}
              <span className="muted">
                {' '}
                ({EVALUATION_KIND_LABELS[indicator.kind]}
                {indicator.method && `, ${indicator.method}`}
                {indicator.targetValue != null && `, streefwaarde ${formatNumber(indicator.targetValue)}${indicator.targetUnit ? ` ${indicator.targetUnit}` : ''}`})
              </span>
            </li>
          ))}
        </ul>
      );
      break;
    case 'timeline':
      body = (
        <ul className="plain-list">
          {(value as ActionValues['timeline']).map((entry) => (
            <li key={entry.month}>
              <strong>{monthLabel(entry.month)}</strong>
            </li>
          ))}
        </ul>
      );
      break;
    case 'themeIds':
    case 'stakeholderPartnerIds':
    case 'workingGroupIds':
    case 'projectIds':
    case 'linkedActionIds':
      body = (
        <ul>
          {(value as string[]).map((id) => (
            <li key={id}>{names.get(id) ?? 'Onbekend item'}</li>
          ))}
        </ul>
      );
      break;
    case 'contactPersonId':
      body = <span>{value ? (names.get(String(value)) ?? 'Iemand anders') : 'Niemand gekozen'}</span>;
      break;
    case 'estimatedDays':
      body = <span>{value == null ? 'Niet geschat' : `${formatNumber(value as number)} werkdagen`}</span>;
      break;
    default: {
      // A text or list of texts: marked against the version the person started from.
      const asText = (v: unknown): string => (Array.isArray(v) ? v.map(String).join('\n') : v == null ? '' : String(v));
      if (base !== undefined && worthDiffing(asText(base), asText(value))) {
        body = <DiffText before={asText(base)} after={asText(value)} />;
        break;
      }
      body = Array.isArray(value) ? (
        <ul>
          {(value as string[]).map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      ) : (
        <span className="prose-item">{String(value)}</span>
      );
    }
  }
  return <div className="conflict__value">{body}</div>;
}
