import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { prefetchActions } from '../action/action-prefetch';
import { PlanStatusEnum } from '../../graphql/enums';
import { PlanCheckResult } from '../action/action.inputs';
import { ActionPlanWriteService } from './action-plan-write.service';
import { actionPlanSchema, planDeadline, type PlanStatus } from '@kruispunt/shared';
import { parseInput } from '../../common/validate';
import { plain } from '../../common/write';
import type { Context } from '../auth/context';
import { Action } from '../action/action.entity';
import { MultiYearPlan, StrategicGoal } from '../plan/plan.entity';
import { Zone } from '../zone/zone.entity';
import { ActionPlan } from './action-plan.entity';
import { ActionPlanService } from './action-plan.service';
import { PlanSubmission } from './plan-submission.entity';
import { GoalStatus, loadPlanFollowUp, MonthCapacity, type PlanFollowUp } from './plan-follow-up';

/** The follow-up figures of a plan the caller has read, batched over the plans of the request. */
function followUp(ctx: Context, plan: ActionPlan): Promise<PlanFollowUp> {
  return ctx.loaders.custom('planFollowUp', (ids) => loadPlanFollowUp(ctx, ids)).load(plan.id);
}

// Mirrors `planTextsSchema` (packages/shared), which the service applies.
@InputType({ description: 'The general texts of an action plan. Fields left out stay unchanged; null clears.' })
export class ActionPlanTextsInput {
  @Field(() => String, { nullable: true, description: 'Introduction or context of the plan (inleiding).' })
  introText?: string | null;

  @Field(() => String, { nullable: true, description: 'How the zone reaches specific target groups (communicatie naar specifieke doelgroepen).' })
  targetGroupsText?: string | null;

  @Field(() => String, { nullable: true, description: 'How the zone works as a network organisation (functioneren als netwerkorganisatie).' })
  networkText?: string | null;
}

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Query(() => ActionPlan, { nullable: true, description: "A zone's action plan of one year." })
  actionPlan(@Arg('zoneSlug', () => String) zoneSlug: string, @Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<ActionPlan | null> {
    // A year no plan can have (the shared rule) is the caller's mistake, not an SQL range error.
    return new ActionPlanService(ctx).byZoneAndYear(zoneSlug, parseInput(actionPlanSchema, { year }).year);
  }

  @FieldResolver(() => Zone, { description: 'The zone of the plan.' })
  zone(@Root() plan: ActionPlan, @Ctx() ctx: Context): Zone | Promise<Zone | null> {
    return ctx.loaders.row(Zone, plan.zoneId);
  }

  @FieldResolver(() => MultiYearPlan, { nullable: true, description: 'The multi-year plan the actions serve.' })
  multiYearPlan(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<MultiYearPlan | null> {
    return plan.multiYearPlanId ? ctx.loaders.byId(MultiYearPlan).load(plan.multiYearPlanId) : Promise.resolve(null);
  }

  @FieldResolver(() => [StrategicGoal], { description: 'Strategic goals of the multi-year plan (to group the actions).' })
  async strategicGoals(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<StrategicGoal[]> {
    if (!plan.multiYearPlanId) return [];
    return ctx.loaders.childrenOf(StrategicGoal, 'multiYearPlanId', ['position']).load(plan.multiYearPlanId);
  }

  @FieldResolver(() => [Action], { description: 'All action sheets of the plan, in plan order.' })
  async actions(@Root() plan: ActionPlan, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Action[]> {
    const actions = await ctx.loaders.childrenOf(Action, 'actionPlanId', ['position']).load(plan.id);
    await prefetchActions(ctx, actions, info);
    return actions;
  }

  @FieldResolver(() => [PlanCheckResult], {
    description: 'Every template check the plan fails: actions without an evaluation kind, indicators, lead, months or goal. With forSubmission, the evaluation-kind rule is an ERROR.',
  })
  async planChecks(
    @Root() plan: ActionPlan,
    @Ctx() ctx: Context,
    @Arg('forSubmission', () => Boolean, { defaultValue: false, description: 'Apply the rules for submitting.' }) forSubmission: boolean,
  ): Promise<PlanCheckResult[]> {
    const loader = ctx.loaders.custom(`planChecks:${forSubmission}`, async (ids) => {
      const map = await new ActionPlanWriteService(ctx).checks(ids, forSubmission);
      return ids.map((id) => map.get(id) ?? []);
    });
    return loader.load(plan.id);
  }

  @Mutation(() => ActionPlan, {
    description:
      "Creates a zone's action plan for a year, as a draft, and carries over the chosen running actions of its plan of the year before (see Zone.carryOverCandidates) in one step. A refused action (not in that plan, done or stopped, already carried over) names `carryOverActionIds.N` and nothing is created.",
  })
  createActionPlan(
    @Arg('zoneId', () => ID) zoneId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Arg('carryOverActionIds', () => [ID], {
      nullable: true,
      description: "Actions of the zone's plan of the year before to carry over: copies with every section, dates moved one year, continuedFrom set.",
    })
    carryOverActionIds?: string[] | null,
  ): Promise<ActionPlan> {
    return new ActionPlanWriteService(ctx).create(zoneId, { year }, carryOverActionIds ?? []);
  }

  @Mutation(() => ActionPlan, { description: "Changes the plan's status (draft → published → submitted). Submitting fails while planChecks(forSubmission: true) has errors." })
  setActionPlanStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('status', () => PlanStatusEnum) status: PlanStatus,
    @Ctx() ctx: Context,
  ): Promise<ActionPlan> {
    return new ActionPlanWriteService(ctx).setStatus(id, version, status);
  }

  @Mutation(() => ActionPlan, {
    description:
      "Changes the plan's general texts (editors of its zone, not while it is submitted); editing them clears textsProposedFromYear. Fails with VERSION_CONFLICT and the current values when someone saved in between.",
  })
  updateActionPlanTexts(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('input', () => ActionPlanTextsInput, { description: 'The texts to change.' }) input: ActionPlanTextsInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPlan> {
    return new ActionPlanWriteService(ctx).updateTexts(id, version, plain(input));
  }

  @Mutation(() => ActionPlan, {
    description: "Keeps the general texts copied from last year's plan as they are: reviewed, textsProposedFromYear cleared (same rights and version check as updateActionPlanTexts).",
  })
  confirmActionPlanTexts(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<ActionPlan> {
    return new ActionPlanWriteService(ctx).confirmTexts(id, version);
  }

  @Mutation(() => ActionPlan, { description: 'Reopens a submitted plan (administrators): back to published and editable, the reason recorded in its history.' })
  reopenActionPlan(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('reason', () => String, { description: 'Why it is reopened (required).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ActionPlan> {
    return new ActionPlanWriteService(ctx).reopen(id, version, { reason });
  }

  @FieldResolver(() => [PlanSubmission], { description: 'Every time the plan was submitted, newest first, with the exact Word and JSON that went in (readable by whoever reads the plan).' })
  submissions(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<PlanSubmission[]> {
    return ctx.loaders.custom('planSubmissions', (ids) => new ActionPlanService(ctx).submissionsOf(ids)).load(plan.id);
  }

  @FieldResolver(() => ActionPlan, {
    nullable: true,
    description: "The zone's plan of the next year, when it exists and you may see it (a forgotten action can still be carried over into it while it is open: see its viewerCanEdit).",
  })
  nextYearPlan(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<ActionPlan | null> {
    return new ActionPlanService(ctx).visiblePlanOf(plan.zoneId, plan.year + 1);
  }

  @FieldResolver(() => [MonthCapacity], {
    description: "Capacity as effort, January to December: the actions' estimated days spread evenly over their running months, against zone FTE × 18 working days.",
  })
  capacity(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<MonthCapacity[]> {
    return followUp(ctx, plan).then((f) => f.capacity);
  }

  @FieldResolver(() => Int, { description: 'Actions of the plan (not stopped) without estimated days: the capacity does not count them.' })
  actionsWithoutEstimate(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<number> {
    return followUp(ctx, plan).then((f) => f.actionsWithoutEstimate);
  }

  @FieldResolver(() => [GoalStatus], { description: 'A status per strategic goal (over all its actions) and each of its operational goals, in plan order, with the reasons.' })
  goalStatuses(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<GoalStatus[]> {
    return followUp(ctx, plan).then((f) => f.goalStatuses);
  }

  @FieldResolver(() => String, { description: 'Due date at the Departement Zorg (15 October of the year before), ISO date.' })
  deadline(@Root() plan: ActionPlan): string {
    return planDeadline(plan.year);
  }
}
