/** The most recent plan by year, or undefined when there is none. */
export function latestPlan<T extends { year: number }>(plans: readonly T[]): T | undefined {
  return plans.reduce<T | undefined>((latest, plan) => (!latest || plan.year > latest.year ? plan : latest), undefined);
}
