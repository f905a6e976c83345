// The background worker of every API instance: graphile-worker, started and stopped with the
// server (server.ts). Its schema is created and migrated by graphile-worker itself at start,
// under an advisory lock, so instances starting together take turns. Jobs are taken with
// `FOR UPDATE SKIP LOCKED` and cron items are recorded in `graphile_worker._private_known_crontabs`
// under a lock, so a job, and a cron tick, runs on one instance only, however many run.
import { Logger, run, runMigrations, type JobHelpers, type Runner, type TaskList } from 'graphile-worker';
import { Pool } from 'pg';
import type { JobName, JobPayloads } from './queue';

/** A handler per job name; throwing makes graphile-worker retry the job later. */
export type JobTasks = { [N in JobName]?: (payload: JobPayloads[N], helpers: JobHelpers) => Promise<void> };

export interface JobWorkerOptions {
  /** Jobs this instance runs at once (default 2). */
  concurrency?: number;
  /** How often it looks for jobs due later or to retry, in ms (new jobs arrive by LISTEN/NOTIFY at once). */
  pollIntervalMs?: number;
  /**
   * graphile-worker's crontab (`minute hour dom month dow task ?options payload`): each line runs
   * once per tick across all instances (e.g. `0 4 * * * cleanup_account_tokens`).
   */
  crontab?: string;
  /** false: migrate the schema (so jobs can be added) but take no jobs in this instance. */
  run?: boolean;
}

export interface JobWorker {
  stop(): Promise<void>;
}

// Any constant shared by all instances: the one migrating graphile-worker's schema at a time
// (its `create schema if not exists` is not safe against a concurrent one).
const MIGRATE_LOCK = 7_274_824;

/** Logs warnings and errors only (graphile-worker logs every job at info). */
const logger = new Logger((scope) => (level, message) => {
  if (level === 'error') console.error(`[jobs] ${message}`, scope.taskIdentifier ?? '');
  else if (level === 'warning') console.warn(`[jobs] ${message}`);
});

/** The pause before a worker that lost the database starts again. */
const RESTART_MS = 5_000;

export async function startJobWorker(connectionString: string, tasks: JobTasks, options: JobWorkerOptions = {}): Promise<JobWorker> {
  // Its own few connections, apart from the request pool (db/fair-pool.ts), so jobs never take
  // a request's connection; the worker holds one for LISTEN.
  const pgPool = new Pool({ connectionString, max: 4 });
  pgPool.on('error', (error) => console.error('[jobs] idle connection', error.message));
  // A connection checked out by the worker (its LISTEN connection) emits 'error' when PostgreSQL
  // goes away; without a listener Node ends the process. Logged here; the runner restarts below.
  pgPool.on('connect', (client) => client.on('error', (error) => console.error('[jobs] connection lost', error.message)));
  const lock = await pgPool.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
    await runMigrations({ pgPool, logger });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]).catch(() => undefined);
    lock.release();
  }
  if (options.run === false) return { stop: () => pgPool.end() };
  const runOptions = {
    pgPool,
    logger,
    taskList: tasks as TaskList,
    crontab: options.crontab ?? '',
    concurrency: options.concurrency ?? 2,
    pollInterval: options.pollIntervalMs ?? 2_000,
    // main.ts drains the server on SIGTERM and stops the worker in the server's close().
    noHandleSignals: true,
  };
  // graphile-worker stops its runner when it loses the database (an outage, a restart) and rejects
  // the runner's promise: unhandled, that rejection ends the whole API process. Here it is logged
  // and the runner started again after a pause, until the server stops.
  let runner: Runner | null = null;
  let stopping = false;
  let restart: NodeJS.Timeout | undefined;
  const keepRunning = async (): Promise<void> => {
    try {
      const current = await run(runOptions);
      runner = current;
      current.promise.catch((error: unknown) => {
        if (stopping) return;
        console.error(`[jobs] the worker stopped (${(error as Error)?.message ?? error}); starting it again in ${RESTART_MS / 1000} s`);
        runner = null;
        restart = setTimeout(() => void keepRunning(), RESTART_MS);
      });
    } catch (error) {
      if (stopping) return;
      console.error(`[jobs] the worker cannot start (${(error as Error).message}); trying again in ${RESTART_MS / 1000} s`);
      restart = setTimeout(() => void keepRunning(), RESTART_MS);
    }
  };
  await keepRunning();
  return {
    // Waits for the jobs it is running, then releases its connections.
    stop: async () => {
      stopping = true;
      clearTimeout(restart);
      await runner?.stop().catch(() => undefined);
      await pgPool.end();
    },
  };
}
