import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { OWNER_ROLES, OWNER_ROLE_LABELS, formatDate, type OwnerRole } from '@kruispunt/shared';
import { Field } from '@/common/forms/Field';
import { issuesByField } from '@/common/forms/issues';
import { loadSchemas, preloadSchemas } from '@/common/forms/load-schemas';
import { errorIssues, mutationMessage } from '@/common/mutation-errors';
import type { OwnerFieldsFragment, OwnersPanelFieldsFragment, PendingInvitationFieldsFragment } from '@/gql/graphql';
import { OwnerList } from '@/modules/zone/components/OwnerList';
import {
  AcceptInvitationMutation,
  DeclineInvitationMutation,
  InviteToCoOwnMutation,
  InviteZoneOptionsQuery,
  RemoveOwnerMutation,
  SetOwnerRoleMutation,
  WithdrawInvitationMutation,
} from '../graphql/sharing';
import '@/common/staff.css';
import './owners-panel.css';

/** "deze werkgroep", "dit project", "deze actie": what the panel's texts call the subject. */
const SUBJECT_NAME: Record<OwnersPanelFieldsFragment['__typename'], string> = { WorkingGroup: 'deze werkgroep', Project: 'dit project', Action: 'deze actie' };

const roleLabel = (role: OwnerRole): string => OWNER_ROLE_LABELS[role].toLowerCase();

interface OwnersPanelProps {
  /** The working group, project or action. */
  subject: OwnersPanelFieldsFragment;
  /** An owner that cannot be removed (an action's plan zone); the API refuses it too. */
  permanentZoneId?: string;
  /** Queries that show more than owners and invitations (e.g. a history) and must be read again after a change. */
  refetchQueries?: string[];
  className?: string;
}

/**
 * The owner zones of shared work with their roles, and the invitations to co-own it: owners'
 * editors invite zones, withdraw invitations, change roles and remove owners; editors of an
 * invited zone accept or decline. Which controls show comes from the server's `viewerCan…` fields. One component for working groups, projects and actions.
 */
export function OwnersPanel({ subject, permanentZoneId, refetchQueries = [], className }: OwnersPanelProps) {
  // The server says who may manage owners and who may answer an invitation (editors of the invited zone).
  const canManage = subject.viewerCanManageOwners;
  const headingId = useId();
  const what = SUBJECT_NAME[subject.__typename];
  const [managing, setManaging] = useState(false);
  // The status line says what the last change did; `said` counts them, so focus moves there after each one.
  const [{ status, said }, setStatusState] = useState({ status: '', said: 0 });
  const setStatus = (text: string): void => setStatusState((current) => ({ status: text, said: text ? current.said + 1 : current.said }));
  const [failure, setFailure] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const options = { refetchQueries, awaitRefetchQueries: true };
  const [withdraw, withdrawing] = useMutation(WithdrawInvitationMutation, options);
  const [accept, accepting] = useMutation(AcceptInvitationMutation, options);
  const [decline, declining] = useMutation(DeclineInvitationMutation, options);
  const [setRole, settingRole] = useMutation(SetOwnerRoleMutation, options);
  const [removeOwner, removing] = useMutation(RemoveOwnerMutation, options);
  const busy = withdrawing.loading || accepting.loading || declining.loading || settingRole.loading || removing.loading;
  const pending = subject.invitations.filter((invitation) => invitation.status === 'PENDING');

  // Focus once the status line is rendered: an empty one is not displayed and cannot take it.
  useEffect(() => {
    if (said > 0) statusRef.current?.focus();
  }, [said]);

  /** Runs a change; says what happened in the status line and puts focus there (the button pressed may be gone). */
  const run = async (change: () => Promise<unknown>, done: string): Promise<void> => {
    setStatus('');
    setFailure('');
    try {
      await change();
      setStatus(done);
    } catch (error) {
      setFailure(mutationMessage(error));
    }
  };

  return (
    <section className={`section owners-panel${className ? ` ${className}` : ''}`} aria-labelledby={headingId} data-testid="owners-panel">
      <h2 id={headingId}>Eigenaar-zones</h2>
      {managing ? (
        <OwnerEditor
          owners={subject.owners}
          permanentZoneId={permanentZoneId}
          busy={busy}
          onRole={(owner, role) => void run(() => setRole({ variables: { subjectId: subject.id, zoneId: owner.zone.id, role } }), `${owner.zone.name} is nu ${roleLabel(role)} van ${what}.`)}
          onRemove={(owner) => void run(() => removeOwner({ variables: { subjectId: subject.id, zoneId: owner.zone.id } }), `${owner.zone.name} is geen eigenaar meer van ${what}.`)}
        />
      ) : subject.owners.length === 0 ? (
        <p className="muted">Geen eigenaar-zones.</p>
      ) : (
        <OwnerList owners={subject.owners} />
      )}
      <p className="muted small owners-panel__note">Redacteurs van elke eigenaar-zone mogen {what} bewerken; de rest van de federatie leest mee.</p>
      {canManage && (
        <button type="button" className="link-button no-print" aria-expanded={managing} onClick={() => setManaging(!managing)}>
          {managing ? 'Klaar met eigenaars beheren' : 'Rollen en eigenaars beheren'}
        </button>
      )}

      <p ref={statusRef} role="status" tabIndex={-1} className="owners-panel__status">
        {status}
      </p>
      {failure && (
        <p className="form__error" role="alert">
          {failure}
        </p>
      )}

      {pending.length > 0 && (
        <>
          <h3>Openstaande uitnodigingen</h3>
          <ul className="item-list">
            {pending.map((invitation) => (
              <InvitationItem
                key={invitation.id}
                invitation={invitation}
                busy={busy}
                canWithdraw={canManage}
                canAnswer={invitation.invitedZone.viewerCanEdit}
                onWithdraw={() => void run(() => withdraw({ variables: { id: invitation.id } }), `De uitnodiging aan ${invitation.invitedZone.name} is ingetrokken.`)}
                onAccept={() =>
                  void run(
                    () => accept({ variables: { id: invitation.id } }),
                    `Uitnodiging aanvaard: ${invitation.invitedZone.name} is nu ${roleLabel(invitation.role)} van ${what} en mag ${what} mee bewerken.`,
                  )
                }
                onDecline={() => void run(() => decline({ variables: { id: invitation.id } }), `Uitnodiging geweigerd: ${invitation.invitedZone.name} wordt geen eigenaar van ${what}.`)}
              />
            ))}
          </ul>
        </>
      )}
      {canManage && (
        <InviteForm
          subject={subject}
          refetchQueries={refetchQueries}
          onSent={(name) => {
            setFailure('');
            setStatus(`${name} is uitgenodigd. Een redacteur van die zone kan aanvaarden op “Mijn zone” of hier.`);
          }}
        />
      )}
    </section>
  );
}

function InvitationItem(props: {
  invitation: PendingInvitationFieldsFragment;
  busy: boolean;
  canWithdraw: boolean;
  canAnswer: boolean;
  onWithdraw: () => void;
  onAccept: () => void;
  onDecline: () => void;
}) {
  const { invitation, busy } = props;
  const zone = invitation.invitedZone.name;
  return (
    <li className="item" data-testid="invitation">
      <p className="item__title">
        {zone} <span className="muted">als {roleLabel(invitation.role)}</span>
      </p>
      <p className="item__meta">
        Uitgenodigd door {invitation.invitingZone.name} op {formatDate(invitation.createdAt)} · wacht op antwoord
      </p>
      {invitation.message && <blockquote className="invitation__message">{invitation.message}</blockquote>}
      {(props.canAnswer || props.canWithdraw) && (
        <div className="button-row">
          {props.canAnswer && (
            <>
              <button type="button" className="button button--small" disabled={busy} onClick={props.onAccept}>
                Aanvaarden<span className="visually-hidden"> voor {zone}</span>
              </button>
              <button type="button" className="button button--secondary button--small" disabled={busy} onClick={props.onDecline}>
                Weigeren<span className="visually-hidden"> voor {zone}</span>
              </button>
            </>
          )}
          {props.canWithdraw && (
            <button type="button" className="link-button link-button--danger" disabled={busy} onClick={props.onWithdraw}>
              Uitnodiging intrekken<span className="visually-hidden">: {zone}</span>
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** Owners as rows with their role to change and a remove button (not for the last owner, nor a permanent one). */
function OwnerEditor(props: {
  owners: readonly OwnerFieldsFragment[];
  permanentZoneId?: string;
  busy: boolean;
  onRole: (owner: OwnerFieldsFragment, role: OwnerRole) => void;
  onRemove: (owner: OwnerFieldsFragment) => void;
}) {
  return (
    <ul className="owner-rows">
      {props.owners.map((owner) => (
        <OwnerRow
          key={owner.zone.id}
          owner={owner}
          busy={props.busy}
          removable={props.owners.length > 1 && owner.zone.id !== props.permanentZoneId}
          onRole={(role) => props.onRole(owner, role)}
          onRemove={() => props.onRemove(owner)}
        />
      ))}
    </ul>
  );
}

function OwnerRow({ owner, busy, removable, onRole, onRemove }: { owner: OwnerFieldsFragment; busy: boolean; removable: boolean; onRole: (role: OwnerRole) => void; onRemove: () => void }) {
  const id = useId();
  const [role, setRole] = useState<OwnerRole>(owner.role);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setRole(owner.role), [owner.role]);
  return (
    <li className="owner-row">
      <label htmlFor={id} className="owner-row__zone">
        {owner.zone.name}
        <span className="visually-hidden">: rol</span>
      </label>
      <select id={id} value={role} onChange={(event) => setRole(event.target.value as OwnerRole)} disabled={busy}>
        {OWNER_ROLES.map((r) => (
          <option key={r} value={r}>
            {OWNER_ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button type="button" className="button button--secondary button--small" disabled={busy || role === owner.role} onClick={() => onRole(role)}>
        Rol opslaan<span className="visually-hidden"> voor {owner.zone.name}</span>
      </button>
      {removable &&
        (confirming ? (
          <span className="owner-row__confirm">
            <button type="button" className="button button--danger button--small" disabled={busy} onClick={onRemove}>
              Ja, {owner.zone.name} verwijderen
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(false)}>
              Annuleren
            </button>
          </span>
        ) : (
          <button type="button" className="link-button link-button--danger" disabled={busy} onClick={() => setConfirming(true)}>
            Als eigenaar verwijderen<span className="visually-hidden">: {owner.zone.name}</span>
          </button>
        ))}
    </li>
  );
}

function InviteForm({ subject, refetchQueries, onSent }: { subject: OwnersPanelFieldsFragment; refetchQueries: string[]; onSent: (zoneName: string) => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [zoneId, setZoneId] = useState('');
  const [role, setRole] = useState<OwnerRole>('CO_LEAD');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const openButton = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  const zones = useQuery(InviteZoneOptionsQuery, { skip: !open });
  const [invite, { loading, error }] = useMutation(InviteToCoOwnMutation, { refetchQueries, awaitRefetchQueries: true });
  const taken = new Set([...subject.owners.map((o) => o.zone.id), ...subject.invitations.filter((i) => i.status === 'PENDING').map((i) => i.invitedZone.id)]);
  const regions = (zones.data?.regions ?? []).map((region) => ({ ...region, zones: region.zones.filter((zone) => !taken.has(zone.id)) })).filter((region) => region.zones.length > 0);
  const titleId = `${id}-titel`;

  useEffect(() => {
    if (open && zones.data) firstField.current?.focus();
  }, [open, zones.data]);
  useEffect(() => {
    if (open) preloadSchemas();
  }, [open]);

  const close = (): void => {
    setOpen(false);
    setErrors({});
    // Focus back to the button that opened the form, once it is there again.
    requestAnimationFrame(() => openButton.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const { invitationSchema, fieldIssues } = await loadSchemas();
    const parsed = invitationSchema.safeParse({ zoneId, role, message: message || null });
    if (!parsed.success) {
      setErrors(issuesByField(fieldIssues(parsed.error)));
      return;
    }
    setErrors({});
    try {
      await invite({ variables: { subjectId: subject.id, input: { zoneId: parsed.data.zoneId, role: parsed.data.role, message: parsed.data.message ?? null } } });
      const name = zones.data?.regions.flatMap((r) => r.zones).find((z) => z.id === zoneId)?.name ?? 'De zone';
      setZoneId('');
      setMessage('');
      setOpen(false);
      onSent(name);
    } catch (failure) {
      setErrors(issuesByField(errorIssues(failure)));
    }
  };

  if (!open) {
    return (
      <div className="invite no-print">
        <button ref={openButton} type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          Zone uitnodigen om mee te trekken
        </button>
      </div>
    );
  }
  return (
    <form className="inline-form invite" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>Zone uitnodigen om mee te trekken</h3>
      {zones.error ? (
        <p className="form__error" role="alert">
          De zones konden niet geladen worden. {mutationMessage(zones.error)}
        </p>
      ) : !zones.data ? (
        <p className="state state--loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Zones laden…
        </p>
      ) : regions.length === 0 ? (
        <p className="muted">Alle zones zijn al eigenaar of uitgenodigd.</p>
      ) : (
        <>
          <div className="field-row">
            <Field id={`${id}-zone`} label="Zone" error={errors.zoneId}>
              {(control) => (
                <select {...control} ref={firstField} value={zoneId} onChange={(e) => setZoneId(e.target.value)}>
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
            <Field id={`${id}-rol`} label="Rol" error={errors.role}>
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
          <Field id={`${id}-bericht`} label="Bericht (optioneel)" hint="Waarom vraag je hen mee te trekken?" error={errors.message}>
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
        <button type="button" className="button button--secondary" onClick={close}>
          Annuleren
        </button>
      </div>
      {error && Object.keys(errors).length === 0 && (
        <p className="form__error" role="alert">
          {mutationMessage(error)}
        </p>
      )}
    </form>
  );
}
