import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';

@ObjectType({ description: 'A theme of the shared vocabulary (thema), e.g. Personeelstekort.', implements: Node })
@Entity('theme')
export class Theme extends BaseEntity {
  @Field(() => String, { description: 'Stable key, e.g. `personeelstekort`.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Field(() => String, { description: 'Dutch display name.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;
}
