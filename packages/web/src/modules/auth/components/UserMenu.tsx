import { Link, useMatch } from 'react-router';
import { NotificationBell } from '@/modules/notification/components/NotificationBell';
import { useCurrentZone } from '../hooks/useCurrentZone';
import { useSignOut } from '../hooks/useSession';
import { useViewer } from '../hooks/useViewer';
import { roleLabel } from '../role-label';

/** The signed-in user's notifications (the bell), name and role, their API tokens and a sign-out button, in the site header. */
export function UserMenu() {
  const { data } = useViewer();
  const { current } = useCurrentZone();
  const onMyZone = useMatch('/mijn-zone/:slug');
  const [signOut, { loading, error }] = useSignOut();
  const me = data?.me;
  if (!me) return null;
  const slug = onMyZone?.params.slug ?? current?.zone.slug ?? null;
  const role = roleLabel(me, slug);
  const zoneName = me.zones.find((m) => m.zone.slug === slug)?.zone.shortName;
  return (
    <div className="user-menu">
      <NotificationBell />
      <span className="user-menu__name">
        {me.user.name}
        <span className="user-menu__role" data-testid="user-role">
          {role}
          {zoneName && !me.isAdmin && <span className="visually-hidden"> van {zoneName}</span>}
        </span>
      </span>
      <Link to="/instellingen/tokens" className="user-menu__link">
        API-tokens
      </Link>
      <button
        type="button"
        className="button button--on-dark"
        // A failure shows through the mutation's error state below.
        onClick={() => void signOut().catch(() => undefined)}
        disabled={loading}
        aria-describedby={error ? 'afmelden-fout' : undefined}
      >
        Afmelden
      </button>
      {error && (
        <span id="afmelden-fout" className="user-menu__error" role="alert">
          Afmelden lukte niet. Probeer opnieuw.
        </span>
      )}
    </div>
  );
}
