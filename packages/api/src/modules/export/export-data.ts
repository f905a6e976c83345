// Everything an export needs of one plan, loaded in a fixed handful of statements.
import type { DataSource } from 'typeorm';
import { actionNumbers, timelineMilestones, type EvaluationKind, type FundingKind, type GoalKind, type OwnerRole, type PlanStatus, type ProgressStatus } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { fromGlobalId } from '../../common/global-id';
import type { Viewer } from '../auth/viewer';
import { EXPORT_ACTIONS_SQL, EXPORT_GOALS_SQL, EXPORT_PLAN_SQL } from './export.queries';

export interface ExportAction {
  id: string;
  number: string | null;
  title: string;
  operationalGoalId: string | null;
  strategicGoalId: string | null;
  what: string | null;
  inScope: string[];
  outOfScope: string[];
  why: string | null;
  targetGroups: string[];
  leadText: string | null;
  councilRole: string | null;
  stakeholders: string[];
  steps: { text: string; month: number | null; date: string | null }[];
  evaluation: Record<'process' | 'output' | 'outcome', { chosen: boolean; text: string | null }>;
  indicators: { name: string; method: string | null; targetValue: number | null; targetUnit: string | null; kind: EvaluationKind }[];
  months: { month: number; milestone: string | null }[];
  startDate: string | null;
  endDate: string | null;
  funding: FundingKind;
  fundingRemark: string | null;
  carriedOver: boolean;
  linkNotes: string[];
  communicationChannels: string[];
  themes: string[];
  owners: { zone: string; role: OwnerRole }[];
  progressStatus: ProgressStatus;
  notes: string | null;
}

export interface ExportPlan {
  zone: { name: string; shortName: string; municipalities: string[]; staffFte: number | null; networkTimeShare: string | null };
  year: number;
  /**
   * The plan's own general texts; `proposedFromYear` when they are still the proposal copied from
   * that year's plan, not yet edited or confirmed for this one.
   */
  texts: { introText: string | null; targetGroupsText: string | null; networkText: string | null; proposedFromYear: number | null };
  status: PlanStatus;
  multiYearPlan: { title: string; yearFrom: number; yearTo: number } | null;
  strategicGoals: {
    id: string;
    number: string;
    title: string;
    kind: GoalKind;
    operationalGoals: { id: string; number: string; title: string; indicators: string[]; deadline: string | null }[];
  }[];
  actions: ExportAction[];
}

/** `db` may be a transaction's manager (a submission keeps what that transaction sees). */
export async function loadExportPlan(db: Pick<DataSource, 'query'>, viewer: Viewer, planGlobalId: string): Promise<ExportPlan> {
  viewer.requireSignedIn();
  const planId = fromGlobalId(planGlobalId, 'ActionPlan').id;
  const [plan] = await db.query(EXPORT_PLAN_SQL, [planId]);
  if (!plan || !viewer.canSeePlan({ status: plan.status, zoneId: plan.zone_id })) throw new AppError('NOT_FOUND', 'Dit actieplan bestaat niet (meer).');
  const goals = plan.multi_year_plan_id ? await db.query(EXPORT_GOALS_SQL, [plan.multi_year_plan_id]) : [];
  const actions: ExportAction[] = await db.query(EXPORT_ACTIONS_SQL, [planId]);
  // An action without a number gets the one its place under its goal gives it (shared action-numbers.ts),
  // in every format alike: the Word heading "Actie 1.2.3", the timeline's column, the JSON.
  const numbers = actionNumbers(
    (goals as ExportPlan['strategicGoals']).flatMap((sd) => sd.operationalGoals),
    actions,
  );
  return {
    zone: plan.zone,
    year: plan.year,
    texts: plan.texts,
    status: plan.status,
    multiYearPlan: plan.myp,
    strategicGoals: goals,
    // The timeline's milestones are the steps' milestones (packages/shared milestones.ts).
    actions: actions.map((a) => ({
      ...a,
      number: numbers.get(a.id) ?? null,
      months: timelineMilestones(a.months as unknown as number[], a.steps).map(({ month, milestone }) => ({ month, milestone })),
      startDate: isoDate(a.startDate),
      endDate: isoDate(a.endDate),
    })),
  };
}

function isoDate(value: unknown): string | null {
  if (!value) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** Actions grouped the way the template prints them: per SD, per OD, then those without a goal. */
export function groupActions(plan: ExportPlan) {
  const used = new Set<string>();
  const sds = plan.strategicGoals.map((sd) => {
    const ods = sd.operationalGoals.map((od) => {
      const actions = plan.actions.filter((a) => a.operationalGoalId === od.id);
      actions.forEach((a) => used.add(a.id));
      return { ...od, actions };
    });
    const direct = plan.actions.filter((a) => !a.operationalGoalId && a.strategicGoalId === sd.id);
    direct.forEach((a) => used.add(a.id));
    return { ...sd, operationalGoals: ods, actions: direct };
  });
  return { strategicGoals: sds, withoutGoal: plan.actions.filter((a) => !used.has(a.id)) };
}
