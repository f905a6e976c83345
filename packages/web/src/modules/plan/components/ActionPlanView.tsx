import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { formatDate } from '@kruispunt/shared';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { EmptyState } from '@/common/components/EmptyState';
import { formatCount } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { ActionPlanPageQuery, ActionSummaryFieldsFragment } from '@/gql/graphql';
import { PlanRemarks } from '@/modules/remark/components/RemarksPanel';
import { ExportMenu } from '@/modules/export/components/ExportMenu';
import { useGroupedActions } from '../hooks/useGroupedActions';
import { ActionSummary } from './ActionSummary';
import { AddAction } from './AddAction';
import { CarryOverButton } from './CarryOverButton';
import { PlanFilters, isFiltered, matchesFilter, usePlanFilter } from './PlanFilters';
import { GoalStatusBadge, goalStatusMap } from './GoalStatusBadge';
import { PlanStatusBadge } from './PlanStatusBadge';
import { PlanStatusControl } from './PlanStatusControl';
import { PlanTexts } from './PlanTexts';
import type { CreatedPlanState } from '@/modules/zone/hooks/useNewPlan';
import { ReopenPlan } from './ReopenPlan';
import { SubmissionChanges } from './SubmissionChanges';
import '@/common/staff.css';

type PageZone = NonNullable<ActionPlanPageQuery['zone']>;
type Plan = NonNullable<PageZone['actionPlan']>;

export function ActionPlanView({ zone, plan }: { zone: PageZone; plan: Plan }) {
  usePageTitle(`Actieplan ${plan.year} – ${zone.name}`);
  const [filter, setFilter, clearFilter] = usePlanFilter();
  const shownActions = useMemo(() => plan.actions.filter((action) => matchesFilter(action, filter)), [plan.actions, filter]);
  const { strategicGroups, withoutGoal } = useGroupedActions(plan.strategicGoals, shownActions);
  // Of those outside this plan's goals: carried-over actions still under a goal of another
  // multi-year plan (shown under that goal, to be moved) and actions without any goal.
  const { otherFrame, noGoal } = useMemo(() => splitByOtherFrame(withoutGoal), [withoutGoal]);
  const goalStatuses = useMemo(() => goalStatusMap(plan.goalStatuses), [plan.goalStatuses]);
  const multiYear = plan.multiYearPlan;
  const canEdit = plan.viewerCanEdit;
  const planPath = `/zones/${zone.slug}/plannen/${plan.year}`;
  // Just created from Mijn zone: say what was carried over.
  const created = (useLocation().state as Partial<CreatedPlanState> | null)?.createdPlan;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: zone.name, to: `/zones/${zone.slug}` }, { label: `Actieplan ${plan.year}` }]} />
      <header className="page-header">
        <p className="eyebrow">{zone.name}</p>
        <h1>Actieplan {plan.year}</h1>
        {created?.year === plan.year && (
          <p className="notice" role="status" data-testid="plan-created">
            Actieplan {plan.year} is aangemaakt
            {created.carried > 0 ? `: ${formatCount(created.carried, 'actie', 'acties')} overgenomen uit ${created.from}.` : ', zonder overgenomen acties.'}
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>Status</dt>
            <dd>
              <PlanStatusBadge status={plan.status} />
            </dd>
          </div>
          <div>
            <dt>Indiening</dt>
            <dd>
              in te dienen tegen {formatDate(plan.deadline)}
              {plan.submittedAt && <>, ingediend op {formatDate(plan.submittedAt)}</>}
            </dd>
          </div>
          {multiYear && (
            <div>
              <dt>Meerjarenplan</dt>
              <dd>
                {multiYear.title}
                {/* Most titles already carry the period ("Beleidsplan 2024-2026"). */}
                {!multiYear.title.includes(String(multiYear.yearFrom)) && ` (${multiYear.yearFrom}–${multiYear.yearTo})`}
              </dd>
            </div>
          )}
          <div>
            <dt>Acties</dt>
            <dd>{formatCount(plan.actions.length, 'actie', 'acties')}</dd>
          </div>
        </dl>
        <p className="page-links">
          <Link to={`${planPath}/tijdslijn`}>Tijdslijn en capaciteit</Link>
          <Link to={`${planPath}/afdrukken`}>Afdrukversie (sjabloon Departement Zorg)</Link>
          <Link to={`${planPath}/rapport`}>Jaarrapport {plan.year}</Link>
        </p>
        <ExportMenu planId={plan.id} />
      </header>
      {plan.status === 'SUBMITTED' && (
        <div className="notice notice--success submitted-notice" role="note">
          <p>
            Dit plan is ingediend{plan.submittedAt ? ` op ${formatDate(plan.submittedAt)}` : ''}: de inhoud ligt vast. Fiches en acties zijn niet meer te wijzigen; voortgang en
            metingen blijf je opvolgen. Alleen een beheerder kan het plan heropenen, met een reden.
          </p>
          {plan.viewerCanReopen && <ReopenPlan plan={plan} />}
        </div>
      )}
      {plan.submissions.length > 0 && (
        <section className="submissions no-print" aria-labelledby="ingediende-versies">
          <h2 id="ingediende-versies">Ingediende versies</h2>
          <ul>
            {plan.submissions.map((s) => (
              <li key={s.id}>
                Ingediend op {formatDate(s.submittedAt)}
                {s.submittedByName && <> door {s.submittedByName}</>}:{' '}
                <a href={s.docxUrl} download>
                  Word<span className="visually-hidden"> (ingediend op {formatDate(s.submittedAt)})</span>
                </a>
                {' · '}
                <a href={s.jsonUrl} download>
                  JSON<span className="visually-hidden"> (ingediend op {formatDate(s.submittedAt)})</span>
                </a>
                <SubmissionChanges submission={s} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {canEdit && (
        <div className="plan-tools">
          <PlanStatusControl plan={plan} actions={plan.actions} />
          <div className="plan-tools__add">
            <AddAction planId={plan.id} year={plan.year} />
          </div>
        </div>
      )}
      <PlanTexts plan={plan} />
      <PlanRemarks planId={plan.id} />

      {plan.actions.length > 0 && <PlanFilters actions={plan.actions} filter={filter} onChange={setFilter} onClear={clearFilter} shown={shownActions.length} />}

      {plan.actions.length === 0 ? (
        <EmptyState>Dit actieplan heeft nog geen acties.{canEdit && ' Voeg er een toe met “Actie toevoegen”.'}</EmptyState>
      ) : shownActions.length === 0 && isFiltered(filter) ? (
        <EmptyState>
          Geen acties met deze filters.{' '}
          <button type="button" className="link-button" onClick={clearFilter}>
            Filters wissen
          </button>
        </EmptyState>
      ) : (
        <>
          {strategicGroups.map(({ goal, actions, operationalGroups }) => (
            <section key={goal.id} className="goal" aria-labelledby={`sd-${goal.id}`}>
              <h2 id={`sd-${goal.id}`} className="goal__title">
                <span className="goal__number">Strategische doelstelling {goal.number}</span> {goal.title}
              </h2>
              <GoalStatusBadge status={goalStatuses.get(goal.id)} />
              {actions.length > 0 && <ActionList actions={actions} zoneId={zone.id} headingLevel={3} nextPlan={plan.nextYearPlan} />}
              {operationalGroups.map((group) => (
                <section key={group.goal.id} className="goal goal--operational" aria-labelledby={`od-${group.goal.id}`}>
                  <h3 id={`od-${group.goal.id}`} className="goal__title">
                    <span className="goal__number">Operationele doelstelling {group.goal.number}</span> {group.goal.title}
                  </h3>
                  <GoalStatusBadge status={goalStatuses.get(group.goal.id)} />
                  <ActionList actions={group.actions} zoneId={zone.id} headingLevel={4} nextPlan={plan.nextYearPlan} />
                </section>
              ))}
            </section>
          ))}
          {otherFrame.length > 0 && (
            <section className="goal" aria-labelledby="ander-meerjarenplan">
              <h2 id="ander-meerjarenplan" className="goal__title">
                Onder een doelstelling van een ander meerjarenplan
              </h2>
              <p className="muted">
                Deze acties liepen al en hangen nog onder een doelstelling van een vorig meerjarenplan.{' '}
                {canEdit && 'Kies in de fiche een doelstelling van dit meerjarenplan.'}
              </p>
              {otherFrame.map(({ label, actions }) => (
                <section key={label} className="goal goal--operational" aria-label={label}>
                  <h3 className="goal__title">{label}</h3>
                  <ActionList actions={actions} zoneId={zone.id} headingLevel={4} nextPlan={plan.nextYearPlan} />
                </section>
              ))}
            </section>
          )}
          {noGoal.length > 0 && (
            <section className="goal" aria-labelledby="zonder-doelstelling">
              <h2 id="zonder-doelstelling" className="goal__title">
                Zonder doelstelling
              </h2>
              <ActionList actions={noGoal} zoneId={zone.id} headingLevel={3} nextPlan={plan.nextYearPlan} />
            </section>
          )}
        </>
      )}
    </>
  );
}

interface ActionListProps {
  actions: readonly ActionSummaryFieldsFragment[];
  zoneId: string;
  headingLevel: 3 | 4;
  /** The zone's plan of the next year, if any: a forgotten action can still be added to it while it is open. */
  nextPlan: Plan['nextYearPlan'];
}

function ActionList({ actions, zoneId, headingLevel, nextPlan }: ActionListProps) {
  return (
    <ol className="action-list">
      {actions.map((action) => (
        <li key={action.id}>
          <ActionSummary action={action} zoneId={zoneId} headingLevel={headingLevel}>
            {action.viewerCanCarryOver && <CarryOverButton actionId={action.id} title={action.title} nextPlan={nextPlan} />}
          </ActionSummary>
        </li>
      ))}
    </ol>
  );
}

/** Actions outside the plan's multi-year plan, grouped by the goal they still hang under; the rest have none. */
function splitByOtherFrame(actions: readonly ActionSummaryFieldsFragment[]): {
  otherFrame: { label: string; actions: ActionSummaryFieldsFragment[] }[];
  noGoal: ActionSummaryFieldsFragment[];
} {
  const groups = new Map<string, ActionSummaryFieldsFragment[]>();
  const noGoal: ActionSummaryFieldsFragment[] = [];
  for (const action of actions) {
    const goal = action.operationalGoal ?? action.strategicGoal;
    if (!goal) {
      noGoal.push(action);
      continue;
    }
    const label = `${action.operationalGoal ? 'OD' : 'SD'} ${goal.number} ${goal.title}`;
    groups.set(label, [...(groups.get(label) ?? []), action]);
  }
  return { otherFrame: [...groups].map(([label, list]) => ({ label, actions: list })), noGoal };
}
