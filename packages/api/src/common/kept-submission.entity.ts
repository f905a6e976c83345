import { Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { BaseEntity } from './base.entity';

/**
 * Something handed in, kept exactly as it went in: who and when, its JSON and its Word file's
 * bytes (an action plan's submission, a yearly report's). Each kind adds its parent and its
 * download addresses.
 */
@ObjectType()
export abstract class KeptSubmission extends BaseEntity {
  @Field(() => Date, { description: 'When it was submitted.' })
  @Column({ type: 'timestamptz', name: 'submitted_at' })
  submittedAt: Date;

  @Column({ type: 'uuid', nullable: true, name: 'submitted_by_id' })
  submittedById: string | null;

  @Field(() => String, { nullable: true, description: 'Who submitted it (name as recorded then).' })
  @Column({ type: 'varchar', length: 300, nullable: true, name: 'submitted_by_name' })
  submittedByName: string | null;

  /** The JSON as submitted (the .json download). */
  @Column({ type: 'jsonb' })
  json: unknown;

  /** The Word file's bytes as submitted. */
  @Column({ type: 'bytea' })
  docx: Buffer;
}
