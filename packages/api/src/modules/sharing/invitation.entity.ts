import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { INVITATION_STATUSES, OWNER_ROLES, type InvitationStatus, type OwnerRole } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { InvitationStatusEnum, OwnerRoleEnum } from '../../graphql/enums';
import { Zone } from '../zone/zone.entity';

export const SHARED_KINDS = ['WorkingGroup', 'Project', 'Action'] as const;
export type SharedKind = (typeof SHARED_KINDS)[number];

/** An owner zone invites another zone to co-own a working group, project or action. */
@ObjectType({ description: 'An invitation to co-own shared work; pending until an editor of the invited zone accepts.', implements: Node })
@Entity('ownership_invitation')
@Index(['invitedZoneId', 'status'])
export class OwnershipInvitation extends BaseEntity {
  @Field(() => String, { description: 'Kind of the shared item: WorkingGroup, Project or Action.' })
  @Column({ type: 'varchar', length: 20, name: 'subject_type' })
  subjectType: SharedKind;

  @Index()
  @Column({ type: 'uuid', name: 'subject_id' })
  subjectId: string;

  @ManyToOne(() => Zone, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_zone_id' })
  invitedZone?: Zone;

  @Column({ type: 'uuid', name: 'invited_zone_id' })
  invitedZoneId: string;

  @ManyToOne(() => Zone, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inviting_zone_id' })
  invitingZone?: Zone;

  @Column({ type: 'uuid', name: 'inviting_zone_id' })
  invitingZoneId: string;

  @Field(() => OwnerRoleEnum, { description: 'The role offered to the invited zone.' })
  @Column({ type: 'enum', enum: OWNER_ROLES, enumName: 'owner_role' })
  role: OwnerRole;

  @Field(() => InvitationStatusEnum, { description: 'Pending, accepted, declined or withdrawn.' })
  @Column({ type: 'enum', enum: INVITATION_STATUSES, enumName: 'invitation_status', default: 'PENDING' })
  status: InvitationStatus;

  @Field(() => String, { nullable: true, description: 'Message to the invited zone.' })
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'uuid', nullable: true, name: 'created_by_id' })
  createdById: string | null;
}
