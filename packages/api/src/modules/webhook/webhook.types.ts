import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { WebhookDeliveryStatus, WebhookEvent } from '@kruispunt/shared';
import { WebhookDeliveryStatusEnum, WebhookEventEnum } from '../../graphql/enums';
import { Webhook } from './webhook.entity';

@InputType({ description: 'A new webhook.' })
export class CreateWebhookInput {
  @Field(() => String, { description: 'Where to POST the events: https, and publicly reachable.' })
  url: string;

  @Field(() => [WebhookEventEnum], { description: 'The events to receive (at least one).' })
  events: WebhookEvent[];

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description?: string | null;
}

@ObjectType({ description: 'A newly registered webhook. The signing secret is shown only now.' })
export class CreatedWebhook {
  @Field(() => Webhook, { description: 'The stored webhook (without its secret).' })
  webhook: Webhook;

  @Field(() => String, { description: 'The HMAC-SHA256 key of the `Kruispunt-Signature` header. It cannot be shown again.' })
  secret: string;
}

@ObjectType({ description: 'One attempt to deliver an event.' })
export class WebhookAttempt {
  @Field(() => Int, { description: '1 for the first try, 2 for the first retry, ...' })
  attempt: number;

  @Field(() => Date, { description: 'When it was sent.' })
  at: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status the receiver answered; null when there was no answer.' })
  statusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed without an answer (timeout, refused address, connection error).' })
  error: string | null;

  @Field(() => Int, { description: 'How long it took, in ms.' })
  durationMs: number;

  @Field(() => Date, { nullable: true, description: 'When it is retried; null when it is not.' })
  nextAttemptAt: Date | null;
}

@ObjectType({ description: 'One event sent to one webhook: the job and its log. The receiver sees its id in `Kruispunt-Delivery` (the same on every retry: use it to ignore a repeat).' })
export class WebhookDelivery {
  @Field(() => ID, { description: "The delivery id (uuid), as in the `Kruispunt-Delivery` header and the body's `id`." })
  id: string;

  @Field(() => WebhookEventEnum, { description: 'The event.' })
  event: WebhookEvent;

  @Field(() => WebhookDeliveryStatusEnum, { description: 'Where it stands.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts so far.' })
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt.' })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: 'The error of the last attempt, when it had no answer.' })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last tried.' })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is (re)tried next; null once delivered, failed or cancelled.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { description: 'When the event was queued for this webhook.' })
  createdAt: Date;

  @Field(() => [WebhookAttempt], { description: 'Every attempt, oldest first.' })
  log: WebhookAttempt[];
}
