import { CombinedGraphQLErrors, ServerError, type ErrorLike } from '@apollo/client';

/**
 * The API answers an unknown or malformed id with NOT_FOUND or INVALID_INPUT: for a page
 * that is a "page not found", not a failure.
 */
export function isNotFoundError(error: ErrorLike | undefined): boolean {
  if (!error || !CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'INVALID_INPUT');
}

/** The session ended (or never was): the remedy is to sign in again. */
export function isUnauthenticatedError(error: ErrorLike | undefined): boolean {
  return Boolean(error && CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
}

/** A message a person can act on; GraphQL errors from the API are already in Dutch. */
export function describeError(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return first?.message ?? 'De server gaf een fout terug.';
  }
  if (ServerError.is(error)) return `De server antwoordde met een fout (${error.statusCode}). Probeer het later opnieuw.`;
  return 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.';
}
