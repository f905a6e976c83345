import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context';

/** Root fields open to anonymous callers; everything else needs a session or a token. */
const PUBLIC_ROOT_FIELDS = new Set(['me', 'signInOptions', 'signIn', 'signOut', 'requestPasswordReset', 'resetPassword', 'accountInvitation', 'acceptAccountInvitation', '__typename']);

export const requireSignIn: MiddlewareFn<Context> = async ({ info, context }, next) => {
  const root = info.parentType.name;
  if ((root === 'Query' || root === 'Mutation') && !PUBLIC_ROOT_FIELDS.has(info.fieldName)) context.viewer.requireSignedIn();
  return next();
};

/**
 * The same check as `requireSignIn`, put on the root fields only. As a type-graphql global
 * middleware it wrapped every field of every type in an async chain (a few promises per field,
 * thousands per plan) although it acts on root fields alone.
 */
/** What every root field requires before it resolves (also where queries are answered by SQL, graphql/sql-answers.ts). */
export function guardRootField(name: string, context: Context): void {
  if (!PUBLIC_ROOT_FIELDS.has(name)) context.viewer.requireSignedIn();
}

export function requireSignInOnRootFields(schema: GraphQLSchema): void {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (PUBLIC_ROOT_FIELDS.has(field.name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        guardRootField(field.name, context);
        return resolve(source, args, context, info);
      };
    }
  }
}
