import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { planDeadline } from '@kruispunt/shared';
import type { Context } from '../../graphql/context';
import { Action } from '../action/action.entity';
import { MultiYearPlan, StrategicGoal } from '../plan/plan.entity';
import { Zone } from '../zone/zone.entity';
import { ActionPlan } from './action-plan.entity';
import { ActionPlanService } from './action-plan.service';

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Query(() => ActionPlan, { nullable: true, description: 'A zone\'s action plan of one year.' })
  actionPlan(
    @Arg('zoneSlug', () => String) zoneSlug: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<ActionPlan | null> {
    return new ActionPlanService(ctx).byZoneAndYear(zoneSlug, year);
  }

  @FieldResolver(() => Zone, { description: 'The zone of the plan.' })
  async zone(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<Zone> {
    return (await ctx.loaders.byId(Zone).load(plan.zoneId)) as Zone;
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
  actions(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<Action[]> {
    return ctx.loaders.childrenOf(Action, 'actionPlanId', ['position']).load(plan.id);
  }

  @FieldResolver(() => String, { description: 'Due date at the Departement Zorg (15 October of the year before), ISO date.' })
  deadline(@Root() plan: ActionPlan): string {
    return planDeadline(plan.year);
  }
}
