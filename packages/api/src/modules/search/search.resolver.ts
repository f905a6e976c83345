// The global search query (search.service.ts does the searching).
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../auth/context';
import { SearchService } from './search.service';
import { SearchFilter, SearchResults } from './search.types';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, { description: 'Searches zones, actions, working groups, projects and partners at once.' })
  search(
    @Arg('text', () => String, { description: 'What to look for (2 to 200 characters; shorter finds nothing, longer is INVALID_INPUT).' }) text: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 8, description: 'At most this many per kind (1 to 50; more or fewer is INVALID_INPUT).' }) first: number,
    @Arg('filter', () => SearchFilter, { nullable: true, description: 'Year, zone, region, theme and kind filters (bad ids are INVALID_INPUT naming filter.<field>.<index>).' })
    filter: SearchFilter | null,
  ): Promise<SearchResults> {
    return new SearchService(ctx).search(text, first, filter);
  }
}
