import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { formatDate, relativeTime } from '@kruispunt/shared';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { mutationMessage } from '@/common/mutation-errors';
import type { NotificationFieldsFragment } from '@/gql/graphql';
import { NotificationsQuery } from '../graphql/notifications';
import { useMarkRead } from '../hooks';
import { EmailPreference } from './EmailPreference';
import { notificationPath } from '../target-path';
import '../notifications.css';

const PAGE_SIZE = 20;

/** Route `/meldingen`: your notifications, newest first; open one (it is marked read), mark one or all read. */
export function NotificationsPage() {
  usePageTitle('Meldingen');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(NotificationsQuery, { variables: { first: PAGE_SIZE, unreadOnly }, fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async (after: string | null | undefined): Promise<void> => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          notifications: { ...fetchMoreResult.notifications, edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges] },
        }),
      });
    } catch {
      // The list stays as it is; the button can be pressed again.
    } finally {
      setLoadingMore(false);
    }
  };
  const [markRead, marking] = useMarkRead();
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status) statusRef.current?.focus();
  }, [status]);

  const unread = data?.unreadNotificationCount ?? 0;
  const markAll = async (): Promise<void> => {
    setStatus('');
    try {
      await markRead({ variables: { all: true } });
      setStatus('Alle meldingen zijn als gelezen gemarkeerd.');
    } catch {
      // Shown under the toolbar.
    }
  };

  let body;
  if (error && !data) body = <ErrorState error={error} what="je meldingen" onRetry={() => void refetch()} />;
  else if (!data) body = <LoadingState label="Meldingen laden…" />;
  else if (data.notifications.edges.length === 0)
    body = (
      <EmptyState>
        {unreadOnly ? 'Geen ongelezen meldingen.' : 'Nog geen meldingen. Je krijgt er een bij een opmerking, een reactie, een uitnodiging of een wijziging door een andere zone.'}
      </EmptyState>
    );
  else
    body = (
      <>
        <ul className="notification-list" aria-label="Meldingen">
          {data.notifications.edges.map(({ node }) => (
            <NotificationItem key={node.id} notification={node} />
          ))}
        </ul>
        {data.notifications.pageInfo.hasNextPage && (
          <button type="button" className="button button--secondary" disabled={loadingMore} onClick={() => void loadMore(data.notifications.pageInfo.endCursor)}>
            {loadingMore ? 'Laden…' : 'Oudere meldingen laden'}
          </button>
        )}
      </>
    );

  return (
    <div className="notifications-page">
      <h1>Meldingen</h1>
      <p className="section__intro">{unread === 0 ? 'Je hebt geen ongelezen meldingen.' : unread === 1 ? 'Je hebt 1 ongelezen melding.' : `Je hebt ${unread} ongelezen meldingen.`}</p>
      <div className="notifications-page__toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} /> Alleen ongelezen
        </label>
        <button type="button" className="button button--secondary" disabled={unread === 0 || marking.loading} onClick={() => void markAll()}>
          {marking.loading ? 'Bezig…' : 'Alles als gelezen markeren'}
        </button>
      </div>
      <p ref={statusRef} role="status" tabIndex={-1} className="notifications-page__status">
        {status}
      </p>
      {marking.error && (
        <p className="form__error" role="alert">
          {mutationMessage(marking.error)}
        </p>
      )}
      {body}
      <EmailPreference />
    </div>
  );
}

function NotificationItem({ notification }: { notification: NotificationFieldsFragment }) {
  const navigate = useNavigate();
  const [markRead, { loading, error }] = useMarkRead();
  const path = notificationPath(notification.target);
  const open = async (event: React.MouseEvent<HTMLAnchorElement>): Promise<void> => {
    if (notification.read || !path || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    // Marked read first, so the badge on the page it opens is right; the link still goes if that fails.
    event.preventDefault();
    await markRead({ variables: { ids: [notification.id] } }).catch(() => undefined);
    void navigate(path);
  };
  return (
    <li className="notification" data-read={notification.read} data-testid="notification">
      <span className="notification__dot" aria-hidden="true" />
      <div className="notification__body">
        <p className="notification__text">
          {!notification.read && <span className="visually-hidden">Ongelezen: </span>}
          {path ? (
            <Link to={path} onClick={(event) => void open(event)}>
              {notification.text}
            </Link>
          ) : (
            notification.text
          )}
        </p>
        {notification.excerpt && <p className="notification__excerpt">“{notification.excerpt}”</p>}
        <p className="notification__meta">
          <time dateTime={notification.createdAt} title={formatDate(notification.createdAt)}>
            {relativeTime(notification.createdAt)}
          </time>
        </p>
        {error && (
          <p className="form__error" role="alert">
            {mutationMessage(error)}
          </p>
        )}
      </div>
      {!notification.read && (
        <button
          type="button"
          className="button button--small button--secondary notification__mark"
          disabled={loading}
          onClick={() => void markRead({ variables: { ids: [notification.id] } }).catch(() => undefined)}
        >
          Gelezen<span className="visually-hidden">: {notification.text}</span>
        </button>
      )}
    </li>
  );
}
