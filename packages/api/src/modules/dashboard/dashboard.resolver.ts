import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { actionPlanSchema, PROGRESS_STATUSES, type ProgressStatus } from '@kruispunt/shared';
import { parseInput } from '../../common/validate';
import { Ownership } from '../collaboration/ownership';
import { toOwnerships } from '../collaboration/ownership.service';
import type { Context } from '../auth/context';
import { ProgressStatusEnum } from '../../graphql/enums';
import { Project, ProjectOwner } from '../collaboration/project.entity';
import { Region } from '../region/region.entity';
import { Theme } from '../theme/theme.entity';
import { WorkingGroup, WorkingGroupOwner } from '../collaboration/working-group.entity';
import { Zone } from '../zone/zone.entity';
import { DashboardService } from './dashboard.service';

@ObjectType({ description: 'Number of actions one zone owns or co-owns on one theme (a cell of the themes × zones matrix).' })
export class ThemeZoneCount {
  @Field(() => Theme, { description: 'The theme.' })
  theme: Theme;

  @Field(() => Zone, { description: 'The zone.' })
  zone: Zone;

  @Field(() => Int, { description: 'Number of actions.' })
  count: number;
}

@ObjectType({ description: 'Number of distinct actions of the region on one theme (a row total of the themes × zones matrix).' })
export class ThemeCount {
  @Field(() => Theme, { description: 'The theme.' })
  theme: Theme;

  @Field(() => Int, { description: "Number of actions, each counted once however many of the region's zones own it." })
  count: number;
}

@ObjectType({ description: 'Number of distinct actions of the region running in one month.' })
export class MonthCount {
  @Field(() => Int, { description: 'Month, 1-12.' })
  month: number;

  @Field(() => Int, { description: "Actions running that month, each counted once however many of the region's zones own it." })
  count: number;
}

@ObjectType({ description: "How complete a zone's action sheets are (evaluation coverage)." })
export class ZoneCoverage {
  @Field(() => Zone, { description: 'The zone.' })
  zone: Zone;

  @Field(() => Int, { description: "Actions in the zone's own plan of the year (a co-owned action counts in the plan that holds it)." })
  actionCount: number;

  @Field(() => Int, { description: 'Actions with at least one indicator.' })
  withIndicators: number;

  @Field(() => Int, { description: 'Actions with at least one evaluation kind chosen.' })
  withEvaluationKind: number;

  @Field(() => Int, { description: 'Actions with a lead.' })
  withLead: number;

  @Field(() => Int, { description: 'Actions with months in the timeline.' })
  withMonths: number;

  @Field(() => Float, { nullable: true, description: 'Share of actions with indicators (0-1); null without actions.' })
  indicatorShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of actions with an evaluation kind (0-1); null without actions.' })
  evaluationShare: number | null;
}

@ObjectType({ description: 'Number of actions in one progress status.' })
export class StatusCount {
  @Field(() => ProgressStatusEnum, { description: 'The status.' })
  status: ProgressStatus;

  @Field(() => Int, { description: 'Number of actions.' })
  count: number;
}

@ObjectType({ description: 'Progress of the actions a zone owns or co-owns: counts per status.' })
export class ZoneProgress {
  @Field(() => Zone, { description: 'The zone.' })
  zone: Zone;

  @Field(() => [StatusCount], { description: 'Counts per status, in the order planned, running, done, postponed, stopped.' })
  counts: StatusCount[];

  @Field(() => Int, { description: 'All actions the zone owns or co-owns.' })
  total: number;
}

@ObjectType({ description: 'Actions a zone owns or co-owns running in one month (timeline across zones).' })
export class ZoneMonthLoad {
  @Field(() => Zone, { description: 'The zone.' })
  zone: Zone;

  @Field(() => Int, { description: 'Month, 1-12.' })
  month: number;

  @Field(() => Int, { description: 'Actions running that month.' })
  count: number;
}

@ObjectType({ description: 'A working group or project with owners in the region.' })
export class SharedWorkSummary {
  @Field(() => String, { description: '"WorkingGroup" or "Project".' })
  kind: 'WorkingGroup' | 'Project';

  @Field(() => WorkingGroup, { nullable: true, description: 'The working group, when kind is WorkingGroup.' })
  workingGroup: WorkingGroup | null;

  @Field(() => Project, { nullable: true, description: 'The project, when kind is Project.' })
  project: Project | null;

  @Field(() => Int, { description: 'Number of owner zones.' })
  ownerCount: number;

  @Field(() => Int, { description: 'Actions of the year linked to it or led by it, over all zones, each counted once.' })
  actionCount: number;

  id: string;
}

@ObjectType({ description: "A coach's view of a region in one year." })
export class RegionDashboard {
  @Field(() => Region, { description: 'The region.' })
  region: Region;

  @Field(() => Int, { description: 'The plan year.' })
  year: number;
}

/**
 * The region's zones by id. Every figure is about them: one load shared by all fields of the
 * dashboard (zone loads after each aggregate were more statements, merged or not by timing).
 */
async function regionZones(ctx: Context, d: RegionDashboard): Promise<Map<string, Zone>> {
  const zones = await ctx.loaders.childrenOf(Zone, 'regionId', ['name']).load(d.region.id);
  return new Map(zones.map((z) => [z.id, z]));
}

@Resolver(() => RegionDashboard)
export class DashboardResolver {
  @Query(() => RegionDashboard, { description: 'Figures across the zones of a region for one plan year (draft plans only for their own members).' })
  async regionDashboard(@Arg('regionSlug', () => String) regionSlug: string, @Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<RegionDashboard> {
    return { region: await new DashboardService(ctx).region(regionSlug), year: parseInput(actionPlanSchema, { year }).year };
  }

  @FieldResolver(() => [Zone], { description: 'Zones of the region, by name.' })
  zones(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<Zone[]> {
    return ctx.loaders.childrenOf(Zone, 'regionId', ['name']).load(d.region.id);
  }

  @FieldResolver(() => Int, { description: 'Actions of the year that zones of the region own or co-own, each counted once (a shared action is one action of the region).' })
  async actionCount(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<number> {
    const rows = await new DashboardService(ctx).progress(d.region.id, d.year);
    return rows.reduce((n, r) => (r.zoneId === null ? n + r.count : n), 0);
  }

  @FieldResolver(() => [ThemeZoneCount], { description: 'The themes × zones matrix: per theme and zone, the actions the zone owns or co-owns (cells with 0 left out).' })
  async themeMatrix(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<ThemeZoneCount[]> {
    const [all, zones] = await Promise.all([new DashboardService(ctx).themeMatrix(d.region.id, d.year), regionZones(ctx, d)]);
    const rows = all.filter((r) => r.zoneId !== null);
    const themes = await ctx.loaders.byId(Theme).loadMany(rows.map((r) => r.themeId));
    return rows.map((r, i) => ({ theme: themes[i] as Theme, zone: zones.get(r.zoneId!)!, count: r.count }));
  }

  @FieldResolver(() => [ThemeCount], { description: "Per theme: the region's actions, each counted once (the row totals of the matrix; themes without actions left out)." })
  async themeTotals(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<ThemeCount[]> {
    const rows = (await new DashboardService(ctx).themeMatrix(d.region.id, d.year)).filter((r) => r.zoneId === null);
    const themes = await ctx.loaders.byId(Theme).loadMany(rows.map((r) => r.themeId));
    return rows.map((r, i) => ({ theme: themes[i] as Theme, count: r.count }));
  }

  @FieldResolver(() => [ZoneCoverage], { description: 'Per zone: share of actions with indicators and with an evaluation kind.' })
  async coverage(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<ZoneCoverage[]> {
    const [rows, zones] = await Promise.all([new DashboardService(ctx).coverage(d.region.id, d.year), regionZones(ctx, d)]);
    return rows.map((r) => ({
      ...r,
      zone: zones.get(r.zoneId)!,
      indicatorShare: r.actionCount ? r.withIndicators / r.actionCount : null,
      evaluationShare: r.actionCount ? r.withEvaluationKind / r.actionCount : null,
    }));
  }

  @FieldResolver(() => [ZoneProgress], { description: 'Per zone: the actions it owns or co-owns, per progress status.' })
  async progress(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<ZoneProgress[]> {
    const [rows, zones] = await Promise.all([new DashboardService(ctx).progress(d.region.id, d.year), ctx.loaders.childrenOf(Zone, 'regionId', ['name']).load(d.region.id)]);
    return zones.map((zone) => {
      const counts = PROGRESS_STATUSES.map((status) => ({ status, count: rows.find((r) => r.zoneId === zone.id && r.status === status)?.count ?? 0 }));
      return { zone, counts, total: counts.reduce((n, c) => n + c.count, 0) };
    });
  }

  @FieldResolver(() => [ZoneMonthLoad], { description: 'Per zone and month: actions the zone owns or co-owns running (months without actions left out).' })
  async timeline(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<ZoneMonthLoad[]> {
    const [rows, zones] = await Promise.all([new DashboardService(ctx).timeline(d.region.id, d.year), regionZones(ctx, d)]);
    return rows.filter((r) => r.zoneId !== null).map((r) => ({ zone: zones.get(r.zoneId!)!, month: r.month, count: r.count }));
  }

  @FieldResolver(() => [MonthCount], { description: "Per month: the region's actions running, each counted once (months without actions left out)." })
  async timelineTotals(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<MonthCount[]> {
    const rows = await new DashboardService(ctx).timeline(d.region.id, d.year);
    return rows
      .filter((r) => r.zoneId === null)
      .sort((a, b) => a.month - b.month)
      .map((r) => ({ month: r.month, count: r.count }));
  }

  @FieldResolver(() => [SharedWorkSummary], { description: 'Working groups and projects with owners in the region, most owners first.' })
  async sharedWork(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<SharedWorkSummary[]> {
    const rows = await new DashboardService(ctx).sharedWork(d.region.id, d.year);
    const groups = await ctx.loaders.byId(WorkingGroup).loadMany(rows.filter((r) => r.kind === 'WorkingGroup').map((r) => r.id));
    const projects = await ctx.loaders.byId(Project).loadMany(rows.filter((r) => r.kind === 'Project').map((r) => r.id));
    let g = 0;
    let p = 0;
    return rows.map((r) => ({
      ...r,
      workingGroup: r.kind === 'WorkingGroup' ? (groups[g++] as WorkingGroup) : null,
      project: r.kind === 'Project' ? (projects[p++] as Project) : null,
    }));
  }
}

@Resolver(() => SharedWorkSummary)
export class SharedWorkSummaryResolver {
  @FieldResolver(() => String, { description: 'Name of the group or project.' })
  name(@Root() s: SharedWorkSummary): string {
    return (s.workingGroup ?? s.project)?.name ?? '';
  }

  @FieldResolver(() => [Ownership], { description: 'Owner zones with their roles.' })
  async owners(@Root() s: SharedWorkSummary, @Ctx() ctx: Context): Promise<Ownership[]> {
    const rows =
      s.kind === 'WorkingGroup'
        ? await ctx.loaders.childrenOf(WorkingGroupOwner, 'workingGroupId', ['createdAt']).load(s.id)
        : await ctx.loaders.childrenOf(ProjectOwner, 'projectId', ['createdAt']).load(s.id);
    return toOwnerships(ctx, rows);
  }
}
