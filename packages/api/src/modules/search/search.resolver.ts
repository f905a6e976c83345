// Global search over zones, actions, working groups, projects and partners.
//
// Actions are found through their search document (action_search, see migration
// 1796700000000-SearchDocument): every text of the sheet and what it links to (goals, working
// groups, projects, partners), Dutch stems, compound parts, synonyms and abbreviations both
// ways, typo correction and the last word as a prefix; ranked with the title weighing most and
// each hit with a snippet saying why it matched. Names of the other kinds are matched by
// substring and trigram similarity.
import { Arg, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { fromGlobalId } from '../../common/global-id';
import { hydrate, preparedQuery, selectList } from '../../db/reader';
import { intInRange, searchText } from '../../common/validate';
import type { Context } from '../auth/context';
import { Action } from '../action/action.entity';
import { ActionSearchService } from '../action/action-search.service';
import { escapeLike } from '../../db/like';
import { Partner } from '../partner/partner.entity';
import { Project } from '../collaboration/project.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import { Zone } from '../zone/zone.entity';

export const SearchKindEnum = { ZONE: 'ZONE', ACTION: 'ACTION', GOAL: 'GOAL', WORKING_GROUP: 'WORKING_GROUP', PROJECT: 'PROJECT', PARTNER: 'PARTNER' } as const;
export type SearchKind = keyof typeof SearchKindEnum;
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'A kind of search result.' });

@InputType({ description: 'Narrows a global search; all given filters must hold (lists: any of the values).' })
export class SearchFilter {
  @Field(() => [Int], { nullable: true, description: 'Plan years (actions only).' })
  years?: number[] | null;

  @Field(() => [ID], { nullable: true, description: 'Zones: actions in their plans, the zones themselves, groups and projects they own, their partners.' })
  zoneIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Regions, as zoneIds for all their zones.' })
  regionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Themes of actions, working groups and projects.' })
  themeIds?: string[] | null;

  @Field(() => [SearchKindEnum], { nullable: true, description: 'Only these kinds of results (the others come back empty).' })
  kinds?: SearchKind[] | null;
}

@ObjectType({ description: 'An action found by a search, with why it matched.' })
export class ActionSearchHit {
  @Field(() => Action, { description: 'The action found.' })
  action: Action;

  @Field(() => String, {
    nullable: true,
    description: 'Plain text from the sheet around the matching words, which are put between « and » (render them highlighted; the text itself never holds these marks).',
  })
  snippet: string | null;

  @Field(() => Float, { description: 'Relevance (higher is better), for ordering only.' })
  rank: number;
}

@ObjectType({ description: 'A goal of a multi-year plan found by a search: a strategic goal, or an operational goal under one.' })
export class GoalSearchHit {
  @Field(() => StrategicGoal, { description: 'The strategic goal found, or the one above the operational goal found.' })
  strategicGoal: StrategicGoal;

  @Field(() => OperationalGoal, { nullable: true, description: 'The operational goal found (null when the strategic goal itself matched).' })
  operationalGoal: OperationalGoal | null;
}

@ObjectType({ description: 'Results of a global search, per kind, best matches first.' })
export class SearchResults {
  @Field(() => [Zone], { description: 'Zones by name, short name or municipality.' })
  zones: Zone[];

  @Field(() => [Action], { description: 'Actions, most relevant first (the same as actionHits without snippets).' })
  actions: Action[];

  @Field(() => [ActionSearchHit], { description: 'Actions, most relevant first, each with a snippet saying why it matched.' })
  actionHits: ActionSearchHit[];

  @Field(() => [GoalSearchHit], { description: 'Strategic and operational goals of multi-year plans by their wording (their actions are found under actions too).' })
  goals: GoalSearchHit[];

  @Field(() => [WorkingGroup], { description: 'Working groups by name or description.' })
  workingGroups: WorkingGroup[];

  @Field(() => [Project], { description: 'Projects by name or description.' })
  projects: Project[];

  @Field(() => [Partner], { description: 'Partners by name or sector.' })
  partners: Partner[];
}

const ids = (values: string[] | null | undefined, type: string, field: string) => (values ?? []).map((v, i) => fromGlobalId(v, type, `filter.${field}.${i}`).id);

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, { description: 'Searches zones, actions, working groups, projects and partners at once.' })
  async search(
    @Arg('text', () => String, { description: 'What to look for (2 to 200 characters; shorter finds nothing, longer is INVALID_INPUT).' }) text: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 8, description: 'At most this many per kind (1 to 50; more or fewer is INVALID_INPUT).' }) first: number,
    @Arg('filter', () => SearchFilter, { nullable: true, description: 'Year, zone, region, theme and kind filters (bad ids are INVALID_INPUT naming filter.<field>.<index>).' })
    filter: SearchFilter | null,
  ): Promise<SearchResults> {
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
    // The zones the zone and region filters leave, as a condition on a zone id column.
    const inZones = (column: string) =>
      [
        ...(zoneIds.length ? [`${column} = ANY(:zoneIds)`] : []),
        ...(regionIds.length ? [`${column} IN (SELECT id FROM zone WHERE region_id = ANY(:regionIds))`] : []),
      ].join(' AND ');
    // Ranked: names starting with the text first, then by trigram similarity.
    const named = <T extends object>(entity: new () => T, kind: SearchKind, where: string, scope: string[]) =>
      kinds.has(kind)
        ? ctx.db
            .getRepository(entity)
            .createQueryBuilder('e')
            .where(`(${where})${scope.filter(Boolean).map((s) => ` AND ${s}`).join('')}`, { like, q, prefix: `${escapeLike(q)}%`, zoneIds, regionIds, themeIds })
            .orderBy('(e.name ILIKE :prefix)', 'DESC')
            .addOrderBy('similarity(e.name, :q)', 'DESC')
            .addOrderBy('e.name')
            .limit(limit)
            .getMany()
        : Promise.resolve([]);
    const owned = (table: string, column: string) => {
      const zones = inZones('o.zone_id');
      return zones ? `EXISTS (SELECT 1 FROM ${table} o WHERE o.${column} = e.id AND ${zones})` : '';
    };
    const themed = (table: string, column: string) => (themeIds.length ? `EXISTS (SELECT 1 FROM ${table} t WHERE t.${column} = e.id AND t.theme_id = ANY(:themeIds))` : '');
    // Zones, partners and years have no theme; zones and partners have no year.
    const noTheme = themeIds.length ? 'false' : '';
    const [zones, actionHits, goals, workingGroups, projects, partners] = await Promise.all([
      named(Zone, 'ZONE', `e.name ILIKE :like OR e.short_name ILIKE :like OR array_to_string(e.municipalities, ' ') ILIKE :like`, [inZones('e.id'), noTheme]),
      kinds.has('ACTION')
        ? new ActionSearchService(ctx).ranked(q, { years: filter?.years, zoneIds: filter?.zoneIds, regionIds: filter?.regionIds, themeIds: filter?.themeIds }, limit)
        : Promise.resolve([]),
      kinds.has('GOAL') && !themeIds.length ? this.goals(ctx, q, zoneIds, regionIds, filter?.years ?? [], limit) : Promise.resolve([]),
      named(WorkingGroup, 'WORKING_GROUP', 'e.name ILIKE :like OR e.description ILIKE :like', [owned('working_group_owner', 'working_group_id'), themed('working_group_theme', 'working_group_id')]),
      named(Project, 'PROJECT', 'e.name ILIKE :like OR e.description ILIKE :like', [owned('project_owner', 'project_id'), themed('project_theme', 'project_id')]),
      named(Partner, 'PARTNER', 'e.name ILIKE :like OR e.sector ILIKE :like OR e.name % :q', [owned('partner_zone', 'partner_id'), noTheme]),
    ]);
    return { zones, actions: actionHits.map((h) => h.action), actionHits, goals, workingGroups, projects, partners };
  }

  /** Goals whose wording holds every word (the same query as actions), in plans of the filtered zones and years. */
  private async goals(ctx: Context, text: string, zoneIds: string[], regionIds: string[], years: number[], limit: number): Promise<GoalSearchHit[]> {
    const strategic = ctx.db.getMetadata(StrategicGoal);
    const operational = ctx.db.getMetadata(OperationalGoal);
    // One statement: the goals are read along with their ranking (no loader round trips).
    const rows = await preparedQuery(
      ctx.db,
      `WITH q AS (SELECT every_word, any_exact_word FROM search_queries($1)),
        g AS (
          SELECT sg.id AS strategic_id, NULL::uuid AS operational_id, mp.zone_id, mp.year_from, mp.year_to, sg.title, 0 AS depth
          FROM strategic_goal sg JOIN multi_year_plan mp ON mp.id = sg.multi_year_plan_id
          UNION ALL
          SELECT og.strategic_goal_id, og.id, mp.zone_id, mp.year_from, mp.year_to, og.title, 1
          FROM operational_goal og JOIN strategic_goal sg ON sg.id = og.strategic_goal_id JOIN multi_year_plan mp ON mp.id = sg.multi_year_plan_id
        ),
        v AS (SELECT g.*, search_vector(g.title, 'A') AS doc FROM g JOIN zone z ON z.id = g.zone_id
          WHERE (cardinality($2::uuid[]) = 0 OR g.zone_id = ANY($2::uuid[])) AND (cardinality($3::uuid[]) = 0 OR z.region_id = ANY($3::uuid[]))
            AND (cardinality($4::int[]) = 0 OR EXISTS (SELECT 1 FROM unnest($4::int[]) y WHERE y BETWEEN g.year_from AND g.year_to))),
        hit AS (SELECT v.strategic_id, v.operational_id, ts_rank_cd(v.doc, q.any_exact_word, 1) AS rank, v.depth, v.title FROM v, q WHERE v.doc @@ q.every_word
          ORDER BY rank DESC, v.depth, v.title LIMIT $5)
      SELECT ${selectList(strategic, 'sg')}, ${selectList(operational, 'og')}, hit.operational_id IS NOT NULL AS has_operational
      FROM hit JOIN strategic_goal sg ON sg.id = hit.strategic_id LEFT JOIN operational_goal og ON og.id = hit.operational_id
      ORDER BY hit.rank DESC, hit.depth, hit.title`,
      [text, zoneIds, regionIds, years, limit],
    );
    return rows.map((row) => ({
      strategicGoal: hydrate<StrategicGoal>(strategic, 'sg', row),
      operationalGoal: row.has_operational ? hydrate<OperationalGoal>(operational, 'og', row) : null,
    }));
  }
}
