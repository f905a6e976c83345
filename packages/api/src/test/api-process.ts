// The built API (dist/main.js) as a separate process, started as production starts it, for tests
// that need a real process: several instances on one database, or the process's own memory.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../db/embedded';

export const API_MAIN = path.resolve(__dirname, '..', '..', 'dist', 'main.js');

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr). */
  output: () => string;
}

/** Fails with a clear message when the API has not been built (turbo builds it before `test`). */
export function requireBuiltApi(): void {
  if (!fs.existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the API first (pnpm build).`);
}

/**
 * Starts dist/main.js on a free port against `databaseUrl` (null: its own embedded PostgreSQL, as the
 * start command does) and waits until /healthz answers (`timeoutMs`, 30 s by default).
 */
export async function startApiProcess(databaseUrl: string | null, options: { nodeOptions?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<ApiProcess> {
  const port = await freePort();
  const { DATABASE_URL: _testDatabase, ...inherited } = process.env;
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...inherited,
      ...(options.nodeOptions !== undefined ? { NODE_OPTIONS: options.nodeOptions } : {}),
      ...(databaseUrl !== null ? { DATABASE_URL: databaseUrl } : {}),
      ...options.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED: 'never',
      RATE_LIMIT_IP_PER_MINUTE: '100000',
      RATE_LIMIT_TOKEN_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`API process exited (${child.exitCode}):\n${output}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child, output: () => output };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`API process did not start within ${timeoutMs / 1000} s:\n${output}`);
}
