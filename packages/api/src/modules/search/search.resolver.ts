// Global search over zones, actions, working groups, projects and partners.
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { intInRange, searchText } from '../../common/validate';
import type { Context } from '../../graphql/context';
import { Action } from '../action/action.entity';
import { ActionSearchService } from '../action/action-search.service';
import { escapeLike } from '../partner/partner.service';
import { Partner } from '../partner/partner.entity';
import { Project } from '../project/project.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: 'Results of a global search, per kind, best matches first.' })
export class SearchResults {
  @Field(() => [Zone], { description: 'Zones by name, short name or municipality.' })
  zones: Zone[];

  @Field(() => [Action], { description: 'Actions (Dutch full text and title).' })
  actions: Action[];

  @Field(() => [WorkingGroup], { description: 'Working groups by name or description.' })
  workingGroups: WorkingGroup[];

  @Field(() => [Project], { description: 'Projects by name or description.' })
  projects: Project[];

  @Field(() => [Partner], { description: 'Partners by name or sector.' })
  partners: Partner[];
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, { description: 'Searches zones, actions, working groups, projects and partners at once.' })
  async search(
    @Arg('text', () => String, { description: 'What to look for (2 to 200 characters; shorter finds nothing, longer is INVALID_INPUT).' }) text: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 8, description: 'At most this many per kind (1 to 50; more or fewer is INVALID_INPUT).' }) first: number,
  ): Promise<SearchResults> {
    ctx.viewer.requireSignedIn();
    const q = searchText(text, 'text');
    const limit = intInRange(first, 'first', 1, 50);
    if (q.length < 2) return { zones: [], actions: [], workingGroups: [], projects: [], partners: [] };
    const like = `%${escapeLike(q)}%`;
    // Ranked: names starting with the text first, then by trigram similarity.
    const named = <T extends object>(entity: new () => T, where: string) =>
      ctx.db
        .getRepository(entity)
        .createQueryBuilder('e')
        .where(where, { like, q, prefix: `${escapeLike(q)}%` })
        .orderBy('(e.name ILIKE :prefix)', 'DESC')
        .addOrderBy('similarity(e.name, :q)', 'DESC')
        .addOrderBy('e.name')
        .limit(limit)
        .getMany();
    const [zones, actions, workingGroups, projects, partners] = await Promise.all([
      named(Zone, `e.name ILIKE :like OR e.short_name ILIKE :like OR array_to_string(e.municipalities, ' ') ILIKE :like`),
      new ActionSearchService(ctx).search({ search: q }, 'PLAN', true, { first: limit }).then((c) => c.edges.map((e) => e.node)),
      named(WorkingGroup, 'e.name ILIKE :like OR e.description ILIKE :like'),
      named(Project, 'e.name ILIKE :like OR e.description ILIKE :like'),
      named(Partner, 'e.name ILIKE :like OR e.sector ILIKE :like OR e.name % :q'),
    ]);
    return { zones, actions, workingGroups, projects, partners };
  }
}
