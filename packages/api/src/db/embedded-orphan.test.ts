// The start command with its own embedded PostgreSQL, when the API dies hard (issue 17): no orphan
// PostgreSQL is left on the data folder, and one left by an earlier crash is recognised and stopped
// safely instead of breaking the next start; the health check says when the database is gone.
import fs from 'node:fs';
import path from 'node:path';
import { freePort, runningPostmaster } from './embedded';
import { requireBuiltApi, startApiProcess, type ApiProcess } from '../test/api-process';

jest.setTimeout(180_000);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Processes whose command line contains `text` (Linux /proc). */
function processesWith(text: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('the embedded PostgreSQL of the start command', () => {
  let root: string;
  let dir: string;
  let env: Record<string, string>;
  const started: ApiProcess[] = [];

  beforeAll(async () => {
    requireBuiltApi();
    // PostgreSQL runs as user "postgres" when the tests run as root: the folder must be reachable.
    root = fs.mkdtempSync(path.join('/var/tmp', 'kruispunt-orphan-'));
    fs.chmodSync(root, 0o755);
    dir = path.join(root, 'postgres');
    env = { EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()), SEED: 'never' };
  });

  afterAll(async () => {
    for (const api of started) if (api.child.exitCode === null) api.child.kill('SIGKILL');
    const left = runningPostmaster(dir);
    if (left) process.kill(left.pid, 'SIGINT');
    await waitUntil(() => !left || !alive(left.pid), 30_000, 'the test PostgreSQL stopped').catch(() => undefined);
    fs.rmSync(root, { recursive: true, force: true });
  });

  const start = async (): Promise<ApiProcess> => {
    const api = await startApiProcess(null, { env, timeoutMs: 90_000 });
    started.push(api);
    return api;
  };

  it('stops its PostgreSQL when the API process is killed', async () => {
    const api = await start();
    const postmaster = runningPostmaster(dir);
    expect(postmaster).not.toBeNull();
    api.child.kill('SIGKILL');
    await waitUntil(() => !alive(postmaster!.pid), 20_000, 'the orphaned PostgreSQL was stopped by the watchdog');
    expect(runningPostmaster(dir)).toBeNull();
  });

  it('recognises a PostgreSQL an earlier crash left running on its folder, stops it safely and starts', async () => {
    const first = await start();
    const orphan = runningPostmaster(dir)!;
    // Kill the watchdog too, as if the whole process group had been killed but PostgreSQL survived.
    for (const pid of processesWith(`kill -0 ${first.child.pid}`)) process.kill(pid, 'SIGKILL');
    first.child.kill('SIGKILL');
    await waitUntil(() => first.child.exitCode !== null || first.child.signalCode !== null, 10_000, 'the API died');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(alive(orphan.pid)).toBe(true);

    const second = await start();
    expect(second.output()).toContain(`A PostgreSQL from an earlier start still runs on ${dir} (process ${orphan.pid}): stopping it safely first.`);
    expect(alive(orphan.pid)).toBe(false);
    const health = await fetch(`${second.url}/healthz`);
    expect(health.status).toBe(200);

    // A normal stop leaves nothing behind either.
    const postmaster = runningPostmaster(dir)!;
    second.child.kill('SIGTERM');
    await waitUntil(() => !alive(postmaster.pid), 30_000, 'PostgreSQL stopped with the API');
  });

  it('reports unhealthy and answers 503 with Retry-After while its database is down', async () => {
    const api = await start();
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const postmaster = runningPostmaster(dir)!;
    process.kill(postmaster.pid, 'SIGINT');
    await waitUntil(() => !alive(postmaster.pid), 30_000, 'PostgreSQL stopped');
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('5');
    expect(await health.json()).toEqual({ ok: false, database: 'unreachable' });
    // Requests meanwhile: 503 with Retry-After and a code a client can act on, never a 500.
    // (A caller without credentials needs no database to be told to sign in.)
    const asks: { headers: Record<string, string> }[] = [
      { headers: { authorization: 'Bearer kp_0123456789abcdef0123456789abcdef' } },
      { headers: { cookie: 'kp_session=0123456789abcdef0123456789abcdef' } },
    ];
    for (const ask of asks) {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ask.headers },
        body: JSON.stringify({ query: '{ regions { name } }' }),
      });
      const body = (await res.json()) as { errors: { extensions: { code: string; retryAfter: number } }[] };
      expect([Object.keys(ask.headers), res.status, res.headers.get('retry-after')]).toEqual([Object.keys(ask.headers), 503, '5']);
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfter: 5 });
    }
    api.child.kill('SIGKILL');
  });

  it('says in words when the port is taken by another program', async () => {
    const blocker = (await import('node:net')).createServer().listen(Number(env.EMBEDDED_PG_PORT), '127.0.0.1');
    try {
      await expect(start()).rejects.toThrow(/Port \d+ is already in use by another program/);
    } finally {
      blocker.close();
    }
  });
});
