import { useMutation, useQuery } from '@apollo/client/react';
import { ZONE_TIME_ZONE } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { mutationMessage } from '@/common/mutation-errors';
import { deviceLabel } from '../device-label';
import { EndOtherSessionsMutation, EndSessionMutation, MySessionsQuery } from '../graphql/sessions';

const date = new Intl.DateTimeFormat('nl-BE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: ZONE_TIME_ZONE });
const time = new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', timeZone: ZONE_TIME_ZONE });

/** Belgian date and time in Brussels: "03/12/2026 om 14:05". */
function when(value: string | null | undefined): string {
  return value ? `${date.format(new Date(value))} om ${time.format(new Date(value))}` : '';
}

/** "Mijn sessies": where the user is signed in, and signing other devices out. */
export function SessionsSection() {
  const { data, error, refetch } = useQuery(MySessionsQuery, { fetchPolicy: 'cache-and-network' });
  const [endOne, one] = useMutation(EndSessionMutation, { refetchQueries: ['MySessions'], awaitRefetchQueries: true });
  const [endOthers, others] = useMutation(EndOtherSessionsMutation, { refetchQueries: ['MySessions'], awaitRefetchQueries: true });
  const failure = one.error ?? others.error;
  const sessions = data?.mySessions ?? [];
  const otherCount = sessions.filter((s) => !s.current).length;
  return (
    <section className="section" aria-labelledby="mijn-sessies">
      <h2 id="mijn-sessies">Mijn sessies</h2>
      <p className="muted">Hier ben je aangemeld. Herken je een toestel niet, meld het dan af en wijzig je wachtwoord.</p>
      {failure && (
        <p className="form__error" role="alert">
          {mutationMessage(failure)}
        </p>
      )}
      <p role="status" className="muted">
        {others.data ? `${others.data.endOtherSessions} andere sessie(s) afgemeld.` : one.data ? 'Sessie afgemeld.' : ''}
      </p>
      {error ? (
        <ErrorState error={error} what="je sessies" onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label="Sessies laden…" />
      ) : sessions.length === 0 ? (
        <EmptyState>Geen open sessies.</EmptyState>
      ) : (
        <>
          <ul className="admin-list session-list">
            {sessions.map((session) => (
              <li key={session.id} className="admin-list__item" data-testid="session-row">
                <div>
                  <span className="admin-list__title">{deviceLabel(session.userAgent)}</span>
                  {session.current && <Badge tone="success">Deze sessie</Badge>}
                  <span className="admin-list__meta">
                    Aangemeld op {when(session.createdAt)}
                    {session.ip ? ` vanaf ${session.ip}` : ''}
                  </span>
                  {session.lastSeenAt && <span className="admin-list__meta">Laatst actief op {when(session.lastSeenAt)}</span>}
                </div>
                {!session.current && (
                  <button
                    type="button"
                    className="link-button link-button--danger"
                    disabled={one.loading}
                    onClick={() => void endOne({ variables: { id: session.id } }).catch(() => undefined)}
                  >
                    Afmelden<span className="visually-hidden">: {deviceLabel(session.userAgent)}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
          {otherCount > 0 && (
            <p>
              <button type="button" className="button button--secondary" disabled={others.loading} onClick={() => void endOthers().catch(() => undefined)}>
                {others.loading ? 'Bezig…' : 'Alle andere sessies afmelden'}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
