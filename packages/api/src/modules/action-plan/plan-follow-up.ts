// Follow-up of a plan year that adds up: capacity as effort month by month and a status per goal,
// both computed by the pure rules in packages/shared (capacity.ts, goal-status.ts) from one
// statement for all plans of a request (a region's plans cost no more than one).
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  actionsWithoutEstimate,
  planCapacity,
  planGoalStatuses,
  todayInBelgium,
  type GoalStatus as GoalStatusValue,
  type PlanGoal,
  type PlanGoalAction,
  type ProgressStatus,
} from '@kruispunt/shared';
import { toGlobalId } from '../../common/global-id';
import type { Context } from '../auth/context';
import { GoalLevelEnum, GoalProgressStatusEnum } from '../../graphql/enums';
import { FOLLOW_UP_PLANS_SQL } from './action-plan.queries';

@ObjectType({ description: "One month of the plan year: the effort planned (estimated days spread over the running months) against the days the zone's staff has." })
export class MonthCapacity {
  @Field(() => Int, { description: 'Month, 1-12.' })
  month: number;

  @Field(() => Float, { description: 'Estimated working days of the actions running that month.' })
  plannedDays: number;

  @Field(() => Float, { nullable: true, description: 'Working days available: zone FTE × WORKING_DAYS_PER_FTE_PER_MONTH (18); null when the FTE is not known.' })
  availableDays: number | null;

  @Field(() => Boolean, { description: 'More days planned than available.' })
  overCapacity: boolean;

  @Field(() => Int, { description: 'Actions running that month (stopped ones left out).' })
  runningActions: number;

  @Field(() => Int, { description: 'Of those, actions without an estimate (their effort is not counted).' })
  actionsWithoutEstimate: number;
}

@ObjectType({
  description:
    'The status of a strategic or operational goal in a plan year, rolled up from its actions (progress, end dates) and indicators (latest value against target), with the reasons.',
})
export class GoalStatus {
  @Field(() => ID, { description: 'The goal (a StrategicGoal or OperationalGoal global id).' })
  goalId: string;

  @Field(() => GoalLevelEnum, { description: 'SD or OD.' })
  level: 'SD' | 'OD';

  @Field(() => ID, { nullable: true, description: 'For an operational goal: its strategic goal.' })
  parentId: string | null;

  @Field(() => String, { description: 'Number of the goal, e.g. "1" or "1.2".' })
  number: string;

  @Field(() => String, { description: 'Title of the goal.' })
  title: string;

  @Field(() => GoalProgressStatusEnum, { description: 'The rolled-up status.' })
  status: GoalStatusValue;

  @Field(() => [String], { description: 'Why, in Dutch: "2 van 5 acties uitgesteld", "indicator X: 12 van 40".' })
  reasons: string[];

  @Field(() => Int, { description: 'Actions serving the goal (for an SD: also those of its ODs).' })
  actionCount: number;

  @Field(() => Int, { description: 'Of those, actions done.' })
  doneCount: number;

  @Field(() => Int, { description: 'Of those, actions postponed.' })
  postponedCount: number;

  @Field(() => Int, { description: 'Of those, actions stopped.' })
  stoppedCount: number;

  @Field(() => Int, { description: 'Actions past their end date, not done or stopped.' })
  overdueCount: number;
}

export interface PlanFollowUp {
  capacity: MonthCapacity[];
  actionsWithoutEstimate: number;
  goalStatuses: GoalStatus[];
}

interface Row {
  id: string;
  year: number;
  fte: number | null;
  actions: (PlanGoalAction & { estimatedDays: number | null; months: number[]; progressStatus: ProgressStatus })[];
  goals: PlanGoal[];
}

/** Capacity and goal statuses of plans the caller has read (so may see), in one statement. */
export async function loadPlanFollowUp(ctx: Context, planIds: readonly string[]): Promise<PlanFollowUp[]> {
  const rows: Row[] = await ctx.db.query(FOLLOW_UP_PLANS_SQL, [[...planIds]]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const today = todayInBelgium();
  return planIds.map((id) => {
    const row = byId.get(id);
    if (!row) return { capacity: planCapacity([], null), actionsWithoutEstimate: 0, goalStatuses: [] };
    const goalIds = new Map<string, string>();
    for (const sd of row.goals) {
      goalIds.set(sd.id, toGlobalId('StrategicGoal', sd.id));
      for (const od of sd.operationalGoals) goalIds.set(od.id, toGlobalId('OperationalGoal', od.id));
    }
    return {
      capacity: planCapacity(row.actions, row.fte),
      actionsWithoutEstimate: actionsWithoutEstimate(row.actions),
      goalStatuses: planGoalStatuses(row.goals, row.actions, row.year, today).map((g) => ({
        ...g,
        goalId: goalIds.get(g.goalId)!,
        parentId: g.parentId ? goalIds.get(g.parentId)! : null,
      })),
    };
  });
}
