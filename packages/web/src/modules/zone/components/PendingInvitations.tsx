import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ZONE_ROLE_LABELS, formatDate } from '@kruispunt/shared';
import { mutationMessage } from '@/common/mutation-errors';
import { RevokeAccountInvitationMutation, ZoneAccountInvitationsQuery } from '@/modules/auth/graphql/account-links';

/**
 * The zone's invitations that wait for an answer, under "Collega uitnodigen": to whom, as what,
 * sent by whom and until when the link works, each with "Intrekken". The list and the right to
 * see it come from the API (`Zone.accountInvitations`, empty for who may not invite).
 */
export function PendingInvitations({ zoneId }: { zoneId: string }) {
  const { data, loading, error } = useQuery(ZoneAccountInvitationsQuery, { variables: { zoneId } });
  const [revoke] = useMutation(RevokeAccountInvitationMutation, { refetchQueries: ['ZoneAccountInvitations'], awaitRefetchQueries: true });
  const [busy, setBusy] = useState<string | null>(null);
  // The invitation whose "Intrekken" was pressed: its row asks to confirm.
  const [asking, setAsking] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const node = data?.node;
  const invitations = node && 'accountInvitations' in node ? node.accountInvitations : [];

  const withdraw = async (id: string, email: string): Promise<void> => {
    setBusy(id);
    setMessage(null);
    try {
      await revoke({ variables: { id } });
      setMessage({ text: `De uitnodiging voor ${email} is ingetrokken.`, failed: false });
      // The row and its button are gone: focus back on the list's heading.
      heading.current?.focus();
    } catch (failure) {
      setMessage({ text: mutationMessage(failure), failed: true });
    } finally {
      setBusy(null);
      setAsking(null);
    }
  };

  if (error) return <p className="form__error">De openstaande uitnodigingen konden niet geladen worden: {mutationMessage(error)}</p>;
  if (loading && !data) return <p className="muted">Openstaande uitnodigingen laden…</p>;
  return (
    <div className="pending-invitations" data-testid="pending-invitations">
      <h3 id={`uitnodigingen-${zoneId}`} tabIndex={-1} ref={heading}>
        Openstaande uitnodigingen
      </h3>
      {message && (
        <p className={message.failed ? 'form__error' : 'notice notice--success'} role={message.failed ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {invitations.length === 0 ? (
        <p className="muted">Geen uitnodigingen die op antwoord wachten.</p>
      ) : (
        <ul className="pending-invitations__list" aria-labelledby={`uitnodigingen-${zoneId}`}>
          {invitations.map((invitation) => (
            <li key={invitation.id} className="pending-invitations__item">
              <span>
                <strong>{invitation.email}</strong> als {ZONE_ROLE_LABELS[invitation.role].toLowerCase()}
                <span className="muted small">
                  {' '}
                  · verstuurd op {formatDate(invitation.createdAt)}
                  {invitation.invitedByName ? ` door ${invitation.invitedByName}` : ''} · werkt tot {formatDate(invitation.expiresAt)}
                </span>
              </span>
              {asking === invitation.id ? (
                <span className="pending-invitations__confirm" role="group" aria-label={`Uitnodiging voor ${invitation.email} intrekken?`}>
                  <span>De link werkt dan niet meer.</span>{' '}
                  <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void withdraw(invitation.id, invitation.email)}>
                    {busy === invitation.id ? 'Bezig…' : 'Ja, intrekken'}
                  </button>{' '}
                  <button type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => setAsking(null)}>
                    Nee
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy !== null}
                  aria-label={`Uitnodiging voor ${invitation.email} intrekken`}
                  onClick={() => setAsking(invitation.id)}
                >
                  Intrekken
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
