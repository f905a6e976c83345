import { useSignOut } from '../hooks/useSession';
import { useViewer } from '../hooks/useViewer';

/** The signed-in user's name and a sign-out button, in the site header. */
export function UserMenu() {
  const { data } = useViewer();
  const [signOut, { loading, error }] = useSignOut();
  const me = data?.me;
  if (!me) return null;
  return (
    <div className="user-menu">
      <span className="user-menu__name">{me.user.name}</span>
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
