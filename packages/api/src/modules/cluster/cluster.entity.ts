import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { CLUSTER_KINDS, type ClusterKind } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { ClusterKindEnum } from '../../graphql/enums';
import { Partner } from '../partner/partner.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: "A cluster of members of a zone council's general assembly (lokale besturen, welzijn, zorg, PZON).", implements: Node })
@Entity('cluster')
export class Cluster extends BaseEntity {
  @ManyToOne(() => Zone, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id' })
  zone?: Zone;

  @Index()
  @Column({ type: 'uuid', name: 'zone_id' })
  zoneId: string;

  @Field(() => ClusterKindEnum, { description: 'Kind of cluster.' })
  @Column({ type: 'enum', enum: CLUSTER_KINDS, enumName: 'cluster_kind' })
  kind: ClusterKind;

  @Field(() => String, { description: 'Name as the zone uses it.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'cluster_member', joinColumn: { name: 'cluster_id' }, inverseJoinColumn: { name: 'partner_id' } })
  members?: Partner[];
}
