import { memo } from 'react';
import type { ParsedFunding } from '@kruispunt/shared';
import { Field, FieldError } from '@/common/forms/Field';
import { EVALUATION_LABELS, FUNDING_LABELS, kindsCount, type DraftAction, type EvaluationKey, type GoalOption, type PartnerMatches } from '../draft';
import { GoalSelect } from './GoalSelect';
import { ActionFacts, DateNote, PartnerChoices, SuggestedThemes } from './ActionChoices';
import { lineId } from './SourceText';
import type { TreeHandlers } from '../tree-handlers';

/** Rows a text area needs to show a title or lead whole (about 60 characters a row). */
function rowsFor(text: string, min = 2): number {
  return Math.max(min, Math.min(6, Math.ceil(text.length / 60)));
}

interface ActionCardProps extends TreeHandlers {
  action: DraftAction;
  goals: GoalOption[];
  /** The year the text puts the action in, when it is not the year saved. */
  otherYear: number | null;
  /** The year the plan is saved as, and the other years the action's dates fall in ("2025", "" when none). */
  saveYear: number | null;
  dateYears: string;
  /** Lines attached to its "Met wie?" in the review. */
  partnerLines?: string[];
  matches: PartnerMatches;
  matchesLoading: boolean;
  unplacedLines: number[];
  errors?: Record<string, string>;
}

/** One action found in the file, editable: title, goal, lead, funding, evaluation, themes and partners. */
export const ActionCard = memo(function ActionCard(props: ActionCardProps) {
  const { action: a, goals, saveYear, dateYears, partnerLines, matches, matchesLoading, errors, onChange, onShowLine, onShiftDates } = props;
  const id = (field: string) => `${a.key}-${field}`;
  const p = a.parsed;
  const noKind = kindsCount(a) === 0;
  return (
    <li className="draft-action" data-testid="draft-action" data-new={a.fromFragment ? true : undefined}>
      <fieldset className="draft-action__box">
        <legend className="draft-action__legend">
          {p.number ? `Actie ${p.number}` : 'Actie'}
          <span className="visually-hidden">: {a.title || 'zonder titel'}</span>
          {a.fromFragment && <span className="flag flag--suggested">nieuw uit niet-geplaatste tekst</span>}
        </legend>
        <div className="draft-action__tools">
          <a
            href={`#${lineId(p.line)}`}
            className="draft-action__line"
            onClick={(event) => {
              event.preventDefault();
              onShowLine(p.line);
            }}
          >
            regel {p.line}
            <span className="visually-hidden"> in de brontekst</span>
          </a>
          <button type="button" className="link-button link-button--danger" onClick={() => onChange(a.key, { removed: true })}>
            Verwijderen<span className="visually-hidden">: {a.title || 'actie zonder titel'}</span>
          </button>
        </div>
        <Field id={id('titel')} label="Titel" error={errors?.title}>
          {(control) => (
            <textarea {...control} className="draft-action__title" rows={rowsFor(a.title)} value={a.title} onChange={(event) => onChange(a.key, { title: event.target.value })} />
          )}
        </Field>
        <GoalSelect id={id('doel')} value={a.goal} goals={goals} error={errors?.goal} onChange={(goal) => onChange(a.key, { goal })} />
        <Field id={id('trekker')} label="Trekker" error={errors?.lead} hint={a.lead ? undefined : 'Niet gevonden in de tekst: vul de trekker in als je hem kent.'}>
          {(control) => <textarea {...control} rows={rowsFor(a.lead, 1)} value={a.lead} onChange={(event) => onChange(a.key, { lead: event.target.value })} />}
        </Field>
        <div className="draft-action__row">
          <Field id={id('financiering')} label="Financiering" className="draft-action__funding" error={errors?.funding}>
            {(control) => (
              <select {...control} value={a.funding} onChange={(event) => onChange(a.key, { funding: event.target.value as ParsedFunding })}>
                {(Object.keys(FUNDING_LABELS) as ParsedFunding[]).map((f) => (
                  <option key={f} value={f}>
                    {FUNDING_LABELS[f]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset className="draft-action__kinds" aria-describedby={noKind ? id('evaluatie-fout') : undefined}>
            <legend className="field__label">Evaluatie</legend>
            <ul className="draft-action__kind-list">
              {(Object.keys(EVALUATION_LABELS) as EvaluationKey[]).map((k) => (
                <li key={k}>
                  <label className="checkbox-label">
                    <input type="checkbox" checked={a.evaluation[k]} onChange={(event) => onChange(a.key, { evaluation: { ...a.evaluation, [k]: event.target.checked } })} />
                    {EVALUATION_LABELS[k]}
                  </label>
                </li>
              ))}
            </ul>
            {noKind && <FieldError id={id('evaluatie-fout')}>Geen soort evaluatie aangevinkt: het sjabloon vraagt er minstens één.</FieldError>}
          </fieldset>
        </div>
        <SuggestedThemes action={a} onChange={onChange} />
        <PartnerChoices action={a} extra={partnerLines} error={errors?.partners} matches={matches} loading={matchesLoading} onChange={onChange} />
        {saveYear !== null && <DateNote action={a} year={saveYear} other={dateYears} onShiftDates={onShiftDates} />}
        <ActionFacts {...props} />
      </fieldset>
    </li>
  );
});
