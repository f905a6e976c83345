import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Action } from '../action/action.entity';
import { Zone } from '../zone/zone.entity';
import { MultiYearPlan, OperationalGoal, StrategicGoal } from './plan.entity';

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
