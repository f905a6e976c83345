import { Field, ObjectType } from 'type-graphql';
import { Column, Index } from 'typeorm';
import { OWNER_ROLES, type OwnerRole } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { OwnerRoleEnum } from '../../graphql/enums';
import { Zone } from '../zone/zone.entity';

/** Columns every owner row shares: the owner zone and its role. Subclasses add the owned entity. */
export abstract class OwnershipRow extends BaseEntity {
  @Index()
  @Column({ type: 'uuid', name: 'zone_id' })
  zoneId: string;

  @Column({ type: 'enum', enum: OWNER_ROLES, enumName: 'owner_role' })
  role: OwnerRole;
}

@ObjectType({ description: 'An owner zone of shared work, with its role. Every editor of an owner zone may edit the shared item.' })
export class Ownership {
  @Field(() => Zone, { description: 'The owner zone.' })
  zone: Zone;

  @Field(() => OwnerRoleEnum, { description: 'The role the zone takes (trekker, mede-trekker, penhouder, ...).' })
  role: OwnerRole;

  @Field(() => Date, { description: 'Since when the zone owns it.' })
  since: Date;
}
