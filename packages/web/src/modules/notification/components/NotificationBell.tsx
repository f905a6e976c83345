import { NavLink } from 'react-router';
import { useViewer } from '@/modules/auth/hooks/useViewer';
import { useUnreadCount } from '../hooks';
import { bellLabel } from '../target-path';
import '../notifications.css';

/** The bell in the site header: the unread count as a badge, a link to `/meldingen`. */
export function NotificationBell() {
  const { data } = useViewer();
  const signedIn = Boolean(data?.me);
  const unread = useUnreadCount(signedIn);
  if (!signedIn) return null;
  return (
    <NavLink to="/meldingen" className="notification-bell" aria-label={bellLabel(unread)} data-testid="notification-bell" data-unread={unread}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="notification-bell__icon">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}
