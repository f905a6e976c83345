import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { actionColumnsFor, prefetchActions } from './action-prefetch';
import { selectedFields } from '../../graphql/selection';
import { connectionTypes, PageArgs, toConnectionType } from '../../graphql/connection';
import type { Context } from '../auth/context';
import { Action } from './action.entity';
import { ActionFilter, ActionSortEnum, type ActionSort } from './action-search.inputs';
import { ActionSearchService } from './action-search.service';

export const { ConnectionType: ActionConnection } = connectionTypes(Action, 'Action', 'action');

@Resolver(() => Action)
export class ActionSearchResolver {
  @Query(() => ActionConnection, {
    description: 'Actions of every zone the caller can see, filtered, sorted and paged (Relay connection). Draft plans are included only for their own members.',
  })
  async actions(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ActionFilter, { nullable: true, description: 'Filters.' }) filter?: ActionFilter | null,
    @Arg('sort', () => ActionSortEnum, { defaultValue: 'PLAN', description: 'Order.' }) sort?: ActionSort,
    @Arg('descending', () => Boolean, { defaultValue: false, description: 'Reverse the order.' }) descending?: boolean,
  ): Promise<InstanceType<typeof ActionConnection>> {
    const paths = [['nodes'], ['edges', 'node']];
    const fields = new Set(paths.flatMap((path) => [...selectedFields(info, path)]));
    const columns = actionColumnsFor(ctx.db.getMetadata(Action), fields);
    const result = await new ActionSearchService(ctx).search(filter ?? {}, sort ?? 'PLAN', descending ?? false, page, columns);
    await prefetchActions(
      ctx,
      result.edges.map((e) => e.node),
      info,
      paths,
    );
    return toConnectionType(ActionConnection, result);
  }
}
