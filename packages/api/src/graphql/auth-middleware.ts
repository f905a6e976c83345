import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context';

/** Root fields open to anonymous callers; everything else needs a session or a token. */
const PUBLIC_ROOT_FIELDS = new Set(['me', 'signIn', 'signOut', '__typename']);

export const requireSignIn: MiddlewareFn<Context> = async ({ info, context }, next) => {
  const root = info.parentType.name;
  if ((root === 'Query' || root === 'Mutation') && !PUBLIC_ROOT_FIELDS.has(info.fieldName)) context.viewer.requireSignedIn();
  return next();
};
