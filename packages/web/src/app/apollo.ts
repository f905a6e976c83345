import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import introspection from '@/gql/possible-types';

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    // Same origin: the API serves the built app in production; vite proxies /graphql in development.
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      // Generated from the schema (codegen): fragments on interfaces and unions match their types.
      possibleTypes: introspection.possibleTypes,
      typePolicies: {
        // Objects without an id that pages select differently: merge them instead of
        // replacing one page's fields with another's.
        ActionEvaluation: { merge: true },
        EvaluationPart: { merge: true },
        ActionLead: { merge: true },
        // `me` has no id; the header, the sign-in gate and the rights check each select part of it.
        Me: { merge: true },
      },
    }),
  });
}

export const apolloClient = createApolloClient();
