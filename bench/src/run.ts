// `pnpm bench`: the Kruispunt API as it runs in production, measured over real HTTP against a
// generated 60-zone data set, beside a floor (the same answers from hand-written SQL) and two peers
// (PostGraphile 4, and PostGraphile 5 with Grafast, over the same database). Prints a table; writes
// bench/results/latest.json.
//
// It starts everything it needs and stops it again: an embedded PostgreSQL in a fresh temporary
// folder, the data set (`cli generate`), a user with an API token (`cli user:create`,
// `token:create`), the API (`dist/main.js`, NODE_ENV=production, rate limits raised), the floor
// and the peers. Settings: BENCH_ZONES (60), BENCH_ACTIONS_PER_PLAN (30), BENCH_SEED (1),
// BENCH_LOAD_SECONDS (20), BENCH_CONNECTIONS (50).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { DASHBOARD, PAGE, PEER5_PAGE, PEER5_PLAN, PEER_PAGE, PEER_PLAN, PLAN, SAVE } from './queries.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SIZE = { zones: env('BENCH_ZONES', 60), years: 3, actionsPerPlan: env('BENCH_ACTIONS_PER_PLAN', 30), seed: env('BENCH_SEED', 1) };
const LOAD_SECONDS = env('BENCH_LOAD_SECONDS', 20);
/** Each target's load time is split into this many rounds, taking turns with the others. */
const LOAD_ROUNDS = env('BENCH_LOAD_ROUNDS', 2);
const CONNECTIONS = env('BENCH_CONNECTIONS', 50);
/** BENCH_CPU_PROFILE=<folder>: the API writes a V8 CPU profile there when it stops (open it in Chrome DevTools). */
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE ? path.resolve(process.env.BENCH_CPU_PROFILE) : null;
const TARGETS = { dashboardP95: 100, planP95: 30, saveP95: 50, overFloor: 2, memoryMb: 300, floorRps: 0.8, saveOverFloor: 1.5 };

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(benchDir, '..');
const apiDist = path.join(repoRoot, 'packages', 'api', 'dist');
const resultsFile = path.join(benchDir, 'results', 'latest.json');
/** The API's own embedded-PostgreSQL starter and port finder, from its build (loaded once that is checked). */
const apiEmbedded = () =>
  createRequire(import.meta.url)(path.join(apiDist, 'db', 'embedded.js')) as {
    freePort: () => Promise<number>;
    startEmbeddedPostgres: (dir: string, port: number) => Promise<{ url: string; stop: () => Promise<void> }>;
  };

const log = (message: string) => console.log(`[bench] ${message}`);

// --- Processes ---------------------------------------------------------------------------------

const children: ChildProcess[] = [];
let stopDatabase: (() => Promise<void>) | null = null;
let tempDir: string | null = null;

async function cleanup(): Promise<void> {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  // A CPU profile is written as the API exits: give it time.
  const until = Date.now() + (PROFILE_DIR ? 15_000 : 300);
  while (Date.now() < until && children.some((c) => c.exitCode === null && c.signalCode === null)) await new Promise((r) => setTimeout(r, 100));
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (stopDatabase) await stopDatabase().catch(() => undefined);
  stopDatabase = null;
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  tempDir = null;
}

/** Runs a CLI command of the API (as `pnpm cli` does) and returns its output. */
function cli(args: string[], databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(apiDist, 'cli.js'), ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_SQL: 'false' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`cli ${args[0]} failed (${code}): ${err || out}`))));
  });
}

function start(name: string, script: string, extraEnv: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, script], { env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (d: Buffer) => {
    errors += d.toString();
    if (errors.length > 4000) errors = errors.slice(-4000);
  });
  child.stdout!.on('data', () => undefined);
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM' && signal !== 'SIGKILL' && code !== 0) console.error(`[bench] ${name} exited (${code ?? signal}):\n${errors}`);
  });
  children.push(child);
  return child;
}

async function waitFor(check: () => Promise<boolean>, what: string, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not start within ${seconds} s`);
}

function memoryOf(pid: number): { rssMb: number; hwmMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** The API image's NODE_OPTIONS (Dockerfile, stage `api`), so the API runs here as it does in production. */
function productionNodeOptions(): string {
  const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
  const api = dockerfile.split(/^(?=FROM )/m).find((stage) => /^FROM .* AS api\b/.test(stage)) ?? '';
  const match = /NODE_OPTIONS=(?:"([^"]*)"|(\S+))/.exec(api);
  return match?.[1] ?? match?.[2] ?? '';
}

// --- Requests ---------------------------------------------------------------------------------

interface Reply {
  ms: number;
  sql: number;
  data: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<Reply> {
  const t0 = performance.now();
  // Uncompressed from every target, as autocannon's load asks: the floor and the peers do not
  // compress, and behind nginx neither does the API (nginx does).
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  const ms = performance.now() - t0;
  const json = JSON.parse(text) as { data?: any; errors?: Reply['errors'] };
  if (res.status !== 200 || json.errors) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return { ms, sql: Number(res.headers.get('x-sql-queries') ?? NaN), data: json.data, errors: json.errors };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface Latency {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  sql: number | null;
  sqlRange: [number, number] | null;
  /** CPU ms per request of the answering server process and of PostgreSQL (sequential requests). */
  serverCpuMs?: number;
  dbCpuMs?: number;
}

function summarize(replies: { ms: number; sql: number }[]): Latency {
  const ms = replies.map((r) => r.ms);
  const sqls = replies.map((r) => r.sql).filter((n) => Number.isFinite(n));
  return {
    n: ms.length,
    p50: round(percentile(ms, 50)),
    p95: round(percentile(ms, 95)),
    mean: round(ms.reduce((a, b) => a + b, 0) / ms.length),
    sql: sqls.length ? round(sqls.reduce((a, b) => a + b, 0) / sqls.length) : null,
    sqlRange: sqls.length ? [Math.min(...sqls), Math.max(...sqls)] : null,
  };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

// --- CPU time, from /proc (Linux): what a request costs the server process and PostgreSQL ---------

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime (+ the times of waited-for children when `withChildren`) of a process, in ms. */
function cpuMsOf(pid: number, withChildren = false): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15, cutime 16, cstime 17.
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return (f[11]! + f[12]! + (withChildren ? f[13]! + f[14]! : 0)) * TICK_MS;
  } catch {
    return 0; // gone
  }
}

/** CPU ms of the PostgreSQL server: the postmaster, its live backends and those that ended. */
function postgresCpuMs(postmasterPid: number): number {
  let total = cpuMsOf(postmasterPid, true);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmasterPid) total += cpuMsOf(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

/** Whose CPU time a measurement charges: the server answering and PostgreSQL. */
interface CpuProbe {
  serverPid: number;
  postmasterPid: number;
}

async function measure(n: number, warmup: number, request: (i: number) => Promise<Reply>, probe?: CpuProbe): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await request(i);
  const replies: Reply[] = [];
  const before = probe ? { server: cpuMsOf(probe.serverPid), db: postgresCpuMs(probe.postmasterPid) } : null;
  for (let i = 0; i < n; i++) replies.push(await request(warmup + i));
  const latency = summarize(replies);
  if (probe && before) {
    latency.serverCpuMs = round((cpuMsOf(probe.serverPid) - before.server) / n);
    latency.dbCpuMs = round((postgresCpuMs(probe.postmasterPid) - before.db) / n);
  }
  return latency;
}

/** Sorts every array by its items' JSON, so two answers compare whatever order SQL left them in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .map(canonical)
      .map((v) => [JSON.stringify(v), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, v]) => v);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];

// --- Load -------------------------------------------------------------------------------------

interface LoadResult {
  name: string;
  target: string;
  seconds: number;
  connections: number;
  rps: number;
  total: number;
  errors: number;
  p50: number;
  p99: number;
  peakRssMb?: number;
}

interface LoadSpec {
  name: string;
  target: string;
  url: string;
  bodies: unknown[];
  headers: Record<string, string>;
  /** The process whose memory to sample (the API). */
  pid?: number;
}

async function loadOnce(spec: LoadSpec, seconds: number) {
  let peak = 0;
  const sampler = spec.pid ? setInterval(() => (peak = Math.max(peak, memoryOf(spec.pid!).rssMb)), 100) : null;
  let failed = 0;
  const result = await autocannon({
    url: spec.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: spec.bodies.map((body) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', ...spec.headers },
      body: JSON.stringify(body),
      // A GraphQL error comes with status 200: count it too.
      onResponse: (status: number, responseBody: string) => {
        if (status !== 200 || responseBody.startsWith('{"errors"') || responseBody.includes('"errors":[')) failed += 1;
      },
    })),
  });
  if (sampler) clearInterval(sampler);
  if (spec.pid) peak = Math.max(peak, memoryOf(spec.pid).rssMb);
  await new Promise((r) => setTimeout(r, 500));
  return { total: result.requests.total, errors: result.errors + result.timeouts + result.non2xx + failed, p50: result.latency.p50, p99: result.latency.p99, peak };
}

/**
 * Load on several targets, taking turns in short rounds (API, peer, floor, API, ...), so that
 * other work on the machine weighs on each about equally. Requests/s over all rounds; p50 the
 * median of the rounds', p99 the worst round's.
 */
async function loadRounds(specs: LoadSpec[], seconds: number, settle: () => Promise<void>, rounds = LOAD_ROUNDS): Promise<LoadResult[]> {
  const acc = specs.map(() => ({ total: 0, errors: 0, p50: [] as number[], p99: 0, peak: 0 }));
  for (let r = 0; r < rounds; r++) {
    for (const [i, spec] of specs.entries()) {
      // A target keeps working on requests its departed clients left (PostGraphile runs them all):
      // wait until PostgreSQL is idle, so that no round pays for the previous one.
      await settle();
      const one = await loadOnce(spec, seconds / rounds);
      const a = acc[i]!;
      a.total += one.total;
      a.errors += one.errors;
      a.p50.push(one.p50);
      a.p99 = Math.max(a.p99, one.p99);
      a.peak = Math.max(a.peak, one.peak);
    }
  }
  return specs.map((spec, i) => {
    const a = acc[i]!;
    const out: LoadResult = {
      name: spec.name,
      target: spec.target,
      seconds,
      connections: CONNECTIONS,
      rps: round(a.total / seconds, 1),
      total: a.total,
      errors: a.errors,
      p50: percentile(a.p50, 50),
      p99: a.p99,
    };
    if (spec.pid) out.peakRssMb = round(a.peak, 1);
    log(`load ${out.name} (${out.target}): ${out.rps} req/s, p99 ${out.p99} ms, errors ${out.errors}${out.peakRssMb ? `, peak RSS ${out.peakRssMb} MB` : ''}`);
    return out;
  });
}

// --- The run ----------------------------------------------------------------------------------

interface GeneratedSet {
  years: number[];
  regions: { slug: string; name: string; zoneSlugs: string[] }[];
  zones: { slug: string; name: string; regionSlug: string; planStatuses: Record<string, string> }[];
  counts: Record<string, number>;
  ms: number;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(apiDist, 'main.js'))) throw new Error(`Build the API first (${apiDist}/main.js is missing): pnpm build`);
  const { freePort, startEmbeddedPostgres } = apiEmbedded();
  const began = Date.now();
  const loadAtStart = os.loadavg().map((n) => round(n));

  // PostgreSQL runs as user "postgres" when we are root: its folder must be reachable (0755).
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kruispunt-bench-'));
  fs.chmodSync(tempDir, 0o755);
  const pgPort = await freePort();
  const database = await startEmbeddedPostgres(path.join(tempDir, 'data'), pgPort);
  stopDatabase = database.stop;
  const databaseUrl = database.url;
  log(`PostgreSQL on port ${pgPort} (${tempDir})`);

  // The data set, migrated and generated as an operator would (`pnpm cli generate`).
  const genStarted = Date.now();
  const generated = JSON.parse(
    (
      await cli(
        ['generate', '--zones', String(SIZE.zones), '--years', String(SIZE.years), '--actions-per-plan', String(SIZE.actionsPerPlan), '--seed', String(SIZE.seed), '--json'],
        databaseUrl,
      )
    )
      .trim()
      .split('\n')
      .at(-1)!,
  ) as GeneratedSet;
  log(
    `generated ${generated.zones.length} zones, ${generated.counts.action} actions, ${generated.counts.action_indicator} indicators in ${(generated.ms / 1000).toFixed(1)} s (with migrations: ${((Date.now() - genStarted) / 1000).toFixed(1)} s)`,
  );
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query('VACUUM ANALYZE');
  const pgVersion = (await admin.query('SHOW server_version')).rows[0].server_version as string;

  const year = generated.years[1] ?? generated.years[0]!;
  const editorZone = generated.zones[0]!; // its plans are all published (see tools/generate.ts): readable by all, editable by it
  const planZones = generated.zones.filter((z) => z.planStatuses[year] !== 'DRAFT').map((z) => z.slug);
  const regions = generated.regions.map((r) => r.slug);
  await cli(
    ['user:create', '--email', 'bench@kruispunt.test', '--name', 'Benchmark', '--password', 'benchmark-wachtwoord', '--editor', editorZone.slug, ...regions.flatMap((r) => ['--coach', r])],
    databaseUrl,
  );
  const token = (await cli(['token:create', '--email', 'bench@kruispunt.test', '--name', 'benchmark', '--scope', 'READ_WRITE'], databaseUrl)).trim().split('\n').at(-1)!;
  const auth = { authorization: `Bearer ${token}` };

  const [apiPort, peerPort, peer5Port, floorPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const api = start(
    'api',
    path.join(apiDist, 'main.js'),
    {
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      NODE_OPTIONS: productionNodeOptions(),
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      SEED: 'never',
      LOG_SQL: 'false',
      RATE_LIMIT_IP_PER_MINUTE: '100000000',
      RATE_LIMIT_TOKEN_PER_MINUTE: '100000000',
    },
    PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
  );
  const peer = start('peer', path.join(benchDir, 'peer', 'server.js'), { DATABASE_URL: databaseUrl, PORT: String(peerPort) });
  const peer5 = start('peer5', path.join(benchDir, 'peer5', 'server.js'), { DATABASE_URL: databaseUrl, PORT: String(peer5Port), NODE_ENV: 'production', GRAPHILE_ENV: 'production' });
  const floor = start('floor', path.join(benchDir, 'dist', 'floor.js'), { DATABASE_URL: databaseUrl, PORT: String(floorPort) });
  const postmasterPid = Number(fs.readFileSync(path.join(tempDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const probe = (server: ChildProcess): CpuProbe => ({ serverPid: server.pid!, postmasterPid });
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const peerUrl = `http://127.0.0.1:${peerPort}/graphql`;
  const peer5Url = `http://127.0.0.1:${peer5Port}/graphql`;
  const floorUrl = (p: string) => `http://127.0.0.1:${floorPort}${p}`;
  await waitFor(async () => (await fetch(`http://127.0.0.1:${apiPort}/healthz`)).ok, 'the API');
  await waitFor(async () => (await fetch(peerUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' })).ok, 'PostGraphile 4');
  await waitFor(async () => (await fetch(peer5Url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' })).ok, 'PostGraphile 5');
  await waitFor(async () => (await fetch(floorUrl('/plan'), { method: 'POST', headers: auth, body: '{}' })).ok, 'the floor');
  log(`API pid ${api.pid} on ${apiPort}, PostGraphile 4 on ${peerPort}, PostGraphile 5 on ${peer5Port}, floor on ${floorPort}`);

  const apiCall = (query: string, variables: unknown) => post(apiUrl, { query, variables }, auth);
  const floorCall = (p: string, variables: unknown) => post(floorUrl(p), { variables }, auth);
  const peerCall = (query: string, variables: unknown) => post(peerUrl, { query, variables }, {});
  const peer5Call = (query: string, variables: unknown) => post(peer5Url, { query, variables }, {});
  const dashboardVars = (i: number) => ({ region: regions[i % regions.length], year });
  const planVars = (i: number) => ({ zone: planZones[i % planZones.length], year });
  const pageVars = { years: [year], planStatuses: ['PUBLISHED', 'SUBMITTED'] };

  // --- Same answers? ---
  const checks: string[] = [];
  for (const region of regions) {
    const [a, f] = [await apiCall(DASHBOARD, { region, year }), await floorCall('/dashboard', { region, year })];
    if (!same(a.data, f.data)) checks.push(`dashboard ${region}: API and floor differ`);
  }
  for (const zone of planZones.slice(0, 10)) {
    const [a, f] = [await apiCall(PLAN, { zone, year }), await floorCall('/plan', { zone, year })];
    if (!same(a.data, f.data)) checks.push(`plan ${zone}: API and floor differ`);
    const apiIds = a.data.actionPlan.actions.map((x: { id: string }) => uuidOf(x.id));
    const count = (xs: any[], key: string) => xs.reduce((n, x) => n + (x[key]?.length ?? x[key]?.nodes?.length ?? 0), 0);
    // Same actions, in the same order, with as many indicators, from both PostGraphiles (5 calls the id column `rowId`).
    for (const [name, reply, idKey] of [
      ['PostGraphile 4', await peerCall(PEER_PLAN, { zone, year }), 'id'],
      ['PostGraphile 5', await peer5Call(PEER5_PLAN, { zone, year }), 'rowId'],
    ] as const) {
      const peerActions = reply.data.allZones.nodes[0].actionPlansByZoneId.nodes[0].actionsByActionPlanId.nodes;
      if (JSON.stringify(apiIds) !== JSON.stringify(peerActions.map((x: Record<string, string>) => x[idKey]))) checks.push(`plan ${zone}: API and ${name} list other actions`);
      if (count(a.data.actionPlan.actions, 'indicators') !== count(peerActions, 'actionIndicatorsByActionId')) checks.push(`plan ${zone}: indicator counts differ from ${name}`);
    }
  }

  /** Pages through every published action of the year; returns the replies and the ids. */
  type Kind = 'api' | 'floor' | 'peer' | 'peer5';
  const walk = async (kind: Kind) => {
    const replies: Reply[] = [];
    let after: string | null = null;
    const ids: string[] = [];
    const connectionOf = (reply: Reply) => (kind === 'peer' || kind === 'peer5' ? reply.data.allActions : reply.data.actions);
    for (;;) {
      const reply: Reply =
        kind === 'api'
          ? await apiCall(PAGE, { ...pageVars, after })
          : kind === 'floor'
            ? await floorCall('/actions', { ...pageVars, first: 100, after })
            : kind === 'peer'
              ? await peerCall(PEER_PAGE, { year, after })
              : await peer5Call(PEER5_PAGE, { year, after });
      replies.push(reply);
      const conn = connectionOf(reply);
      ids.push(...conn.nodes.map((n: { id: string; rowId: string }) => (kind === 'peer' ? n.id : kind === 'peer5' ? n.rowId : uuidOf(n.id)!)));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    return { replies, ids, cursors: [null, ...replies.slice(0, -1).map((r) => connectionOf(r).pageInfo.endCursor as string)] };
  };
  const [apiWalk, floorWalk, peerWalk, peer5Walk] = [await walk('api'), await walk('floor'), await walk('peer'), await walk('peer5')];
  if (
    !same(
      apiWalk.replies.map((r) => r.data.actions.nodes),
      floorWalk.replies.map((r) => r.data.actions.nodes),
    )
  )
    checks.push('paging: API and floor differ');
  const sortedIds = (ids: string[]) => JSON.stringify([...ids].sort());
  if (sortedIds(apiWalk.ids) !== sortedIds(peerWalk.ids)) checks.push(`paging: API found ${apiWalk.ids.length} actions, PostGraphile 4 ${peerWalk.ids.length}`);
  if (sortedIds(apiWalk.ids) !== sortedIds(peer5Walk.ids)) checks.push(`paging: API found ${apiWalk.ids.length} actions, PostGraphile 5 ${peer5Walk.ids.length}`);
  log(
    checks.length
      ? `ANSWERS DIFFER:\n  ${checks.join('\n  ')}`
      : `answers agree (API = floor; same actions as PostGraphile 4 and 5): ${apiWalk.ids.length} published actions in ${apiWalk.replies.length} pages`,
  );

  // --- Latency, one request at a time, after warm-up ---
  log('latency ...');
  const latency: Record<string, Record<string, Latency>> = {
    dashboard: {
      api: await measure(100, 20, (i) => apiCall(DASHBOARD, dashboardVars(i)), probe(api)),
      floor: await measure(100, 20, (i) => floorCall('/dashboard', dashboardVars(i)), probe(floor)),
    },
    plan: {
      api: await measure(300, 30, (i) => apiCall(PLAN, planVars(i)), probe(api)),
      floor: await measure(300, 30, (i) => floorCall('/plan', planVars(i)), probe(floor)),
      peer: await measure(300, 30, (i) => peerCall(PEER_PLAN, planVars(i)), probe(peer)),
      peer5: await measure(300, 30, (i) => peer5Call(PEER5_PLAN, planVars(i)), probe(peer5)),
    },
  };
  /** SQL statements a PostGraphile has sent so far, counted by its server. */
  const peerStats = async (kind: 'peer' | 'peer5') => ((await (await fetch(`http://127.0.0.1:${kind === 'peer' ? peerPort : peer5Port}/stats`)).json()) as { statements: number }).statements;
  const walks = async (kind: Kind, n: number) => {
    for (let i = 0; i < 2; i++) await walk(kind);
    const totals: Reply[] = [];
    const pages: Reply[] = [];
    const before = kind === 'peer' || kind === 'peer5' ? await peerStats(kind) : 0;
    const server = probe(kind === 'api' ? api : kind === 'floor' ? floor : kind === 'peer' ? peer : peer5);
    const cpuBefore = { server: cpuMsOf(server.serverPid), db: postgresCpuMs(postmasterPid) };
    for (let i = 0; i < n; i++) {
      const w = await walk(kind);
      totals.push({ ms: w.replies.reduce((s, r) => s + r.ms, 0), sql: w.replies.reduce((s, r) => s + r.sql, 0), data: null });
      pages.push(...w.replies);
    }
    const cpu = { server: (cpuMsOf(server.serverPid) - cpuBefore.server) / pages.length, db: (postgresCpuMs(postmasterPid) - cpuBefore.db) / pages.length };
    if (kind === 'peer' || kind === 'peer5') {
      const perPage = ((await peerStats(kind)) - before) / pages.length;
      for (const p of pages) p.sql = perPage;
      for (const t of totals) t.sql = perPage * apiWalk.replies.length;
    }
    const page = { ...summarize(pages), serverCpuMs: round(cpu.server), dbCpuMs: round(cpu.db) };
    return { walk: summarize(totals), page };
  };
  const [apiPaging, floorPaging, peerPaging, peer5Paging] = [await walks('api', 12), await walks('floor', 12), await walks('peer', 12), await walks('peer5', 12)];
  latency.pagingWalk = { api: apiPaging.walk, floor: floorPaging.walk, peer: peerPaging.walk, peer5: peer5Paging.walk };
  latency.pagingPage = { api: apiPaging.page, floor: floorPaging.page, peer: peerPaging.page, peer5: peer5Paging.page };
  // The PostGraphiles' statements per plan request, counted by their servers.
  for (const [kind, call, query] of [
    ['peer', peerCall, PEER_PLAN],
    ['peer5', peer5Call, PEER5_PLAN],
  ] as const) {
    const before = await peerStats(kind);
    for (let i = 0; i < 20; i++) await call(query, planVars(i));
    latency.plan[kind]!.sql = ((await peerStats(kind)) - before) / 20;
    latency.plan[kind]!.sqlRange = null;
  }

  // Saving: distinct sheets of the editor's zone for the API and the floor, each with its version.
  const editorPlan = (await apiCall(PLAN, { zone: editorZone.slug, year })).data.actionPlan.actions as any[];
  const saveInput = (a: any, n: number) => ({
    title: a.title,
    what: `${a.what} (bewaard ${n})`,
    why: a.why,
    inScope: a.inScope,
    targetGroups: a.targetGroups,
    steps: a.steps.map((s: any) => ({ text: s.text, month: s.month, date: s.date })),
    evaluation: a.evaluation,
    indicators: a.indicators.map((i: any) => ({ id: i.id, name: i.name, method: i.method, targetValue: i.targetValue, targetUnit: i.targetUnit, kind: i.kind })),
    // The months only: milestones are the steps' milestone months (one milestone system).
    timeline: a.timeline.map((t: any) => ({ month: t.month })),
    themeIds: a.themes.map((t: any) => t.id),
    progressStatus: a.progressStatus,
  });
  const saver = (sheets: any[], call: (vars: unknown) => Promise<Reply>) => {
    const versions = new Map(sheets.map((s) => [s.id, s.version as number]));
    return async (i: number) => {
      const sheet = sheets[i % sheets.length];
      const reply = await call({ id: sheet.id, version: versions.get(sheet.id), input: saveInput(sheet, i) });
      versions.set(sheet.id, reply.data.updateAction.action.version);
      return reply;
    };
  };
  latency.save = {
    api: await measure(
      200,
      20,
      saver(editorPlan.slice(0, 4), (v) => apiCall(SAVE, v)),
      probe(api),
    ),
    floor: await measure(
      200,
      20,
      saver(editorPlan.slice(4, 8), (v) => floorCall('/save', v)),
      probe(floor),
    ),
  };
  for (const [name, targets] of Object.entries(latency)) {
    log(
      `${name}: ${Object.entries(targets)
        .map(([t, l]) => `${t} p50 ${l.p50} ms p95 ${l.p95} ms${l.sql !== null ? ` (${l.sql} SQL)` : ''}`)
        .join(' | ')}`,
    );
  }

  // --- Load: 50 connections ---
  log(`load (${CONNECTIONS} connections, ${LOAD_SECONDS} s per target in ${LOAD_ROUNDS} rounds, taking turns) ...`);
  const apiMemoryBefore = memoryOf(api.pid!);
  const dashboards = regions.map((region) => ({ query: DASHBOARD, variables: { region, year } }));
  const plans = planZones.map((zone) => ({ query: PLAN, variables: { zone, year } }));
  const pages = apiWalk.cursors.map((after) => ({ query: PAGE, variables: { ...pageVars, after } }));
  const settle = async () => {
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300));
  };
  // BENCH_LOAD_SECONDS=0: latency only (a quick look while working; the load targets then read as missed).
  const load: LoadResult[] =
    LOAD_SECONDS <= 0
      ? []
      : [
          ...(await loadRounds(
            [
              { name: 'dashboard', target: 'api', url: apiUrl, bodies: dashboards, headers: auth, pid: api.pid },
              { name: 'dashboard', target: 'floor', url: floorUrl('/dashboard'), bodies: regions.map((region) => ({ variables: { region, year } })), headers: auth },
            ],
            LOAD_SECONDS,
            settle,
          )),
          ...(await loadRounds(
            [
              { name: 'plan', target: 'api', url: apiUrl, bodies: plans, headers: auth, pid: api.pid },
              { name: 'plan', target: 'peer', url: peerUrl, bodies: planZones.map((zone) => ({ query: PEER_PLAN, variables: { zone, year } })), headers: {} },
              { name: 'plan', target: 'peer5', url: peer5Url, bodies: planZones.map((zone) => ({ query: PEER5_PLAN, variables: { zone, year } })), headers: {} },
              { name: 'plan', target: 'floor', url: floorUrl('/plan'), bodies: planZones.map((zone) => ({ variables: { zone, year } })), headers: auth },
            ],
            LOAD_SECONDS,
            settle,
          )),
          ...(await loadRounds(
            [
              { name: 'paging', target: 'api', url: apiUrl, bodies: pages, headers: auth, pid: api.pid },
              { name: 'paging', target: 'peer', url: peerUrl, bodies: peerWalk.cursors.map((after) => ({ query: PEER_PAGE, variables: { year, after } })), headers: {} },
              { name: 'paging', target: 'peer5', url: peer5Url, bodies: peer5Walk.cursors.map((after) => ({ query: PEER5_PAGE, variables: { year, after } })), headers: {} },
              { name: 'paging', target: 'floor', url: floorUrl('/actions'), bodies: floorWalk.cursors.map((after) => ({ variables: { ...pageVars, first: 100, after } })), headers: auth },
            ],
            LOAD_SECONDS,
            settle,
          )),
        ];
  const apiMemory = memoryOf(api.pid!);
  await admin.end();

  // --- Results ---
  const ratio = (a: number, b: number) => round(a / b, 2);
  const rps = (name: string, target: string) => load.find((l) => l.name === name && l.target === target)?.rps ?? NaN;
  const apiLoad = load.filter((l) => l.target === 'api');
  const peakRss = Math.max(...apiLoad.map((l) => l.peakRssMb ?? 0), apiMemory.hwmMb);
  const ratios = {
    dashboard: { floorP50: ratio(latency.dashboard!.api!.p50, latency.dashboard!.floor!.p50), floorRps: ratio(rps('dashboard', 'api'), rps('dashboard', 'floor')) },
    plan: {
      floorP50: ratio(latency.plan!.api!.p50, latency.plan!.floor!.p50),
      floorRps: ratio(rps('plan', 'api'), rps('plan', 'floor')),
      peerP50: ratio(latency.plan!.api!.p50, latency.plan!.peer!.p50),
      peerRps: ratio(rps('plan', 'api'), rps('plan', 'peer')),
      peer5P50: ratio(latency.plan!.api!.p50, latency.plan!.peer5!.p50),
      peer5Rps: ratio(rps('plan', 'api'), rps('plan', 'peer5')),
    },
    paging: {
      floorP50: ratio(latency.pagingWalk!.api!.p50, latency.pagingWalk!.floor!.p50),
      floorRps: ratio(rps('paging', 'api'), rps('paging', 'floor')),
      peerP50: ratio(latency.pagingWalk!.api!.p50, latency.pagingWalk!.peer!.p50),
      peerRps: ratio(rps('paging', 'api'), rps('paging', 'peer')),
      peer5P50: ratio(latency.pagingWalk!.api!.p50, latency.pagingWalk!.peer5!.p50),
      peer5Rps: ratio(rps('paging', 'api'), rps('paging', 'peer5')),
    },
    save: { floorP50: ratio(latency.save!.api!.p50, latency.save!.floor!.p50) },
  };
  const targets = [
    { target: `dashboard p95 ≤ ${TARGETS.dashboardP95} ms`, value: `${latency.dashboard!.api!.p95} ms`, met: latency.dashboard!.api!.p95 <= TARGETS.dashboardP95 },
    { target: `zone plan p95 ≤ ${TARGETS.planP95} ms`, value: `${latency.plan!.api!.p95} ms`, met: latency.plan!.api!.p95 <= TARGETS.planP95 },
    { target: `save p95 ≤ ${TARGETS.saveP95} ms`, value: `${latency.save!.api!.p95} ms`, met: latency.save!.api!.p95 <= TARGETS.saveP95 },
    { target: `plan ≤ ${TARGETS.overFloor}× floor (p50)`, value: `${ratios.plan.floorP50}×`, met: ratios.plan.floorP50 <= TARGETS.overFloor },
    { target: `paging ≤ ${TARGETS.overFloor}× floor (walk p50)`, value: `${ratios.paging.floorP50}×`, met: ratios.paging.floorP50 <= TARGETS.overFloor },
    { target: 'plan throughput > PostGraphile 4', value: `${rps('plan', 'api')} vs ${rps('plan', 'peer')} req/s`, met: rps('plan', 'api') > rps('plan', 'peer') },
    { target: 'paging throughput > PostGraphile 4', value: `${rps('paging', 'api')} vs ${rps('paging', 'peer')} req/s`, met: rps('paging', 'api') > rps('paging', 'peer') },
    { target: 'plan throughput > PostGraphile 5', value: `${rps('plan', 'api')} vs ${rps('plan', 'peer5')} req/s`, met: rps('plan', 'api') > rps('plan', 'peer5') },
    { target: 'paging throughput > PostGraphile 5', value: `${rps('paging', 'api')} vs ${rps('paging', 'peer5')} req/s`, met: rps('paging', 'api') > rps('paging', 'peer5') },
    ...(['dashboard', 'plan', 'paging'] as const).map((name) => ({
      target: `${name} throughput ≥ ${TARGETS.floorRps}× floor`,
      value: `${ratios[name].floorRps}× (${rps(name, 'api')} vs ${rps(name, 'floor')} req/s)`,
      met: ratios[name].floorRps >= TARGETS.floorRps,
    })),
    { target: `save ≤ ${TARGETS.saveOverFloor}× floor (p50)`, value: `${ratios.save.floorP50}×`, met: ratios.save.floorP50 <= TARGETS.saveOverFloor },
    { target: 'zero errors under load (API)', value: `${apiLoad.reduce((n, l) => n + l.errors, 0)} errors`, met: apiLoad.every((l) => l.errors === 0) },
    { target: `API memory under load ≤ ${TARGETS.memoryMb} MB`, value: `${round(peakRss, 1)} MB peak RSS`, met: peakRss <= TARGETS.memoryMb },
    { target: 'answers agree (API = floor, same actions as PostGraphile 4 and 5)', value: checks.length ? checks.join('; ') : 'yes', met: checks.length === 0 },
  ];
  const results = {
    when: new Date().toISOString(),
    command: 'pnpm bench',
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      postgres: pgVersion,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map((n) => round(n)),
    },
    api: { nodeOptions: productionNodeOptions(), maxConcurrent: 'GRAPHQL_MAX_CONCURRENT default (config.ts)' },
    dataset: { ...SIZE, year, counts: generated.counts, generateMs: generated.ms, publishedActionsInYear: apiWalk.ids.length, pages: apiWalk.replies.length },
    latency,
    ratios,
    load,
    memory: { apiRssBeforeLoadMb: round(apiMemoryBefore.rssMb, 1), apiRssAfterLoadMb: round(apiMemory.rssMb, 1), apiPeakRssMb: round(peakRss, 1), apiVmHwmMb: round(apiMemory.hwmMb, 1) },
    checks,
    targets,
    notes: [
      'Latency: one request at a time over HTTP keep-alive after warm-up; the dashboard rotates over all regions, the plan over every zone whose plan of the year is not a draft.',
      "SQL statements per request: the API's X-SQL-Queries header (plus the one statement every request starts with, before the counter: its rate-limit count and sign-in check together); the floor counts its own; the PostGraphiles' are counted by wrapping pg in their servers.",
      'Paging: the whole walk (all published and submitted actions of the year, 100 per page) and its pages; the PostGraphiles walk in key order (they cannot order by a related column), the same set of actions.',
      'Peers: "peer" is PostGraphile 4 (graphql 15), "peer5" PostGraphile 5 with Grafast (amber preset, pg.Pool of 20 in pgServices, GRAPHILE_ENV=production, no GraphiQL, explain or watch, outputDataAsString); both on the same node as the API (PostGraphile 5 declares node >= 22: its one newer API, Promise.withResolvers, is added when missing).',
      'Floor: one SQL statement per read (JSON built by PostgreSQL) plus the token lookup; the save runs the same validation (zod), checks and audit record in one transaction.',
      `Load: autocannon in the benchmark process, ${CONNECTIONS} connections, on the same 2 cores as the API and PostgreSQL; ${LOAD_SECONDS} s per target in ${LOAD_ROUNDS} rounds, the targets taking turns, so that other work on the machine weighs on each alike. p50: median of the rounds; p99: the worst round.`,
    ],
    seconds: Math.round((Date.now() - began) / 1000),
  };
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  log(`results written to ${path.relative(repoRoot, resultsFile)} (${results.seconds} s)`);
}

function printTable(r: any): void {
  const rows: string[][] = [['scenario', 'API p50', 'API p95', 'SQL/req', 'floor p50', 'API/floor', 'PG4 p50', 'API/PG4', 'PG4 SQL', 'PG5 p50', 'API/PG5', 'PG5 SQL']];
  const ms = (n?: number) => (n === undefined || Number.isNaN(n) ? '–' : `${n} ms`);
  const sql = (l?: Latency) => (l?.sql === null || l?.sql === undefined ? '–' : String(round(l.sql, 1)));
  const add = (label: string, l: Record<string, Latency>, floorRatio?: number, peerRatio?: number, peer5Ratio?: number) =>
    rows.push([
      label,
      ms(l.api?.p50),
      ms(l.api?.p95),
      l.api?.sql === null || l.api?.sql === undefined ? '–' : String(l.api.sql),
      ms(l.floor?.p50),
      floorRatio === undefined ? '–' : `${floorRatio}×`,
      ms(l.peer?.p50),
      peerRatio === undefined ? '–' : `${peerRatio}×`,
      sql(l.peer),
      ms(l.peer5?.p50),
      peer5Ratio === undefined ? '–' : `${peer5Ratio}×`,
      sql(l.peer5),
    ]);
  add('1 region dashboard', r.latency.dashboard, r.ratios.dashboard.floorP50);
  add('2 zone plan', r.latency.plan, r.ratios.plan.floorP50, r.ratios.plan.peerP50, r.ratios.plan.peer5P50);
  add(`3 paging, whole walk (${r.dataset.pages} pages)`, r.latency.pagingWalk, r.ratios.paging.floorP50, r.ratios.paging.peerP50, r.ratios.paging.peer5P50);
  const page = r.latency.pagingPage;
  add('3 paging, one page of 100', page, round(page.api.p50 / page.floor.p50), round(page.api.p50 / page.peer.p50), round(page.api.p50 / page.peer5.p50));
  add('4 save an action', r.latency.save, r.ratios.save.floorP50);
  const table = (data: string[][]) => {
    const widths = data[0]!.map((_, i) => Math.max(...data.map((row) => row[i]!.length)));
    return data
      .map((row, k) => (k === 1 ? `${widths.map((w) => '-'.repeat(w)).join('-+-')}\n` : '') + row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | '))
      .join('\n');
  };
  console.log(
    `\nKruispunt benchmark — ${r.dataset.zones} zones, ${r.dataset.counts.action} actions, year ${r.dataset.year}; ${r.machine.cpus} cores, node ${r.machine.node}, PostgreSQL ${r.machine.postgres}`,
  );
  console.log(`machine load average before the run: ${r.machine.loadAverageAtStart.join(' / ')} (other processes share these cores)\n`);
  console.log(table(rows));
  const cpu = (l?: Latency) => (l?.serverCpuMs === undefined ? '–' : `${l.serverCpuMs} + ${l.dbCpuMs} ms`);
  const cpuRows: string[][] = [['CPU per request (server + PostgreSQL)', 'API', 'floor', 'PG4', 'PG5']];
  for (const [label, key] of [
    ['1 region dashboard', 'dashboard'],
    ['2 zone plan', 'plan'],
    ['3 paging, one page of 100', 'pagingPage'],
    ['4 save an action', 'save'],
  ] as const) {
    const l = r.latency[key] as Record<string, Latency>;
    cpuRows.push([label, cpu(l.api), cpu(l.floor), cpu(l.peer), cpu(l.peer5)]);
  }
  console.log(`\n${table(cpuRows)}`);
  const loadRows: string[][] = [['load (' + (r.load[0]?.connections ?? 0) + ' conn.)', 'target', 'seconds', 'req/s', 'p50', 'p99', 'errors', 'API peak RSS']];
  const targetName: Record<string, string> = { api: 'API', floor: 'floor', peer: 'PostGraphile 4', peer5: 'PostGraphile 5' };
  for (const l of r.load)
    loadRows.push([l.name, targetName[l.target] ?? l.target, String(l.seconds), String(l.rps), `${l.p50} ms`, `${l.p99} ms`, String(l.errors), l.peakRssMb ? `${l.peakRssMb} MB` : '–']);
  console.log(`\n${table(loadRows)}\n`);
  const ratioRows: string[][] = [['API throughput ÷', 'floor', 'PostGraphile 4', 'PostGraphile 5']];
  const x = (n?: number) => (n === undefined || Number.isNaN(n) ? '–' : `${n}×`);
  for (const name of ['dashboard', 'plan', 'paging']) ratioRows.push([name, x(r.ratios[name].floorRps), x(r.ratios[name].peerRps), x(r.ratios[name].peer5Rps)]);
  console.log(`${table(ratioRows)}\n`);
  for (const t of r.targets) console.log(`${t.met ? '[met]   ' : '[MISSED]'} ${t.target}: ${t.value}`);
  console.log('');
}

process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
process.on('SIGTERM', () => void cleanup().then(() => process.exit(143)));
main()
  .then(cleanup)
  .catch(async (error: unknown) => {
    console.error('[bench] failed:', error instanceof Error ? (error.stack ?? error.message) : error);
    await cleanup();
    process.exit(1);
  });
