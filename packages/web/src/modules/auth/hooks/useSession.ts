import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignInMutation, SignOutMutation } from '../graphql/viewer';

/** Where to go after signing in: only paths inside the app, never another site. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/**
 * Signs in (the API sets an httpOnly session cookie) and starts from an empty cache: what a
 * viewer may see depends on who they are.
 */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(SignInMutation);
  const signIn = async (email: string, password: string): Promise<void> => {
    await mutate({ variables: { email, password } });
    await client.resetStore();
  };
  return [signIn, state] as const;
}

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, state] = useMutation(SignOutMutation);
  const signOut = async (): Promise<void> => {
    await mutate();
    // Forget everything without refetching (the pages would only be refused now); the sign-in
    // page then asks for `me` again, and the header follows from the cache.
    await client.clearStore();
    await navigate('/aanmelden', { replace: true });
  };
  return [signOut, state] as const;
}
