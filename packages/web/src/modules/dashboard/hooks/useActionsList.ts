import { useQuery } from '@apollo/client/react';
import type { ActionFilter, ActionsListQuery as ActionsListQueryData } from '@/gql/graphql';
import { useLoadMore } from '@/common/hooks/useLoadMore';
import { ActionsListQuery } from '../graphql/actions-list';

export const PAGE_SIZE = 20;

/** One filtered list of actions, a page at a time ("Meer laden" appends the next page). */
export function useActionsList(filter: ActionFilter | null) {
  const query = useQuery(ActionsListQuery, { variables: { filter: filter ?? {}, first: PAGE_SIZE }, skip: filter === null });
  const more = useLoadMore<ActionsListQueryData, 'actions'>(query.fetchMore, 'actions');
  const connection = query.data?.actions;

  const loadMore = async (): Promise<void> => {
    if (connection?.pageInfo.hasNextPage) await more.loadMore(connection);
  };

  return { ...query, connection, loadMore, loadingMore: more.loadingMore };
}
