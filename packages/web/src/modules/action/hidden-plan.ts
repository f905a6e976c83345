// An action's plan is null when it is another zone's draft: a co-owner zone sees the shared
// action, but a draft plan only its own zone's members (the API's visibility rule).

/** Said where the plan of an action would be named. */
export const HIDDEN_PLAN = 'conceptplan van een andere zone';

/** "Leuven Zuid 2025", or that the plan is another zone's draft. */
export function planCaption(plan: { year: number; zone: { shortName: string } } | null): string {
  return plan ? `${plan.zone.shortName} ${plan.year}` : HIDDEN_PLAN;
}
