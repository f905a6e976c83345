import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ZONE_ROLE_LABELS, ZONE_TIME_ZONE, formatDate, todayIn } from '@kruispunt/shared';
import { LoadingState } from '@/common/components/LoadingState';
import { Field } from '@/common/forms/Field';
import { describeError } from '@/common/graphql-errors';
import { mutationMessage } from '@/common/mutation-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { AccountInvitationQuery as InvitationData } from '@/gql/graphql';
import { AccountInvitationQuery } from '../graphql/account-links';
import { useAcceptInvitationForm } from '../hooks/useAccountLinks';
import '@/common/staff.css';

/** Route `/uitnodiging?token=…`: the link from an invitation mail. */
export function AcceptInvitationPage() {
  usePageTitle('Uitnodiging aanvaarden');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data, error } = useQuery(AccountInvitationQuery, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  if (!token || error) {
    return (
      <div className="sign-in">
        <h1>Uitnodiging</h1>
        <div className="notice notice--warning" role="alert" data-testid="invitation-problem">
          <p>{error ? describeError(error) : 'Deze link is onvolledig. Open de link opnieuw vanuit de e-mail.'}</p>
          <p>
            <Link to="/aanmelden">Naar aanmelden</Link>
          </p>
        </div>
      </div>
    );
  }
  if (!data) return <LoadingState label="Uitnodiging laden…" />;
  return <AcceptForm token={token} invitation={data.accountInvitation} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationData['accountInvitation'] }) {
  const navigate = useNavigate();
  const { hasAccount } = invitation;
  const form = useAcceptInvitationForm(token, hasAccount, () => navigate(`/mijn-zone/${invitation.zoneSlug}`, { replace: true }));
  const role = ZONE_ROLE_LABELS[invitation.role].toLowerCase();
  const shown = ['token', 'name', 'password', 'repeat'];
  return (
    <div className="sign-in">
      <h1>Welkom bij Kruispunt</h1>
      <p className="lead">
        Je bent uitgenodigd als <strong>{role}</strong> van <strong>{invitation.zoneName}</strong>. De uitnodiging werkt tot{' '}
        {formatDate(todayIn(ZONE_TIME_ZONE, new Date(invitation.expiresAt)))}.
      </p>
      <form className="form" onSubmit={(event) => void form.submit(event)} noValidate>
        {form.errors.token && (
          <p className="form__error" role="alert">
            {form.errors.token}
          </p>
        )}
        {form.error && !shown.some((field) => form.errors[field]) && (
          <p className="form__error" role="alert">
            {mutationMessage(form.error)}
          </p>
        )}
        <Field id="invite-email" label="E-mailadres" hint="Hiermee meld je je aan.">
          {(control) => <input {...control} type="email" autoComplete="username" value={invitation.email} readOnly />}
        </Field>
        {hasAccount ? (
          <>
            <p>Je hebt al een account met dit e-mailadres. Vul je wachtwoord in om de uitnodiging te aanvaarden.</p>
            <Field id="invite-password" label="Je wachtwoord" error={form.errors.password}>
              {(control) => <input {...control} type="password" autoComplete="current-password" value={form.password} onChange={(e) => form.setPassword(e.target.value)} />}
            </Field>
          </>
        ) : (
          <>
            <Field id="invite-name" label="Je naam" hint="Zo zien je collega’s wie iets wijzigde." error={form.errors.name}>
              {(control) => <input {...control} autoComplete="name" value={form.name} onChange={(e) => form.setName(e.target.value)} />}
            </Field>
            <Field id="invite-password" label="Kies een wachtwoord" hint="Minstens 10 tekens." error={form.errors.password}>
              {(control) => <input {...control} type="password" autoComplete="new-password" value={form.password} onChange={(e) => form.setPassword(e.target.value)} />}
            </Field>
            <Field id="invite-repeat" label="Herhaal het wachtwoord" error={form.errors.repeat}>
              {(control) => <input {...control} type="password" autoComplete="new-password" value={form.repeat} onChange={(e) => form.setRepeat(e.target.value)} />}
            </Field>
          </>
        )}
        <button type="submit" className="button" disabled={form.loading}>
          {form.loading ? 'Bezig…' : hasAccount ? 'Aanvaarden en aanmelden' : 'Account aanmaken en aanmelden'}
        </button>
      </form>
    </div>
  );
}
