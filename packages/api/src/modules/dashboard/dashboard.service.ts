// The region dashboard for coaches: every figure is an aggregate computed in PostgreSQL,
// a fixed number of statements whatever the number of zones and actions.
import type { OwnerRole, ProgressStatus } from '@kruispunt/shared';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError } from '../../common/app-error';
import { fromJson, hydrate, jsonObjectSql, preparedQuery, selectList } from '../../db/reader';
import type { Context } from '../auth/context';
import type { Viewer } from '../auth/viewer';
import { VisibilitySql } from '../auth/visibility';
import type { Ownership } from '../collaboration/ownership';
import { Project } from '../collaboration/project.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { Region } from '../region/region.entity';
import { Theme } from '../theme/theme.entity';
import { Zone } from '../zone/zone.entity';
import type { RootBuild } from '../../graphql/sql-answers';
import {
  coverageSql,
  dashboardAnswerSql,
  dashboardSql,
  myRemarksSql,
  overlapsSql,
  progressSql,
  qualitySql,
  regionBySlugSql,
  sharedWorkSql,
  themeMatrixSql,
  timelineSql,
  yearOverYearSql,
  type DashboardParts,
} from './dashboard.queries';

/** Actions (aliased `a`, their plan `p`) the viewer sees (auth/visibility.ts); the zones are the fixed parameter `param`. */
function visibleActions(viewer: Viewer, param: string): string {
  const visibility = new VisibilitySql(viewer, () => param);
  // The parameter is referenced either way, so PostgreSQL can type it.
  return visibility.unrestricted ? `(${param}::uuid[] IS NOT NULL)` : visibility.actionWithPlan('a', 'p');
}

/** Per-zone rows, and with `zoneId` null the region's total (each action counted once). */
export interface ThemeZoneCountRow {
  themeId: string;
  zoneId: string | null;
  count: number;
}

export interface ZoneCoverageRow {
  zoneId: string;
  actionCount: number;
  withIndicators: number;
  withEvaluationKind: number;
  withLead: number;
  withMonths: number;
}

export interface ZoneProgressRow {
  zoneId: string | null;
  status: ProgressStatus;
  count: number;
}

export interface ZoneMonthRow {
  zoneId: string | null;
  month: number;
  count: number;
}

export interface SharedWorkRow {
  kind: 'WorkingGroup' | 'Project';
  id: string;
  ownerCount: number;
  actionCount: number;
}

export interface ZoneQualityRow {
  zoneId: string;
  planId: string | null;
  actionCount: number;
  /** Per action of the zone's own plan with something missing: what it lacks. */
  gaps: { actionId: string; missing: QualityGapKind[] }[];
  goalIds: string[];
}

export type QualityGapKind = 'INDICATORS' | 'EVALUATION_KIND' | 'LEAD' | 'MONTHS';

export interface ZoneYearRow {
  zoneId: string;
  year: number;
  actionCount: number;
  doneCount: number;
  themeIds: string[];
}

export interface OverlapRow {
  a: string;
  b: string;
  score: number;
  words: string[];
  themeIds: string[];
}

export type { DashboardParts } from './dashboard.queries';

/**
 * Figures of a region's dashboard read together (`DashboardService.figures`), each as its own
 * method gives it; a figure not asked for is undefined. The rows they refer to come along.
 */
export interface DashboardFigures {
  /** The region's zones, by name. */
  zones?: Zone[];
  zoneById?: Map<string, Zone>;
  themeMatrix?: ThemeZoneCountRow[];
  themeById?: Map<string, Theme>;
  coverage?: ZoneCoverageRow[];
  progress?: ZoneProgressRow[];
  timeline?: ZoneMonthRow[];
  sharedWork?: SharedWorkRow[];
  workingGroupById?: Map<string, WorkingGroup>;
  projectById?: Map<string, Project>;
  /** Owner zones of each shared item, by `kind|id`, as the owner loaders and `toOwnerships` give them. */
  ownersOf?: Map<string, Ownership[]>;
}

/** The least subject likeness (tf-idf cosine) for two actions to count as the same subject. */
export const OVERLAP_MIN_COSINE = 0.12;

export class DashboardService {
  constructor(private readonly ctx: Context) {}

  async region(slug: string): Promise<Region> {
    this.ctx.viewer.requireSignedIn();
    // A prepared statement through the reader: the dashboard's first statement, on every request.
    const metadata = this.ctx.db.getMetadata(Region);
    const [row] = await preparedQuery(this.ctx.db, regionBySlugSql(selectList(metadata, 'r')), [slug]);
    const region = row ? hydrate<Region>(metadata, 'r', row) : null;
    if (!region) throw new AppError('NOT_FOUND', `Regio "${slug}" bestaat niet.`, { field: 'regionSlug' });
    return region;
  }

  private params(regionId: string, year: number): [string, number, string[]] {
    return [regionId, year, this.ctx.viewer.draftZoneIds ?? []];
  }

  private get scope(): string {
    return visibleActions(this.ctx.viewer, '$3');
  }

  /** Plans (aliased `p`) the viewer sees; like `scope`, always referencing `$3`. */
  private get planScope(): string {
    const visibility = new VisibilitySql(this.ctx.viewer, () => '$3');
    return visibility.unrestricted ? '($3::uuid[] IS NOT NULL)' : visibility.plan('p');
  }

  /** Remarks (aliased `r`) the viewer sees; like `scope`, always referencing `$3`. */
  private get remarkScope(): string {
    const visibility = new VisibilitySql(this.ctx.viewer, () => '$3');
    return visibility.unrestricted ? '($3::uuid[] IS NOT NULL)' : visibility.remark('r');
  }

  /** The viewer's own remarks on plans of the region's zones of the year that the viewer still sees. */
  async myRemarkIds(regionId: string, year: number): Promise<string[]> {
    const author = this.ctx.viewer.actor.userId;
    if (!author) return [];
    const rows: { id: string }[] = await this.ctx.db.query(myRemarksSql(this.remarkScope), [...this.params(regionId, year), author]);
    return rows.map((r) => r.id);
  }

  /**
   * The figures in `parts` in one statement (see `dashboardSql`), with the zones, themes, working
   * groups and projects they refer to, which are also handed to the loaders. Visibility as for
   * each figure's own method.
   */
  async figures(regionId: string, year: number, parts: DashboardParts): Promise<DashboardFigures> {
    const aggregates = parts.themeMatrix || parts.coverage || parts.progress || parts.timeline || parts.sharedWork;
    if (!aggregates && !parts.zones) return {};
    const db = this.ctx.db;
    const json = {
      zone: jsonObjectSql(db.getMetadata(Zone), 'z'),
      theme: jsonObjectSql(db.getMetadata(Theme), 't'),
      workingGroup: jsonObjectSql(db.getMetadata(WorkingGroup), 'w'),
      project: jsonObjectSql(db.getMetadata(Project), 'pr'),
    };
    const sql = dashboardSql(this.scope, parts, json);
    const [row] = await preparedQuery(db, sql, aggregates ? this.params(regionId, year) : [regionId]);
    const loaders = this.ctx.loaders;
    const rows = <T extends { id: string }>(entity: EntityTarget<T & ObjectLiteral> & { name: string }, values: unknown): Map<string, T> => {
      const metadata = db.getMetadata(entity);
      const out = new Map<string, T>();
      for (const value of values as Record<string, unknown>[]) {
        const entityRow = fromJson<T>(metadata, value)!;
        loaders.prime(entity, entityRow);
        out.set(entityRow.id, entityRow);
      }
      return out;
    };
    const figures: DashboardFigures = {};
    if (parts.zones) {
      figures.zoneById = rows(Zone, row!.zones);
      figures.zones = [...figures.zoneById.values()];
      // As `zones` of the region reads them (RegionResolver, DashboardResolver).
      loaders.childrenOf(Zone, 'regionId', ['name']).prime(regionId, figures.zones);
    }
    if (parts.themeMatrix) {
      figures.themeMatrix = row!.themeMatrix as ThemeZoneCountRow[];
      figures.themeById = rows(Theme, row!.themes);
    }
    if (parts.coverage) figures.coverage = row!.coverage as ZoneCoverageRow[];
    if (parts.progress) figures.progress = row!.progress as ZoneProgressRow[];
    if (parts.timeline) figures.timeline = row!.timeline as ZoneMonthRow[];
    if (parts.sharedWork) {
      figures.sharedWork = row!.sharedWork as SharedWorkRow[];
      figures.workingGroupById = rows(WorkingGroup, row!.workingGroups);
      figures.projectById = rows(Project, row!.projects);
      if (parts.sharedWorkOwners) {
        const zones = rows(Zone, row!.ownerZones);
        const ownersOf = new Map<string, Ownership[]>(figures.sharedWork.map((s) => [`${s.kind}|${s.id}`, []]));
        for (const o of row!.owners as { kind: string; item: string; zoneId: string; role: OwnerRole; since: string }[]) {
          const zone = zones.get(o.zoneId);
          if (zone) ownersOf.get(`${o.kind}|${o.item}`)?.push({ zone, role: o.role, since: new Date(o.since) });
        }
        figures.ownersOf = ownersOf;
      }
    }
    return figures;
  }

  /**
   * The statement answering the dashboard as JSON (dashboard-answers.ts): `build.object` gives the
   * JSON of the selection over a row; the figures take region, year and visibility as each
   * figure's own method does ($1, $2, $3).
   */
  answerSql(regionId: string, year: number, build: RootBuild): string {
    const placeholders = this.params(regionId, year).map((value) => build.params.add(value));
    if (placeholders.join() !== '$1,$2,$3') throw new Error(`The dashboard's parameters must come first (got ${placeholders.join()})`);
    const row = build.alias('d');
    return dashboardAnswerSql(this.scope, build.object(row), row);
  }

  /** One statement per figure and request, however many fields read it (cells and totals). */
  private once<T>(name: string, regionId: string, year: number, read: () => Promise<T[]>): Promise<T[]> {
    return this.ctx.loaders.custom<T[]>(`dashboard:${name}`, (keys) => Promise.all(keys.map(() => read()))).load(`${regionId}|${year}`);
  }

  /** Actions per theme and owner zone (themes × zones matrix), and per theme in the region (`zoneId` null). */
  async themeMatrix(regionId: string, year: number): Promise<ThemeZoneCountRow[]> {
    return this.once('themeMatrix', regionId, year, () => this.ctx.db.query(themeMatrixSql(this.scope), this.params(regionId, year)));
  }

  /**
   * Per zone: the sheets of its own plan, and how many have indicators, an evaluation kind, a
   * lead, months. About the plan the zone hands in, so a co-owned action counts in the plan that
   * holds it (the other figures count it for every owner zone).
   */
  async coverage(regionId: string, year: number): Promise<ZoneCoverageRow[]> {
    return this.ctx.db.query(coverageSql(this.scope), this.params(regionId, year));
  }

  /**
   * Per zone, its own plan of the year: which actions lack indicators, an evaluation kind, a lead
   * or months, and which operational goals of the plan's multi-year plan (not retired) no action
   * of the plan works on. One statement.
   */
  async quality(regionId: string, year: number): Promise<ZoneQualityRow[]> {
    return this.ctx.db.query(qualitySql(this.scope, this.planScope), this.params(regionId, year));
  }

  /** Per zone, its own plans of `year` and the year before: actions, actions done, themes. One statement. */
  async yearOverYear(regionId: string, year: number): Promise<ZoneYearRow[]> {
    return this.ctx.db.query(yearOverYearSql(this.scope), this.params(regionId, year));
  }

  /**
   * "Deze zones werken apart aan hetzelfde": pairs of the year's actions in different zones of the
   * region that share no owner zone and are about the same subject: a tf-idf cosine of their
   * stored subject words (action.subject_vector: title counted fully, texts 0.4, target groups
   * 0.2), document frequencies over the region's actions of the year, the zones' own names left
   * out; shared themes add a little. One statement, whatever the number of zones.
   */
  async overlaps(regionId: string, year: number, limit: number): Promise<OverlapRow[]> {
    return this.ctx.db.query(overlapsSql(this.scope, OVERLAP_MIN_COSINE), [...this.params(regionId, year), limit]);
  }

  /** Actions per owner zone and progress status, and per status in the region (`zoneId` null). */
  async progress(regionId: string, year: number): Promise<ZoneProgressRow[]> {
    return this.once('progress', regionId, year, () => this.ctx.db.query(progressSql(this.scope), this.params(regionId, year)));
  }

  /** Actions running per owner zone and month (the timeline across zones), and per month in the region (`zoneId` null). */
  async timeline(regionId: string, year: number): Promise<ZoneMonthRow[]> {
    return this.once('timeline', regionId, year, () => this.ctx.db.query(timelineSql(this.scope), this.params(regionId, year)));
  }

  /**
   * Working groups and projects with an owner zone in the region, with owner and action counts.
   * A group's actions are those linked to it and those it leads (as on its page), each once.
   */
  async sharedWork(regionId: string, year: number): Promise<SharedWorkRow[]> {
    return this.ctx.db.query(sharedWorkSql(this.scope), this.params(regionId, year));
  }
}
