import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, Unique } from 'typeorm';
import { WORKING_GROUP_KINDS, type WorkingGroupKind } from '@kruispunt/shared';
import { Collaboration } from './collaboration';
import { SharedWorkEntity } from './shared-work.entity';
import { Node } from '../../graphql/node';
import { CoOwned } from '../sharing/co-owned';
import { OwnershipRow } from './ownership';
import { WorkingGroupKindEnum } from '../../graphql/enums';
import { Partner } from '../partner/partner.entity';
import { Theme } from '../theme/theme.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({
  description: 'A standing group that carries work (werkgroep, stuurgroep, klankbordgroep, projectgroep); may be owned by several zones.',
  implements: [Node, Collaboration, CoOwned],
})
@Entity('working_group')
export class WorkingGroup extends SharedWorkEntity {
  @Field(() => WorkingGroupKindEnum, { description: 'Kind of group.' })
  @Column({ type: 'enum', enum: WORKING_GROUP_KINDS, enumName: 'working_group_kind' })
  kind: WorkingGroupKind;

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'working_group_member', joinColumn: { name: 'working_group_id' }, inverseJoinColumn: { name: 'partner_id' } })
  members?: Partner[];

  @ManyToMany(() => Theme)
  @JoinTable({ name: 'working_group_theme', joinColumn: { name: 'working_group_id' }, inverseJoinColumn: { name: 'theme_id' } })
  themes?: Theme[];
}

@Entity('working_group_owner')
@Unique(['workingGroupId', 'zoneId'])
export class WorkingGroupOwner extends OwnershipRow {
  @ManyToOne(() => WorkingGroup, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup?: WorkingGroup;

  @Column({ type: 'uuid', name: 'working_group_id' })
  workingGroupId: string;

  @ManyToOne(() => Zone, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id' })
  zone?: Zone;
}
