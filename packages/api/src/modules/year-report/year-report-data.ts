// The yearly report's content, generated from what was recorded: per action its progress status,
// its indicators' targets against the latest value measured in the plan year, its reviews; grouped
// by strategic and operational goal, with the zone's narrative per strategic goal. Plain JSON: the
// same object is the GraphQL answer, the .json download and what a submission keeps.
import type { EntityManager } from 'typeorm';
import { PROGRESS_STATUSES, achievementPercent, actionNumbers, type EvaluationKind, type ProgressStatus } from '@kruispunt/shared';
import { toGlobalId } from '../../common/global-id';
import type { Viewer } from '../auth/viewer';
import { VisibilitySql, positional } from '../auth/visibility';
import { GOALS_SQL, ZONE_NAME_SQL, reportActionsSql } from './year-report.queries';

export interface YearReportIndicatorData {
  name: string;
  kind: EvaluationKind;
  unit: string | null;
  target: number | null;
  /** The latest value measured in the plan year. */
  measured: number | null;
  measuredOn: string | null;
  achievement: number | null;
}

export interface YearReportActionData {
  actionId: string;
  number: string | null;
  title: string;
  progressStatus: ProgressStatus;
  indicators: YearReportIndicatorData[];
  reviews: { quarter: number | null; reviewedOn: string; status: ProgressStatus; note: string }[];
}

export interface YearReportSummaryData {
  actionCount: number;
  planned: number;
  running: number;
  done: number;
  postponed: number;
  stopped: number;
  indicatorCount: number;
  indicatorsWithTarget: number;
  indicatorsMeasured: number;
  /** Average achievement of the indicators with a target and a measurement, each capped at 100%. */
  averageAchievement: number | null;
}

export interface YearReportData {
  zone: string;
  year: number;
  strategicGoals: {
    strategicGoalId: string;
    number: string;
    title: string;
    narrative: string | null;
    actions: YearReportActionData[];
    operationalGoals: { operationalGoalId: string; number: string; title: string; actions: YearReportActionData[] }[];
  }[];
  actionsWithoutGoal: YearReportActionData[];
  summary: YearReportSummaryData;
}

/** Counts and average achievement over a set of actions (the plan's, a zone's, a theme's). */
export function summarize(actions: readonly Pick<YearReportActionData, 'progressStatus' | 'indicators'>[]): YearReportSummaryData {
  const count = (s: ProgressStatus) => actions.filter((a) => a.progressStatus === s).length;
  const indicators = actions.flatMap((a) => a.indicators);
  const achieved = indicators.map((i) => i.achievement).filter((v): v is number => v !== null);
  return {
    actionCount: actions.length,
    planned: count('PLANNED'),
    running: count('RUNNING'),
    done: count('DONE'),
    postponed: count('POSTPONED'),
    stopped: count('STOPPED'),
    indicatorCount: indicators.length,
    indicatorsWithTarget: indicators.filter((i) => i.target !== null && i.target > 0).length,
    indicatorsMeasured: indicators.filter((i) => i.measured !== null).length,
    averageAchievement: achieved.length ? Math.round(achieved.reduce((sum, v) => sum + Math.min(v, 100), 0) / achieved.length) : null,
  };
}

interface ActionRow {
  id: string;
  number: string | null;
  title: string;
  progress_status: ProgressStatus;
  operational_goal_id: string | null;
  strategic_goal_id: string | null;
  indicators: { name: string; kind: EvaluationKind; unit: string | null; target: number | null; measured: number | null; measuredOn: string | null }[];
  reviews: { quarter: number | null; reviewedOn: string; status: ProgressStatus; note: string }[];
}

/**
 * The actions of one or more plans the viewer sees (auth/visibility.ts), with their indicators
 * (the latest value measured in the plan year) and reviews, in one statement.
 */
export async function loadReportActions(
  db: Pick<EntityManager, 'query'>,
  viewer: Viewer,
  planIds: readonly string[],
): Promise<(ActionRow & { action_plan_id: string; zone_id: string; theme_ids: string[] })[]> {
  const params: unknown[] = [planIds];
  const visible = new VisibilitySql(viewer, positional(params)).actionWithPlan('a', 'p');
  return db.query(reportActionsSql(visible), params);
}

export function reportAction(row: ActionRow): YearReportActionData {
  return {
    actionId: toGlobalId('Action', row.id),
    number: row.number,
    title: row.title,
    progressStatus: row.progress_status,
    indicators: row.indicators.map((i) => ({ ...i, measuredOn: i.measuredOn ? String(i.measuredOn).slice(0, 10) : null, achievement: achievementPercent(i.target, i.measured) })),
    reviews: row.reviews.map((r) => ({ ...r, reviewedOn: String(r.reviewedOn).slice(0, 10) })),
  };
}

/** The report of one plan (already checked visible), with the narratives given. */
export async function loadYearReportData(
  db: Pick<EntityManager, 'query'>,
  viewer: Viewer,
  plan: { id: string; year: number; zoneId: string; multiYearPlanId: string | null },
  narratives: Record<string, string>,
): Promise<YearReportData> {
  const [zone]: { name: string }[] = await db.query(ZONE_NAME_SQL, [plan.zoneId]);
  const goals: { id: string; number: string; title: string; operationalGoals: { id: string; number: string; title: string }[] }[] = plan.multiYearPlanId
    ? await db.query(GOALS_SQL, [plan.multiYearPlanId])
    : [];
  const rows = await loadReportActions(db, viewer, [plan.id]);
  // Numbered as the plan's export numbers them ("1.2.3" from the goal position when none was typed).
  const numbers = actionNumbers(
    goals.flatMap((sd) => sd.operationalGoals),
    rows.map((r) => ({ id: r.id, number: r.number, operationalGoalId: r.operational_goal_id })),
  );
  const used = new Set<string>();
  const take = (match: (r: ActionRow) => boolean) =>
    rows
      .filter((r) => !used.has(r.id) && match(r))
      .map((r) => {
        used.add(r.id);
        return reportAction({ ...r, number: numbers.get(r.id) ?? null });
      });
  const strategicGoals = goals.map((sd) => {
    const operationalGoals = sd.operationalGoals.map((od) => ({
      operationalGoalId: toGlobalId('OperationalGoal', od.id),
      number: od.number,
      title: od.title,
      actions: take((r) => r.operational_goal_id === od.id),
    }));
    return {
      strategicGoalId: toGlobalId('StrategicGoal', sd.id),
      number: sd.number,
      title: sd.title,
      narrative: narratives[sd.id] ?? null,
      actions: take((r) => !r.operational_goal_id && r.strategic_goal_id === sd.id),
      operationalGoals,
    };
  });
  const actionsWithoutGoal = take(() => true);
  const all = [...strategicGoals.flatMap((sd) => [...sd.actions, ...sd.operationalGoals.flatMap((od) => od.actions)]), ...actionsWithoutGoal];
  return { zone: zone?.name ?? '', year: plan.year, strategicGoals, actionsWithoutGoal, summary: summarize(all) };
}

/** The statuses in the summary's order, for tables. */
export const SUMMARY_STATUSES: readonly ProgressStatus[] = PROGRESS_STATUSES;
