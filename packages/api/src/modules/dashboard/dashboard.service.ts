// The region dashboard for coaches: every figure is an aggregate computed in PostgreSQL,
// a fixed number of statements whatever the number of zones and actions.
import type { ProgressStatus } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import type { Context } from '../../graphql/context';
import type { Viewer } from '../auth/viewer';
import { VisibilitySql } from '../auth/visibility';
import { Region } from '../region/region.entity';

/** Plans (aliased `p`) the viewer sees (auth/visibility.ts); the zones are the fixed parameter `param`. */
function visiblePlans(viewer: Viewer, param: string): string {
  const visibility = new VisibilitySql(viewer, () => param);
  // The parameter is referenced either way, so PostgreSQL can type it.
  return visibility.unrestricted ? `(${param}::uuid[] IS NOT NULL)` : visibility.plan('p');
}

export interface ThemeZoneCountRow {
  themeId: string;
  zoneId: string;
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
  zoneId: string;
  status: ProgressStatus;
  count: number;
}

export interface ZoneMonthRow {
  zoneId: string;
  month: number;
  count: number;
}

export interface SharedWorkRow {
  kind: 'WorkingGroup' | 'Project';
  id: string;
  ownerCount: number;
  actionCount: number;
}

export class DashboardService {
  constructor(private readonly ctx: Context) {}

  async region(slug: string): Promise<Region> {
    this.ctx.viewer.requireSignedIn();
    const region = await this.ctx.db.getRepository(Region).findOneBy({ slug });
    if (!region) throw new AppError('NOT_FOUND', `Regio "${slug}" bestaat niet.`, { field: 'regionSlug' });
    return region;
  }

  private params(regionId: string, year: number): [string, number, string[]] {
    return [regionId, year, this.ctx.viewer.draftZoneIds ?? []];
  }

  private get scope(): string {
    return visiblePlans(this.ctx.viewer, '$3');
  }

  /** Number of actions per theme and zone (themes × zones matrix). */
  async themeMatrix(regionId: string, year: number): Promise<ThemeZoneCountRow[]> {
    return this.ctx.db.query(
      `SELECT at.theme_id AS "themeId", p.zone_id AS "zoneId", count(*)::int AS count
       FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
       JOIN action_theme at ON at.action_id = a.id
       WHERE z.region_id = $1 AND p.year = $2 AND ${this.scope}
       GROUP BY at.theme_id, p.zone_id`,
      this.params(regionId, year),
    );
  }

  /** Per zone: actions, and how many have indicators, an evaluation kind, a lead, months. */
  async coverage(regionId: string, year: number): Promise<ZoneCoverageRow[]> {
    return this.ctx.db.query(
      `SELECT z.id AS "zoneId",
              count(a.id)::int AS "actionCount",
              count(a.id) FILTER (WHERE EXISTS (SELECT 1 FROM action_indicator i WHERE i.action_id = a.id))::int AS "withIndicators",
              count(a.id) FILTER (WHERE a.evaluation_process OR a.evaluation_output OR a.evaluation_outcome)::int AS "withEvaluationKind",
              count(a.id) FILTER (WHERE a.lead_text IS NOT NULL)::int AS "withLead",
              count(a.id) FILTER (WHERE EXISTS (SELECT 1 FROM action_month m WHERE m.action_id = a.id))::int AS "withMonths"
       FROM zone z
       LEFT JOIN action_plan p ON p.zone_id = z.id AND p.year = $2 AND ${this.scope}
       LEFT JOIN action a ON a.action_plan_id = p.id
       WHERE z.region_id = $1
       GROUP BY z.id, z.name ORDER BY z.name`,
      this.params(regionId, year),
    );
  }

  /** Per zone and progress status: number of actions. */
  async progress(regionId: string, year: number): Promise<ZoneProgressRow[]> {
    return this.ctx.db.query(
      `SELECT p.zone_id AS "zoneId", a.progress_status AS status, count(*)::int AS count
       FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
       WHERE z.region_id = $1 AND p.year = $2 AND ${this.scope}
       GROUP BY p.zone_id, a.progress_status`,
      this.params(regionId, year),
    );
  }

  /** Per zone and month of the year: actions running (the timeline across zones). */
  async timeline(regionId: string, year: number): Promise<ZoneMonthRow[]> {
    return this.ctx.db.query(
      `SELECT p.zone_id AS "zoneId", m.month, count(*)::int AS count
       FROM action a JOIN action_plan p ON p.id = a.action_plan_id JOIN zone z ON z.id = p.zone_id
       JOIN action_month m ON m.action_id = a.id
       WHERE z.region_id = $1 AND p.year = $2 AND ${this.scope}
       GROUP BY p.zone_id, m.month`,
      this.params(regionId, year),
    );
  }

  /** Working groups and projects with an owner zone in the region, with owner and action counts. */
  async sharedWork(regionId: string, year: number): Promise<SharedWorkRow[]> {
    return this.ctx.db.query(
      `SELECT kind, id, owners::int AS "ownerCount", actions::int AS "actionCount" FROM (
         SELECT 'WorkingGroup' AS kind, w.id, w.name,
           (SELECT count(*) FROM working_group_owner o WHERE o.working_group_id = w.id) AS owners,
           (SELECT count(*) FROM action_working_group aw JOIN action a ON a.id = aw.action_id JOIN action_plan p ON p.id = a.action_plan_id
             WHERE aw.working_group_id = w.id AND p.year = $2 AND ${this.scope}) AS actions
         FROM working_group w
         WHERE EXISTS (SELECT 1 FROM working_group_owner o JOIN zone z ON z.id = o.zone_id WHERE o.working_group_id = w.id AND z.region_id = $1)
         UNION ALL
         SELECT 'Project', pr.id, pr.name,
           (SELECT count(*) FROM project_owner o WHERE o.project_id = pr.id),
           (SELECT count(*) FROM action_project ap JOIN action a ON a.id = ap.action_id JOIN action_plan p ON p.id = a.action_plan_id
             WHERE ap.project_id = pr.id AND p.year = $2 AND ${this.scope})
         FROM project pr
         WHERE EXISTS (SELECT 1 FROM project_owner o JOIN zone z ON z.id = o.zone_id WHERE o.project_id = pr.id AND z.region_id = $1)
       ) s ORDER BY owners DESC, name`,
      this.params(regionId, year),
    );
  }
}
