import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { numericTransformer } from '../../db/transformers';
import { Region } from '../region/region.entity';

@ObjectType({ description: 'A primary care zone (eerstelijnszone, ELZ).', implements: Node })
@Entity('zone')
export class Zone extends BaseEntity {
  @ManyToOne(() => Region, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Index()
  @Column({ type: 'uuid', name: 'region_id' })
  regionId: string;

  @Field(() => String, { description: 'Full name, e.g. "ELZ Leuven Zuid".' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { description: 'Short name, e.g. "Leuven Zuid" or "ELZOH".' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100, name: 'short_name' })
  shortName: string;

  @Field(() => String, { description: 'URL-friendly name.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Field(() => [String], { description: 'Municipalities (gemeenten) of the zone.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  municipalities: string[];

  @Field(() => Float, { nullable: true, description: 'Staff in full-time equivalents (VTE).' })
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, name: 'staff_fte', transformer: numericTransformer })
  staffFte: number | null;

  @Field(() => String, { nullable: true, description: 'Share of staff time spent on the network, as the zone words it ("meer dan 50%").' })
  @Column({ type: 'varchar', length: 200, nullable: true, name: 'network_time_share' })
  networkTimeShare: string | null;

  @Field(() => Int, { nullable: true, description: 'That share in percent (lower bound).' })
  @Column({ type: 'smallint', nullable: true, name: 'network_time_percent' })
  networkTimePercent: number | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address (set by administrators): where requests such as "Vraag om mee te trekken" go.' })
  @Column({ type: 'varchar', length: 320, nullable: true, name: 'contact_email' })
  contactEmail: string | null;
}
