// Adding background jobs (graphile-worker's queue in PostgreSQL, schema `graphile_worker`).
//
// A job is added with SQL through the caller's EntityManager, so it is part of the caller's
// transaction: a mutation that rolls back adds no job (and sends no mail), one that commits
// cannot lose its job between the commit and the send. The worker (`worker.ts`) takes jobs with
// `FOR UPDATE SKIP LOCKED`, so with several API instances each job runs once; a failed job is
// retried with exponential back-off (graphile-worker: up to `maxAttempts`, 25 by default).
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Every job name with its payload. Modules add theirs by declaration merging
 * (`declare module '../../jobs/queue' { interface JobPayloads { send_mail: MailJob } }`), so
 * `addJob` and the task handlers agree on the payload's type.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}

export type JobName = keyof JobPayloads & string;

export interface AddJobOptions {
  /** Not before this moment (default: now). */
  runAt?: Date;
  /**
   * One pending job per key: adding a job with the key of one not yet started replaces its
   * payload and time (graphile-worker's `job_key`, mode `replace`).
   */
  jobKey?: string;
  /** Attempts before the job is given up (default 25, about 3 days of back-off). */
  maxAttempts?: number;
  /** Jobs of one queue run one after the other (default: no queue, in parallel). */
  queueName?: string;
}

/** Adds a job in the transaction of `manager` (or at once, with a DataSource). */
export async function addJob<N extends JobName>(manager: EntityManager | DataSource, name: N, payload: JobPayloads[N], options: AddJobOptions = {}): Promise<string> {
  const rows = (await manager.query(
    `SELECT (graphile_worker.add_job($1, $2::json, queue_name => $3::text, run_at => $4::timestamptz, max_attempts => $5::int, job_key => $6::text)).id::text AS id`,
    [name, JSON.stringify(payload), options.queueName ?? null, options.runAt ?? null, options.maxAttempts ?? null, options.jobKey ?? null],
  )) as { id: string }[];
  return rows[0]!.id;
}
