import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import introspection from '@/gql/possible-types';
import { PRELOAD_MAX_AGE_MS, preloadKey } from './route-data';

/** What the route-preload script started (route-data.ts): by key, the query text, when, and its response (null when it failed). */
type Preloaded = Record<string, { query: string; at: number; result: Promise<Response | null> }>;

/**
 * The fetch of the app's GraphQL requests: a request the route-preload script already made is
 * answered with that response, once — the same operation name, variables and query text (so a
 * changed document never takes an answer of another shape), at most PRELOAD_MAX_AGE_MS old and
 * asked before any mutation of this page. Being the real response, an error answer is handled by
 * Apollo exactly as if it had asked itself. Anything else, or a failed early request, goes to the
 * network as usual.
 */
const preloadedFetch: typeof fetch = (input, init) => {
  const store = (window as Window & { __kpPreloaded?: Preloaded }).__kpPreloaded;
  if (!store || typeof init?.body !== 'string') return fetch(input, init);
  let body: { operationName?: string; variables?: Record<string, unknown>; query?: string };
  try {
    body = JSON.parse(init.body) as typeof body;
  } catch {
    return fetch(input, init);
  }
  // A write (signing in, a save) makes any early answer not yet taken stale: all are dropped.
  if (!/^\s*(?:query\b|\{)/.test(body.query ?? '')) {
    for (const key of Object.keys(store)) delete store[key];
    return fetch(input, init);
  }
  const key = preloadKey(body.operationName ?? '', body.variables ?? {});
  const entry = store[key];
  if (!entry) return fetch(input, init);
  delete store[key];
  if (Date.now() - entry.at > PRELOAD_MAX_AGE_MS || body.query !== entry.query) return fetch(input, init);
  return entry.result.then((response) => response ?? fetch(input, init));
};

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    // Same origin: the API serves the built app in production; vite proxies /graphql in development.
    link: new HttpLink({ uri, fetch: preloadedFetch }),
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
