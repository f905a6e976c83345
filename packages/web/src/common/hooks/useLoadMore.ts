import { useState } from 'react';

interface Page {
  edges: readonly unknown[];
  pageInfo: { endCursor?: string | null };
}

type FetchMore<T> = (options: { variables: { after?: string | null }; updateQuery: (previous: T, options: { fetchMoreResult: T }) => T }) => Promise<unknown>;

/**
 * "Meer laden" for a Relay connection at `field` of a query's data: fetches the page after the
 * last one shown and appends its edges to those already there.
 */
export function useLoadMore<T extends { [K in F]: Page }, F extends keyof T & string>(fetchMore: FetchMore<T>, field: F) {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async (connection: Page): Promise<void> => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          [field]: { ...fetchMoreResult[field], edges: [...(previous[field]?.edges ?? []), ...fetchMoreResult[field].edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadingMore, loadMore };
}
