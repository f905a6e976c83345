import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: 'An organisation in the network (partner): CAW, OCMW, Diletti, a huisartsenkring, ...', implements: Node })
@Entity('partner')
export class Partner extends BaseEntity {
  @Field(() => String, { description: 'Name of the organisation.' })
  @Index({ unique: true })
  // Trigram index (gin_trgm_ops) for search, made by the Search migration.
  @Index('IDX_partner_name_trgm', { synchronize: false })
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Type or sector (welzijn, zorg, lokaal bestuur, ...).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  sector: string | null;

  /** Zones the partner is active in. */
  @ManyToMany(() => Zone)
  @JoinTable({ name: 'partner_zone', joinColumn: { name: 'partner_id' }, inverseJoinColumn: { name: 'zone_id' } })
  zones?: Zone[];
}
