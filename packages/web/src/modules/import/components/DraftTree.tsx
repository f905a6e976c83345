import { otherDateYears } from '@kruispunt/shared';
import { goalTree, type Draft, type DraftAction, type GoalOption, type PartnerMatches } from '../draft';
import { ActionCard } from './ActionCard';
import type { TreeHandlers } from '../tree-handlers';

interface DraftTreeProps extends TreeHandlers {
  draft: Draft;
  goals: GoalOption[];
  /** Unplaced fragments per action key. */
  unplacedCount: ReadonlyMap<string, number[]>;
  /** Error messages per action key and field ("title", "lead", ...). */
  errors: ReadonlyMap<string, Record<string, string>>;
  /** The year of a multi-year plan the actions are saved in: an action the text puts in another year says so. */
  year: number | null;
  /** The year the plan is saved as: an action with dates in another year offers to move them. */
  saveYear: number | null;
  /** Lines attached to "Met wie?" in the review, per action key. */
  attached: ReadonlyMap<string, string[]>;
  matches: PartnerMatches;
  matchesLoading: boolean;
}

/** The goals of the plan with the actions found under them, each action editable. */
export function DraftTree({ draft, goals, unplacedCount, errors, year, saveYear, attached, matches, matchesLoading, onChange, onShowLine, onShiftDates }: DraftTreeProps) {
  const { groups, withoutGoal } = goalTree(draft);
  const card = (a: DraftAction) => (
    <ActionCard
      key={a.key}
      action={a}
      goals={goals}
      otherYear={a.parsed.year !== null && year !== null && a.parsed.year !== year ? a.parsed.year : null}
      saveYear={saveYear}
      dateYears={saveYear === null ? '' : otherDateYears(a.parsed, saveYear).join(' en ')}
      partnerLines={attached.get(a.key)}
      matches={matches}
      matchesLoading={matchesLoading}
      unplacedLines={unplacedCount.get(a.key) ?? []}
      errors={errors.get(a.key)}
      onChange={onChange}
      onShowLine={onShowLine}
      onShiftDates={onShiftDates}
    />
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
