import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { fieldIssues, userAccountSchema, ZONE_ROLE_LABELS } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { LoadMore } from '@/common/components/LoadMore';
import { Field } from '@/common/forms/Field';
import { issuesByField } from '@/common/forms/issues';
import { useDebounced } from '@/common/hooks/useDebounced';
import { useLoadMore } from '@/common/hooks/useLoadMore';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { AdminUserFieldsFragment, AdminUsersQuery as AdminUsersQueryData, UserStatus } from '@/gql/graphql';
import { AdminUsersQuery, CreateUserMutation } from '../graphql/admin';
import { useAdminAction } from '../hooks/useAdminAction';

const STATUS_LABELS: Record<UserStatus, string> = { ACTIVE: 'Actief', DEACTIVATED: 'Gedeactiveerd', ALL: 'Alle' };

/** Route `/beheer/gebruikers`: every user, searchable, and a form for a new one. */
export function UsersAdminPage() {
  usePageTitle('Gebruikers – Beheer');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<UserStatus>('ACTIVE');
  const query = useDebounced(search.trim());
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(AdminUsersQuery, { variables: { search: query || null, status }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const users = shown?.users.edges.map((e) => e.node) ?? [];
  const { loadingMore, loadMore } = useLoadMore<AdminUsersQueryData, 'users'>(fetchMore, 'users');
  return (
    <>
      <h1>Gebruikers</h1>
      <NewUser />
      <section className="section" aria-labelledby="alle-gebruikers">
        <h2 id="alle-gebruikers">Alle gebruikers</h2>
        <div className="admin-filters">
          <Field id="gebruiker-zoeken" label="Gebruiker zoeken" hint="Op naam of e-mailadres.">
            {(control) => <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />}
          </Field>
          <Field id="gebruiker-status" label="Status">
            {(control) => (
              <select {...control} value={status} onChange={(e) => setStatus(e.target.value as UserStatus)}>
                {(['ACTIVE', 'DEACTIVATED', 'ALL'] as const).map((value) => (
                  <option key={value} value={value}>
                    {STATUS_LABELS[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {error ? (
          <ErrorState error={error} what="de gebruikers" onRetry={() => void refetch()} />
        ) : !shown ? (
          <LoadingState label="Gebruikers laden…" />
        ) : users.length === 0 ? (
          <EmptyState>{query ? `Geen gebruikers gevonden voor “${query}”.` : 'Geen gebruikers met deze status.'}</EmptyState>
        ) : (
          <>
            <ul className="admin-list" aria-busy={loading || undefined}>
              {users.map((user) => (
                <UserRow key={user.id} user={user} />
              ))}
            </ul>
            <LoadMore
              shown={users.length}
              total={shown.users.totalCount}
              hasMore={shown.users.pageInfo.hasNextPage}
              loading={loadingMore}
              noun="gebruikers"
              onLoadMore={() => void loadMore(shown.users)}
            />
          </>
        )}
      </section>
    </>
  );
}

function UserRow({ user }: { user: AdminUserFieldsFragment }) {
  const roles = [
    ...(user.isAdmin ? ['Beheerder'] : []),
    ...user.zoneMemberships.map((m) => `${ZONE_ROLE_LABELS[m.role]} ${m.zone.name}`),
    ...user.coachedRegions.map((r) => `Coach ${r.name}`),
  ];
  return (
    <li className="admin-list__item" data-testid="user-row">
      <div>
        <Link to={`/beheer/gebruikers/${user.id}`} className="admin-list__title">
          {user.name}
        </Link>
        <span className="admin-list__meta">{user.email}</span>
        <span className="admin-list__meta">{roles.length ? roles.join(' · ') : 'Nog geen rol'}</span>
      </div>
      <div className="admin-list__badges">
        {user.disabledAt ? <Badge tone="neutral">Gedeactiveerd</Badge> : <Badge tone="success">Actief</Badge>}
        {!user.hasPassword && !user.disabledAt && <Badge tone="warning">Nog geen wachtwoord</Badge>}
      </div>
    </li>
  );
}

function NewUser() {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const action = useAdminAction();
  const [create] = useMutation(CreateUserMutation, { refetchQueries: ['AdminUsers'] });

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const parsed = userAccountSchema.safeParse({ name, email });
    if (!parsed.success) return action.fail(issuesByField(fieldIssues(parsed.error)));
    let id: string | undefined;
    const ok = await action.run(async () => {
      id = (await create({ variables: { input: parsed.data } })).data?.createUser.id;
    }, 'Gebruiker aangemaakt.');
    if (ok && id) void navigate(`/beheer/gebruikers/${id}`, { state: { created: true } });
  };

  return (
    <section className="section" aria-labelledby="nieuwe-gebruiker">
      <h2 id="nieuwe-gebruiker">Nieuwe gebruiker</h2>
      <p className="muted">Een nieuwe gebruiker krijgt nog geen wachtwoord: die kiest hij zelf via de uitnodigingsmail. Tot dan kan hij niet aanmelden.</p>
      <form className="form form--wide admin-form" onSubmit={(event) => void submit(event)} noValidate>
        {action.message && (
          <p className="form__error" role="alert">
            {action.message}
          </p>
        )}
        <Field id="nieuw-naam" label="Naam" error={action.errors.name}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <Field id="nieuw-email" label="E-mailadres" error={action.errors.email}>
          {(control) => <input {...control} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />}
        </Field>
        <div>
          <button type="submit" className="button" disabled={action.busy}>
            {action.busy ? 'Bezig…' : 'Gebruiker aanmaken'}
          </button>
        </div>
      </form>
    </section>
  );
}
