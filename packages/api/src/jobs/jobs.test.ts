// The job queue with several instances: each job runs once, a rolled-back transaction adds no
// job, and a cron tick runs once however many workers see it (graphile-worker on the real database).
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { addJob } from './queue';
import { startJobWorker, type JobWorker } from './worker';

declare module './queue' {
  interface JobPayloads {
    test_count: { n: number };
    test_cron: { _cron?: { ts: string } };
  }
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - start > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('job queue (graphile-worker)', () => {
  let t: TestDatabase;
  const workers: JobWorker[] = [];
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.query(`CREATE TABLE test_job_run (n int, worker text, ts text)`);
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await t.drop();
  });

  const startWorker = async (name: string, crontab = '') => {
    const worker = await startJobWorker(
      t.url,
      {
        test_count: async ({ n }) => {
          // Slow enough that both workers are busy at once.
          await new Promise((resolve) => setTimeout(resolve, 20));
          await t.db.query(`INSERT INTO test_job_run (n, worker) VALUES ($1, $2)`, [n, name]);
        },
        test_cron: async (payload) => {
          await t.db.query(`INSERT INTO test_job_run (n, worker, ts) VALUES (-1, $1, $2)`, [name, payload._cron?.ts ?? null]);
        },
      },
      { concurrency: 3, pollIntervalMs: 200, crontab },
    );
    workers.push(worker);
    return worker;
  };

  it('runs each job once with two workers, and none whose transaction rolled back', async () => {
    // Both migrate at once (the advisory lock makes them take turns).
    await Promise.all([startWorker('a'), startWorker('b')]);
    await expect(
      t.db.transaction(async (m) => {
        await addJob(m, 'test_count', { n: 999 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    for (let n = 0; n < 40; n++) await addJob(t.db, 'test_count', { n });
    const rows = await until(
      () => t.db.query(`SELECT n, worker FROM test_job_run WHERE n >= 0`) as Promise<{ n: number; worker: string }[]>,
      (r) => r.length >= 40,
    );
    // A moment more: a second run of any job would show now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const all = (await t.db.query(`SELECT n, worker FROM test_job_run WHERE n >= 0 ORDER BY n`)) as { n: number; worker: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(all.map((r) => r.n)).toEqual([...Array(40).keys()]);
    expect(all.some((r) => r.n === 999)).toBe(false);
    // The jobs were shared out, not all taken by one worker.
    expect(new Set(all.map((r) => r.worker)).size).toBe(2);
  });

  it('replaces a pending job with the same key', async () => {
    const runAt = new Date(Date.now() + 60 * 60_000);
    const first = await addJob(t.db, 'test_count', { n: 500 }, { jobKey: 'k', runAt });
    const second = await addJob(t.db, 'test_count', { n: 501 }, { jobKey: 'k', runAt });
    expect(second).toBe(first);
    const [job] = (await t.db.query(`SELECT payload FROM graphile_worker._private_jobs WHERE key = 'k'`)) as { payload: { n: number } }[];
    expect(job!.payload.n).toBe(501);
  });

  it('runs a cron tick once, however many workers see it', async () => {
    // The schedule was last run 5 minutes ago: both new workers backfill the missed minutes.
    await t.db.query(
      `INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since, last_execution)
       VALUES ('test_cron', now() - interval '10 minutes', date_trunc('minute', now()) - interval '5 minutes')`,
    );
    const cron = await Promise.all([startWorker('c', '* * * * * test_cron ?fill=10m'), startWorker('d', '* * * * * test_cron ?fill=10m')]);
    const ticks = await until(
      () => t.db.query(`SELECT ts, worker FROM test_job_run WHERE n = -1`) as Promise<{ ts: string; worker: string }[]>,
      (r) => r.length >= 5,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const all = (await t.db.query(`SELECT ts FROM test_job_run WHERE n = -1`)) as { ts: string }[];
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(all.map((r) => r.ts)).size).toBe(all.length);
    // Stopped here: their schedulers wake at each minute, and one that woke during the next test's
    // refused connections failed this file from graphile-worker's cron loop (CI saw it once).
    await Promise.all(cron.map((w) => w.stop()));
    for (const w of cron) workers.splice(workers.indexOf(w), 1);
  });

  it('lives through losing the database: every connection cut and refused for a while, then it runs jobs again', async () => {
    // What a PostgreSQL restart does to a worker: its LISTEN connection and its idle ones end with
    // an error (57P01) and new ones are refused. Unhandled, such an 'error' event or the runner's
    // rejected promise ends the whole process (the smoke run's outage lost both API instances).
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const name = new URL(t.url).pathname.slice(1);
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
      // Long enough for graphile-worker to give up its listener and stop the runner (a few
      // seconds of refused connections), which worker.ts then starts again.
      await new Promise((resolve) => setTimeout(resolve, 8000));
      await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
    } finally {
      await admin.end();
    }
    // The workers noticed (logged, not thrown) and take new jobs again.
    expect(logged.mock.calls.map((call) => String(call[0])).some((line) => line.startsWith('[jobs]'))).toBe(true);
    logged.mockRestore();
    await until(
      () =>
        addJob(t.db, 'test_count', { n: 7000 })
          .then(() => true)
          .catch(() => false),
      (ok) => ok,
    );
    const after = await until(
      () => t.db.query(`SELECT n FROM test_job_run WHERE n = 7000`) as Promise<{ n: number }[]>,
      (r) => r.length === 1,
      30_000,
    );
    expect(after).toEqual([{ n: 7000 }]);
  }, 60_000);
});
