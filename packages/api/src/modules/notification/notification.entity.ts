import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NOTIFICATION_KINDS, notificationText, type NotificationKind, type NotificationParams } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../auth/auth.entity';
import { NotificationKindEnum } from '../../graphql/enums';
import { Node } from '../../graphql/node';

/**
 * One event for one recipient, written in the transaction of the event (notification/notify.ts).
 * Readable by its recipient only. `emailedAt` is for the mail job: null until sent.
 */
@ObjectType({ description: 'A notification in your inbox (melding): something happened to an item you may read.', implements: Node })
@Entity('notification')
// Made by the migration: the inbox (newest first), the unread ones, the unsent ones (partial).
@Index('IDX_notification_inbox', { synchronize: false })
@Index('IDX_notification_unread', { synchronize: false })
@Index('IDX_notification_unsent', { synchronize: false })
export class Notification extends BaseEntity {
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'FK_notification_recipient' })
  recipient?: User;

  @Column({ type: 'uuid', name: 'recipient_id' })
  recipientId: string;

  @Field(() => NotificationKindEnum, { description: 'What happened.' })
  @Column({ type: 'varchar', length: 40, enum: NOTIFICATION_KINDS })
  kind: NotificationKind;

  /** The entity the event is about (Remark, OwnershipInvitation, Action, WorkingGroup, Project, ActionPlan). */
  @Column({ type: 'varchar', length: 40, name: 'subject_type' })
  subjectType: string;

  @Column({ type: 'uuid', name: 'subject_id' })
  subjectId: string;

  @Column({ type: 'uuid', nullable: true, name: 'actor_id' })
  actorId: string | null;

  @Field(() => String, { description: 'Who did it (their name then).' })
  @Column({ type: 'varchar', length: 200, name: 'actor_name' })
  actorName: string;

  /** The sentence's parts and the link's target, as they were at the event. */
  @Column({ type: 'jsonb', default: {} })
  params: NotificationParams & NotificationTargetData;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  @Column({ type: 'timestamptz', nullable: true, name: 'read_at' })
  readAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true, name: 'emailed_at' })
  emailedAt: Date | null;

  @Field(() => Boolean, { description: 'Whether you marked it read.' })
  get read(): boolean {
    return this.readAt !== null;
  }

  @Field(() => String, { description: 'The sentence, in Dutch: "Coach An heeft een opmerking geplaatst bij Actie 1.2.3".' })
  get text(): string {
    return notificationText(this.kind, this.actorName, this.params);
  }

  @Field(() => String, { nullable: true, description: 'The first words of the remark or reply, if it is about one.' })
  get excerpt(): string | null {
    return this.params.excerpt ?? null;
  }
}

/** Where a notification leads: the item a client opens (an action, a plan, a working group or project). */
export interface NotificationTargetData {
  targetType: 'Action' | 'ActionPlan' | 'YearReport' | 'Zone' | 'WorkingGroup' | 'Project';
  /** The target's uuid. */
  targetId: string;
  /** For a plan: its zone's slug and year (the web's address of a plan). */
  zoneSlug?: string | null;
  year?: number | null;
}
