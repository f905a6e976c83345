// Pure helpers of the multi-year plan page: the goal order as renumberGoals takes it, moving one
// goal up or down in it, and counting a goal's actions per plan year.

export interface OrderedGoals {
  id: string;
  operationalGoals: ReadonlyArray<{ id: string }>;
}

export interface GoalOrder {
  strategicGoalId: string;
  operationalGoalIds: string[];
}

/** The plan's goals in their current order (as the API lists them). */
export function orderOf(goals: readonly OrderedGoals[]): GoalOrder[] {
  return goals.map((sd) => ({ strategicGoalId: sd.id, operationalGoalIds: sd.operationalGoals.map((od) => od.id) }));
}

function swap<T>(items: readonly T[], index: number, delta: -1 | 1): T[] | null {
  const other = index + delta;
  if (index < 0 || other < 0 || index >= items.length || other >= items.length) return null;
  const out = [...items];
  [out[index], out[other]] = [out[other]!, out[index]!];
  return out;
}

/** The order with a strategic goal one place up (-1) or down (+1); null when it cannot move. */
export function moveStrategic(order: readonly GoalOrder[], sdId: string, delta: -1 | 1): GoalOrder[] | null {
  return swap(
    order,
    order.findIndex((g) => g.strategicGoalId === sdId),
    delta,
  );
}

/** The order with an operational goal one place up or down under its strategic goal; null when it cannot move. */
export function moveOperational(order: readonly GoalOrder[], odId: string, delta: -1 | 1): GoalOrder[] | null {
  const sdIndex = order.findIndex((g) => g.operationalGoalIds.includes(odId));
  if (sdIndex < 0) return null;
  const sd = order[sdIndex]!;
  const moved = swap(sd.operationalGoalIds, sd.operationalGoalIds.indexOf(odId), delta);
  if (!moved) return null;
  return order.map((g, i) => (i === sdIndex ? { ...g, operationalGoalIds: moved } : g));
}

/** The number a new goal proposes: "3" after two strategic goals, "2.4" after three under "2". */
export function nextNumber(parentNumber: string | null, siblings: number): string {
  return parentNumber ? `${parentNumber}.${siblings + 1}` : String(siblings + 1);
}

/** Actions per plan year, oldest year first; actions whose plan the viewer cannot see are left out. */
export function actionsPerYear(actions: ReadonlyArray<{ actionPlan?: { year: number } | null }>): Array<{ year: number; count: number }> {
  const counts = new Map<number, number>();
  for (const action of actions) {
    const year = action.actionPlan?.year;
    if (year != null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
}
