import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { useViewer } from '../hooks/useViewer';

/** Everything but the sign-in page needs a session: without one, go sign in and come back. */
export function RequireSignIn() {
  const { data, error, refetch } = useViewer();
  const location = useLocation();
  if (error) return <ErrorState error={error} what="je gegevens" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  if (!data.me) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={back === '/' ? '/aanmelden' : `/aanmelden?terug=${encodeURIComponent(back)}`} replace />;
  }
  return <Outlet />;
}
