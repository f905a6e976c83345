import type { ErrorLike } from '@apollo/client';
import { Link, useLocation } from 'react-router';
import { describeError, isUnauthenticatedError } from '@/common/graphql-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';

interface ErrorStateProps {
  error: ErrorLike;
  /** What could not be loaded, e.g. "de zones". */
  what: string;
  onRetry?: () => void;
}

export function ErrorState({ error, what, onRetry }: ErrorStateProps) {
  usePageTitle('Fout bij het laden');
  const location = useLocation();
  const signedOut = isUnauthenticatedError(error);
  return (
    <div className="state state--error" role="alert">
      <h1>{signedOut ? 'Je bent afgemeld' : 'Er ging iets mis'}</h1>
      <p>
        We konden {what} niet laden. {describeError(error)}
      </p>
      {signedOut ? (
        <p>
          <Link to={`/aanmelden?terug=${encodeURIComponent(location.pathname + location.search)}`}>Opnieuw aanmelden</Link>
        </p>
      ) : (
        onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Opnieuw proberen
          </button>
        )
      )}
    </div>
  );
}
