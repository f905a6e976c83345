// The region dashboard's data as its sections and charts share it (no section imports another).
import type { ProgressStatus } from '@kruispunt/shared';
import type { RegionDashboardQuery } from '@/gql/graphql';

export type DashboardData = RegionDashboardQuery;
export type Dashboard = RegionDashboardQuery['regionDashboard'];
export type DashboardZone = Dashboard['zones'][number];

/** A zone without a plan for the year says so in every table. */
export function hasPlan(zone: DashboardZone, year: number): boolean {
  return zone.actionPlans.some((plan) => plan.year === year);
}

/** One bar of the evaluation coverage chart: shares in percent. */
export interface CoverageRow {
  zone: string;
  indicators: number | null;
  evaluation: number | null;
}

/** One bar of the progress chart: actions per progress status. */
export type ProgressRow = { zone: string } & Record<ProgressStatus, number>;
