import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Field } from '@/common/forms/Field';
import { mutationMessage } from '@/common/mutation-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { useForgotPasswordForm, useResetPasswordForm } from '../hooks/useAccountLinks';
import '@/common/staff.css';

/** Moves focus to a confirmation when it appears, so a screen reader reads it and the keyboard continues there. */
function useFocusWhen(shown: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}

/** Route `/wachtwoord-vergeten`: asks for the address and says the same whatever it is. */
export function ForgotPasswordPage() {
  usePageTitle('Wachtwoord vergeten');
  const form = useForgotPasswordForm();
  const confirmation = useFocusWhen(form.sentTo !== null);
  return (
    <div className="sign-in">
      <h1>Wachtwoord vergeten?</h1>
      {form.sentTo ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={confirmation} data-testid="reset-requested">
          <p>
            Als er een account bestaat voor <strong>{form.sentTo}</strong>, krijg je binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt één uur en
            één keer.
          </p>
          <p>
            Geen e-mail gekregen? Kijk ook bij je ongewenste e-mail, of{' '}
            <Link to="/wachtwoord-vergeten" reloadDocument>
              vraag een nieuwe link aan
            </Link>
            .
          </p>
          <p>
            <Link to="/aanmelden">Terug naar aanmelden</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">Vul het e-mailadres van je account in. We sturen je een link om een nieuw wachtwoord te kiezen.</p>
          <form className="form" onSubmit={(event) => void form.submit(event)} noValidate>
            {form.error && !form.errors.email && (
              <p className="form__error" role="alert">
                {mutationMessage(form.error)}
              </p>
            )}
            <Field id="email" label="E-mailadres" error={form.errors.email}>
              {(control) => <input {...control} name="email" type="email" autoComplete="username" value={form.email} onChange={(e) => form.setEmail(e.target.value)} />}
            </Field>
            <button type="submit" className="button" disabled={form.loading}>
              {form.loading ? 'Bezig…' : 'Stuur me een link'}
            </button>
          </form>
          <p>
            <Link to="/aanmelden">Terug naar aanmelden</Link>
          </p>
        </>
      )}
    </div>
  );
}

/** Route `/wachtwoord-herstellen?token=…`: the link from the mail; a new password twice. */
export function ResetPasswordPage() {
  usePageTitle('Nieuw wachtwoord kiezen');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useResetPasswordForm(token);
  const confirmation = useFocusWhen(form.done);
  const linkProblem = form.errors.token;
  if (!token) {
    return (
      <div className="sign-in">
        <h1>Nieuw wachtwoord kiezen</h1>
        <div className="notice notice--warning" role="alert">
          <p>Deze link is onvolledig. Open de link opnieuw vanuit de e-mail, of vraag een nieuwe aan.</p>
          <p>
            <Link to="/wachtwoord-vergeten">Een nieuwe link aanvragen</Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="sign-in">
      <h1>Nieuw wachtwoord kiezen</h1>
      {form.done ? (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={confirmation} data-testid="password-reset-done">
          <p>Je wachtwoord is gewijzigd. Je bent overal afgemeld; meld je nu aan met je nieuwe wachtwoord.</p>
          <p>
            <Link to="/aanmelden" className="button">
              Aanmelden
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">Kies een nieuw wachtwoord van minstens 10 tekens. Daarna word je overal afgemeld.</p>
          <form className="form" onSubmit={(event) => void form.submit(event)} noValidate>
            {linkProblem ? (
              <div className="form__error" role="alert">
                <p>{linkProblem}</p>
                <p>
                  <Link to="/wachtwoord-vergeten">Een nieuwe link aanvragen</Link>
                </p>
              </div>
            ) : (
              form.error &&
              !form.errors.newPassword && (
                <p className="form__error" role="alert">
                  {mutationMessage(form.error)}
                </p>
              )
            )}
            <Field id="new-password" label="Nieuw wachtwoord" hint="Minstens 10 tekens." error={form.errors.newPassword}>
              {(control) => <input {...control} type="password" autoComplete="new-password" value={form.password} onChange={(e) => form.setPassword(e.target.value)} />}
            </Field>
            <Field id="repeat-password" label="Herhaal het nieuwe wachtwoord" error={form.errors.repeat}>
              {(control) => <input {...control} type="password" autoComplete="new-password" value={form.repeat} onChange={(e) => form.setRepeat(e.target.value)} />}
            </Field>
            <button type="submit" className="button" disabled={form.loading}>
              {form.loading ? 'Bezig…' : 'Wachtwoord instellen'}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
