import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { ProgressStatus } from '@kruispunt/shared';
import { ProgressStatusEnum } from '../../graphql/enums';
import { fromGlobalId } from '../../common/global-id';
import { Ownership } from '../collaboration/ownership';
import type { Context } from '../auth/context';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { Partner } from '../partner/partner.entity';
import { OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import { Project } from '../collaboration/project.entity';
import { Theme } from '../theme/theme.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { IndicatorYear, loadIndicatorTrends } from './indicator-trend';
import { Action, ActionIndicator, ActionLink, ActionMonth, ActionReview, ActionStep, IndicatorValue } from './action.entity';
import { ActionInput, ActionPayload } from './action.inputs';
import { ActionWriteService } from './action-write.service';
import { plain } from '../../common/write';
import { AuditEntry } from '../audit/audit.entity';
import { AuditService } from '../audit/audit.service';
import { evaluationOf } from './action-rows';
import { then, type MaybePromise } from '../../common/maybe-promise';
import { ActionEvaluation, ActionLead } from './action.types';
import { actionRelations } from './action-loaders';

@Resolver(() => Action)
export class ActionResolver {
  @Query(() => Action, { nullable: true, description: 'One action sheet by id.' })
  action(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Action | null> {
    return ctx.loaders.byId(Action).load(fromGlobalId(id, 'Action').id);
  }

  @FieldResolver(() => ActionPlan, {
    nullable: true,
    description: "The action plan the sheet is part of. Null when that plan is another zone's draft: a co-owner zone sees the shared action, not the draft plan around it.",
  })
  actionPlan(@Root() action: Action, @Ctx() ctx: Context): MaybePromise<ActionPlan | null> {
    return actionRelations(ctx).get('actionPlan', action.id);
  }

  @FieldResolver(() => OperationalGoal, { nullable: true, description: 'The operational goal (OD) it serves.' })
  operationalGoal(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<OperationalGoal | null> {
    return action.operationalGoalId ? actionRelations(ctx).get('operationalGoal', action.id, info) : null;
  }

  @FieldResolver(() => StrategicGoal, { nullable: true, description: 'The strategic goal (SD) it serves: its own, or that of its operational goal.' })
  strategicGoal(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<StrategicGoal | null> {
    if (!action.strategicGoalId && !action.operationalGoalId) return null;
    return actionRelations(ctx).get('strategicGoal', action.id, info);
  }

  @FieldResolver(() => [Ownership], { description: 'Owner zones with their roles; a shared action has several.' })
  owners(@Root() action: Action, @Ctx() ctx: Context): MaybePromise<Ownership[]> {
    return actionRelations(ctx).get('owners', action.id);
  }

  @FieldResolver(() => ActionLead, { nullable: true, description: 'The lead (Met wie? trekker).' })
  lead(@Root() action: Action, @Ctx() ctx: Context): MaybePromise<ActionLead | null> {
    if (!action.leadText) return null;
    const text = action.leadText;
    return then(actionRelations(ctx).get('lead', action.id), (rows) => ({ text, ...rows }));
  }

  @FieldResolver(() => [Partner], { description: 'Named partner organisations among the stakeholders (Met wie?).' })
  stakeholderPartners(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<Partner[]> {
    return actionRelations(ctx).get('stakeholderPartners', action.id, info);
  }

  @FieldResolver(() => [ActionStep], { description: 'The plan (Hoe?): steps in order.' })
  steps(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<ActionStep[]> {
    return actionRelations(ctx).get('steps', action.id, info);
  }

  @FieldResolver(() => ActionEvaluation, { description: 'The evaluation section (Evaluatie).' })
  evaluation(@Root() action: Action): ActionEvaluation {
    return evaluationOf(action);
  }

  @FieldResolver(() => [ActionIndicator], { description: 'Indicators with method and target.' })
  indicators(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<ActionIndicator[]> {
    return actionRelations(ctx).get('indicators', action.id, info);
  }

  @FieldResolver(() => [ActionMonth], { description: 'The timeline (tijdslijn): months in which the action runs.' })
  timeline(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<ActionMonth[]> {
    return actionRelations(ctx).get('timeline', action.id, info);
  }

  @FieldResolver(() => [Theme], { description: 'Themes of the action.' })
  themes(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<Theme[]> {
    return actionRelations(ctx).get('themes', action.id, info);
  }

  @FieldResolver(() => [WorkingGroup], { description: 'Working groups the action belongs to.' })
  workingGroups(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<WorkingGroup[]> {
    return actionRelations(ctx).get('workingGroups', action.id, info);
  }

  @FieldResolver(() => [Project], { description: 'Projects the action belongs to.' })
  projects(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<Project[]> {
    return actionRelations(ctx).get('projects', action.id, info);
  }

  @FieldResolver(() => Action, { nullable: true, description: "Last year's action this one continues." })
  continuedFrom(@Root() action: Action, @Ctx() ctx: Context): Promise<Action | null> | null {
    return action.continuedFromId ? ctx.loaders.byId(Action).load(action.continuedFromId) : null;
  }

  @FieldResolver(() => [AuditEntry], { description: 'Recorded changes of this action, newest first.' })
  history(@Root() action: Action, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    return new AuditService(ctx).history(action.globalId);
  }

  @FieldResolver(() => [ActionReview], { description: 'Progress reviews (opvolging), newest first.' })
  reviews(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): MaybePromise<ActionReview[]> {
    return then(actionRelations(ctx).get('reviews', action.id, info), (rows) => [...rows].reverse());
  }

  @FieldResolver(() => [Action], { description: 'Copies of this action carried over into later plans (normally at most one).' })
  carriedOverTo(@Root() action: Action, @Ctx() ctx: Context): Promise<Action[]> {
    return ctx.loaders.childrenOf(Action, 'continuedFromId', ['createdAt']).load(action.id);
  }

  @FieldResolver(() => [Action], { description: 'Other actions this one links to.' })
  linkedActions(@Root() action: Action, @Ctx() ctx: Context): Promise<Action[]> {
    return ctx.loaders.throughLinks(ActionLink, 'fromAction', 'toAction', 'title').load(action.id);
  }
}

@InputType({ description: 'A measured value of an indicator.' })
export class IndicatorValueInput {
  @Field(() => Number, { description: 'The value.' })
  value: number;

  @Field(() => String, { description: 'Date of the measurement (ISO date).' })
  measuredOn: string;

  @Field(() => String, { nullable: true, description: 'Remark.' })
  remark?: string | null;
}

@InputType({ description: 'A periodic (e.g. quarterly) review of an action.' })
export class ActionReviewInput {
  @Field(() => String, { description: 'Date of the review (ISO date).' })
  reviewedOn: string;

  @Field(() => Int, { nullable: true, description: 'Quarter (1-4).' })
  quarter?: number | null;

  @Field(() => ProgressStatusEnum, { description: 'Progress status now.' })
  status: ProgressStatus;

  @Field(() => String, { description: 'How far it stands, which steps remain, what must change.' })
  note: string;
}

@Resolver(() => ActionIndicator)
export class ActionIndicatorResolver {
  @FieldResolver(() => [IndicatorValue], { description: 'Measured values over time, oldest first.' })
  values(@Root() indicator: ActionIndicator, @Ctx() ctx: Context): Promise<IndicatorValue[]> {
    return ctx.loaders.childrenOf(IndicatorValue, 'indicatorId', ['measuredOn']).load(indicator.id);
  }

  @FieldResolver(() => [IndicatorYear], {
    description:
      'The indicator over the years, oldest first: this one and the indicator with the same name in each earlier action it was carried over from (continuedFrom), with target and latest measured value; only years the caller may see.',
  })
  trend(@Root() indicator: ActionIndicator, @Ctx() ctx: Context): Promise<IndicatorYear[]> {
    return ctx.loaders.custom('indicatorTrend', (ids) => loadIndicatorTrends(ctx, ids)).load(indicator.id);
  }
}

@Resolver(() => ActionPayload)
export class ActionMutationResolver {
  @Mutation(() => ActionPayload, { description: "Adds an action sheet to a plan (editors of the plan's zone)." })
  createAction(
    @Arg('planId', () => ID, { description: 'The action plan.' }) planId: string,
    @Arg('input', () => ActionInput) input: ActionInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPayload> {
    return new ActionWriteService(ctx).create(planId, plain(input));
  }

  @Mutation(() => ActionPayload, {
    description: 'Updates sections of an action sheet (editors of any owner zone). Fails with VERSION_CONFLICT and the current values when someone saved in between.',
  })
  updateAction(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('input', () => ActionInput) input: ActionInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPayload> {
    return new ActionWriteService(ctx).update(id, version, plain(input));
  }

  @Mutation(() => Boolean, { description: "Deletes an action sheet (editors of the plan's zone)." })
  deleteAction(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<boolean> {
    return new ActionWriteService(ctx).delete(id, version);
  }

  @Mutation(() => Action, { description: "Carries an action over to next year's plan (created as a draft if needed), marked as continued from this one." })
  carryOverAction(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Action> {
    return new ActionWriteService(ctx).carryOver(id);
  }

  @Mutation(() => ActionReview, { description: 'Records a (quarterly) review of an action and sets its progress status.' })
  addActionReview(@Arg('actionId', () => ID) actionId: string, @Arg('input', () => ActionReviewInput) input: ActionReviewInput, @Ctx() ctx: Context): Promise<ActionReview> {
    return new ActionWriteService(ctx).addReview(actionId, plain(input));
  }

  @Mutation(() => IndicatorValue, { description: 'Records a measured value of an indicator.' })
  addIndicatorValue(@Arg('indicatorId', () => ID) indicatorId: string, @Arg('input', () => IndicatorValueInput) input: IndicatorValueInput, @Ctx() ctx: Context): Promise<IndicatorValue> {
    return new ActionWriteService(ctx).addIndicatorValue(indicatorId, plain(input));
  }

  @Mutation(() => Boolean, { description: 'Deletes a measured value of an indicator.' })
  deleteIndicatorValue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new ActionWriteService(ctx).deleteIndicatorValue(id);
  }
}
