import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { WebhookEvent } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { WebhookEventEnum } from '../../graphql/enums';
import { User } from '../auth/auth.entity';

@ObjectType({ description: 'An address Kruispunt POSTs signed events to (docs/api.md, "Webhooks"). Its signing secret is shown once, at creation.' })
@Entity('webhook')
export class Webhook extends BaseEntity {
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index('IDX_webhook_user')
  @Column({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Field(() => String, { description: 'Where the events are POSTed (https).' })
  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Field(() => [WebhookEventEnum], { description: 'The events it is told.' })
  @Column({ type: 'varchar', length: 40, array: true })
  events: WebhookEvent[];

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  /** The HMAC key of `Kruispunt-Signature`: stored (deliveries are signed with it), never exposed after creation. */
  @Column({ type: 'varchar', length: 100 })
  secret: string;

  @Field(() => Date, { nullable: true, description: 'When it stopped receiving events (its receiver answered 410 Gone); null while active.' })
  @Column({ type: 'timestamptz', nullable: true, name: 'disabled_at' })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  @Column({ type: 'varchar', length: 300, nullable: true, name: 'disabled_reason' })
  disabledReason: string | null;
}
