import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoadingState } from '@/common/components/LoadingState';
import { describeError } from '@/common/graphql-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { safeReturnPath, useSignIn } from '../hooks/useSession';
import { useViewer } from '../hooks/useViewer';
import { SignInOptionsQuery } from '../graphql/sign-in-options';

/** Why a sign-on through the organisation came back here (`?sso=`, set by the API's callback). */
const SIGN_ON_FAILURES: Record<string, string> = {
  geannuleerd: 'Je hebt het aanmelden bij je organisatie afgebroken.',
  verlopen: 'Die aanmelding is verlopen of werd in een ander venster gestart. Probeer het opnieuw.',
  'geen-toegang': 'Je organisatie kent je, maar je hebt nog geen toegang tot Kruispunt. Vraag een collega van je zone of een beheerder om je uit te nodigen.',
  mislukt: 'Aanmelden via je organisatie lukte niet. Probeer het later opnieuw, of meld je aan met je wachtwoord.',
};

/** Route `/aanmelden`: e-mail and password; afterwards back to the page asked for (`?terug=`). */
export function SignInPage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('terug'));
  const { data } = useViewer();
  if (!data) return <LoadingState />;
  if (data.me) return <Navigate to={returnTo} replace />;
  return <SignInForm returnTo={returnTo} signOnFailure={SIGN_ON_FAILURES[params.get('sso') ?? ''] ?? null} />;
}

function SignInForm({ returnTo, signOnFailure }: { returnTo: string; signOnFailure: string | null }) {
  usePageTitle('Aanmelden');
  const singleSignOn = useQuery(SignInOptionsQuery).data?.signInOptions.singleSignOn ?? null;
  const navigate = useNavigate();
  const [signIn, { loading, error }] = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    try {
      await signIn(email.trim(), password);
      await navigate(returnTo, { replace: true });
    } catch {
      // The mutation's error state shows the message.
    }
  };

  return (
    <div className="sign-in">
      <h1>Aanmelden</h1>
      <p className="lead">Meld je aan met je e-mailadres en wachtwoord van Kruispunt.</p>
      {signOnFailure && (
        <p className="form__error" role="alert">
          {signOnFailure}
        </p>
      )}
      <form className="form" onSubmit={(event) => void submit(event)}>
        {error && (
          <p className="form__error" role="alert">
            {describeError(error)}
          </p>
        )}
        <div className="form__field">
          <label htmlFor="email">E-mailadres</label>
          <input id="email" name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="form__field">
          <label htmlFor="password">Wachtwoord</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Bezig met aanmelden…' : 'Aanmelden'}
        </button>
      </form>
      {singleSignOn && (
        // Below the form, so the form does not move when this arrives. A full page load: the API
        // sends the browser on to the organisation's sign-in page.
        <div className="sign-in__sso">
          <p>Of meld je aan via je organisatie:</p>
          <a className="button button--secondary" href={`${singleSignOn.startUrl}?returnTo=${encodeURIComponent(returnTo)}`}>
            Aanmelden met {singleSignOn.label}
          </a>
        </div>
      )}
      <p>
        <Link to="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
      </p>
    </div>
  );
}
