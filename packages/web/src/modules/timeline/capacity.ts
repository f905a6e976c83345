/** Actions running in each month (index 0 = January) of a plan. */
export function runningPerMonth(actions: ReadonlyArray<{ timeline: ReadonlyArray<{ month: number }> }>): number[] {
  const counts = Array.from({ length: 12 }, () => 0);
  for (const action of actions) {
    for (const month of new Set(action.timeline.map((entry) => entry.month))) {
      if (month >= 1 && month <= 12) counts[month - 1] = (counts[month - 1] ?? 0) + 1;
    }
  }
  return counts;
}

/** The default of the capacity check: more than this many running actions per FTE is a lot. */
export const DEFAULT_ACTIONS_PER_FTE = 6;

/** Whether a month is over capacity: more running actions than the threshold times the staff FTE. */
export function overCapacity(running: number, fte: number | null | undefined, perFte: number): boolean {
  if (fte == null || fte <= 0) return false;
  return running > perFte * fte;
}

/** The threshold from the URL (`?drempel=6`), within sensible bounds. */
export function parseThreshold(value: string | null): number {
  const parsed = value ? Number(value.replace(',', '.')) : Number.NaN;
  return Number.isFinite(parsed) && parsed > 0 && parsed <= 100 ? parsed : DEFAULT_ACTIONS_PER_FTE;
}
