// Starts the real stack once for the browser tests: an embedded PostgreSQL in a fresh folder,
// the migrations and the seed zones, and the API serving the built app (dist/) with its
// index.html fallback, exactly as in production, plus the README's demo accounts. The tests get
// the URL in KRUISPUNT_WEB_URL and a demo account in KRUISPUNT_TEST_EMAIL / _PASSWORD.
// Mail goes over real SMTP to the API's mail catcher (smtp-server) started here, as the start
// command does without an SMTP server: tests read what arrived at /dev/mails, as a newcomer would.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// KRUISPUNT_WEB_DIST: another build folder, so that two test runs on one machine do not rebuild each other's app.
const webDist = process.env.KRUISPUNT_WEB_DIST ? path.resolve(process.env.KRUISPUNT_WEB_DIST) : path.resolve(__dirname, '..', 'dist');
const apiDist = path.join(path.dirname(require.resolve('@kruispunt/api/package.json')), 'dist');

async function stopAll(state) {
  await state.server?.close().catch((error) => console.error('[web tests] closing the server:', error));
  await state.oidc?.close().catch((error) => console.error('[web tests] closing the OpenID provider:', error));
  await state.catcher?.close().catch(() => undefined);
  if (state.db?.isInitialized) await state.db.destroy().catch(() => undefined);
  await state.pg?.stop().catch((error) => console.error('[web tests] stopping PostgreSQL:', error));
  if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
}

module.exports = async function globalSetup() {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`No built app in ${webDist}: run "vite build" first ("pnpm test" does).`);
  }
  if (!fs.existsSync(path.join(apiDist, 'server.js'))) {
    throw new Error(`No built API in ${apiDist}: run "pnpm --filter @kruispunt/api build" (turbo does it before "test").`);
  }
  const { freePort, startEmbeddedPostgres } = require(path.join(apiDist, 'db', 'embedded.js'));
  const { createDataSource } = require(path.join(apiDist, 'database.js'));
  const { loadSeed } = require(path.join(apiDist, 'seed', 'seed.js'));
  const { startServer } = require(path.join(apiDist, 'server.js'));
  const { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoAccounts } = require(path.join(apiDist, 'seed', 'demo-accounts.js'));
  const { startMailCatcher } = require(path.join(apiDist, 'modules', 'mail', 'catcher.js'));

  const state = {};
  globalThis.__KRUISPUNT_WEB__ = state;
  try {
    // PostgreSQL runs as user "postgres" when we are root: it must be able to enter the folder.
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kruispunt-web-test-'));
    fs.chmodSync(state.dir, 0o755);
    state.pg = await startEmbeddedPostgres(path.join(state.dir, 'pg'), await freePort());
    state.db = createDataSource(state.pg.url);
    await state.db.initialize();
    const applied = await state.db.runMigrations({ transaction: 'each' });
    if (applied.length === 0) {
      throw new Error(`No migrations ran on the fresh database: is ${apiDist} completely built?`);
    }
    await loadSeed(state.db);
    await loadDemoAccounts(state.db);
    // The port is chosen first: links in mails and the sign-on callback point at the address the
    // browser uses (its cookies are per host).
    const port = await freePort();
    // Single sign-on against a real OpenID Connect provider (test/oidc-provider.mjs): people of
    // sso.kruispunt.test become editors of ELZ Leuven Zuid on their first sign-on.
    const { startOidcProvider, OIDC_CLIENT } = await import('./oidc-provider.mjs');
    state.oidc = await startOidcProvider({ port: await freePort(), redirectUri: `http://127.0.0.1:${port}/api/auth/oidc/callback` });
    const { parseDomainRoles } = require(path.join(apiDist, 'modules', 'auth', 'sign-on-roles.js'));
    process.env.KRUISPUNT_OIDC_ISSUER = state.oidc.issuer;
    state.catcher = await startMailCatcher();
    state.server = await startServer(state.db, {
      port,
      host: '127.0.0.1',
      webDist,
      singleSignOn: {
        issuer: state.oidc.issuer,
        clientId: OIDC_CLIENT.id,
        clientSecret: OIDC_CLIENT.secret,
        label: 'Testorganisatie',
        domains: parseDomainRoles('sso.kruispunt.test=editor:elz-leuven-zuid'),
        allowHttp: true,
      },
      mail: {
        smtp: { host: state.catcher.host, port: state.catcher.port, ignoreTLS: true },
        catcher: state.catcher,
        publicUrl: `http://127.0.0.1:${port}`,
      },
    });
    process.env.KRUISPUNT_WEB_URL = `http://127.0.0.1:${state.server.port}`;
    // For steps that stand in for what a test cannot do through the app yet (admin.test.ts: the
    // password a new user sets from their invitation mail).
    process.env.KRUISPUNT_TEST_DATABASE_URL = state.pg.url;
    // A VIVEL coach reads every zone of the region, as the pages under test do.
    process.env.KRUISPUNT_TEST_EMAIL = DEMO_ACCOUNTS.find((account) => account.coachOf).email;
    process.env.KRUISPUNT_TEST_PASSWORD = DEMO_PASSWORD;
  } catch (error) {
    // jest runs no teardown after a failed setup: clean up here.
    await stopAll(state);
    throw error;
  }
};

module.exports.stopAll = stopAll;
