import { Fragment, useMemo } from 'react';
import { DrawnInTurn } from '@/common/components/DrawnInTurn';
import { EmptyState } from '@/common/components/EmptyState';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { PlanRemarks } from '@/modules/remark/components/RemarksPanel';
import { AddAction } from './AddAction';
import { PlanFilters, isFiltered, matchesFilter, usePlanFilter } from './PlanFilters';
import { PlanGoalTree } from './PlanGoalTree';
import { PlanHeader, PlanSubmissions } from './PlanHeader';
import { PlanStatusControl } from './PlanStatusControl';
import { PlanTexts } from './PlanTexts';
import type { PageZone, Plan } from '../plan-page';
import '@/common/staff.css';

export function ActionPlanView({ zone, plan }: { zone: PageZone; plan: Plan }) {
  usePageTitle(`Actieplan ${plan.year} – ${zone.name}`);
  const [filter, setFilter, clearFilter] = usePlanFilter();
  const shownActions = useMemo(() => plan.actions.filter((action) => matchesFilter(action, filter)), [plan.actions, filter]);
  const canEdit = plan.viewerCanEdit;

  return (
    <>
      <PlanHeader zone={zone} plan={plan} />
      <PlanSubmissions plan={plan} />
      {canEdit && (
        <div className="plan-tools">
          <PlanStatusControl plan={plan} actions={plan.actions} />
          <div className="plan-tools__add">
            <AddAction planId={plan.id} year={plan.year} />
          </div>
        </div>
      )}
      {/* Below the first screen on a phone: drawn once it has painted. */}
      <DrawnInTurn
        parts={[
          <PlanTexts key="texts" plan={plan} />,
          <PlanRemarks key="remarks" planId={plan.id} />,
          <Fragment key="actions">
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
              <PlanGoalTree zoneId={zone.id} plan={plan} actions={shownActions} />
            )}
          </Fragment>,
        ]}
      />
    </>
  );
}
