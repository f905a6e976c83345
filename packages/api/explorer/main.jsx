// The GraphQL explorer served by the API at GET /graphql (GraphiQL 4, bundled by
// scripts/build-explorer.js; nothing is loaded from another host).
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
// In a file, not inline: the Content-Security-Policy allows no inline styles.
import './page.css';

// The page is served by the GraphQL endpoint itself: post to the same path, same origin, so the
// browser sends the session cookie of the web app. Tokens go in the Headers tab.
async function fetcher(params, options) {
  const res = await fetch(window.location.pathname, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return res.json();
}

const defaultQuery = `# Kruispunt GraphQL-verkenner
#
# Aangemeld in de webapp? Dan gaat je sessie mee.
# Met een API-token: vul het in onder "Headers":
#   { "Authorization": "Bearer <token>" }
# Ctrl-Enter voert uit; het boek links toont het schema.
# Meer: docs/api.md

query WieBenIk {
  me {
    authKind
    user { name email }
    zones { role zone { name } }
  }
}
`;

createRoot(document.getElementById('root')).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultHeaders={'{\n  "Authorization": "Bearer "\n}'} shouldPersistHeaders={false} />,
);
