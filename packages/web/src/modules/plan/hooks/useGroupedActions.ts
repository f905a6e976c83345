import { useMemo } from 'react';

interface GoalRef {
  id: string;
}

interface GroupableAction {
  id: string;
  position: number;
  operationalGoal: GoalRef | null;
  strategicGoal: GoalRef | null;
}

interface OperationalGoalLike {
  id: string;
  number: string;
  title: string;
}

interface StrategicGoalLike<O extends OperationalGoalLike> {
  id: string;
  number: string;
  title: string;
  operationalGoals: readonly O[];
}

export interface OperationalGroup<A, O> {
  goal: O;
  actions: A[];
}

export interface StrategicGroup<A, S, O> {
  goal: S;
  /** Actions linked to the strategic goal but to none of its operational goals. */
  actions: A[];
  operationalGroups: OperationalGroup<A, O>[];
}

export interface GroupedActions<A, S, O> {
  strategicGroups: StrategicGroup<A, S, O>[];
  /** Actions without a goal (or with a goal outside this plan's multi-year plan): "Zonder doelstelling". */
  withoutGoal: A[];
}

/**
 * Groups a plan's actions as the template does: strategic goal → operational goal → actions,
 * in plan order. Goals without actions in this plan are left out.
 */
export function groupActionsByGoal<A extends GroupableAction, O extends OperationalGoalLike, S extends StrategicGoalLike<O>>(
  strategicGoals: readonly S[],
  actions: readonly A[],
): GroupedActions<A, S, O> {
  const inOrder = [...actions].sort((a, b) => a.position - b.position);
  const placed = new Set<string>();
  const strategicGroups: StrategicGroup<A, S, O>[] = [];

  for (const goal of strategicGoals) {
    const operationalGroups: OperationalGroup<A, O>[] = [];
    for (const operational of goal.operationalGoals) {
      const underIt = inOrder.filter((action) => action.operationalGoal?.id === operational.id);
      underIt.forEach((action) => placed.add(action.id));
      if (underIt.length > 0) operationalGroups.push({ goal: operational, actions: underIt });
    }
    const direct = inOrder.filter((action) => !placed.has(action.id) && action.strategicGoal?.id === goal.id && !action.operationalGoal);
    direct.forEach((action) => placed.add(action.id));
    if (direct.length > 0 || operationalGroups.length > 0) strategicGroups.push({ goal, actions: direct, operationalGroups });
  }

  return { strategicGroups, withoutGoal: inOrder.filter((action) => !placed.has(action.id)) };
}

export function useGroupedActions<A extends GroupableAction, O extends OperationalGoalLike, S extends StrategicGoalLike<O>>(
  strategicGoals: readonly S[],
  actions: readonly A[],
): GroupedActions<A, S, O> {
  return useMemo(() => groupActionsByGoal<A, O, S>(strategicGoals, actions), [strategicGoals, actions]);
}
