import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { TOKEN_SCOPES, TOKEN_SCOPE_LABELS, createApiTokenSchema, fieldIssues, formatDate, type TokenScope } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { Dialog } from '@/common/components/Dialog';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { Field } from '@/common/forms/Field';
import { issuesByField } from '@/common/forms/issues';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { errorIssues, mutationMessage } from '@/common/mutation-errors';
import type { ApiTokenFieldsFragment } from '@/gql/graphql';
import { ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from '../graphql/tokens';
import { SessionsSection } from './SessionsSection';
import '@/common/staff.css';
import '@/modules/admin/admin.css';

/** Route `/instellingen/tokens`: API tokens for external tools (dashboards, the funder's reporting). */
export function TokensPage() {
  const { data, error, refetch } = useQuery(ApiTokensQuery);
  usePageTitle('API-tokens');
  if (error) return <ErrorState error={error} what="je API-tokens" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Tokens laden…" />;
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Instellingen</p>
        <h1>API-tokens</h1>
        <p className="lead">
          Met een token haalt een extern programma (een regionaal dashboard, een sociale kaart, de rapportering voor de financier) gegevens uit Kruispunt op, in jouw naam. Geef elk programma
          een eigen token, dan kan je het apart intrekken.
        </p>
      </header>
      <CreateToken />
      <TokenList tokens={data.apiTokens} />
      <SessionsSection />
    </>
  );
}

function CreateToken() {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('READ');
  const [expiresAt, setExpiresAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [create, { loading, error }] = useMutation(CreateApiTokenMutation, { refetchQueries: ['ApiTokens'], awaitRefetchQueries: true });

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const input = { name, scope, expiresAt: expiresAt || null };
    const parsed = createApiTokenSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(issuesByField(fieldIssues(parsed.error)));
      return;
    }
    setErrors({});
    try {
      const result = await create({ variables: { input: { name: parsed.data.name, scope: parsed.data.scope, expiresAt: parsed.data.expiresAt } } });
      const payload = result.data?.createApiToken;
      if (payload) {
        setCreated({ name: payload.token.name, secret: payload.secret });
        setName('');
        setExpiresAt('');
      }
    } catch (failure) {
      setErrors(issuesByField(errorIssues(failure)));
    }
  };

  return (
    <section className="section" aria-labelledby="nieuw-token">
      <h2 id="nieuw-token">Nieuw token</h2>
      {created && <NewSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />}
      <form className="form form--wide" onSubmit={(event) => void submit(event)} noValidate>
        {error && !errors.name && !errors.scope && !errors.expiresAt && (
          <p className="form__error" role="alert">
            {mutationMessage(error)}
          </p>
        )}
        <Field id="token-naam" label="Naam" hint="Waarvoor dient het? Bv. “Regionaal dashboard Oost-Brabant”." error={errors.name}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <fieldset className="subfieldset">
          <legend>Wat mag het token?</legend>
          <ul className="radio-list">
            {TOKEN_SCOPES.map((value) => (
              <li key={value}>
                <label>
                  <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} /> {TOKEN_SCOPE_LABELS[value]}
                </label>
              </li>
            ))}
          </ul>
          {errors.scope && <p className="field__error">⚠ {errors.scope}</p>}
        </fieldset>
        <Field id="token-vervaldatum" label="Vervaldatum (optioneel)" hint="Laatste dag dat het token werkt. Leeg: het werkt tot je het intrekt." error={errors.expiresAt}>
          {(control) => <input {...control} type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />}
        </Field>
        <div>
          <button type="submit" className="button" disabled={loading}>
            {loading ? 'Bezig…' : 'Token aanmaken'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The secret, shown once, with a copy button. */
function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('ok');
    } catch {
      // No clipboard permission: select the text so Ctrl+C works.
      input.current?.select();
      setCopied('failed');
    }
  };
  return (
    <div className="notice notice--warning secret" role="alert" data-testid="new-token">
      <h3>Token “{name}” is aangemaakt</h3>
      <p>
        <strong>Kopieer het token nu.</strong> Het wordt maar één keer getoond: Kruispunt bewaart het niet leesbaar. Behandel het als een wachtwoord en zet het niet in een e-mail.
      </p>
      <div className="secret__row">
        <label htmlFor="token-geheim" className="visually-hidden">
          Het token
        </label>
        <input id="token-geheim" ref={input} readOnly value={secret} className="secret__value" onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          Kopiëren
        </button>
      </div>
      <p aria-live="polite" className="secret__status">
        {copied === 'ok' ? 'Gekopieerd naar het klembord.' : copied === 'failed' ? 'Kopiëren lukte niet: het token is geselecteerd, druk Ctrl+C.' : ''}
      </p>
      <p className="muted">Gebruik het als HTTP-header: Authorization: Bearer &lt;token&gt;</p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        Ik heb het token bewaard
      </button>
    </div>
  );
}

function tokenState(token: ApiTokenFieldsFragment): { label: string; tone: 'success' | 'danger' | 'neutral' } {
  if (token.revokedAt) return { label: `Ingetrokken op ${formatDate(token.revokedAt)}`, tone: 'neutral' };
  if (token.expiresAt && token.expiresAt < new Date().toISOString()) return { label: `Vervallen op ${formatDate(token.expiresAt)}`, tone: 'danger' };
  return { label: 'Actief', tone: 'success' };
}

function TokenList({ tokens }: { tokens: readonly ApiTokenFieldsFragment[] }) {
  const [revoking, setRevoking] = useState<ApiTokenFieldsFragment | null>(null);
  const [revoke, { loading, error, reset }] = useMutation(RevokeApiTokenMutation);
  return (
    <section className="section" aria-labelledby="mijn-tokens">
      <h2 id="mijn-tokens">Mijn tokens</h2>
      {tokens.length === 0 ? (
        <EmptyState>Je hebt nog geen tokens.</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Begint met</th>
                <th scope="col">Bereik</th>
                <th scope="col">Aangemaakt</th>
                <th scope="col">Laatst gebruikt</th>
                <th scope="col">Vervalt</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Acties</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => {
                const state = tokenState(token);
                return (
                  <tr key={token.id} data-testid="token-row">
                    <th scope="row">{token.name}</th>
                    <td>
                      <code className="nowrap">{token.prefix}…</code>
                    </td>
                    <td>{TOKEN_SCOPE_LABELS[token.scope]}</td>
                    <td>{formatDate(token.createdAt)}</td>
                    <td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : <span className="muted">Nog niet</span>}</td>
                    <td>{token.expiresAt ? formatDate(token.expiresAt) : <span className="muted">Nooit</span>}</td>
                    <td>
                      <Badge tone={state.tone}>{state.label}</Badge>
                    </td>
                    <td>
                      {!token.revokedAt && (
                        <button
                          type="button"
                          className="link-button link-button--danger"
                          onClick={() => {
                            reset();
                            setRevoking(token);
                          }}
                        >
                          Intrekken<span className="visually-hidden">: {token.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        open={revoking !== null}
        title="Token intrekken?"
        tone="danger"
        onClose={() => setRevoking(null)}
        actions={
          <>
            <button type="button" className="button button--secondary" onClick={() => setRevoking(null)} autoFocus>
              Annuleren
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={loading}
              onClick={() => {
                if (!revoking) return;
                revoke({ variables: { id: revoking.id } })
                  .then(() => setRevoking(null))
                  .catch(() => undefined);
              }}
            >
              {loading ? 'Bezig…' : 'Token intrekken'}
            </button>
          </>
        }
      >
        <p>Programma’s die “{revoking?.name}” gebruiken, krijgen meteen geen toegang meer. Dit kan je niet ongedaan maken; je kan wel een nieuw token aanmaken.</p>
        {error && (
          <p className="form__error" role="alert">
            {mutationMessage(error)}
          </p>
        )}
      </Dialog>
    </section>
  );
}
