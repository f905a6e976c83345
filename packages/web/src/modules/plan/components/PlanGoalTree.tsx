import { useMemo } from 'react';
import { DrawnInTurn } from '@/common/components/DrawnInTurn';
import type { ActionSummaryFieldsFragment } from '@/gql/graphql';
import { useGroupedActions } from '../hooks/useGroupedActions';
import type { Plan } from '../plan-page';
import { ActionSummary } from './ActionSummary';
import { CarryOverButton } from './CarryOverButton';
import { GoalStatusBadge, goalStatusMap } from './GoalStatusBadge';

/** The plan's actions under their strategic and operational goals; those outside this plan's goals after them. */
export function PlanGoalTree({ zoneId, plan, actions: shownActions }: { zoneId: string; plan: Plan; actions: readonly ActionSummaryFieldsFragment[] }) {
  const { strategicGroups, withoutGoal } = useGroupedActions(plan.strategicGoals, shownActions);
  // Of those outside this plan's goals: carried-over actions still under a goal of another
  // multi-year plan (shown under that goal, to be moved) and actions without any goal.
  const { otherFrame, noGoal } = useMemo(() => splitByOtherFrame(withoutGoal), [withoutGoal]);
  const goalStatuses = useMemo(() => goalStatusMap(plan.goalStatuses), [plan.goalStatuses]);
  const canEdit = plan.viewerCanEdit;
  // The goals a frame after the filters above them (DrawnInTurn): a plan's tree is most of the page.
  return (
    <DrawnInTurn
      parts={[
        ...strategicGroups.map(({ goal, actions, operationalGroups }) => (
          <section key={goal.id} className="goal" aria-labelledby={`sd-${goal.id}`}>
            <h2 id={`sd-${goal.id}`} className="goal__title">
              <span className="goal__number">Strategische doelstelling {goal.number}</span> {goal.title}
            </h2>
            <GoalStatusBadge status={goalStatuses.get(goal.id)} />
            {actions.length > 0 && <ActionList actions={actions} zoneId={zoneId} headingLevel={3} nextPlan={plan.nextYearPlan} />}
            {operationalGroups.map((group) => (
              <section key={group.goal.id} className="goal goal--operational" aria-labelledby={`od-${group.goal.id}`}>
                <h3 id={`od-${group.goal.id}`} className="goal__title">
                  <span className="goal__number">Operationele doelstelling {group.goal.number}</span> {group.goal.title}
                </h3>
                <GoalStatusBadge status={goalStatuses.get(group.goal.id)} />
                <ActionList actions={group.actions} zoneId={zoneId} headingLevel={4} nextPlan={plan.nextYearPlan} />
              </section>
            ))}
          </section>
        )),
        otherFrame.length > 0 && (
          <section key="ander-meerjarenplan" className="goal" aria-labelledby="ander-meerjarenplan">
            <h2 id="ander-meerjarenplan" className="goal__title">
              Onder een doelstelling van een ander meerjarenplan
            </h2>
            <p className="muted">
              Deze acties liepen al en hangen nog onder een doelstelling van een vorig meerjarenplan. {canEdit && 'Kies in de fiche een doelstelling van dit meerjarenplan.'}
            </p>
            {otherFrame.map(({ label, actions }) => (
              <section key={label} className="goal goal--operational" aria-label={label}>
                <h3 className="goal__title">{label}</h3>
                <ActionList actions={actions} zoneId={zoneId} headingLevel={4} nextPlan={plan.nextYearPlan} />
              </section>
            ))}
          </section>
        ),
        noGoal.length > 0 && (
          <section key="zonder-doelstelling" className="goal" aria-labelledby="zonder-doelstelling">
            <h2 id="zonder-doelstelling" className="goal__title">
              Zonder doelstelling
            </h2>
            <ActionList actions={noGoal} zoneId={zoneId} headingLevel={3} nextPlan={plan.nextYearPlan} />
          </section>
        ),
      ]}
    />
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
