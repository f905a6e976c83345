import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { print } from 'graphql';
import { Observable, type Subscription } from 'rxjs';
import introspection from '@/gql/possible-types';
import { PRELOAD_MAX_AGE_MS, preloadKey } from './route-data';

/** What the route-preload script started (route-data.ts): by key, the query text, when, and the answer (null when it failed). */
type Preloaded = Record<string, { query: string; at: number; result: Promise<ApolloLink.Result | null> }>;

/**
 * Answers an operation from the request the route-preload script already made for it, once: the
 * same name, variables and query text (so a changed document never takes an answer of another
 * shape), at most PRELOAD_MAX_AGE_MS old and asked before any mutation of this page. Anything else,
 * or a failed early request, goes on to the network as usual.
 */
const preloadedLink = new ApolloLink((operation, forward) => {
  const store = (window as Window & { __kpPreloaded?: Preloaded }).__kpPreloaded;
  // A write (signing in, a save) makes any early answer not yet taken stale: all are dropped.
  if (store && operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation !== 'query')) {
    for (const key of Object.keys(store)) delete store[key];
    return forward(operation);
  }
  const key = preloadKey(operation.operationName ?? '', operation.variables);
  const entry = store?.[key];
  if (!entry) return forward(operation);
  delete store[key];
  if (Date.now() - entry.at > PRELOAD_MAX_AGE_MS || print(operation.query) !== entry.query) return forward(operation);
  return new Observable<ApolloLink.Result>((observer) => {
    let network: Subscription | undefined;
    let closed = false;
    void entry.result.then((result) => {
      if (closed) return;
      if (result) {
        observer.next(result);
        observer.complete();
      } else network = forward(operation).subscribe(observer);
    });
    return () => {
      closed = true;
      network?.unsubscribe();
    };
  });
});

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    // Same origin: the API serves the built app in production; vite proxies /graphql in development.
    link: ApolloLink.from([preloadedLink, new HttpLink({ uri })]),
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
