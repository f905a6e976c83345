import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { ActionPlan } from './action-plan.entity';

/**
 * The plan exactly as it was handed in: the import-shape JSON and the Word export, made in the
 * same transaction as the status change, with who and when. Kept when the plan is reopened, so
 * every submission stays downloadable (GET /api/submissions/<id>.docx | .json).
 */
@ObjectType({ description: 'A submitted version of an action plan, as it went to the Departement Zorg.', implements: Node })
@Entity('plan_submission')
export class PlanSubmission extends BaseEntity {
  @ManyToOne(() => ActionPlan, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_plan_id' })
  actionPlan?: ActionPlan;

  @Index()
  @Column({ type: 'uuid', name: 'action_plan_id' })
  actionPlanId: string;

  @Field(() => Date, { description: 'When it was submitted.' })
  @Column({ type: 'timestamptz', name: 'submitted_at' })
  submittedAt: Date;

  @Column({ type: 'uuid', nullable: true, name: 'submitted_by_id' })
  submittedById: string | null;

  @Field(() => String, { nullable: true, description: 'Who submitted it (name as recorded then).' })
  @Column({ type: 'varchar', length: 300, nullable: true, name: 'submitted_by_name' })
  submittedByName: string | null;

  /** The import-shape JSON of the plan (the .json export). */
  @Column({ type: 'jsonb' })
  json: unknown;

  @Field(() => String, { description: 'Where to download the Word export as it was submitted.' })
  get docxUrl(): string {
    return `/api/submissions/${this.globalId}.docx`;
  }

  @Field(() => String, { description: 'Where to download the import-shape JSON as it was submitted.' })
  get jsonUrl(): string {
    return `/api/submissions/${this.globalId}.json`;
  }

  /** The Word export's bytes. */
  @Column({ type: 'bytea' })
  docx: Buffer;
}
