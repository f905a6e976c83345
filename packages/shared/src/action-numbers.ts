// The number an action sheet is shown with in the template ("Actie 1.2.3"), also when nobody typed one.

export interface NumberableAction {
  id: string;
  number: string | null;
  operationalGoalId: string | null;
}

/**
 * Each action's number as the plan's readers expect it: its own when it has one; otherwise its
 * operational goal's number and its place among that goal's actions ("1.2" and the third action:
 * "1.2.3"), skipping a number another action under the goal already carries. Actions without an
 * operational goal keep what they have (null): there is no position to number them by. `actions`
 * in the plan's order; `operationalGoals` every goal the actions may stand under.
 */
export function actionNumbers(operationalGoals: readonly { id: string; number: string }[], actions: readonly NumberableAction[]): Map<string, string | null> {
  const goalNumber = new Map(operationalGoals.map((od) => [od.id, od.number.trim().replace(/\.$/, '')]));
  const own = (a: NumberableAction) => a.number?.trim() || null;
  const result = new Map<string, string | null>(actions.map((a) => [a.id, own(a)]));
  const byGoal = new Map<string, NumberableAction[]>();
  for (const a of actions) {
    if (a.operationalGoalId && goalNumber.get(a.operationalGoalId)) byGoal.set(a.operationalGoalId, [...(byGoal.get(a.operationalGoalId) ?? []), a]);
  }
  for (const [goalId, under] of byGoal) {
    const prefix = goalNumber.get(goalId)!;
    const taken = new Set(under.map(own).filter((n): n is string => !!n));
    let place = 0;
    for (const a of under) {
      if (own(a)) continue;
      do place++;
      while (taken.has(`${prefix}.${place}`));
      result.set(a.id, `${prefix}.${place}`);
    }
  }
  return result;
}
