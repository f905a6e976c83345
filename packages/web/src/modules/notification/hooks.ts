import { useEffect, useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { MarkNotificationsReadMutation, UnreadNotificationCountQuery } from './graphql/notifications';

/** How often the badge asks for the count while the tab is visible. */
export const POLL_MS = 60_000;

/**
 * The unread count for the badge: asked every minute while the page is visible and on every
 * navigation (one indexed count on the server).
 */
export function useUnreadCount(enabled: boolean): number {
  const { pathname } = useLocation();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, {
    skip: !enabled,
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
    fetchPolicy: 'cache-and-network',
  });
  // Asked again on navigation; the first page's count comes with the query itself.
  const seen = useRef(pathname);
  useEffect(() => {
    if (!enabled || seen.current === pathname) return;
    seen.current = pathname;
    void refetch().catch(() => undefined);
  }, [pathname, enabled, refetch]);
  return data?.unreadNotificationCount ?? 0;
}

/** Marks notifications read (some, or all); the list and the badge are asked again. */
export function useMarkRead() {
  return useMutation(MarkNotificationsReadMutation, { refetchQueries: ['Notifications', 'UnreadNotificationCount'], awaitRefetchQueries: true });
}
