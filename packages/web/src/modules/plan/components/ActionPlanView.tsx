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
import type { CreatedPlanState } from '@/modules/zone/hooks/useNewPlan';
import { ReopenPlan } from './ReopenPlan';
import '@/common/staff.css';

type PageZone = NonNullable<ActionPlanPageQuery['zone']>;
type Plan = NonNullable<PageZone['actionPlan']>;

export function ActionPlanView({ zone, plan }: { zone: PageZone; plan: Plan }) {
  usePageTitle(`Actieplan ${plan.year} – ${zone.name}`);
  const [filter, setFilter, clearFilter] = usePlanFilter();
  const shownActions = useMemo(() => plan.actions.filter((action) => matchesFilter(action, filter)), [plan.actions, filter]);
  const { strategicGroups, withoutGoal } = useGroupedActions(plan.strategicGoals, shownActions);
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
              {actions.length > 0 && <ActionList actions={actions} zoneId={zone.id} headingLevel={3} year={plan.year} />}
              {operationalGroups.map((group) => (
                <section key={group.goal.id} className="goal goal--operational" aria-labelledby={`od-${group.goal.id}`}>
                  <h3 id={`od-${group.goal.id}`} className="goal__title">
                    <span className="goal__number">Operationele doelstelling {group.goal.number}</span> {group.goal.title}
                  </h3>
                  <GoalStatusBadge status={goalStatuses.get(group.goal.id)} />
                  <ActionList actions={group.actions} zoneId={zone.id} headingLevel={4} year={plan.year} />
                </section>
              ))}
            </section>
          ))}
          {withoutGoal.length > 0 && (
            <section className="goal" aria-labelledby="zonder-doelstelling">
              <h2 id="zonder-doelstelling" className="goal__title">
                Zonder doelstelling
              </h2>
              <ActionList actions={withoutGoal} zoneId={zone.id} headingLevel={3} year={plan.year} />
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
  /** The plan year ("Overnemen naar" the next one, for those the server lets: `viewerCanCarryOver`). */
  year: number;
}

function ActionList({ actions, zoneId, headingLevel, year }: ActionListProps) {
  return (
    <ol className="action-list">
      {actions.map((action) => (
        <li key={action.id}>
          <ActionSummary action={action} zoneId={zoneId} headingLevel={headingLevel}>
            {action.viewerCanCarryOver && <CarryOverButton actionId={action.id} title={action.title} year={year} />}
          </ActionSummary>
        </li>
      ))}
    </ol>
  );
}
