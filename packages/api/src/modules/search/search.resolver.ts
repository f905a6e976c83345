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
import { intInRange, searchText } from '../../common/validate';
import type { Context } from '../../graphql/context';
import { Action } from '../action/action.entity';
import { ActionSearchService } from '../action/action-search.service';
import { escapeLike } from '../partner/partner.service';
import { Partner } from '../partner/partner.entity';
import { Project } from '../project/project.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Zone } from '../zone/zone.entity';

export const SearchKindEnum = { ZONE: 'ZONE', ACTION: 'ACTION', WORKING_GROUP: 'WORKING_GROUP', PROJECT: 'PROJECT', PARTNER: 'PARTNER' } as const;
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
  @Field(() => Action)
  action: Action;

  @Field(() => String, {
    nullable: true,
    description: 'Plain text from the sheet around the matching words, which are put between « and » (render them highlighted; the text itself never holds these marks).',
  })
  snippet: string | null;

  @Field(() => Float, { description: 'Relevance (higher is better), for ordering only.' })
  rank: number;
}

@ObjectType({ description: 'Results of a global search, per kind, best matches first.' })
export class SearchResults {
  @Field(() => [Zone], { description: 'Zones by name, short name or municipality.' })
  zones: Zone[];

  @Field(() => [Action], { description: 'Actions, most relevant first (the same as actionHits without snippets).' })
  actions: Action[];

  @Field(() => [ActionSearchHit], { description: 'Actions, most relevant first, each with a snippet saying why it matched.' })
  actionHits: ActionSearchHit[];

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
    const empty: SearchResults = { zones: [], actions: [], actionHits: [], workingGroups: [], projects: [], partners: [] };
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
    const [zones, actionHits, workingGroups, projects, partners] = await Promise.all([
      named(Zone, 'ZONE', `e.name ILIKE :like OR e.short_name ILIKE :like OR array_to_string(e.municipalities, ' ') ILIKE :like`, [inZones('e.id'), noTheme]),
      kinds.has('ACTION')
        ? new ActionSearchService(ctx).ranked(q, { years: filter?.years, zoneIds: filter?.zoneIds, regionIds: filter?.regionIds, themeIds: filter?.themeIds }, limit)
        : Promise.resolve([]),
      named(WorkingGroup, 'WORKING_GROUP', 'e.name ILIKE :like OR e.description ILIKE :like', [owned('working_group_owner', 'working_group_id'), themed('working_group_theme', 'working_group_id')]),
      named(Project, 'PROJECT', 'e.name ILIKE :like OR e.description ILIKE :like', [owned('project_owner', 'project_id'), themed('project_theme', 'project_id')]),
      named(Partner, 'PARTNER', 'e.name ILIKE :like OR e.sector ILIKE :like OR e.name % :q', [owned('partner_zone', 'partner_id'), noTheme]),
    ]);
    return { zones, actions: actionHits.map((h) => h.action), actionHits, workingGroups, projects, partners };
  }
}
