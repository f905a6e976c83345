// Capacity as effort: each action's estimated working days, spread evenly over the months it runs
// in, against the days the zone's staff has per month. The API computes this (ActionPlan.capacity)
// so the web shows the result instead of its own rule.
import type { ProgressStatus } from './domain';

/**
 * Working days one full-time staff member (1 FTE) has for the plan per month: about 220 working
 * days a year after holidays and leave, minus time for the zone's own running (meetings,
 * administration), over 12 months: 18. The zone's share of network time ("netwerktijd") is a free
 * text in the zone profile and is not used here.
 */
export const WORKING_DAYS_PER_FTE_PER_MONTH = 18;

/** Actions that no longer take effort: stopped ones. Done actions did take the effort of their months. */
export const NO_EFFORT_STATUSES: readonly ProgressStatus[] = ['STOPPED'];

export interface CapacityAction {
  estimatedDays: number | null;
  /** Running months (1-12), a step's milestone months included. */
  months: readonly number[];
  progressStatus: ProgressStatus;
}

export interface MonthCapacity {
  month: number;
  /** Estimated days of the actions running that month (one decimal). */
  plannedDays: number;
  /** Days the staff has that month, or null when the zone's FTE is not known. */
  availableDays: number | null;
  overCapacity: boolean;
  /** Actions running that month (not stopped). */
  runningActions: number;
  /** Of those, how many have no estimate (their effort is not counted). */
  actionsWithoutEstimate: number;
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** The days available per month for a staff of `fte` full-time equivalents. */
export function availableDaysPerMonth(fte: number | null | undefined): number | null {
  return fte == null || !Number.isFinite(fte) || fte < 0 ? null : oneDecimal(fte * WORKING_DAYS_PER_FTE_PER_MONTH);
}

/** Month by month (January first): planned effort against available days. */
export function planCapacity(actions: readonly CapacityAction[], fte: number | null | undefined): MonthCapacity[] {
  const available = availableDaysPerMonth(fte);
  const planned = Array.from({ length: 12 }, () => 0);
  const running = Array.from({ length: 12 }, () => 0);
  const unestimated = Array.from({ length: 12 }, () => 0);
  for (const action of actions) {
    if (NO_EFFORT_STATUSES.includes(action.progressStatus)) continue;
    const months = [...new Set(action.months)].filter((m) => Number.isInteger(m) && m >= 1 && m <= 12);
    for (const month of months) {
      running[month - 1]! += 1;
      if (action.estimatedDays == null) unestimated[month - 1]! += 1;
      else planned[month - 1]! += action.estimatedDays / months.length;
    }
  }
  return planned.map((days, i) => {
    const plannedDays = oneDecimal(days);
    return {
      month: i + 1,
      plannedDays,
      availableDays: available,
      overCapacity: available != null && plannedDays > available,
      runningActions: running[i]!,
      actionsWithoutEstimate: unestimated[i]!,
    };
  });
}

/** Actions (not stopped) of the plan without an estimate: what the capacity does not see. */
export function actionsWithoutEstimate(actions: readonly CapacityAction[]): number {
  return actions.filter((a) => !NO_EFFORT_STATUSES.includes(a.progressStatus) && a.estimatedDays == null).length;
}
