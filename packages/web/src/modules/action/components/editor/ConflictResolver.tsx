import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { EVALUATION_KIND_LABELS, FUNDING_KIND_LABELS, PROGRESS_STATUS_LABELS, formatDate } from '@kruispunt/shared';
import { CheckMark } from '@/common/components/CheckMark';
import { formatNumber, monthLabel } from '@/common/format';
import { fieldLabel } from '../../field-labels';
import {
  EVALUATION_PARTS,
  PART_KIND,
  VALUE_KEYS,
  applyValue,
  referencedIds,
  sameValue,
  valuesFromCurrent,
  type ActionForm,
  type ActionValues,
  type ValueKey,
} from '../../form/action-form';
import { NodeNamesQuery } from '../../graphql/action-editor';

export interface Conflict {
  /** The values the user started from. */
  base: ActionValues;
  /** The user's values when saving. */
  mine: ActionValues;
  /** The stored values as the API reported them. */
  current: Record<string, unknown>;
  currentVersion: number;
}

type Choice = 'mine' | 'theirs';

interface Props {
  conflict: Conflict;
  form: ActionForm;
  names: ReadonlyMap<string, string>;
  saving: boolean;
  error: string | null;
  onResolve: (form: ActionForm, newBase: ActionValues, newVersion: number) => void;
}

/**
 * Someone saved the action while this user was editing it. Per field the other person changed:
 * both values side by side and a choice. Fields only this user changed keep their value, fields
 * only the other person changed take theirs unless the user says otherwise: nothing is lost.
 */
export function ConflictResolver({ conflict, form, names, saving, error, onResolve }: Props) {
  const theirs = useMemo(() => valuesFromCurrent(conflict.current), [conflict.current]);
  const unknownIds = useMemo(() => [...new Set(referencedIds(theirs))].filter((id) => !names.has(id)), [theirs, names]);
  const lookup = useQuery(NodeNamesQuery, { variables: { ids: unknownIds }, skip: unknownIds.length === 0 });
  const allNames = useMemo(() => {
    const map = new Map(names);
    for (const node of lookup.data?.nodes ?? []) {
      if (!node) continue;
      const name = 'name' in node ? node.name : 'title' in node ? node.title : undefined;
      if (typeof name === 'string') map.set(node.id, name);
    }
    return map;
  }, [names, lookup.data]);

  const rows = useMemo(
    () =>
      VALUE_KEYS.filter((key) => key in theirs && !sameValue(key, conflict.base[key], theirs[key])).map((key) => {
        const mineChanged = !sameValue(key, conflict.base[key], conflict.mine[key]);
        const same = sameValue(key, conflict.mine[key], theirs[key]);
        return { key, mineChanged, same, both: mineChanged && !same };
      }),
    [theirs, conflict],
  );
  const keptMine = VALUE_KEYS.filter(
    (key) => !sameValue(key, conflict.base[key], conflict.mine[key]) && !rows.some((row) => row.key === key),
  );
  const [choices, setChoices] = useState<Partial<Record<ValueKey, Choice>>>(() =>
    Object.fromEntries(rows.filter((row) => !row.both).map((row) => [row.key, row.same ? 'mine' : 'theirs'])),
  );
  const [showMissing, setShowMissing] = useState(false);
  const open = rows.filter((row) => row.both && !choices[row.key]);

  const resolve = (): void => {
    if (open.length > 0) {
      setShowMissing(true);
      document.getElementById(`keuze-${open[0]?.key}`)?.focus();
      return;
    }
    let resolved = form;
    for (const row of rows) if (choices[row.key] === 'theirs') resolved = applyValue(resolved, row.key, theirs, allNames);
    onResolve(resolved, { ...conflict.base, ...theirs } as ActionValues, conflict.currentVersion);
  };

  return (
    <section className="conflict" aria-labelledby="conflict-titel">
      <div className="notice notice--warning" role="alert">
        <h2 id="conflict-titel">Iemand anders heeft deze actie intussen gewijzigd</h2>
        <p>
          Je wijzigingen zijn nog niet bewaard, en er gaat niets verloren. Kies hieronder per veld welke versie je bewaart. Velden die alleen jij
          wijzigde, blijven zoals jij ze invulde.
        </p>
      </div>

      {rows.length === 0 ? (
        <p>De andere wijziging raakt geen velden die je hier bewerkt. Bewaar opnieuw om je wijzigingen op te slaan.</p>
      ) : (
        <ol className="conflict__list">
          {rows.map((row) => (
            <li key={row.key} className="conflict__field" data-both={row.both} data-testid={`conflict-${row.key}`}>
              <fieldset id={`keuze-${row.key}`} tabIndex={-1} aria-describedby={showMissing && row.both && !choices[row.key] ? `keuze-${row.key}-fout` : undefined}>
                <legend>
                  {fieldLabel(row.key)}
                  {row.both ? <span className="conflict__tag">door jullie allebei gewijzigd</span> : <span className="conflict__tag conflict__tag--calm">alleen door de ander gewijzigd</span>}
                </legend>
                <div className="conflict__versions">
                  <label className="conflict__version" data-chosen={choices[row.key] === 'mine'}>
                    <span className="conflict__choice">
                      <input
                        type="radio"
                        name={`keuze-${row.key}`}
                        value="mine"
                        checked={choices[row.key] === 'mine'}
                        onChange={() => setChoices((c) => ({ ...c, [row.key]: 'mine' }))}
                      />{' '}
                      {row.mineChanged ? 'Jouw versie' : 'Jouw versie (ongewijzigd)'}
                    </span>
                    <ValueView field={row.key} value={conflict.mine[row.key]} names={allNames} />
                  </label>
                  <label className="conflict__version" data-chosen={choices[row.key] === 'theirs'}>
                    <span className="conflict__choice">
                      <input
                        type="radio"
                        name={`keuze-${row.key}`}
                        value="theirs"
                        checked={choices[row.key] === 'theirs'}
                        onChange={() => setChoices((c) => ({ ...c, [row.key]: 'theirs' }))}
                      />{' '}
                      Versie van de ander
                    </span>
                    <ValueView field={row.key} value={theirs[row.key]} names={allNames} />
                  </label>
                </div>
                {showMissing && row.both && !choices[row.key] && (
                  <p id={`keuze-${row.key}-fout`} className="field__error">
                    ⚠ Kies welke versie je bewaart.
                  </p>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
      )}

      {keptMine.length > 0 && (
        <p className="muted">
          Je andere wijzigingen blijven behouden: {keptMine.map((key) => fieldLabel(key)).join(', ')}
        </p>
      )}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      {showMissing && open.length > 0 && (
        <p className="form__error" role="alert">
          Kies nog voor {open.length === 1 ? 'één veld' : `${open.length} velden`} welke versie je bewaart.
        </p>
      )}
      <div className="save-bar">
        <button type="button" className="button" onClick={resolve} disabled={saving}>
          {saving ? 'Bezig met bewaren…' : 'Keuzes bewaren'}
        </button>
      </div>
    </section>
  );
}

/** One field's value, readable. */
export function ValueView({ field, value, names }: { field: ValueKey; value: unknown; names: ReadonlyMap<string, string> }) {
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
              {entry.milestone && ` – ${entry.milestone}`}
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
    default:
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
  return <div className="conflict__value">{body}</div>;
}
