import { memo } from 'react';
import { DEFAULT_THEMES, type ParsedFunding } from '@kruispunt/shared';
import { Field, FieldError } from '@/common/forms/Field';
import { EVALUATION_LABELS, FUNDING_LABELS, goalTree, kindsCount, type Draft, type DraftAction, type EvaluationKey, type GoalKey, type GoalOption } from '../draft';
import { lineId } from './SourceText';

export interface TreeHandlers {
  onChange: (key: string, patch: Partial<Pick<DraftAction, 'title' | 'lead' | 'goal' | 'funding' | 'removed' | 'evaluation' | 'themes'>>) => void;
  onShowLine: (line: number) => void;
}

interface DraftTreeProps extends TreeHandlers {
  draft: Draft;
  goals: GoalOption[];
  /** Unplaced fragments per action key. */
  unplacedCount: ReadonlyMap<string, number[]>;
  /** Error messages per action key and field ("title", "lead", ...). */
  errors: ReadonlyMap<string, Record<string, string>>;
  /** The year the plan is saved as: an action the text puts in another year says so. */
  year: number | null;
}

/** The goals of the plan with the actions found under them, each action editable. */
export function DraftTree({ draft, goals, unplacedCount, errors, year, onChange, onShowLine }: DraftTreeProps) {
  const { groups, withoutGoal } = goalTree(draft);
  const card = (a: DraftAction) => (
    <ActionCard key={a.key} action={a} goals={goals} otherYear={a.parsed.year !== null && year !== null && a.parsed.year !== year ? a.parsed.year : null} unplacedLines={unplacedCount.get(a.key) ?? []} errors={errors.get(a.key)} onChange={onChange} onShowLine={onShowLine} />
  );
  return (
    <div className="draft-tree">
      {groups.map((sd) => (
        <section key={sd.key} className="draft-goal" aria-labelledby={`kop-${sd.key}`}>
          <h3 id={`kop-${sd.key}`} className="draft-goal__title">
            <span className="goal__number">{sd.heading}</span> {sd.title}
          </h3>
          {sd.actions.length > 0 && <ol className="draft-actions">{sd.actions.map(card)}</ol>}
          {sd.operational.map((od) => (
            <section key={od.key} className="draft-goal draft-goal--operational" aria-labelledby={`kop-${od.key}`}>
              <h4 id={`kop-${od.key}`} className="draft-goal__title">
                <span className="goal__number">{od.heading}</span> {od.title}
              </h4>
              {od.actions.length > 0 ? <ol className="draft-actions">{od.actions.map(card)}</ol> : <p className="muted draft-goal__empty">Geen acties gevonden onder deze doelstelling.</p>}
            </section>
          ))}
        </section>
      ))}
      {withoutGoal.length > 0 && (
        <section className="draft-goal" aria-labelledby="kop-zonder-doelstelling">
          <h3 id="kop-zonder-doelstelling" className="draft-goal__title">
            Zonder doelstelling
          </h3>
          <ol className="draft-actions">{withoutGoal.map(card)}</ol>
        </section>
      )}
    </div>
  );
}

/** Rows a text area needs to show a title or lead whole (about 60 characters a row). */
function rowsFor(text: string, min = 2): number {
  return Math.max(min, Math.min(6, Math.ceil(text.length / 60)));
}

interface ActionCardProps extends TreeHandlers {
  action: DraftAction;
  goals: GoalOption[];
  /** The year the text puts the action in, when it is not the year saved. */
  otherYear: number | null;
  unplacedLines: number[];
  errors?: Record<string, string>;
}

const ActionCard = memo(function ActionCard({ action: a, goals, otherYear, unplacedLines, errors, onChange, onShowLine }: ActionCardProps) {
  const id = (field: string) => `${a.key}-${field}`;
  const p = a.parsed;
  const noKind = kindsCount(a) === 0;
  const facts = [
    p.steps.length ? `${p.steps.length} ${p.steps.length === 1 ? 'stap' : 'stappen'}` : null,
    p.indicators.length ? `${p.indicators.length} ${p.indicators.length === 1 ? 'indicator' : 'indicatoren'}` : null,
    p.timeline.length ? `${p.timeline.length} ${p.timeline.length === 1 ? 'maand' : 'maanden'} in de tijdslijn` : null,
    p.carriedOver ? 'lopende actie' : null,
    otherYear ? `in de tekst een actie van ${otherYear}` : null,
  ].filter(Boolean);
  const group = a.goal === 'none' && p.group ? p.group : null;
  return (
    <li className="draft-action" data-testid="draft-action">
      <fieldset className="draft-action__box">
        <legend className="draft-action__legend">
          {p.number ? `Actie ${p.number}` : 'Actie'}
          <span className="visually-hidden">: {a.title || 'zonder titel'}</span>
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
          {(control) => <textarea {...control} className="draft-action__title" rows={rowsFor(a.title)} value={a.title} onChange={(event) => onChange(a.key, { title: event.target.value })} />}
        </Field>
        <Field id={id('doel')} label="Doelstelling" error={errors?.goal}>
          {(control) => (
            <select {...control} value={a.goal} onChange={(event) => onChange(a.key, { goal: event.target.value as GoalKey })}>
              {goals.map((g) => (
                <option key={g.key} value={g.key}>
                  {g.label}
                </option>
              ))}
            </select>
          )}
        </Field>
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
        {(facts.length > 0 || group) && (
          <p className="draft-action__facts">
            {facts.join(' · ')}
            {group && (
              <>
                {facts.length > 0 && ' · '}onder “{group}”
              </>
            )}
          </p>
        )}
        {unplacedLines.length > 0 && (
          <p className="draft-action__unplaced">
            <span className="flag">Niet geplaatst</span> {unplacedLines.length === 1 ? 'Eén tekstdeel' : `${unplacedLines.length} tekstdelen`} bij deze actie:{' '}
            {unplacedLines.map((line, i) => (
              <span key={`${line}-${i}`}>
                {i > 0 && ', '}
                <a
                  href={`#${lineId(line)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onShowLine(line);
                  }}
                >
                  regel {line}
                </a>
              </span>
            ))}
            . Het komt bij de opmerkingen van de actie.
          </p>
        )}
      </fieldset>
    </li>
  );
});

const THEME_NAMES = new Map(DEFAULT_THEMES.map((t) => [t.slug, t.name]));

/** The themes proposed from the action's texts, ticked: the user unticks what does not fit. */
function SuggestedThemes({ action: a, onChange }: { action: DraftAction; onChange: TreeHandlers['onChange'] }) {
  const suggested = a.parsed.suggestedThemes ?? [];
  if (suggested.length === 0) return <p className="draft-action__facts">Geen thema voorgesteld; je kan thema’s kiezen na het importeren.</p>;
  const kept = new Set(a.themes);
  return (
    <fieldset className="draft-action__themes">
      <legend className="field__label">
        Thema’s <span className="flag flag--suggested">voorgesteld</span>
      </legend>
      <ul className="draft-action__kind-list">
        {suggested.map((s) => (
          <li key={s.theme}>
            <label className="checkbox-label">
              <input
                type="checkbox"
                checked={kept.has(s.theme)}
                onChange={(event) => onChange(a.key, { themes: event.target.checked ? [...a.themes, s.theme] : a.themes.filter((t) => t !== s.theme) })}
              />
              <span>
                {THEME_NAMES.get(s.theme) ?? s.theme}
                {s.reasons.length > 0 && <span className="muted"> ({s.reasons.join(', ')})</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
