import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ActionFilter } from '@/gql/graphql';
import { ActionsListQuery } from '../graphql/actions-list';

export const PAGE_SIZE = 20;

/** One filtered list of actions, a page at a time ("Meer laden" appends the next page). */
export function useActionsList(filter: ActionFilter | null) {
  const query = useQuery(ActionsListQuery, { variables: { filter: filter ?? {}, first: PAGE_SIZE }, skip: filter === null });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = query.data?.actions;

  const loadMore = async (): Promise<void> => {
    if (!connection?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await query.fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          actions: { ...fetchMoreResult.actions, edges: [...(previous.actions?.edges ?? []), ...fetchMoreResult.actions.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return { ...query, connection, loadMore, loadingMore };
}
