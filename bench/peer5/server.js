// The benchmark's second peer: PostGraphile 5 (Grafast) serving a GraphQL API generated from the
// same database, configured for speed as its documentation recommends: the amber preset, a
// `pg.Pool` handed to `pgServices`, production mode (GRAPHILE_ENV/NODE_ENV=production: no
// development checks while planning), no GraphiQL, no explain, no watch, and Grafast's string
// output (`outputDataAsString`: leaves are written as JSON while executing, the payload is
// stringified once). The connection-filter plugin lets a client filter actions by their plan's
// year and status, as our `actions` does (and as the PostGraphile 4 peer does).
// Usage: DATABASE_URL=postgres://... PORT=5090 node server.js
'use strict';
// PostGraphile 5 declares node >= 22; the one Node 22 feature its runtime uses is
// Promise.withResolvers (grafast, @dataplan/pg, grafserv; nothing else newer than Node 20). The
// benchmark runs every server on the same node, so it is added here to the spec when missing.
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
process.env.GRAPHILE_ENV ??= 'production';
process.env.NODE_ENV ??= 'production';
const http = require('node:http');
const pg = require('pg');
const { postgraphile } = require('postgraphile');
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber');
const { makePgService } = require('postgraphile/adaptors/pg');
const { grafserv } = require('postgraphile/grafserv/node');
const { PostGraphileConnectionFilterPreset } = require('postgraphile-plugin-connection-filter');

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const port = Number(process.env.PORT ?? 5090);

// The same pool size as the API's (extra.max = 20), for a fair comparison.
const pool = new pg.Pool({ connectionString: url, max: 20 });
pool.on('error', () => undefined);

// SQL statements sent, for the benchmark's statements-per-request figure (GET /stats).
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  const text = typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '');
  if (!/^\s*(begin|commit|rollback|savepoint|release|set local|select set_config)/i.test(text)) statements += 1;
  return query.apply(this, args);
};

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  // PostGraphile 4 (the other peer) orders and filters by any column; 5 only by indexed ones unless
  // this plugin is off (as its v4 preset does by default): the peers then answer the same operations.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  schema: {
    connectionFilterRelations: true,
    connectionFilterAllowedOperators: ['equalTo', 'in'],
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, websockets: false, outputDataAsString: true },
  grafast: { explain: false },
};

async function main() {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  // Built before listening, so the first measured request does not pay for introspection.
  await pgl.getSchema();
  const handler = serv.createHandler();
  const server = http.createServer((req, res) => {
    if (req.url === '/stats') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ statements }));
      return;
    }
    handler(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, '127.0.0.1', () => console.log(`PostGraphile 5 peer on http://127.0.0.1:${port}/graphql`));
  process.on('SIGTERM', () =>
    server.close(() =>
      pgl
        .release()
        .then(() => pool.end())
        .then(() => process.exit(0)),
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
