// Registering webhooks and reading their delivery log. Sending is the runner's (webhook.runner.ts).
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createWebhookSchema, type WebhookDeliveryStatus, type WebhookEvent } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { intInRange, parseInput } from '../../common/validate';
import type { Viewer } from '../auth/viewer';
import { checkWebhookUrl, type WebhookAddressPolicy } from './webhook-address';
import { Webhook } from './webhook.entity';
import type { WebhookAttempt, WebhookDelivery } from './webhook.types';
import { DELETE_WEBHOOK_SQL, DELIVERIES_SQL, LOCK_USER_SQL, WEBHOOK_COUNT_SQL } from './webhook.queries';

export interface WebhookPolicy extends WebhookAddressPolicy {
  maxPerUser: number;
}

interface DeliveryRow {
  id: string;
  event: WebhookEvent;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: Date | null;
  next_attempt_at: Date | null;
  created_at: Date;
  log: { attempt: number; at: string; statusCode: number | null; error: string | null; durationMs: number; nextAttemptAt: string | null }[];
}

export class WebhookService {
  constructor(private readonly db: DataSource) {}

  /** Registers a webhook of the caller (a session or a READ_WRITE token); its secret is returned once. */
  async create(viewer: Viewer, input: unknown, policy: WebhookPolicy): Promise<{ webhook: Webhook; secret: string }> {
    const userId = viewer.requireUser();
    viewer.requireWrite();
    const data = parseInput(createWebhookSchema, input);
    const url = checkWebhookUrl(data.url, policy);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const webhook = await this.db.transaction(async (m) => {
      // The user's row locked: two registrations at once cannot both pass the count.
      await m.query(LOCK_USER_SQL, [userId]);
      const [{ count }] = (await m.query(WEBHOOK_COUNT_SQL, [userId])) as { count: number }[];
      if (count >= policy.maxPerUser) {
        const message = `Je hebt al ${count} webhooks: meer dan ${policy.maxPerUser} kan niet. Verwijder er eerst een.`;
        throw new AppError('INVALID_INPUT', message, { field: 'url', issues: [{ field: 'url', message }] });
      }
      const repo = m.getRepository(Webhook);
      return repo.save(repo.create({ userId, url, events: data.events, description: data.description, secret, disabledAt: null, disabledReason: null }));
    });
    return { webhook, secret };
  }

  /** The caller's own webhooks, newest first. */
  async list(viewer: Viewer): Promise<Webhook[]> {
    const userId = viewer.requireUser();
    return this.db.getRepository(Webhook).find({ where: { userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Deletes one of the caller's webhooks (an administrator: anyone's), with its pending deliveries. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const userId = viewer.requireUser();
    viewer.requireWrite();
    const rows = (await this.db.query(DELETE_WEBHOOK_SQL, [id, userId, viewer.isAdmin])) as unknown as [unknown[], number];
    if (!rows[1]) throw new AppError('NOT_FOUND', 'Deze webhook bestaat niet (meer).');
    return true;
  }

  /** The newest deliveries of a webhook the caller may read (its owner: `list` only gives those). */
  async deliveries(webhook: Webhook, first: number): Promise<WebhookDelivery[]> {
    intInRange(first, 'first', 1, 100);
    const rows = (await this.db.query(DELIVERIES_SQL, [webhook.id, first])) as DeliveryRow[];
    return rows.map((r) => ({
      id: r.id,
      event: r.event,
      status: r.status,
      attempts: r.attempts,
      lastStatusCode: r.last_status_code,
      lastError: r.last_error,
      lastAttemptAt: r.last_attempt_at,
      nextAttemptAt: r.next_attempt_at,
      createdAt: r.created_at,
      log: r.log.map((a): WebhookAttempt => ({
        attempt: a.attempt,
        at: new Date(a.at),
        statusCode: a.statusCode,
        error: a.error,
        durationMs: a.durationMs,
        nextAttemptAt: a.nextAttemptAt ? new Date(a.nextAttemptAt) : null,
      })),
    }));
  }
}
