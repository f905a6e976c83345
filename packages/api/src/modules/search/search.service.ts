// Global search over zones, actions, working groups, projects and partners.
//
// Actions are found through their search document (action_search, see migration
// 1796700000000-SearchDocument): every text of the sheet and what it links to (goals, working
// groups, projects, partners), Dutch stems, compound parts, synonyms and abbreviations both
// ways, typo correction and the last word as a prefix; ranked with the title weighing most and
// each hit with a snippet saying why it matched. Names of the other kinds are matched by
// substring and trigram similarity. The SQL is in search.queries.ts.
import { fromGlobalId } from '../../common/global-id';
import { intInRange, searchText } from '../../common/validate';
import { escapeLike } from '../../db/like';
import { hydrate, preparedQuery, selectList } from '../../db/reader';
import { ActionSearchService } from '../action/action-search.service';
import type { Context } from '../auth/context';
import { Project } from '../collaboration/project.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { Partner } from '../partner/partner.entity';
import { OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import { Zone } from '../zone/zone.entity';
import { GOALS_SQL, inZonesCondition, ownedCondition, themedCondition } from './search.queries';
import { SearchKindEnum, type GoalSearchHit, type SearchFilter, type SearchKind, type SearchResults } from './search.types';

const ids = (values: string[] | null | undefined, type: string, field: string) => (values ?? []).map((v, i) => fromGlobalId(v, type, `filter.${field}.${i}`).id);

export class SearchService {
  constructor(private readonly ctx: Context) {}

  /** Every kind at once, at most `first` per kind; texts shorter than 2 characters find nothing. */
  async search(text: string, first: number, filter: SearchFilter | null): Promise<SearchResults> {
    const ctx = this.ctx;
    ctx.viewer.requireSignedIn();
    const q = searchText(text, 'text');
    const limit = intInRange(first, 'first', 1, 50);
    const zoneIds = ids(filter?.zoneIds, 'Zone', 'zoneIds');
    const regionIds = ids(filter?.regionIds, 'Region', 'regionIds');
    const themeIds = ids(filter?.themeIds, 'Theme', 'themeIds');
    const kinds = new Set<SearchKind>(filter?.kinds?.length ? filter.kinds : (Object.keys(SearchKindEnum) as SearchKind[]));
    const empty: SearchResults = { zones: [], actions: [], actionHits: [], goals: [], workingGroups: [], projects: [], partners: [] };
    if (q.length < 2) return empty;
    const like = `%${escapeLike(q)}%`;
    // Ranked: names starting with the text first, then by trigram similarity.
    const named = <T extends object>(entity: new () => T, kind: SearchKind, where: string, scope: string[]) =>
      kinds.has(kind)
        ? ctx.db
            .getRepository(entity)
            .createQueryBuilder('e')
            .where(
              `(${where})${scope
                .filter(Boolean)
                .map((s) => ` AND ${s}`)
                .join('')}`,
              { like, q, prefix: `${escapeLike(q)}%`, zoneIds, regionIds, themeIds },
            )
            .orderBy('(e.name ILIKE :prefix)', 'DESC')
            .addOrderBy('similarity(e.name, :q)', 'DESC')
            .addOrderBy('e.name')
            .limit(limit)
            .getMany()
        : Promise.resolve([]);
    const owned = (table: string, column: string) => ownedCondition(table, column, zoneIds, regionIds);
    const themed = (table: string, column: string) => themedCondition(table, column, themeIds);
    // Zones, partners and years have no theme; zones and partners have no year.
    const noTheme = themeIds.length ? 'false' : '';
    const [zones, actionHits, goals, workingGroups, projects, partners] = await Promise.all([
      named(Zone, 'ZONE', `e.name ILIKE :like OR e.short_name ILIKE :like OR array_to_string(e.municipalities, ' ') ILIKE :like`, [inZonesCondition('e.id', zoneIds, regionIds), noTheme]),
      kinds.has('ACTION')
        ? new ActionSearchService(ctx).ranked(q, { years: filter?.years, zoneIds: filter?.zoneIds, regionIds: filter?.regionIds, themeIds: filter?.themeIds }, limit)
        : Promise.resolve([]),
      kinds.has('GOAL') && !themeIds.length ? this.goals(q, zoneIds, regionIds, filter?.years ?? [], limit) : Promise.resolve([]),
      named(WorkingGroup, 'WORKING_GROUP', 'e.name ILIKE :like OR e.description ILIKE :like', [
        owned('working_group_owner', 'working_group_id'),
        themed('working_group_theme', 'working_group_id'),
      ]),
      named(Project, 'PROJECT', 'e.name ILIKE :like OR e.description ILIKE :like', [owned('project_owner', 'project_id'), themed('project_theme', 'project_id')]),
      named(Partner, 'PARTNER', 'e.name ILIKE :like OR e.sector ILIKE :like OR e.name % :q', [owned('partner_zone', 'partner_id'), noTheme]),
    ]);
    return { zones, actions: actionHits.map((h) => h.action), actionHits, goals, workingGroups, projects, partners };
  }

  /** Goals whose wording holds every word (the same query as actions), in plans of the filtered zones and years. */
  private async goals(text: string, zoneIds: string[], regionIds: string[], years: number[], limit: number): Promise<GoalSearchHit[]> {
    const strategic = this.ctx.db.getMetadata(StrategicGoal);
    const operational = this.ctx.db.getMetadata(OperationalGoal);
    // One statement: the goals are read along with their ranking (no loader round trips).
    const rows = await preparedQuery(this.ctx.db, GOALS_SQL(selectList(strategic, 'sg'), selectList(operational, 'og')), [text, zoneIds, regionIds, years, limit]);
    return rows.map((row) => ({
      strategicGoal: hydrate<StrategicGoal>(strategic, 'sg', row),
      operationalGoal: row.has_operational ? hydrate<OperationalGoal>(operational, 'og', row) : null,
    }));
  }
}
