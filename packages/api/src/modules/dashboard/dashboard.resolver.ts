import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Float, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { actionPlanSchema, PROGRESS_STATUSES, type ProgressStatus } from '@kruispunt/shared';
import { parseInput } from '../../common/validate';
import { Ownership } from '../collaboration/ownership';
import { toOwnerships } from '../collaboration/ownership.service';
import type { Context } from '../auth/context';
import { ProgressStatusEnum } from '../../graphql/enums';
import type { Row, RowEntity } from '../../graphql/loaders';
import { selectedFields } from '../../graphql/selection';
import { Project, ProjectOwner } from '../collaboration/project.entity';
import { Region } from '../region/region.entity';
import { Theme } from '../theme/theme.entity';
import { WorkingGroup, WorkingGroupOwner } from '../collaboration/working-group.entity';
import { Zone } from '../zone/zone.entity';
import {
  DashboardService,
  type DashboardFigures,
  type DashboardParts,
  type SharedWorkRow,
  type ThemeZoneCountRow,
  type ZoneCoverageRow,
  type ZoneMonthRow,
  type ZoneProgressRow,
} from './dashboard.service';

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

  /** Its owners, when read with the dashboard's figures. */
  ownerships?: Ownership[];
}

@ObjectType({ description: "A coach's view of a region in one year." })
export class RegionDashboard {
  @Field(() => Region, { description: 'The region.' })
  region: Region;

  @Field(() => Int, { description: 'The plan year.' })
  year: number;

  /** The figures the request selects, read at once when the dashboard was found; a field finds its own when absent. */
  figures?: DashboardFigures;
}

/** What the figures of a request's selection of RegionDashboard (`fields`; of its sharedWork: `sharedWork`) read. */
function partsFor(fields: Set<string>, sharedWork: Set<string>): DashboardParts {
  const has = (...names: string[]) => names.some((n) => fields.has(n));
  return {
    zones: has('zones', 'themeMatrix', 'coverage', 'progress', 'timeline'),
    themeMatrix: has('themeMatrix', 'themeTotals'),
    coverage: has('coverage'),
    progress: has('progress', 'actionCount'),
    timeline: has('timeline', 'timelineTotals'),
    sharedWork: has('sharedWork'),
    sharedWorkOwners: has('sharedWork') && sharedWork.has('owners'),
  };
}

/**
 * The region's zones by id. Every figure is about them: one load shared by all fields of the
 * dashboard (zone loads after each aggregate were more statements, merged or not by timing).
 */
async function regionZones(ctx: Context, d: RegionDashboard): Promise<Map<string, Zone>> {
  const zones = await ctx.loaders.childrenOf(Zone, 'regionId', ['name']).load(d.region.id);
  return new Map(zones.map((z) => [z.id, z]));
}

/** The themes of `rows` by id, through the loader (when the figures were not read together). */
async function themesOf(ctx: Context, rows: ThemeZoneCountRow[]): Promise<Map<string, Theme>> {
  const themes = await ctx.loaders.byId(Theme).loadMany([...new Set(rows.map((r) => r.themeId))]);
  return new Map(themes.filter((t): t is Theme => t instanceof Theme).map((t) => [t.id, t]));
}

/** Rows by id through the `byId` loader of `entity` (when the figures were not read together). */
async function byIdMap<T extends Row>(ctx: Context, entity: RowEntity<T>, ids: string[]): Promise<Map<string, T>> {
  const rows = await ctx.loaders.byId(entity).loadMany(ids);
  return new Map(rows.filter((r): r is T => !!r && !(r instanceof Error)).map((r) => [r.id, r]));
}

// Each figure's answer from its rows and the rows they refer to: the same whether the figures were
// read together (`RegionDashboard.figures`) or by the field itself.
const regionActionCount = (rows: ZoneProgressRow[]): number => rows.reduce((n, r) => (r.zoneId === null ? n + r.count : n), 0);

const themeCells = (rows: ThemeZoneCountRow[], themes: Map<string, Theme>, zones: Map<string, Zone>): ThemeZoneCount[] =>
  rows.filter((r) => r.zoneId !== null).map((r) => ({ theme: themes.get(r.themeId)!, zone: zones.get(r.zoneId!)!, count: r.count }));

const themeTotalsOf = (rows: ThemeZoneCountRow[], themes: Map<string, Theme>): ThemeCount[] =>
  rows.filter((r) => r.zoneId === null).map((r) => ({ theme: themes.get(r.themeId)!, count: r.count }));

const coverageOf = (rows: ZoneCoverageRow[], zones: Map<string, Zone>): ZoneCoverage[] =>
  rows.map((r) => ({
    ...r,
    zone: zones.get(r.zoneId)!,
    indicatorShare: r.actionCount ? r.withIndicators / r.actionCount : null,
    evaluationShare: r.actionCount ? r.withEvaluationKind / r.actionCount : null,
  }));

function progressOf(rows: ZoneProgressRow[], zones: Zone[]): ZoneProgress[] {
  const counts = new Map(rows.map((r) => [`${r.zoneId}|${r.status}`, r.count]));
  return zones.map((zone) => {
    const perStatus = PROGRESS_STATUSES.map((status) => ({ status, count: counts.get(`${zone.id}|${status}`) ?? 0 }));
    return { zone, counts: perStatus, total: perStatus.reduce((n, c) => n + c.count, 0) };
  });
}

const timelineOf = (rows: ZoneMonthRow[], zones: Map<string, Zone>): ZoneMonthLoad[] =>
  rows.filter((r) => r.zoneId !== null).map((r) => ({ zone: zones.get(r.zoneId!)!, month: r.month, count: r.count }));

const timelineTotalsOf = (rows: ZoneMonthRow[]): MonthCount[] =>
  rows
    .filter((r) => r.zoneId === null)
    .sort((a, b) => a.month - b.month)
    .map((r) => ({ month: r.month, count: r.count }));

const sharedWorkOf = (rows: SharedWorkRow[], groups: Map<string, WorkingGroup>, projects: Map<string, Project>, ownersOf?: Map<string, Ownership[]>): SharedWorkSummary[] =>
  rows.map((r) => ({
    ...r,
    workingGroup: r.kind === 'WorkingGroup' ? (groups.get(r.id) ?? null) : null,
    project: r.kind === 'Project' ? (projects.get(r.id) ?? null) : null,
    ownerships: ownersOf?.get(`${r.kind}|${r.id}`),
  }));

/**
 * The dashboard's figures: from `RegionDashboard.figures` when the query read them together (a
 * value, no promise), else each field reads its own (a statement per figure and request).
 */
@Resolver(() => RegionDashboard)
export class DashboardResolver {
  @Query(() => RegionDashboard, { description: 'Figures across the zones of a region for one plan year (draft plans only for their own members).' })
  async regionDashboard(
    @Arg('regionSlug', () => String) regionSlug: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RegionDashboard> {
    const service = new DashboardService(ctx);
    const region = await service.region(regionSlug);
    const valid = parseInput(actionPlanSchema, { year }).year;
    // Every figure selected in one statement, before graphql-js walks the fields (which then have values, not promises).
    const figures = await service.figures(region.id, valid, partsFor(selectedFields(info), selectedFields(info, ['sharedWork'])));
    return { region, year: valid, figures };
  }

  @FieldResolver(() => [Zone], { description: 'Zones of the region, by name.' })
  zones(@Root() d: RegionDashboard, @Ctx() ctx: Context): Zone[] | Promise<Zone[]> {
    return d.figures?.zones ?? ctx.loaders.childrenOf(Zone, 'regionId', ['name']).load(d.region.id);
  }

  @FieldResolver(() => Int, { description: 'Actions of the year that zones of the region own or co-own, each counted once (a shared action is one action of the region).' })
  actionCount(@Root() d: RegionDashboard, @Ctx() ctx: Context): number | Promise<number> {
    const f = d.figures;
    if (f?.progress) return regionActionCount(f.progress);
    return new DashboardService(ctx).progress(d.region.id, d.year).then(regionActionCount);
  }

  @FieldResolver(() => [ThemeZoneCount], { description: 'The themes × zones matrix: per theme and zone, the actions the zone owns or co-owns (cells with 0 left out).' })
  themeMatrix(@Root() d: RegionDashboard, @Ctx() ctx: Context): ThemeZoneCount[] | Promise<ThemeZoneCount[]> {
    const f = d.figures;
    if (f?.themeMatrix && f.themeById && f.zoneById) return themeCells(f.themeMatrix, f.themeById, f.zoneById);
    return (async () => {
      const [all, zones] = await Promise.all([new DashboardService(ctx).themeMatrix(d.region.id, d.year), regionZones(ctx, d)]);
      return themeCells(all, await themesOf(ctx, all), zones);
    })();
  }

  @FieldResolver(() => [ThemeCount], { description: "Per theme: the region's actions, each counted once (the row totals of the matrix; themes without actions left out)." })
  themeTotals(@Root() d: RegionDashboard, @Ctx() ctx: Context): ThemeCount[] | Promise<ThemeCount[]> {
    const f = d.figures;
    if (f?.themeMatrix && f.themeById) return themeTotalsOf(f.themeMatrix, f.themeById);
    return (async () => {
      const all = await new DashboardService(ctx).themeMatrix(d.region.id, d.year);
      return themeTotalsOf(all, await themesOf(ctx, all));
    })();
  }

  @FieldResolver(() => [ZoneCoverage], { description: 'Per zone: share of actions with indicators and with an evaluation kind.' })
  coverage(@Root() d: RegionDashboard, @Ctx() ctx: Context): ZoneCoverage[] | Promise<ZoneCoverage[]> {
    const f = d.figures;
    if (f?.coverage && f.zoneById) return coverageOf(f.coverage, f.zoneById);
    return Promise.all([new DashboardService(ctx).coverage(d.region.id, d.year), regionZones(ctx, d)]).then(([rows, zones]) => coverageOf(rows, zones));
  }

  @FieldResolver(() => [ZoneProgress], { description: 'Per zone: the actions it owns or co-owns, per progress status.' })
  progress(@Root() d: RegionDashboard, @Ctx() ctx: Context): ZoneProgress[] | Promise<ZoneProgress[]> {
    const f = d.figures;
    if (f?.progress && f.zones) return progressOf(f.progress, f.zones);
    return Promise.all([new DashboardService(ctx).progress(d.region.id, d.year), ctx.loaders.childrenOf(Zone, 'regionId', ['name']).load(d.region.id)]).then(([rows, zones]) =>
      progressOf(rows, zones),
    );
  }

  @FieldResolver(() => [ZoneMonthLoad], { description: 'Per zone and month: actions the zone owns or co-owns running (months without actions left out).' })
  timeline(@Root() d: RegionDashboard, @Ctx() ctx: Context): ZoneMonthLoad[] | Promise<ZoneMonthLoad[]> {
    const f = d.figures;
    if (f?.timeline && f.zoneById) return timelineOf(f.timeline, f.zoneById);
    return Promise.all([new DashboardService(ctx).timeline(d.region.id, d.year), regionZones(ctx, d)]).then(([rows, zones]) => timelineOf(rows, zones));
  }

  @FieldResolver(() => [MonthCount], { description: "Per month: the region's actions running, each counted once (months without actions left out)." })
  timelineTotals(@Root() d: RegionDashboard, @Ctx() ctx: Context): MonthCount[] | Promise<MonthCount[]> {
    const f = d.figures;
    if (f?.timeline) return timelineTotalsOf(f.timeline);
    return new DashboardService(ctx).timeline(d.region.id, d.year).then(timelineTotalsOf);
  }

  @FieldResolver(() => [SharedWorkSummary], { description: 'Working groups and projects with owners in the region, most owners first.' })
  sharedWork(@Root() d: RegionDashboard, @Ctx() ctx: Context): SharedWorkSummary[] | Promise<SharedWorkSummary[]> {
    const f = d.figures;
    if (f?.sharedWork && f.workingGroupById && f.projectById) return sharedWorkOf(f.sharedWork, f.workingGroupById, f.projectById, f.ownersOf);
    return (async () => {
      const rows = await new DashboardService(ctx).sharedWork(d.region.id, d.year);
      const groups = await byIdMap(
        ctx,
        WorkingGroup,
        rows.filter((r) => r.kind === 'WorkingGroup').map((r) => r.id),
      );
      const projects = await byIdMap(
        ctx,
        Project,
        rows.filter((r) => r.kind === 'Project').map((r) => r.id),
      );
      return sharedWorkOf(rows, groups, projects);
    })();
  }
}

@Resolver(() => SharedWorkSummary)
export class SharedWorkSummaryResolver {
  @FieldResolver(() => String, { description: 'Name of the group or project.' })
  name(@Root() s: SharedWorkSummary): string {
    return (s.workingGroup ?? s.project)?.name ?? '';
  }

  @FieldResolver(() => [Ownership], { description: 'Owner zones with their roles.' })
  owners(@Root() s: SharedWorkSummary, @Ctx() ctx: Context): Ownership[] | Promise<Ownership[]> {
    if (s.ownerships) return s.ownerships;
    return (async () => {
      const rows =
        s.kind === 'WorkingGroup'
          ? await ctx.loaders.childrenOf(WorkingGroupOwner, 'workingGroupId', ['createdAt']).load(s.id)
          : await ctx.loaders.childrenOf(ProjectOwner, 'projectId', ['createdAt']).load(s.id);
      return toOwnerships(ctx, rows);
    })();
  }
}
