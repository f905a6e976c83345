import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';

@ObjectType({ description: 'A group of neighbouring zones (regio), e.g. Oost-Brabant.', implements: Node })
@Entity('region')
export class Region extends BaseEntity {
  @Field(() => String, { description: 'Name of the region.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { description: 'URL-friendly name.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Field(() => String, { nullable: true, description: 'Free description.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address (set by administrators): where requests such as "Vraag om mee te trekken" go.' })
  @Column({ type: 'varchar', length: 320, nullable: true, name: 'contact_email' })
  contactEmail: string | null;
}
