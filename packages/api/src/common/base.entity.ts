import { Field, ID, ObjectType, Int } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { toGlobalId } from './global-id';

/**
 * Every stored row: a uuid key, a `version` for optimistic concurrency (clients send back the
 * version they saw; an update against another version is a conflict), and timestamps.
 */
@ObjectType()
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { name: 'id', description: 'Global, opaque identifier (usable with `node(id:)`).' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }

  @Field(() => String, { description: 'The row key (uuid); prefer `id` in clients.' })
  get uuid(): string {
    return this.id;
  }

  @Field(() => Int, {
    description:
      "Incremented on every change of this object's own fields; send it back with an update to detect concurrent edits. A change under it (an action's measured values, reviews, owners) leaves it as it is: see `updatedAt`.",
  })
  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @Field(() => Date, { description: 'When the row was created.' })
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, {
    description: 'When the row was last changed; for an action, action plan, working group or project also when anything under it changed (docs/api.md, "Following changes").',
  })
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
