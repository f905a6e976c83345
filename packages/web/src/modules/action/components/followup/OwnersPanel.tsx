import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { OWNER_ROLES, OWNER_ROLE_LABELS, fieldIssues, formatDate, invitationSchema, type OwnerRole } from '@kruispunt/shared';
import { Field } from '@/common/forms/Field';
import { issuesByField } from '@/common/forms/issues';
import { errorIssues, mutationMessage } from '@/common/mutation-errors';
import type { ActionFollowUpQuery } from '@/gql/graphql';
import { OwnerList } from '@/modules/zone/components/OwnerList';
import { InviteZoneToCoOwnActionMutation, WithdrawActionInvitationMutation } from '../../graphql/action-follow-up';

type Action = NonNullable<ActionFollowUpQuery['action']>;
type Regions = ActionFollowUpQuery['regions'];

const refetch = { refetchQueries: ['ActionFollowUp'], awaitRefetchQueries: true };

/** Who owns the action (shared ownership) and the invitations to co-own it. */
export function OwnersPanel({ action, canEdit, zones }: { action: Action; canEdit: boolean; zones: Regions }) {
  const pending = action.invitations.filter((invitation) => invitation.status === 'PENDING');
  const [withdraw, withdrawing] = useMutation(WithdrawActionInvitationMutation, refetch);
  return (
    <section className="section follow-up__panel" aria-labelledby="eigenaars">
      <h2 id="eigenaars">Eigenaars</h2>
      <p className="muted">Elke redacteur van een eigenaar-zone kan de actie bewerken; alle andere zones kunnen ze lezen.</p>
      <OwnerList owners={action.owners} />
      {pending.length > 0 && (
        <>
          <h3>Openstaande uitnodigingen</h3>
          <ul className="item-list">
            {pending.map((invitation) => (
              <li key={invitation.id} className="item">
                <p className="item__title">
                  {invitation.invitedZone.name} <span className="muted">als {OWNER_ROLE_LABELS[invitation.role].toLowerCase()}</span>
                </p>
                <p className="item__meta">
                  Uitgenodigd door {invitation.invitingZone.name} op {formatDate(invitation.createdAt)} · wacht op antwoord
                </p>
                {invitation.message && <blockquote className="invitation__message">{invitation.message}</blockquote>}
                {canEdit && (
                  <button
                    type="button"
                    className="link-button link-button--danger"
                    disabled={withdrawing.loading}
                    onClick={() => void withdraw({ variables: { id: invitation.id } }).catch(() => undefined)}
                  >
                    Uitnodiging intrekken<span className="visually-hidden">: {invitation.invitedZone.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
          {withdrawing.error && (
            <p className="form__error" role="alert">
              {mutationMessage(withdrawing.error)}
            </p>
          )}
        </>
      )}
      {canEdit && <InviteForm action={action} zones={zones} />}
    </section>
  );
}

function InviteForm({ action, zones }: { action: Action; zones: Regions }) {
  const [open, setOpen] = useState(false);
  const [zoneId, setZoneId] = useState('');
  const [role, setRole] = useState<OwnerRole>('CO_LEAD');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<string | null>(null);
  const [invite, { loading, error }] = useMutation(InviteZoneToCoOwnActionMutation, refetch);
  const taken = new Set([...action.owners.map((o) => o.zone.id), ...action.invitations.filter((i) => i.status === 'PENDING').map((i) => i.invitedZone.id)]);
  const regions = zones.map((region) => ({ ...region, zones: region.zones.filter((zone) => !taken.has(zone.id)) })).filter((region) => region.zones.length > 0);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setSent(null);
    const parsed = invitationSchema.safeParse({ zoneId, role, message: message || null });
    if (!parsed.success) {
      setErrors(issuesByField(fieldIssues(parsed.error)));
      return;
    }
    setErrors({});
    try {
      await invite({ variables: { subjectId: action.id, input: { zoneId: parsed.data.zoneId, role: parsed.data.role, message: parsed.data.message ?? null } } });
      const name = zones.flatMap((r) => r.zones).find((z) => z.id === zoneId)?.name ?? 'De zone';
      setSent(`${name} is uitgenodigd. Een redacteur van die zone kan aanvaarden op “Mijn zone”.`);
      setZoneId('');
      setMessage('');
      setOpen(false);
    } catch (failure) {
      setErrors(issuesByField(errorIssues(failure)));
    }
  };

  return (
    <div className="invite">
      <p aria-live="polite" className="invite__sent">
        {sent}
      </p>
      {!open ? (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          Zone uitnodigen om mee te trekken
        </button>
      ) : (
        <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="uitnodigen-titel">
          <h3 id="uitnodigen-titel">Zone uitnodigen om mee te trekken</h3>
          {regions.length === 0 ? (
            <p className="muted">Alle zones zijn al eigenaar of uitgenodigd.</p>
          ) : (
            <>
              <div className="field-row">
                <Field id="uitnodiging-zone" label="Zone" error={errors.zoneId}>
                  {(control) => (
                    <select {...control} value={zoneId} onChange={(e) => setZoneId(e.target.value)}>
                      <option value="">Kies een zone</option>
                      {regions.map((region) => (
                        <optgroup key={region.id} label={`Regio ${region.name}`}>
                          {region.zones.map((zone) => (
                            <option key={zone.id} value={zone.id}>
                              {zone.name}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id="uitnodiging-rol" label="Rol" error={errors.role}>
                  {(control) => (
                    <select {...control} value={role} onChange={(e) => setRole(e.target.value as OwnerRole)}>
                      {OWNER_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {OWNER_ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              <Field id="uitnodiging-bericht" label="Bericht (optioneel)" hint="Waarom vraag je hen mee te trekken?" error={errors.message}>
                {(control) => <textarea {...control} rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />}
              </Field>
            </>
          )}
          <div className="button-row">
            {regions.length > 0 && (
              <button type="submit" className="button" disabled={loading}>
                {loading ? 'Bezig…' : 'Uitnodiging versturen'}
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              Annuleren
            </button>
          </div>
          {error && Object.keys(errors).length === 0 && (
            <p className="form__error" role="alert">
              {mutationMessage(error)}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
