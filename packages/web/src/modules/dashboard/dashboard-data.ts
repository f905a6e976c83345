// The region dashboard's data as its sections read it, and the rule they share for zones
// without a plan (here, not in the view: the sections import it, the view imports them).
import type { RegionDashboardQuery } from '@/gql/graphql';

export type DashboardData = RegionDashboardQuery;
export type Dashboard = RegionDashboardQuery['regionDashboard'];
export type DashboardZone = Dashboard['zones'][number];

/** A zone without a plan for the year says so in every table. */
export function hasPlan(zone: DashboardZone, year: number): boolean {
  return zone.actionPlans.some((plan) => plan.year === year);
}
