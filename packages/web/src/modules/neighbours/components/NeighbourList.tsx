import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { OWNER_ROLES, OWNER_ROLE_LABELS } from '@kruispunt/shared';
import { describeError } from '@/common/graphql-errors';
import type { NeighbourActionsQuery, OwnerRole } from '@/gql/graphql';
import { InviteToCoOwnMutation } from '@/modules/sharing/graphql/sharing';
import { NeighbourActionsQuery as Query } from '../graphql/neighbours';
import { ActionTitleLink } from '@/modules/action/components/ActionTitleLink';
import { useCurrentZone } from '@/modules/auth/hooks/useCurrentZone';

const HOW_MANY = 5;

type Current = NonNullable<NeighbourActionsQuery['action']>;
type SimilarRow = Current['similarActions'][number];
/** Similar actions come from plans the viewer may see (the API's rule), so each has its plan. */
type Similar = SimilarRow & { action: SimilarRow['action'] & { actionPlan: NonNullable<SimilarRow['action']['actionPlan']> } };

const withPlan = (rows: readonly SimilarRow[]): Similar[] => rows.flatMap((row) => (row.action.actionPlan ? [{ ...row, action: { ...row.action, actionPlan: row.action.actionPlan } }] : []));

/** The zone whose plan holds the action; for a co-owner of another zone's draft, the first owner zone. */
const zoneOf = (action: Current): { id: string; name: string } | null => action.actionPlan?.zone ?? action.owners[0]?.zone ?? null;

/** The list itself, with its query (NeighbourActions renders it when the reader comes near). */
export function NeighbourList({ actionId, loading }: { actionId: string; loading: ReactNode }) {
  const { data, error, refetch } = useQuery(Query, { variables: { id: actionId, first: HOW_MANY } });
  // Named in the e-mail a reader may send: the zone they work in now (the header's zone).
  const ownZone = useCurrentZone().current?.zone.name ?? null;
  let body;
  if (error) {
    body = (
      <div role="alert">
        <p>De acties van andere zones konden niet geladen worden. {describeError(error)}</p>
        <button type="button" className="button button--small" onClick={() => void refetch()}>
          Opnieuw proberen
        </button>
      </div>
    );
  } else if (!data?.action) {
    body = loading;
  } else if (withPlan(data.action.similarActions).length === 0) {
    body = <p className="muted">Geen gelijkaardige acties gevonden in andere zones.</p>;
  } else {
    const current = data.action;
    body = (
      <>
        <p className="section__intro">
          Acties van andere zones die over hetzelfde gaan, de beste eerst: op onderwerp (titel, tekst en doelstelling), gedeelde thema’s, partners, werkgroepen, projecten en doelgroepen.
        </p>
        <ol className="neighbour-list">
          {withPlan(current.similarActions).map((similar, index) => (
            <li key={similar.action.id}>
              <Neighbour current={current} similar={similar} rank={index + 1} ownZone={ownZone} />
            </li>
          ))}
        </ol>
      </>
    );
  }
  return body;
}

function Neighbour({ current, similar, rank, ownZone }: { current: Current; similar: Similar; rank: number; ownZone: string | null }) {
  const action = similar.action;
  const zone = action.actionPlan.zone;
  return (
    <article className="neighbour" data-testid="neighbour" data-score={similar.score}>
      <p className="neighbour__rank" aria-hidden="true">
        {rank}
      </p>
      <div className="neighbour__body">
        <p className="neighbour__zone">
          {zone.name} · Actieplan {action.actionPlan.year}
        </p>
        <h3 className="neighbour__title">
          <ActionTitleLink action={action} />
        </h3>
        {similar.reasons.length > 0 && (
          <p className="neighbour__reasons" data-testid="neighbour-reasons">
            <span className="neighbour__reasons-label">Waarom: </span>
            {similar.reasons.join(' · ')}
          </p>
        )}
        <AskToJoin current={current} similar={similar} ownZone={ownZone} />
      </div>
    </article>
  );
}

/**
 * The API lets those who manage an action's owners invite another zone to co-own (inviteToCoOwn);
 * it has no request to join someone else's work and no e-mail address of a zone. So:
 * - the viewer manages this action's owners (`viewerCanManageOwners`): invite the neighbour's zone;
 * - the viewer manages the neighbour action's owners: invite this action's zone to that one;
 * - anyone else: an e-mail to write themselves (the recipient is theirs to fill in).
 */
function AskToJoin({ current, similar, ownZone }: { current: Current; similar: Similar; ownZone: string | null }) {
  const neighbourZone = similar.action.actionPlan.zone;
  const currentZone = zoneOf(current);
  const ownsCurrent = current.viewerCanManageOwners;
  const ownsNeighbour = similar.action.viewerCanManageOwners;

  if (ownsCurrent) {
    if (current.owners.some((o) => o.zone.id === neighbourZone.id)) return <p className="neighbour__note">{neighbourZone.name} trekt deze actie al mee.</p>;
    if (current.invitations.some((i) => i.invitedZone.id === neighbourZone.id && i.status === 'PENDING'))
      return <p className="neighbour__note">{neighbourZone.name} is uitgenodigd om mee te trekken; de uitnodiging wacht op antwoord.</p>;
    return <InviteForm subjectId={current.id} zone={neighbourZone} buttonLabel={`Vraag ${neighbourZone.name} om mee te trekken`} what={`jullie actie “${current.title}”`} />;
  }
  if (ownsNeighbour && currentZone) {
    if (similar.action.owners.some((o) => o.zone.id === currentZone.id)) return <p className="neighbour__note">{currentZone.name} trekt deze actie al mee.</p>;
    if (similar.action.invitations.some((i) => i.invitedZone.id === currentZone.id && i.status === 'PENDING'))
      return <p className="neighbour__note">{currentZone.name} is al uitgenodigd voor deze actie.</p>;
    return <InviteForm subjectId={similar.action.id} zone={currentZone} buttonLabel={`Vraag ${currentZone.name} om mee te trekken`} what={`jullie actie “${similar.action.title}”`} />;
  }
  return <MailRequest current={current} similar={similar} ownZone={ownZone} />;
}

function InviteForm({ subjectId, zone, buttonLabel, what }: { subjectId: string; zone: { id: string; name: string }; buttonLabel: string; what: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<OwnerRole>('CO_LEAD');
  const [message, setMessage] = useState('');
  const [invite, { loading, error, data }] = useMutation(InviteToCoOwnMutation, { refetchQueries: [Query] });
  if (data)
    return (
      <p className="neighbour__note" role="status">
        Uitnodiging verstuurd: {zone.name} ziet ze bij de uitnodigingen van de zone.
      </p>
    );
  if (!open)
    return (
      <button type="button" className="button button--small button--secondary" onClick={() => setOpen(true)}>
        {buttonLabel}
      </button>
    );
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void invite({ variables: { subjectId, input: { zoneId: zone.id, role, message: message.trim() || null } } }).catch(() => undefined);
  };
  return (
    <form className="invite-form" onSubmit={submit} aria-label={`Uitnodiging aan ${zone.name}`}>
      <p className="invite-form__intro">
        {zone.name} krijgt een uitnodiging om {what} mee te trekken. Een redacteur van {zone.name} aanvaardt of weigert ze.
      </p>
      <div className="invite-form__field">
        <label htmlFor={`${id}-role`}>Rol van {zone.name}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as OwnerRole)}>
          {OWNER_ROLES.map((r) => (
            <option key={r} value={r}>
              {OWNER_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="invite-form__field">
        <label htmlFor={`${id}-message`}>Bericht (niet verplicht)</label>
        <textarea id={`${id}-message`} rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
      </div>
      {error && (
        <p className="form__error" role="alert">
          {describeError(error)}
        </p>
      )}
      <div className="invite-form__actions">
        <button type="submit" className="button button--small" disabled={loading}>
          {loading ? 'Versturen…' : 'Uitnodiging versturen'}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => setOpen(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function MailRequest({ current, similar, ownZone }: { current: Current; similar: Similar; ownZone: string | null }) {
  const neighbour = similar.action;
  const zone = neighbour.actionPlan.zone;
  const currentZone = zoneOf(current);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const subject = `Samen trekken: ${neighbour.title}`;
  const body = [
    `Beste collega's van ${zone.name},`,
    '',
    `In Kruispunt zag ik jullie actie “${neighbour.title}” (actieplan ${neighbour.actionPlan.year}): ${origin}/acties/${neighbour.id}`,
    `Ze lijkt op “${current.title}”${currentZone ? ` van ${currentZone.name}` : ''}: ${origin}/acties/${current.id}`,
    '',
    ownZone
      ? `Zouden we deze actie samen kunnen trekken? Als eigenaar-zone kunnen jullie ${ownZone} in Kruispunt uitnodigen om mee te trekken.`
      : `Misschien kunnen jullie deze actie samen met ${currentZone?.name ?? 'ons'} trekken? Als eigenaar-zone kunnen jullie elkaar in Kruispunt uitnodigen om mee te trekken.`,
    '',
    'Met vriendelijke groeten,',
  ].join('\n');
  return (
    <p className="neighbour__ask">
      <a
        className="button button--small button--secondary"
        href={`mailto:${zone.contactEmail ? encodeURIComponent(zone.contactEmail).replace('%40', '@') : ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`}
      >
        Vraag om mee te trekken<span className="visually-hidden"> aan {zone.name} (e-mail)</span>
      </a>
      <span className="neighbour__hint">
        {zone.contactEmail ? `Opent een e-mail aan ${zone.name} (${zone.contactEmail}).` : `Opent een e-mail; ${zone.name} heeft nog geen contactadres in Kruispunt, vul het zelf in.`}
      </span>
    </p>
  );
}
