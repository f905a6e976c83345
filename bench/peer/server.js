// The benchmark's peer: PostGraphile 4 serving a GraphQL API generated from the same database,
// with its production settings (no query log, no watch, no GraphiQL). The connection-filter
// plugin lets a client filter actions by their plan's year and status, as our `actions` does.
// Usage: DATABASE_URL=postgres://... PORT=5070 node server.js
'use strict';
const http = require('node:http');
const pg = require('pg');
const { postgraphile } = require('postgraphile');
const ConnectionFilterPlugin = require('postgraphile-plugin-connection-filter');

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const port = Number(process.env.PORT ?? 5070);

// The same pool size as the API's (extra.max = 20), for a fair comparison.
const pool = new pg.Pool({ connectionString: url, max: 20 });

// SQL statements sent, for the benchmark's statements-per-request figure (GET /stats).
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  const text = typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '');
  if (!/^\s*(begin|commit|rollback|savepoint|release|set local|select set_config)/i.test(text)) statements += 1;
  return query.apply(this, args);
};

const middleware = postgraphile(pool, 'public', {
  graphqlRoute: '/graphql',
  graphiql: false,
  disableQueryLog: true,
  watchPg: false,
  retryOnInitFail: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  enableQueryBatching: false,
  appendPlugins: [ConnectionFilterPlugin],
  graphileBuildOptions: { connectionFilterRelations: true, connectionFilterAllowedOperators: ['equalTo', 'in'] },
});

const server = http.createServer((req, res) => {
  if (req.url === '/stats') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ statements }));
    return;
  }
  middleware(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`PostGraphile peer on http://127.0.0.1:${port}/graphql`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
