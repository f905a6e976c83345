import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { fieldIssues, userAccountSchema, ZONE_ROLE_LABELS, ZONE_ROLES, type ZoneRole } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { Dialog } from '@/common/components/Dialog';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { Field } from '@/common/forms/Field';
import { issuesByField } from '@/common/forms/issues';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { AdminUserFieldsFragment } from '@/gql/graphql';
import {
  AddCoachRegionMutation,
  AdminUserQuery,
  AdminZonesQuery,
  DeactivateUserMutation,
  ReactivateUserMutation,
  RemoveCoachRegionMutation,
  RemoveZoneMembershipMutation,
  SetAdministratorMutation,
  SetZoneMembershipMutation,
  UpdateUserMutation,
} from '../graphql/admin';
import { useAdminAction } from '../hooks/useAdminAction';

/** Route `/beheer/gebruikers/:id`: one user's name, e-mail, status and roles. */
export function UserAdminPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(AdminUserQuery, { variables: { id } });
  const user = data?.node && 'email' in data.node ? (data.node as AdminUserFieldsFragment) : null;
  usePageTitle(user ? `${user.name} – Beheer` : 'Gebruiker – Beheer');
  if (error) return <ErrorState error={error} what="deze gebruiker" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Gebruiker laden…" />;
  if (!user) return <NotFound />;
  const isSelf = data.me?.user.id === user.id;
  const reload = () => refetch();
  return (
    <>
      <p>
        <Link to="/beheer/gebruikers">← Alle gebruikers</Link>
      </p>
      <h1>
        {user.name} {user.disabledAt ? <Badge tone="neutral">Gedeactiveerd</Badge> : <Badge tone="success">Actief</Badge>}
      </h1>
      <Created />
      <Account user={user} reload={reload} />
      <Access user={user} isSelf={isSelf} reload={reload} />
      <Memberships user={user} />
      <Coaching user={user} />
    </>
  );
}

function Created() {
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created;
  if (!created) return null;
  return (
    <p className="notice notice--success" role="status">
      De gebruiker is aangemaakt. Geef hem hieronder een rol; hij kiest zijn wachtwoord zelf via de uitnodigingsmail.
    </p>
  );
}

function Account({ user, reload }: { user: AdminUserFieldsFragment; reload: () => Promise<unknown> }) {
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  useEffect(() => {
    setName(user.name);
    setEmail(user.email);
  }, [user.name, user.email]);
  const action = useAdminAction(reload);
  const [update] = useMutation(UpdateUserMutation);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const parsed = userAccountSchema.safeParse({ name, email });
    if (!parsed.success) return action.fail(issuesByField(fieldIssues(parsed.error)));
    await action.run(() => update({ variables: { id: user.id, version: user.version, input: parsed.data } }), 'Naam en e-mailadres opgeslagen.');
  };
  return (
    <section className="section" aria-labelledby="account">
      <h2 id="account">Account</h2>
      <form className="form form--wide admin-form" onSubmit={(event) => void submit(event)} noValidate>
        {action.message && (
          <p className="form__error" role="alert">
            {action.message}
          </p>
        )}
        <Field id="gebruiker-naam" label="Naam" error={action.errors.name}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <Field id="gebruiker-email" label="E-mailadres" error={action.errors.email}>
          {(control) => <input {...control} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />}
        </Field>
        <div className="admin-form__actions">
          <button type="submit" className="button" disabled={action.busy}>
            {action.busy ? 'Bezig…' : 'Opslaan'}
          </button>
          <span role="status" className="muted">
            {action.done}
          </span>
        </div>
      </form>
      <div className="admin-invite">
        <p>
          <strong>Wachtwoord:</strong> {user.hasPassword ? 'ingesteld door de gebruiker.' : 'nog niet ingesteld: de gebruiker kan nog niet aanmelden.'}
        </p>
        {!user.hasPassword && (
          <p className="field__hint" data-testid="invite-user">
            Een account zonder wachtwoord krijgt toegang met een uitnodiging per e-mail: <Link to="/beheer/zones#zone-uitnodigen">Zones → Iemand uitnodigen in een zone</Link>. De link in de
            e-mail laat de persoon een wachtwoord kiezen.
          </p>
        )}
      </div>
    </section>
  );
}

function Access({ user, isSelf, reload }: { user: AdminUserFieldsFragment; isSelf: boolean; reload: () => Promise<unknown> }) {
  const [confirming, setConfirming] = useState(false);
  const action = useAdminAction(reload);
  const [deactivate] = useMutation(DeactivateUserMutation);
  const [reactivate] = useMutation(ReactivateUserMutation);
  const [setAdmin] = useMutation(SetAdministratorMutation);
  const deactivateButton = useRef<HTMLButtonElement>(null);
  return (
    <section className="section" aria-labelledby="toegang">
      <h2 id="toegang">Toegang</h2>
      {action.message && (
        <p className="form__error" role="alert">
          {action.message}
        </p>
      )}
      <p role="status" className="muted">
        {action.done}
      </p>
      <div className="admin-row">
        <p>
          <strong>Beheerder:</strong> {user.isAdmin ? 'ja, mag gebruikers, zones en regio’s beheren.' : 'nee.'}
        </p>
        {isSelf ? (
          <p className="muted">Je eigen beheerdersrecht of account kan alleen een andere beheerder wijzigen.</p>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            disabled={action.busy}
            onClick={() =>
              void action.run(
                () => setAdmin({ variables: { id: user.id, version: user.version, isAdmin: !user.isAdmin } }),
                user.isAdmin ? 'Beheerdersrecht ingetrokken.' : 'Beheerdersrecht gegeven.',
              )
            }
          >
            {user.isAdmin ? 'Beheerdersrecht intrekken' : 'Beheerder maken'}
          </button>
        )}
      </div>
      {!isSelf && (
        <div className="admin-row">
          <p>
            <strong>Account:</strong> {user.disabledAt ? 'gedeactiveerd: kan niet aanmelden.' : 'actief.'}
          </p>
          {user.disabledAt ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={action.busy}
              onClick={() => void action.run(() => reactivate({ variables: { id: user.id, version: user.version } }), 'Account opnieuw geactiveerd.')}
            >
              Opnieuw activeren
            </button>
          ) : (
            <button type="button" ref={deactivateButton} className="button button--danger" onClick={() => setConfirming(true)}>
              Deactiveren
            </button>
          )}
        </div>
      )}
      <Dialog
        open={confirming}
        title={`${user.name} deactiveren?`}
        tone="danger"
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} autoFocus>
              Annuleren
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={action.busy}
              onClick={() => void action.run(() => deactivate({ variables: { id: user.id, version: user.version } }), 'Account gedeactiveerd.').then(() => setConfirming(false))}
            >
              {action.busy ? 'Bezig…' : 'Deactiveren'}
            </button>
          </>
        }
      >
        <p>{user.name} kan dan niet meer aanmelden. Open sessies eindigen meteen en API-tokens worden ingetrokken. Er wordt niets verwijderd: je kan het account later opnieuw activeren.</p>
      </Dialog>
    </section>
  );
}

function Memberships({ user }: { user: AdminUserFieldsFragment }) {
  const zones = useQuery(AdminZonesQuery);
  const action = useAdminAction();
  const [setMembership] = useMutation(SetZoneMembershipMutation);
  const [removeMembership] = useMutation(RemoveZoneMembershipMutation);
  const [zoneId, setZoneId] = useState('');
  const [role, setRole] = useState<ZoneRole>('EDITOR');
  const memberOf = new Set(user.zoneMemberships.map((m) => m.zone.id));
  const options = (zones.data?.zones.nodes ?? []).filter((z) => !memberOf.has(z.id));
  const add = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!zoneId) return action.fail({ zoneId: 'Kies een zone.' });
    const zone = options.find((z) => z.id === zoneId);
    if (await action.run(() => setMembership({ variables: { userId: user.id, zoneId, role } }), `${ZONE_ROLE_LABELS[role]} van ${zone?.name ?? 'de zone'}.`)) setZoneId('');
  };
  return (
    <section className="section" aria-labelledby="zones-van-gebruiker">
      <h2 id="zones-van-gebruiker">Zones</h2>
      <p className="muted">Een redacteur bewerkt het profiel, de plannen en de acties van de zone; een lezer ziet ook de ontwerpen.</p>
      {action.message && (
        <p className="form__error" role="alert">
          {action.message}
        </p>
      )}
      <p role="status" className="muted">
        {action.done}
      </p>
      {user.zoneMemberships.length === 0 ? (
        <EmptyState>Nog geen lid van een zone.</EmptyState>
      ) : (
        <ul className="admin-list">
          {user.zoneMemberships.map((m) => (
            <li key={m.zone.id} className="admin-list__item" data-testid="membership-row">
              <span className="admin-list__title">{m.zone.name}</span>
              <div className="admin-list__badges">
                <label className="visually-hidden" htmlFor={`rol-${m.zone.id}`}>
                  Rol in {m.zone.name}
                </label>
                <select
                  id={`rol-${m.zone.id}`}
                  value={m.role}
                  disabled={action.busy}
                  onChange={(e) => {
                    const next = e.target.value as ZoneRole;
                    void action.run(() => setMembership({ variables: { userId: user.id, zoneId: m.zone.id, role: next } }), `${ZONE_ROLE_LABELS[next]} van ${m.zone.name}.`);
                  }}
                >
                  {ZONE_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ZONE_ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="link-button link-button--danger"
                  disabled={action.busy}
                  onClick={() => void action.run(() => removeMembership({ variables: { userId: user.id, zoneId: m.zone.id } }), `Niet langer lid van ${m.zone.name}.`)}
                >
                  Verwijderen<span className="visually-hidden"> uit {m.zone.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form className="admin-inline-form" onSubmit={(event) => void add(event)} noValidate>
        <Field id="lid-zone" label="Zone toevoegen" error={action.errors.zoneId}>
          {(control) => (
            <select {...control} value={zoneId} onChange={(e) => setZoneId(e.target.value)} disabled={!zones.data}>
              <option value="">{zones.data ? 'Kies een zone' : 'Zones laden…'}</option>
              {options.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="lid-rol" label="Rol">
          {(control) => (
            <select {...control} value={role} onChange={(e) => setRole(e.target.value as ZoneRole)}>
              {ZONE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ZONE_ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={action.busy}>
          Toevoegen
        </button>
      </form>
    </section>
  );
}

function Coaching({ user }: { user: AdminUserFieldsFragment }) {
  const regions = useQuery(AdminZonesQuery);
  const action = useAdminAction();
  const [add] = useMutation(AddCoachRegionMutation);
  const [remove] = useMutation(RemoveCoachRegionMutation);
  const [regionId, setRegionId] = useState('');
  const coached = new Set(user.coachedRegions.map((r) => r.id));
  const options = (regions.data?.regions ?? []).filter((r) => !coached.has(r.id));
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!regionId) return action.fail({ regionId: 'Kies een regio.' });
    const region = options.find((r) => r.id === regionId);
    if (await action.run(() => add({ variables: { userId: user.id, regionId } }), `Coach van ${region?.name ?? 'de regio'}.`)) setRegionId('');
  };
  return (
    <section className="section" aria-labelledby="coach-van">
      <h2 id="coach-van">Coach van regio’s</h2>
      <p className="muted">Een coach leest de gepubliceerde plannen van alle zones in de regio en laat opmerkingen achter.</p>
      {action.message && (
        <p className="form__error" role="alert">
          {action.message}
        </p>
      )}
      <p role="status" className="muted">
        {action.done}
      </p>
      {user.coachedRegions.length === 0 ? (
        <EmptyState>Coacht geen regio.</EmptyState>
      ) : (
        <ul className="admin-list">
          {user.coachedRegions.map((r) => (
            <li key={r.id} className="admin-list__item">
              <span className="admin-list__title">{r.name}</span>
              <button
                type="button"
                className="link-button link-button--danger"
                disabled={action.busy}
                onClick={() => void action.run(() => remove({ variables: { userId: user.id, regionId: r.id } }), `Niet langer coach van ${r.name}.`)}
              >
                Verwijderen<span className="visually-hidden"> als coach van {r.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="admin-inline-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field id="coach-regio" label="Regio toevoegen" error={action.errors.regionId}>
          {(control) => (
            <select {...control} value={regionId} onChange={(e) => setRegionId(e.target.value)} disabled={!regions.data}>
              <option value="">{regions.data ? 'Kies een regio' : 'Regio’s laden…'}</option>
              {options.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={action.busy}>
          Toevoegen
        </button>
      </form>
    </section>
  );
}
