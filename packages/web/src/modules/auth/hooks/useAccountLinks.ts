// Form state and submit flows of the mailed-link pages and the invitation form. The rules
// (who may invite, how long a link works, password length) are the server's; the shared zod
// schemas only spare a round trip for an empty or malformed field. They load when a form is sent
// (load-schemas.ts): the invitation form is on Mijn zone, and a static import here put zod in the
// chunk every page loads.
import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ZoneRole } from '@kruispunt/shared';
import { loadSchemas } from '@/common/forms/load-schemas';
import { issuesByField } from '@/common/forms/issues';
import { errorIssues } from '@/common/mutation-errors';
import { ViewerQuery } from '../graphql/viewer';
import { AcceptAccountInvitationMutation, InviteUserMutation, RequestPasswordResetMutation, ResetPasswordMutation } from '../graphql/account-links';
import type { FieldErrors } from '../account-link-forms';

/** The checks of the mailed-link forms, with their schemas, loaded when a form is sent. */
const loadLinkForms = () => import('../account-link-forms');

/** "Wachtwoord vergeten?": one address; the answer is the same whether or not it has an account. */
export function useForgotPasswordForm() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading, error }] = useMutation(RequestPasswordResetMutation);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const { requestPasswordResetSchema, fieldIssues } = await loadSchemas();
    const parsed = requestPasswordResetSchema.safeParse({ email });
    if (!parsed.success) return setErrors(issuesByField(fieldIssues(parsed.error)));
    setErrors({});
    try {
      await request({ variables: { email: parsed.data.email } });
      setSentTo(parsed.data.email);
    } catch (failure) {
      setErrors(issuesByField(errorIssues(failure)));
    }
  };
  return { email, setEmail, errors, sentTo, loading, error, submit };
}

/** A new password twice; afterwards every session has ended and the person signs in again. */
export function useResetPasswordForm(token: string) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const client = useApolloClient();
  const [reset, { loading, error }] = useMutation(ResetPasswordMutation);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const local = (await loadLinkForms()).newPasswordIssues(password, repeat);
    if (Object.keys(local).length) return setErrors(local);
    setErrors({});
    try {
      await reset({ variables: { token, newPassword: password } });
      // This browser's session (if any) ended too: forget what it showed.
      await client.clearStore();
      setDone(true);
    } catch (failure) {
      setErrors(issuesByField(errorIssues(failure)));
    }
  };
  return { password, setPassword, repeat, setRepeat, errors, done, loading, error, submit };
}

/** Accepting an invitation: a name and a new password, or the password of the existing account. */
export function useAcceptInvitationForm(token: string, hasAccount: boolean, onAccepted: () => Promise<void> | void) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const client = useApolloClient();
  const [accept, { loading, error }] = useMutation(AcceptAccountInvitationMutation);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const local = (await loadLinkForms()).acceptInvitationIssues({ token, hasAccount, name, password, repeat });
    if (Object.keys(local).length) return setErrors(local);
    setErrors({});
    try {
      await accept({ variables: { token, name: hasAccount ? null : name.trim(), password } });
      // Signed in now (the API set the cookie): start from an empty cache, as after signing in, and
      // read who is signed in. Not `resetStore`: it would refetch this page's invitation, now used.
      await client.clearStore();
      await client.query({ query: ViewerQuery, fetchPolicy: 'network-only' });
      await onAccepted();
    } catch (failure) {
      setErrors(issuesByField(errorIssues(failure)));
    }
  };
  return { name, setName, password, setPassword, repeat, setRepeat, errors, loading, error, submit };
}

/** "Collega uitnodigen" on Mijn zone. */
export function useInviteColleagueForm(zoneId: string) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ZoneRole>('EDITOR');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState<{ email: string; role: ZoneRole } | null>(null);
  const [invite, { loading, error }] = useMutation(InviteUserMutation, { refetchQueries: ['ZoneAccountInvitations'] });
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const { inviteUserSchema, fieldIssues } = await loadSchemas();
    const parsed = inviteUserSchema.safeParse({ email, zoneId, role });
    if (!parsed.success) return setErrors(issuesByField(fieldIssues(parsed.error)));
    setErrors({});
    setSent(null);
    try {
      const result = await invite({ variables: { email: parsed.data.email, zoneId, role } });
      if (result.data) {
        setSent({ email: result.data.inviteUser.email, role });
        setEmail('');
      }
    } catch (failure) {
      setErrors(issuesByField(errorIssues(failure)));
    }
  };
  return { email, setEmail, role, setRole, errors, sent, loading, error, submit };
}
