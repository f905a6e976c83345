// Finding actions across zones: the filters external tools and coaches need, keyset-paginated.
import { fromGlobalId } from '../../common/global-id';
import { paginate, type Connection, type SortSpec } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { scopeActions } from '../auth/visibility';
import { Action } from './action.entity';
import type { ActionFilter, ActionSort } from './action-search.inputs';

const SORTS: Record<ActionSort, Omit<SortSpec, 'direction'>> = {
  PLAN: { expressions: ['p.year', 'z.name', 'e.position'], aliases: ['sort_year', 'sort_zone', 'sort_position'] },
  TITLE: { expressions: ['e.title'], aliases: ['sort_title'] },
  // Milliseconds: the cursor carries the value through a JS Date without losing precision.
  UPDATED_AT: { expressions: ["date_trunc('milliseconds', e.updated_at)"], aliases: ['sort_updated'] },
};

const ids = (values: string[] | null | undefined, type: string) => (values ?? []).map((v) => fromGlobalId(v, type).id);

export class ActionSearchService {
  constructor(private readonly ctx: Context) {}

  /** `columns`: the properties to read of each action (all when absent); the page's actions are not shared with other loaders. */
  async search(
    filter: ActionFilter = {},
    sort: ActionSort = 'PLAN',
    descending = false,
    page: { first?: number | null; after?: string | null } = {},
    columns: string[] | null = null,
  ): Promise<Connection<Action>> {
    this.ctx.viewer.requireSignedIn();
    const qb = this.ctx.db.getRepository(Action).createQueryBuilder('e');
    if (columns) qb.select(columns.map((c) => `e.${c}`));
    qb
      .innerJoin('action_plan', 'p', 'p.id = e.action_plan_id')
      .innerJoin('zone', 'z', 'z.id = p.zone_id');
    scopeActions(qb, 'e', this.ctx.viewer);
    const zoneIds = ids(filter.zoneIds, 'Zone');
    if (zoneIds.length) qb.andWhere('p.zone_id = ANY(:zoneIds)', { zoneIds });
    const regionIds = ids(filter.regionIds, 'Region');
    if (regionIds.length) qb.andWhere('z.region_id = ANY(:regionIds)', { regionIds });
    if (filter.years?.length) qb.andWhere('p.year = ANY(:years)', { years: filter.years });
    if (filter.planStatuses?.length) qb.andWhere('p.status = ANY(:planStatuses)', { planStatuses: filter.planStatuses });
    if (filter.progressStatuses?.length) qb.andWhere('e.progress_status = ANY(:progressStatuses)', { progressStatuses: filter.progressStatuses });
    if (filter.fundings?.length) qb.andWhere('e.funding = ANY(:fundings)', { fundings: filter.fundings });
    const themeIds = ids(filter.themeIds, 'Theme');
    if (themeIds.length) qb.andWhere('EXISTS (SELECT 1 FROM action_theme at WHERE at.action_id = e.id AND at.theme_id = ANY(:themeIds))', { themeIds });
    if (filter.themeSlugs?.length) {
      qb.andWhere('EXISTS (SELECT 1 FROM action_theme at JOIN theme th ON th.id = at.theme_id WHERE at.action_id = e.id AND th.slug = ANY(:themeSlugs))', { themeSlugs: filter.themeSlugs });
    }
    const ownerZoneIds = ids(filter.ownerZoneIds, 'Zone');
    if (ownerZoneIds.length) qb.andWhere('EXISTS (SELECT 1 FROM action_owner ao WHERE ao.action_id = e.id AND ao.zone_id = ANY(:ownerZoneIds))', { ownerZoneIds });
    if (filter.shared != null) {
      qb.andWhere(`${filter.shared ? '' : 'NOT '}EXISTS (SELECT 1 FROM action_owner ao2 WHERE ao2.action_id = e.id AND ao2.zone_id <> p.zone_id)`);
    }
    const workingGroupIds = ids(filter.workingGroupIds, 'WorkingGroup');
    if (workingGroupIds.length) qb.andWhere('EXISTS (SELECT 1 FROM action_working_group aw WHERE aw.action_id = e.id AND aw.working_group_id = ANY(:workingGroupIds))', { workingGroupIds });
    const projectIds = ids(filter.projectIds, 'Project');
    if (projectIds.length) qb.andWhere('EXISTS (SELECT 1 FROM action_project ap WHERE ap.action_id = e.id AND ap.project_id = ANY(:projectIds))', { projectIds });
    if (filter.search?.trim()) {
      // Dutch full-text search over the sheet's texts, or a substring of the title.
      qb.andWhere(`(e.search_vector @@ websearch_to_tsquery('dutch', :search) OR e.title ILIKE :like)`, {
        search: filter.search.trim(),
        like: `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return paginate(qb, { ...SORTS[sort], direction: descending ? 'DESC' : 'ASC' }, page);
  }
}
