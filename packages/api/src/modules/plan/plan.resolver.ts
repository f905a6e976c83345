import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { plain } from '../../common/write';
import type { Context } from '../auth/context';
import { Action } from '../action/action.entity';
import { Zone } from '../zone/zone.entity';
import { MultiYearPlan, OperationalGoal, StrategicGoal } from './plan.entity';
import { GoalOrderInput, MultiYearPlanInput, OperationalGoalInput, StrategicGoalInput } from './plan.inputs';
import { PlanWriteService } from './plan-write.service';

@Resolver(() => MultiYearPlan)
export class MultiYearPlanResolver {
  @FieldResolver(() => Zone, { description: 'The zone of the plan.' })
  async zone(@Root() plan: MultiYearPlan, @Ctx() ctx: Context): Promise<Zone> {
    return (await ctx.loaders.byId(Zone).load(plan.zoneId)) as Zone;
  }

  @FieldResolver(() => [StrategicGoal], { description: 'Strategic goals in plan order.' })
  strategicGoals(@Root() plan: MultiYearPlan, @Ctx() ctx: Context): Promise<StrategicGoal[]> {
    return ctx.loaders.childrenOf(StrategicGoal, 'multiYearPlanId', ['position']).load(plan.id);
  }
}

@Resolver(() => StrategicGoal)
export class StrategicGoalResolver {
  @FieldResolver(() => [OperationalGoal], { description: 'Operational goals in plan order.' })
  operationalGoals(@Root() goal: StrategicGoal, @Ctx() ctx: Context): Promise<OperationalGoal[]> {
    return ctx.loaders.childrenOf(OperationalGoal, 'strategicGoalId', ['position']).load(goal.id);
  }

  @FieldResolver(() => [Action], { description: 'Actions of every plan year directly under this goal (without an operational goal).' })
  actions(@Root() goal: StrategicGoal, @Ctx() ctx: Context): Promise<Action[]> {
    return ctx.loaders.childrenOf(Action, 'strategicGoalId', ['position']).load(goal.id);
  }

  @FieldResolver(() => MultiYearPlan, { description: 'The multi-year plan of the goal.' })
  async multiYearPlan(@Root() goal: StrategicGoal, @Ctx() ctx: Context): Promise<MultiYearPlan> {
    return (await ctx.loaders.byId(MultiYearPlan).load(goal.multiYearPlanId)) as MultiYearPlan;
  }
}

@Resolver(() => OperationalGoal)
export class OperationalGoalResolver {
  @FieldResolver(() => StrategicGoal, { description: 'The strategic goal above it.' })
  async strategicGoal(@Root() goal: OperationalGoal, @Ctx() ctx: Context): Promise<StrategicGoal> {
    return (await ctx.loaders.byId(StrategicGoal).load(goal.strategicGoalId)) as StrategicGoal;
  }

  @FieldResolver(() => [Action], { description: 'Actions of every plan year under this goal.' })
  actions(@Root() goal: OperationalGoal, @Ctx() ctx: Context): Promise<Action[]> {
    return ctx.loaders.childrenOf(Action, 'operationalGoalId', ['position']).load(goal.id);
  }
}

@Resolver(() => MultiYearPlan)
export class PlanMutationResolver {
  @Mutation(() => MultiYearPlan, { description: 'Creates a multi-year plan for a zone (editors of the zone); its years may not overlap another plan of the zone.' })
  createMultiYearPlan(
    @Arg('zoneId', () => ID, { description: 'The zone.' }) zoneId: string,
    @Arg('input', () => MultiYearPlanInput, { description: 'Years and title.' }) input: MultiYearPlanInput,
    @Ctx() ctx: Context,
  ): Promise<MultiYearPlan> {
    return new PlanWriteService(ctx).createMultiYearPlan(zoneId, plain(input));
  }

  @Mutation(() => MultiYearPlan, { description: 'Updates a multi-year plan (editors of its zone). Fails with VERSION_CONFLICT when someone saved in between.' })
  updateMultiYearPlan(
    @Arg('id', () => ID, { description: 'The multi-year plan.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('input', () => MultiYearPlanInput, { description: 'The fields to change.' }) input: MultiYearPlanInput,
    @Ctx() ctx: Context,
  ): Promise<MultiYearPlan> {
    return new PlanWriteService(ctx).updateMultiYearPlan(id, version, plain(input));
  }

  @Mutation(() => MultiYearPlan, {
    description:
      'Sets the order and numbers of all goals of a multi-year plan in one step (editors of its zone): strategic goals "1", "2", ..., operational goals "1.1", "1.2", ... The order names every goal once. Fails with VERSION_CONFLICT when the plan changed in between.',
  })
  renumberGoals(
    @Arg('multiYearPlanId', () => ID, { description: 'The multi-year plan.' }) multiYearPlanId: string,
    @Arg('version', () => Int, { description: 'The version of the plan you last saw.' }) version: number,
    @Arg('order', () => [GoalOrderInput], { description: 'Every strategic goal, with all its operational goals, in the new order.' }) order: GoalOrderInput[],
    @Ctx() ctx: Context,
  ): Promise<MultiYearPlan> {
    return new PlanWriteService(ctx).renumberGoals(multiYearPlanId, version, JSON.parse(JSON.stringify(order)));
  }

  @Mutation(() => StrategicGoal, { description: 'Adds a strategic goal (SD) to a multi-year plan (editors of its zone).' })
  createStrategicGoal(
    @Arg('multiYearPlanId', () => ID, { description: 'The multi-year plan.' }) multiYearPlanId: string,
    @Arg('input', () => StrategicGoalInput, { description: 'The goal.' }) input: StrategicGoalInput,
    @Ctx() ctx: Context,
  ): Promise<StrategicGoal> {
    return new PlanWriteService(ctx).createStrategicGoal(multiYearPlanId, plain(input));
  }

  @Mutation(() => StrategicGoal, { description: 'Updates a strategic goal (editors of its zone). Fails with VERSION_CONFLICT when someone saved in between.' })
  updateStrategicGoal(
    @Arg('id', () => ID, { description: 'The strategic goal.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('input', () => StrategicGoalInput, { description: 'The fields to change.' }) input: StrategicGoalInput,
    @Ctx() ctx: Context,
  ): Promise<StrategicGoal> {
    return new PlanWriteService(ctx).updateStrategicGoal(id, version, plain(input));
  }

  @Mutation(() => Boolean, { description: 'Deletes a strategic goal that has no operational goals or actions left (editors of its zone).' })
  deleteStrategicGoal(
    @Arg('id', () => ID, { description: 'The strategic goal.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new PlanWriteService(ctx).deleteStrategicGoal(id, version);
  }

  @Mutation(() => OperationalGoal, { description: 'Adds an operational goal (OD) under a strategic goal (editors of its zone).' })
  createOperationalGoal(
    @Arg('strategicGoalId', () => ID, { description: 'The strategic goal.' }) strategicGoalId: string,
    @Arg('input', () => OperationalGoalInput, { description: 'The goal.' }) input: OperationalGoalInput,
    @Ctx() ctx: Context,
  ): Promise<OperationalGoal> {
    return new PlanWriteService(ctx).createOperationalGoal(strategicGoalId, plain(input));
  }

  @Mutation(() => OperationalGoal, { description: 'Updates an operational goal (editors of its zone). Fails with VERSION_CONFLICT when someone saved in between.' })
  updateOperationalGoal(
    @Arg('id', () => ID, { description: 'The operational goal.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('input', () => OperationalGoalInput, { description: 'The fields to change.' }) input: OperationalGoalInput,
    @Ctx() ctx: Context,
  ): Promise<OperationalGoal> {
    return new PlanWriteService(ctx).updateOperationalGoal(id, version, plain(input));
  }

  @Mutation(() => Boolean, { description: 'Deletes an operational goal that no action refers to (editors of its zone).' })
  deleteOperationalGoal(
    @Arg('id', () => ID, { description: 'The operational goal.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new PlanWriteService(ctx).deleteOperationalGoal(id, version);
  }
}
