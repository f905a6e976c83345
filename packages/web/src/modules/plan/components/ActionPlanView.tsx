import { formatDate } from '@kruispunt/shared';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { EmptyState } from '@/common/components/EmptyState';
import { formatCount } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { ActionPlanPageQuery, ActionSummaryFieldsFragment } from '@/gql/graphql';
import { useGroupedActions } from '../hooks/useGroupedActions';
import { ActionSummary } from './ActionSummary';
import { PlanStatusBadge } from './PlanStatusBadge';

type PageZone = NonNullable<ActionPlanPageQuery['zone']>;
type Plan = NonNullable<PageZone['actionPlan']>;

export function ActionPlanView({ zone, plan }: { zone: PageZone; plan: Plan }) {
  usePageTitle(`Actieplan ${plan.year} – ${zone.name}`);
  const { strategicGroups, withoutGoal } = useGroupedActions(plan.strategicGoals, plan.actions);
  const multiYear = plan.multiYearPlan;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: zone.name, to: `/zones/${zone.slug}` }, { label: `Actieplan ${plan.year}` }]} />
      <header className="page-header">
        <p className="eyebrow">{zone.name}</p>
        <h1>Actieplan {plan.year}</h1>
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
      </header>

      {plan.actions.length === 0 ? (
        <EmptyState>Dit actieplan heeft nog geen acties.</EmptyState>
      ) : (
        <>
          {strategicGroups.map(({ goal, actions, operationalGroups }) => (
            <section key={goal.id} className="goal" aria-labelledby={`sd-${goal.id}`}>
              <h2 id={`sd-${goal.id}`} className="goal__title">
                <span className="goal__number">Strategische doelstelling {goal.number}</span> {goal.title}
              </h2>
              {actions.length > 0 && <ActionList actions={actions} zoneId={zone.id} headingLevel={3} />}
              {operationalGroups.map((group) => (
                <section key={group.goal.id} className="goal goal--operational" aria-labelledby={`od-${group.goal.id}`}>
                  <h3 id={`od-${group.goal.id}`} className="goal__title">
                    <span className="goal__number">Operationele doelstelling {group.goal.number}</span> {group.goal.title}
                  </h3>
                  <ActionList actions={group.actions} zoneId={zone.id} headingLevel={4} />
                </section>
              ))}
            </section>
          ))}
          {withoutGoal.length > 0 && (
            <section className="goal" aria-labelledby="zonder-doelstelling">
              <h2 id="zonder-doelstelling" className="goal__title">
                Zonder doelstelling
              </h2>
              <ActionList actions={withoutGoal} zoneId={zone.id} headingLevel={3} />
            </section>
          )}
        </>
      )}
    </>
  );
}

function ActionList({ actions, zoneId, headingLevel }: { actions: readonly ActionSummaryFieldsFragment[]; zoneId: string; headingLevel: 3 | 4 }) {
  return (
    <ol className="action-list">
      {actions.map((action) => (
        <li key={action.id}>
          <ActionSummary action={action} zoneId={zoneId} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
