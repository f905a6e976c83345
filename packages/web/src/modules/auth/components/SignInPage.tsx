import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoadingState } from '@/common/components/LoadingState';
import { describeError } from '@/common/graphql-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { safeReturnPath, useSignIn } from '../hooks/useSession';
import { useViewer } from '../hooks/useViewer';

/** Route `/aanmelden`: e-mail and password; afterwards back to the page asked for (`?terug=`). */
export function SignInPage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('terug'));
  const { data } = useViewer();
  if (!data) return <LoadingState />;
  if (data.me) return <Navigate to={returnTo} replace />;
  return <SignInForm returnTo={returnTo} />;
}

function SignInForm({ returnTo }: { returnTo: string }) {
  usePageTitle('Aanmelden');
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
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Bezig met aanmelden…' : 'Aanmelden'}
        </button>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
      </p>
    </div>
  );
}
