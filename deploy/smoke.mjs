// The production smoke run's checks (started by deploy/smoke.sh, which builds and deploys first).
// Starts Debian's PostgreSQL, two API instances from the deployed build with the environment of
// docker-compose.yml, and nginx with deploy/nginx.conf (only the host-specific lines replaced),
// then checks what an operator and an outside tool rely on. Every check prints one line; the last
// line says how many passed. Everything it started is stopped again, also on failure.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const { values: args } = parseArgs({ options: { work: { type: 'string' }, 'pg-bin': { type: 'string' } } });
const WORK = args.work;
const PG_BIN = args['pg-bin'];
const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'deploy', '.smoke-results.json');
const asRoot = process.getuid?.() === 0;

const PG_PORT = 55_400 + Math.floor(Math.random() * 500);
const API_PORTS = [PG_PORT + 1000, PG_PORT + 1001];
const WEB_PORT = PG_PORT + 2000;
const WEB = `http://127.0.0.1:${WEB_PORT}`;
// A strong password with the characters that once broke DATABASE_URL.
const DB_PASSWORD = 'Sm0ke/p+ss=w0rd';

// The api service's environment in docker-compose.yml (db → 127.0.0.1), and the image's NODE_OPTIONS.
const composeEnv = (port) => ({
  PATH: process.env.PATH,
  NODE_ENV: 'production',
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URL: `postgres://kruispunt@127.0.0.1:${PG_PORT}/kruispunt`,
  DATABASE_PASSWORD: DB_PASSWORD,
  SEED: 'auto',
  DEMO_ACCOUNTS: 'false',
  COOKIE_SECURE: 'false',
  TRUST_PROXY: '1',
  CORS_ORIGINS: '',
  SMTP_URL: '',
  SMTP_HOST: '',
  SMTP_PORT: '587',
  SMTP_USER: '',
  SMTP_PASSWORD: '',
  SMTP_SECURE: 'false',
  MAIL_FROM: 'Kruispunt <kruispunt@localhost>',
  PUBLIC_URL: 'http://localhost:8080',
  NODE_OPTIONS: dockerfileNodeOptions(),
});

function dockerfileNodeOptions() {
  const line = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').match(/NODE_OPTIONS="([^"]*)"/);
  if (!line) throw new Error('Dockerfile: no NODE_OPTIONS');
  return line[1];
}

const passed = [];
const failed = [];
function check(name, ok, detail = '') {
  (ok ? passed : failed).push(name);
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const processes = new Set();

function run(command, argv, options = {}) {
  const r = spawnSync(command, argv, { encoding: 'utf8', ...options });
  if (r.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** PostgreSQL must not run as root: as root, its commands run as the postgres user. */
function pg(tool, argv, options = {}) {
  const bin = path.join(PG_BIN, tool);
  return asRoot ? run('runuser', ['-u', 'postgres', '--', bin, ...argv], options) : run(bin, argv, options);
}

function start(name, command, argv, options) {
  const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const proc = { name, child, output: () => output, exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal))) };
  processes.add(proc);
  proc.exited.then(() => processes.delete(proc));
  return proc;
}

async function waitFor(what, probe, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await probe().catch(() => false)) return Date.now();
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

// ---- PostgreSQL (Debian's), on its own data folder and port --------------------------------
const PG_DATA = path.join(WORK, 'pg');
const PG_SOCKET = path.join(WORK, 'pg-socket');
function startPostgres() {
  pg('pg_ctl', ['-D', PG_DATA, '-l', path.join(PG_SOCKET, 'pg.log'), '-w', '-o', `-p ${PG_PORT} -k ${PG_SOCKET} -c listen_addresses=127.0.0.1`, 'start']);
}
function stopPostgres() {
  pg('pg_ctl', ['-D', PG_DATA, '-m', 'fast', '-w', 'stop']);
}
const psql = (sql, db = 'postgres') => pg('psql', ['-h', PG_SOCKET, '-p', String(PG_PORT), '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql]);

function setUpPostgres() {
  for (const dir of [PG_DATA, PG_SOCKET]) {
    fs.mkdirSync(dir, { recursive: true });
    if (asRoot) run('chown', ['postgres:postgres', dir]);
  }
  pg('initdb', ['-D', PG_DATA, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8'], { stdio: 'ignore' });
  startPostgres();
  const quoted = DB_PASSWORD.replace(/'/g, "''");
  psql(`CREATE ROLE kruispunt LOGIN PASSWORD '${quoted}'`);
  psql('CREATE DATABASE kruispunt OWNER kruispunt');
}

// ---- The API instances ----------------------------------------------------------------------
const API_DIR = path.join(WORK, 'api');
const instances = [];
function startApi(i) {
  const port = API_PORTS[i];
  const proc = start(`api${i + 1}`, process.execPath, ['dist/main.js'], { cwd: API_DIR, env: composeEnv(port) });
  instances[i] = proc;
  return waitFor(`api${i + 1} on ${port}`, async () => {
    if (proc.child.exitCode !== null) throw new Error(`api${i + 1} exited:\n${proc.output()}`);
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  });
}
const cli = (...argv) => run(process.execPath, ['dist/cli.js', ...argv], { cwd: API_DIR, env: composeEnv(0) }).trim();

// ---- nginx with the repository's configuration -----------------------------------------------
function setUpNginx() {
  const dir = path.join(WORK, 'nginx');
  fs.mkdirSync(dir, { recursive: true });
  let site = fs.readFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const replace = (from, to) => {
    if (!site.includes(from)) throw new Error(`deploy/nginx.conf no longer has "${from}"`);
    site = site.replace(from, to);
  };
  // Only what differs between a container and this host: the upstreams' addresses, the port, the root.
  // The compose service name resolves to every instance; here, one line per instance with the same parameters.
  const upstream = site.match(/server api:4000( [^;]*)?;/);
  if (!upstream) throw new Error('deploy/nginx.conf no longer has "server api:4000 …;"');
  replace(upstream[0], API_PORTS.map((p) => `server 127.0.0.1:${p}${upstream[1] ?? ''};`).join('\n  '));
  replace('listen 80;', `listen 127.0.0.1:${WEB_PORT};`);
  replace('root /usr/share/nginx/html;', `root ${path.join(WORK, 'web')};`);
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => path.join(dir, t));
  for (const t of temp) fs.mkdirSync(t, { recursive: true, mode: 0o777 });
  for (const t of temp) fs.chmodSync(t, 0o777);
  // The main file of the nginx image (nginx:*-alpine), with this run's paths.
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
${asRoot ? 'user www-data;' : ''}
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  sendfile on;
  keepalive_timeout 65;
  client_body_temp_path ${temp[0]};
  proxy_temp_path ${temp[1]};
  fastcgi_temp_path ${temp[2]};
  uwsgi_temp_path ${temp[3]};
  scgi_temp_path ${temp[4]};
  include ${dir}/site.conf;
}
`,
  );
  run('nginx', ['-t', '-q', '-c', path.join(dir, 'nginx.conf')]);
  const proc = start('nginx', 'nginx', ['-c', path.join(dir, 'nginx.conf')]);
  return waitFor('nginx', async () => (await fetch(`${WEB}/healthz`)).ok);
}

// ---- Clients ---------------------------------------------------------------------------------
let token = '';
async function graphql(query, variables = {}, { method = 'POST' } = {}) {
  const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' };
  const res =
    method === 'GET'
      ? await fetch(`${WEB}/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`, { headers: { ...headers, 'apollo-require-preflight': 'true' } })
      : await fetch(`${WEB}/graphql`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text.slice(0, 200) };
  }
  return { status: res.status, headers: res.headers, body };
}

/** A .docx (stored zip) of `size` bytes: a short plan and two incompressible pictures. */
function docxOf(size) {
  const parts = [];
  const file = (name, data) => parts.push({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data) });
  file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const p = (t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${[
      'Actieplan 2027 ELZ Smoke',
      'Strategische doelstelling 1: Samen zorg dragen',
      'Operationele doelstelling 1.1: Netwerk versterken',
      'Actie 1.1.1: Overleg met de huisartsen',
      'Wat? Een overleg per kwartaal.',
    ]
      .map(p)
      .join('')}</w:body></w:document>`,
  );
  const fixed = parts.reduce((n, f) => n + 30 + f.name.length + f.data.length + 46 + f.name.length, 22);
  // Each picture under the reader's 8 MB limit per part (IMPORT_MAX_ENTRY_BYTES), as in a real plan.
  const pictures = ['word/media/image1.png', 'word/media/image2.png'];
  const each = Math.floor((size - fixed - pictures.length * (76 + 2 * pictures[0].length)) / pictures.length);
  for (const picture of pictures)
    file(
      picture,
      Buffer.alloc(Math.max(0, each)).map(() => Math.floor(Math.random() * 256)),
    );
  const local = [];
  const central = [];
  let offset = 0;
  for (const f of parts) {
    const name = Buffer.from(f.name);
    const crc = zlib.crc32(f.data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(f.data.length, 18);
    header.writeUInt32LE(f.data.length, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, f.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(f.data.length, 20);
    entry.writeUInt32LE(f.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + f.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

const upload = (body, name) =>
  fetch(`${WEB}/api/imports/preview`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'x-file-name': name },
    body,
  }).then(async (res) => ({ status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() }));

// ---- The checks ------------------------------------------------------------------------------
async function checks() {
  // Deployment: two instances started together migrate under the lock and seed once.
  const started = Date.now();
  await Promise.all([startApi(0), startApi(1)]);
  const zones = Number(psql('SELECT count(*) FROM zone', 'kruispunt'));
  check('two API instances started together (migrations under the lock, seed once)', zones === 4, `${zones} zones, both healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await setUpNginx();

  // Operations: a user and a token through the CLI, as in the image (no pnpm there).
  cli('user:create', '--email', 'smoke@kruispunt.test', '--name', 'Smoke', '--editor', 'elz-leuven', '--password', 'smoke-run-password-1');
  token = cli('token:create', '--email', 'smoke@kruispunt.test', '--name', 'smoke', '--scope', 'READ_WRITE').split('\n').pop();
  const me = await graphql('{ me { user { email } } }');
  check('user and token made with node dist/cli.js, used through nginx', me.body.data?.me?.user?.email === 'smoke@kruispunt.test', JSON.stringify(me.body).slice(0, 120));

  // The web app: deep links, compression, cache policy, no source maps.
  const deep = await fetch(`${WEB}/zones/elz-leuven/plannen/2025`, { headers: { 'accept-encoding': 'gzip, br' } });
  const shell = await deep.text();
  check('SPA deep link answers the app shell', deep.status === 200 && shell.includes('<div id="root">'), `${deep.status}, ${deep.headers.get('content-type')}`);
  // The build compresses files of 1 kB and more (vite.config.mts), as nginx does (gzip_min_length):
  // a smaller shell goes as it is.
  const shellBytes = fs.statSync(path.join(WORK, 'web', 'index.html')).size;
  const shellEncoding = deep.headers.get('content-encoding');
  check(
    'app shell compressed (from 1 kB) and revalidated',
    (shellBytes < 1024 || shellEncoding === 'gzip') && deep.headers.get('cache-control') === 'no-cache',
    `${shellBytes} B shell, content-encoding ${shellEncoding ?? 'none'}, cache-control ${deep.headers.get('cache-control')}`,
  );
  const script = shell.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  const asset = await fetch(`${WEB}${script}`, { headers: { 'accept-encoding': 'gzip' } });
  await asset.arrayBuffer();
  const raw = fs.statSync(path.join(WORK, 'web', script)).size;
  const assetBytes = fs.statSync(path.join(WORK, 'web', `${script}.gz`)).size;
  check(
    'hashed assets compressed and cached for a year (one Cache-Control)',
    asset.status === 200 && asset.headers.get('content-encoding') === 'gzip' && asset.headers.get('cache-control') === 'public, max-age=31536000, immutable',
    `${script}: ${raw} B → ${assetBytes} B gzip, cache-control "${asset.headers.get('cache-control')}"`,
  );
  const map = await fetch(`${WEB}${script}.map`);
  await map.arrayBuffer();
  check('no source maps served', map.status === 404 || !(map.headers.get('content-type') ?? '').includes('json'), `${script}.map → ${map.status}`);
  const bigAnswer = await graphql('{ regions { zones { actionPlans { year actions { title what } } } } }');
  check('API answers compressed by nginx', bigAnswer.status === 200 && bigAnswer.headers.get('content-encoding') === 'gzip');

  // Uploads up to the documented limit (IMPORT_MAX_BYTES, 10 MB) reach the API; over it, JSON.
  const limit = 10 * 1024 * 1024;
  const near = await upload(docxOf(limit - 64 * 1024), 'bijna-10-mb.docx');
  check(
    'a 10 MB plan file comes through nginx to the API',
    near.status === 200 && near.type.includes('json') && near.body.includes('Overleg met de huisartsen'),
    `${near.status}, ${near.body.length} B preview`,
  );
  const over = await upload(docxOf(12 * 1024 * 1024), 'te-groot.docx');
  check(
    "a 12 MB upload gets a JSON 413, not nginx's HTML page",
    over.status === 413 && over.type.includes('json') && JSON.parse(over.body).error?.code === 'PAYLOAD_TOO_LARGE',
    `${over.status} ${over.body.slice(0, 80)}`,
  );

  // An outage: PostgreSQL down for ~5 s under a steady stream of writes.
  const zone = (await graphql('{ zone(slug: "elz-leuven") { id } }')).body.data.zone.id;
  const acknowledged = [];
  const outcomes = {};
  let writing = true;
  const writer = (async () => {
    for (let i = 0; writing; i++) {
      const r = await graphql('mutation ($input: PartnerInput!) { createPartner(input: $input) { id } }', { input: { name: `Smoke partner ${i}`, sector: 'Smoke', zoneIds: [zone] } }).catch(
        (e) => ({ status: `network ${e.code ?? e.message}`, headers: new Headers(), body: {} }),
      );
      const key = r.body.data?.createPartner ? 'ok' : `${r.status} ${r.body.errors?.[0]?.extensions?.code ?? ''}`.trim();
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      if (r.body.data?.createPartner) acknowledged.push(r.body.data.createPartner.id);
      if (r.status === 503 && !r.headers.get('retry-after')) outcomes['503 without Retry-After'] = (outcomes['503 without Retry-After'] ?? 0) + 1;
      await sleep(100);
    }
  })();
  await sleep(1000);
  stopPostgres();
  const down = Date.now();
  await sleep(1500);
  const health = await fetch(`${WEB}/healthz`);
  const healthBody = await health.json();
  check(
    'health check red without the database',
    health.status === 503 && health.headers.get('retry-after') === '5' && healthBody.ok === false,
    `${health.status} ${JSON.stringify(healthBody)}, Retry-After ${health.headers.get('retry-after')}`,
  );
  const during = await graphql('{ zone(slug: "elz-leuven") { name } }');
  check(
    'a query during the outage: 503 SERVICE_UNAVAILABLE with Retry-After',
    during.status === 503 && during.headers.get('retry-after') !== null && during.body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE',
    `${during.status} ${during.body.errors?.[0]?.extensions?.code}, Retry-After ${during.headers.get('retry-after')}`,
  );
  await sleep(Math.max(0, 5000 - (Date.now() - down)));
  startPostgres();
  const back = await waitFor('health green again', async () => (await fetch(`${WEB}/healthz`)).ok, 30_000);
  await sleep(1000);
  writing = false;
  await writer;
  check('health check green again after the outage', true, `${((back - down) / 1000).toFixed(1)} s after PostgreSQL stopped (down ~5 s)`);
  // The instances ride the outage out: the same processes answer afterwards (none ended and
  // none needed a restart by hand).
  const gone = instances.filter((p) => p.child.exitCode !== null || p.child.signalCode !== null);
  check(
    'both API instances lived through the outage',
    gone.length === 0,
    gone.length ? gone.map((p) => `${p.name} ended (${p.child.exitCode ?? p.child.signalCode})`).join(', ') : 'same processes, still answering',
  );
  if (gone.length) for (const p of gone) console.log(`--- ${p.name} output ---\n${p.output().slice(-4000)}`);
  const failures = Object.entries(outcomes).filter(([k]) => k !== 'ok' && !k.startsWith('503 SERVICE_UNAVAILABLE'));
  check('writes during the outage: acknowledged or 503 with Retry-After, never a 500', failures.length === 0, JSON.stringify(outcomes));
  const found = (await graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: acknowledged })).body.data.nodes.filter(Boolean).length;
  check('no acknowledged write lost', found === acknowledged.length, `${found} of ${acknowledged.length} acknowledged partners present`);

  // A rolling restart under load: zero failed requests.
  const load = { ok: 0, failed: {} };
  let loading = true;
  const client = async (n) => {
    for (let i = 0; loading; i++) {
      const method = (i + n) % 2 ? 'GET' : 'POST';
      const r = await graphql('{ zone(slug: "elz-leuven") { name actionPlans { year } } }', {}, { method }).catch((e) => ({ status: `network ${e.cause?.code ?? e.message}`, body: {} }));
      if (r.status === 200 && r.body.data?.zone) load.ok++;
      else load.failed[`${method} ${r.status}`] = (load.failed[`${method} ${r.status}`] ?? 0) + 1;
      await sleep(60);
    }
  };
  const clients = [0, 1, 2].map(client);
  await sleep(1000);
  const restarts = [];
  for (const i of [0, 1]) {
    const t0 = Date.now();
    instances[i].child.kill('SIGTERM');
    const code = await instances[i].exited;
    const stopped = Date.now() - t0;
    await startApi(i);
    restarts.push(`api${i + 1}: stopped in ${stopped} ms (exit ${code}), back in ${Date.now() - t0} ms`);
    // nginx skips an instance for fail_timeout (deploy/nginx.conf) after a refused connection.
    await sleep(3000);
  }
  loading = false;
  await Promise.all(clients);
  check(
    'rolling restart of both instances under load: zero failed requests',
    Object.keys(load.failed).length === 0 && load.ok > 50,
    `${load.ok} answered, failed ${JSON.stringify(load.failed)}; ${restarts.join('; ')}`,
  );

  // Backup and restore as the README says (pg_dump -Fc, pg_restore --clean --if-exists).
  const snapshotQuery =
    '{ region(slug: "oost-brabant") { zones { slug name actionPlans { year status actions { title what progressStatus themes { slug } } } } } zone(slug: "elz-leuven") { partners { name } } }';
  const before = JSON.stringify((await graphql(snapshotQuery)).body);
  const dump = path.join(WORK, 'kruispunt.dump');
  const pgEnv = { ...process.env, PGPASSWORD: DB_PASSWORD };
  fs.writeFileSync(
    dump,
    run(path.join(PG_BIN, 'pg_dump'), ['-Fc', '-h', '127.0.0.1', '-p', String(PG_PORT), '-U', 'kruispunt', 'kruispunt'], { env: pgEnv, encoding: 'buffer', maxBuffer: 1 << 30 }),
  );
  await graphql('mutation ($input: PartnerInput!) { createPartner(input: $input) { id } }', { input: { name: 'Na de back-up', zoneIds: [zone] } });
  const changed = JSON.stringify((await graphql(snapshotQuery)).body);
  run(path.join(PG_BIN, 'pg_restore'), ['--clean', '--if-exists', '-h', '127.0.0.1', '-p', String(PG_PORT), '-U', 'kruispunt', '-d', 'kruispunt', dump], { env: pgEnv });
  const after = JSON.stringify((await graphql(snapshotQuery)).body);
  if (before !== after) {
    const at = [...before].findIndex((c, i) => c !== after[i]);
    for (const p of instances) console.log(`--- ${p.name} ---\n${p.output().slice(-1500)}`);
    console.log(`first difference at ${at}:\n  before: …${before.slice(Math.max(0, at - 150), at + 150)}\n  after:  …${after.slice(Math.max(0, at - 150), at + 150)}`);
  }
  check(
    'backup and restore give identical answers',
    before === after && changed !== before && before.includes('"actions"'),
    `${fs.statSync(dump).size} B dump; ${before.length} B answer equal after restore (a later write undone)`,
  );
}

async function main() {
  let error = null;
  try {
    setUpPostgres();
    await checks();
  } catch (e) {
    error = e;
    check('smoke run completed', false, e instanceof Error ? e.message : String(e));
    // Every API instance's output, also of one that has ended (it left the set of processes).
    for (const p of new Set([...processes, ...instances])) console.log(`--- ${p.name} output (${p.child.exitCode ?? p.child.signalCode ?? 'running'}) ---\n${p.output().slice(-3000)}`);
  } finally {
    for (const p of processes) p.child.kill('SIGTERM');
    await Promise.race([Promise.all([...processes].map((p) => p.exited)), sleep(10_000)]);
    for (const p of processes) p.child.kill('SIGKILL');
    try {
      stopPostgres();
    } catch {
      // Not running.
    }
    fs.rmSync(WORK, { recursive: true, force: true });
  }
  fs.writeFileSync(RESULTS, JSON.stringify({ passed: passed.length, failed: failed.length, checks: [...passed, ...failed.map((f) => `FAILED: ${f}`)] }, null, 2));
  console.log(`Smoke: ${passed.length} passed, ${failed.length} failed${error ? ' (stopped early)' : ''}`);
  process.exit(failed.length ? 1 : 0);
}

await main();
