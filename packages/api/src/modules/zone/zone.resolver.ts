import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { plain } from '../../common/write';
import { connectionTypes, PageArgs, toConnectionType } from '../../graphql/connection';
import type { Context } from '../auth/context';
import { Action } from '../action/action.entity';
import { coOwnedActions } from '../action/linked-actions';
import { actionPlanSchema } from '@kruispunt/shared';
import { parseInput } from '../../common/validate';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { ActionPlanService } from '../action-plan/action-plan.service';
import { Cluster } from '../cluster/cluster.entity';
import { Partner } from '../partner/partner.entity';
import { MultiYearPlan } from '../plan/plan.entity';
import { Project, ProjectOwner } from '../collaboration/project.entity';
import { Region } from '../region/region.entity';
import { WorkingGroup, WorkingGroupOwner } from '../collaboration/working-group.entity';
import { Zone } from './zone.entity';
import { ZoneService } from './zone.service';
import { ZoneInput } from './zone.inputs';
import { ZoneWriteService } from './zone-write.service';

export const { ConnectionType: ZoneConnection } = connectionTypes(Zone, 'Zone', 'zone');

@Resolver(() => Zone)
export class ZoneResolver {
  @Query(() => ZoneConnection, { description: 'Zones by name (Relay connection); optionally of one region or matching a text.' })
  async zones(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('regionSlug', () => String, { nullable: true, description: 'Only zones of this region.' }) regionSlug?: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Text in the name, short name or a municipality.' }) search?: string | null,
  ): Promise<InstanceType<typeof ZoneConnection>> {
    return toConnectionType(ZoneConnection, await new ZoneService(ctx).list({ regionSlug, search }, page));
  }

  @Query(() => Zone, { nullable: true, description: 'One zone by its slug, e.g. "elz-leuven-zuid".' })
  zone(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<Zone | null> {
    return new ZoneService(ctx).bySlug(slug);
  }

  @FieldResolver(() => Region, { description: 'The region the zone belongs to.' })
  async region(@Root() zone: Zone, @Ctx() ctx: Context): Promise<Region> {
    return (await ctx.loaders.byId(Region).load(zone.regionId)) as Region;
  }

  @FieldResolver(() => [Partner], { description: 'Partners active in the zone, by name.' })
  partners(@Root() zone: Zone, @Ctx() ctx: Context): Promise<Partner[]> {
    return ctx.loaders.throughInverse(Partner, 'zones').load(zone.id);
  }

  @FieldResolver(() => [Cluster], { description: "Clusters of the zone council's general assembly." })
  clusters(@Root() zone: Zone, @Ctx() ctx: Context): Promise<Cluster[]> {
    return ctx.loaders.childrenOf(Cluster, 'zoneId', ['kind', 'name']).load(zone.id);
  }

  @FieldResolver(() => [MultiYearPlan], { description: 'Multi-year plans, oldest first.' })
  multiYearPlans(@Root() zone: Zone, @Ctx() ctx: Context): Promise<MultiYearPlan[]> {
    return ctx.loaders.childrenOf(MultiYearPlan, 'zoneId', ['yearFrom']).load(zone.id);
  }

  @FieldResolver(() => [ActionPlan], { description: 'Yearly action plans, oldest first.' })
  actionPlans(@Root() zone: Zone, @Ctx() ctx: Context): Promise<ActionPlan[]> {
    return ctx.loaders.childrenOf(ActionPlan, 'zoneId', ['year']).load(zone.id);
  }

  // The general texts moved to the plan (ActionPlan.introText …); these answer for tools that read them here.
  @FieldResolver(() => String, {
    nullable: true,
    deprecationReason: 'Each plan has its own texts: use ActionPlan.targetGroupsText.',
    description: "The general text on target groups of the zone's latest plan you can see.",
  })
  async targetGroupsText(@Root() zone: Zone, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.latestPlan(zone, ctx))?.targetGroupsText ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    deprecationReason: 'Each plan has its own texts: use ActionPlan.networkText.',
    description: "The general text on working as a network of the zone's latest plan you can see.",
  })
  async networkText(@Root() zone: Zone, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.latestPlan(zone, ctx))?.networkText ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    deprecationReason: 'Each plan has its own texts: use ActionPlan.introText.',
    description: "The introduction of the zone's latest plan you can see.",
  })
  async introText(@Root() zone: Zone, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.latestPlan(zone, ctx))?.introText ?? null;
  }

  /** The plans loader answers only the plans the caller may see, oldest first. */
  private async latestPlan(zone: Zone, ctx: Context): Promise<ActionPlan | null> {
    const plans = await ctx.loaders.childrenOf(ActionPlan, 'zoneId', ['year']).load(zone.id);
    return plans.at(-1) ?? null;
  }

  @FieldResolver(() => ActionPlan, { nullable: true, description: 'The action plan of one year.' })
  async actionPlan(@Root() zone: Zone, @Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<ActionPlan | null> {
    const plans = await ctx.loaders.childrenOf(ActionPlan, 'zoneId', ['year']).load(zone.id);
    return plans.find((p) => p.year === year) ?? null;
  }

  @FieldResolver(() => [Action], {
    description: "What creating the plan of `year` offers to carry over: running actions (not done or stopped) of the zone's plan of the year before, not carried over yet, in plan order.",
  })
  carryOverCandidates(@Root() zone: Zone, @Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<Action[]> {
    return new ActionPlanService(ctx).carryOverCandidates(zone.id, parseInput(actionPlanSchema, { year }).year);
  }

  @FieldResolver(() => [WorkingGroup], { description: 'Working groups the zone owns or co-owns.' })
  workingGroups(@Root() zone: Zone, @Ctx() ctx: Context): Promise<WorkingGroup[]> {
    return ctx.loaders.throughLinks(WorkingGroupOwner, 'zone', 'workingGroup').load(zone.id);
  }

  @FieldResolver(() => [Action], {
    description:
      "Actions the zone co-owns that another zone's plan holds (shared work that counts for this zone too), newest plan year first; actions in draft plans only for whom may see them.",
  })
  coOwnedActions(@Root() zone: Zone, @Ctx() ctx: Context): Promise<Action[]> {
    return ctx.loaders.custom('coOwnedActions', (ids) => coOwnedActions(ctx.db, ctx.viewer, ids)).load(zone.id);
  }

  @FieldResolver(() => [Project], { description: 'Projects the zone owns or takes part in.' })
  projects(@Root() zone: Zone, @Ctx() ctx: Context): Promise<Project[]> {
    return ctx.loaders.throughLinks(ProjectOwner, 'zone', 'project').load(zone.id);
  }
}

@Resolver(() => Zone)
export class ZoneMutationResolver {
  @Mutation(() => Zone, {
    description:
      "Updates the zone profile (editors of the zone); the general texts are the plan's (updateActionPlanTexts). Fails with VERSION_CONFLICT and the current values when someone saved in between.",
  })
  updateZone(
    @Arg('id', () => ID, { description: 'The zone.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('input', () => ZoneInput, { description: 'The fields to change.' }) input: ZoneInput,
    @Ctx() ctx: Context,
  ): Promise<Zone> {
    return new ZoneWriteService(ctx).update(id, version, plain(input));
  }
}
