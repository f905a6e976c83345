import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSON } from 'graphql-scalars';

/** One recorded change: who, when, which entity, which fields, before and after. Append-only. */
@ObjectType({ description: 'A recorded change of an entity (audit trail).' })
@Entity('audit_entry')
@Index(['entityId', 'at'])
// The deletions feed (partial index on DELETE entries, migration FollowChanges).
@Index('IDX_audit_entry_deletions', { synchronize: false })
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date, { description: 'When the change was made.' })
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { description: 'Type of the changed entity, e.g. "Action".' })
  @Column({ type: 'varchar', length: 60, name: 'entity_type' })
  entityType: string;

  @Column({ type: 'uuid', name: 'entity_id' })
  entityId: string;

  @Field(() => String, { description: 'CREATE, UPDATE or DELETE.' })
  @Column({ type: 'varchar', length: 10 })
  operation: 'CREATE' | 'UPDATE' | 'DELETE';

  @Column({ type: 'uuid', nullable: true, name: 'user_id' })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true, name: 'api_token_id' })
  apiTokenId: string | null;

  @Field(() => String, { nullable: true, description: 'Name of who made the change (user, or token with its owner).' })
  @Column({ type: 'varchar', length: 300, nullable: true, name: 'actor_name' })
  actorName: string | null;

  @Field(() => [String], { description: 'Names of the changed fields.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'Values before the change, per field.' })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Values after the change, per field.' })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
