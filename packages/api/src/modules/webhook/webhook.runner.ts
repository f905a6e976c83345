// The webhook job runner: one per API instance, started and stopped with the server. All its state
// is in PostgreSQL, so any number of instances share the work without sending a delivery twice:
//
// 1. Fan-out: pending events (the outbox the triggers of migration 1796900000000-Webhooks fill)
//    older than the coalescing window are taken `FOR UPDATE SKIP LOCKED`, turned into one delivery
//    per subscribed, active webhook whose owner may see the object, and deleted, in one transaction.
// 2. Delivery: due deliveries are claimed with a lease (`FOR UPDATE SKIP LOCKED`, then
//    `locked_until`), so another instance skips them while they are being sent; a claim whose
//    instance died runs out and is tried again. That makes delivery at-least-once: a receiver
//    ignores a repeat by its `Kruispunt-Delivery` id.
// 3. The answer: 2xx delivered; 410 Gone disables the webhook; anything else is retried after the
//    next of `retryDelaysMs` (±20 % jitter), and after the last one the delivery has failed.
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { DataSource } from 'typeorm';
import type { WebhookDeliveryStatus, WebhookEvent } from '@kruispunt/shared';
import { AuthService } from '../auth/auth.service';
import type { Viewer } from '../auth/viewer';
import { guardedLookup, refusedLiteral } from './webhook-address';
import { loadSubjects, mayBeTold, type SubjectRef } from './webhook-subjects';
import {
  ACTIVE_WEBHOOKS_SQL,
  CLAIM_DELIVERIES_SQL,
  DELETE_EVENTS_SQL,
  DISABLE_WEBHOOK_SQL,
  FORGET_DELIVERIES_SQL,
  INSERT_DELIVERIES_SQL,
  RECORD_ATTEMPT_SQL,
  SETTLED_EVENTS_SQL,
} from './webhook.queries';

/** How long finished deliveries stay in the log (docs/api.md). */
export const LOG_DAYS = 30;
const PRUNE_EVERY_MS = 3_600_000;
const FAN_OUT_BATCH = 200;
const SEND_BATCH = 20;

export interface WebhookRunnerOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  retryDelaysMs: readonly number[];
  pollMs: number;
  coalesceMs: number;
  /** Deliveries one instance sends at once. */
  batchSize?: number;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, the `Kruispunt-Signature` header. */
export function signature(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`;
}

interface EventRow extends SubjectRef {
  id: string;
  event: WebhookEvent;
  last_at: Date;
}

interface ClaimedRow extends SubjectRef {
  id: string;
  event: WebhookEvent;
  body: string;
  attempts: number;
  webhook_id: string;
  user_id: string;
  url: string;
  secret: string;
  disabled_at: Date | null;
}

interface Outcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export class WebhookRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private failing = false;
  private lastPrune = 0;

  constructor(
    private readonly db: DataSource,
    private readonly options: WebhookRunnerOptions,
  ) {}

  start(): void {
    this.schedule(0);
  }

  /** Stops polling and waits for the round in flight (its requests end within the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // `round` never rejects. After a full batch more is waiting: the next round starts at once.
      this.running = this.round().then((more) => {
        this.running = null;
        this.schedule(more ? 0 : this.options.pollMs);
      });
    }, ms);
    this.timer.unref();
  }

  /** One round: fan out what is due, then send what is due. A failure (say, the database down) is logged once, until a round succeeds. */
  async round(): Promise<boolean> {
    try {
      const events = await this.fanOut();
      const sent = await this.deliverDue();
      if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = Date.now();
        await this.db.query(FORGET_DELIVERIES_SQL, [LOG_DAYS]);
      }
      this.failing = false;
      return events === FAN_OUT_BATCH || sent === (this.options.batchSize ?? SEND_BATCH);
    } catch (error) {
      if (!this.failing) console.error('[webhooks] round failed; retrying quietly until it works again:', error instanceof Error ? error.message : error);
      this.failing = true;
      return false;
    }
  }

  /** Events → deliveries, in one transaction; answers how many events were taken. */
  async fanOut(): Promise<number> {
    return this.db.transaction(async (m) => {
      const events = (await m.query(SETTLED_EVENTS_SQL, [this.options.coalesceMs / 1000, FAN_OUT_BATCH])) as EventRow[];
      if (!events.length) return 0;
      const hooks = (await m.query(ACTIVE_WEBHOOKS_SQL)) as { id: string; user_id: string; events: WebhookEvent[] }[];
      const subjects = await loadSubjects((sql, params) => m.query(sql, params), events);
      const viewers = new Map<string, Promise<Viewer | null>>();
      const viewerOf = (userId: string) => viewers.get(userId) ?? viewers.set(userId, new AuthService(this.db).viewerOfUser(userId)).get(userId)!;
      // The body is written once: every retry sends the same bytes, with the same delivery id.
      const deliveries: { id: string; webhook_id: string; event: WebhookEvent; entity_type: string; entity_id: string; snapshot: unknown; body: string }[] = [];
      for (const e of events) {
        const subject = subjects.get(e.entity_id);
        if (!subject) continue; // gone since, and its deletion is an event of its own
        for (const hook of hooks) {
          if (!hook.events.includes(e.event) || !mayBeTold(await viewerOf(hook.user_id), subject)) continue;
          const id = randomUUID();
          const body = JSON.stringify({ id, event: e.event, occurredAt: new Date(e.last_at).toISOString(), data: subject.data });
          deliveries.push({ id, webhook_id: hook.id, event: e.event, entity_type: e.entity_type, entity_id: e.entity_id, snapshot: e.snapshot, body });
        }
      }
      if (deliveries.length) {
        await m.query(INSERT_DELIVERIES_SQL, [JSON.stringify(deliveries)]);
      }
      await m.query(DELETE_EVENTS_SQL, [events.map((e) => e.id)]);
      return events.length;
    });
  }

  /** Claims the due deliveries, sends them at once, records each outcome; answers how many were claimed. */
  async deliverDue(): Promise<number> {
    const leaseSeconds = (this.options.timeoutMs + 30_000) / 1000;
    const claimed = (await this.db.query(CLAIM_DELIVERIES_SQL, [leaseSeconds, this.options.batchSize ?? SEND_BATCH])) as ClaimedRow[];
    if (!claimed.length) return 0;
    const subjects = await loadSubjects((sql, params) => this.db.query(sql, params), claimed);
    const auth = new AuthService(this.db);
    await Promise.all(
      claimed.map(async (d) => {
        if (d.disabled_at) return this.finish(d, 'CANCELLED', { statusCode: null, error: 'The webhook is disabled.', durationMs: 0 }, null);
        const subject = subjects.get(d.entity_id);
        if (!subject || !mayBeTold(await auth.viewerOfUser(d.user_id), subject)) {
          return this.finish(d, 'CANCELLED', { statusCode: null, error: 'Its owner may no longer see this object.', durationMs: 0 }, null);
        }
        const outcome = await this.send(d);
        const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
        if (ok) return this.finish(d, 'DELIVERED', outcome, null);
        if (outcome.statusCode === 410) {
          await this.db.query(DISABLE_WEBHOOK_SQL, [d.webhook_id, 'The receiver answered 410 Gone.']);
          return this.finish(d, 'FAILED', outcome, null);
        }
        const delay = this.options.retryDelaysMs[d.attempts - 1];
        if (delay === undefined) return this.finish(d, 'FAILED', outcome, null);
        // ±20 %: receivers that failed together are not all retried at the same instant.
        return this.finish(d, 'PENDING', outcome, Math.round(delay * (0.8 + Math.random() * 0.4)));
      }),
    );
    return claimed.length;
  }

  /** One POST, never following a redirect, within the timeout. */
  private send(d: ClaimedRow): Promise<Outcome> {
    const started = Date.now();
    const done = (statusCode: number | null, error: string | null): Outcome => ({ statusCode, error, durationMs: Date.now() - started });
    const url = new URL(d.url);
    const literal = refusedLiteral(url, this.options);
    if (literal) return Promise.resolve(done(null, `${literal} is a private address: refused`));
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(d.body)),
      'user-agent': 'Kruispunt-Webhooks/1',
      'kruispunt-event': d.event,
      'kruispunt-delivery': d.id,
      'kruispunt-signature': signature(d.secret, d.body, Math.floor(Date.now() / 1000)),
    };
    return new Promise((resolve) => {
      const request = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers, agent: false, lookup: guardedLookup(this.options) as never }, (res) => {
        clearTimeout(timer);
        // The status is the answer; the body is not read.
        res.destroy();
        resolve(done(res.statusCode ?? null, null));
      });
      const timer = setTimeout(() => request.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
      request.on('error', (error) => {
        clearTimeout(timer);
        resolve(done(null, error.message.slice(0, 300)));
      });
      request.end(d.body);
    });
  }

  private async finish(d: ClaimedRow, status: WebhookDeliveryStatus, outcome: Outcome, retryInMs: number | null): Promise<void> {
    const next = retryInMs === null ? null : new Date(Date.now() + retryInMs);
    const entry = {
      attempt: d.attempts,
      at: new Date(Date.now() - outcome.durationMs).toISOString(),
      statusCode: outcome.statusCode,
      error: outcome.error,
      durationMs: outcome.durationMs,
      nextAttemptAt: next?.toISOString() ?? null,
    };
    await this.db.query(RECORD_ATTEMPT_SQL, [d.id, status, next, outcome.statusCode, outcome.error, JSON.stringify(entry)]);
  }
}
