import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { KeptSubmission } from '../../common/kept-submission.entity';
import { Node } from '../../graphql/node';
import { ActionPlan } from './action-plan.entity';

/**
 * The plan exactly as it was handed in: the import-shape JSON and the Word export, made in the
 * same transaction as the status change, with who and when. Kept when the plan is reopened, so
 * every submission stays downloadable (GET /api/submissions/<id>.docx | .json).
 */
@ObjectType({ description: 'A submitted version of an action plan, as it went to the Departement Zorg.', implements: Node })
@Entity('plan_submission')
export class PlanSubmission extends KeptSubmission {
  @ManyToOne(() => ActionPlan, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_plan_id' })
  actionPlan?: ActionPlan;

  @Index()
  @Column({ type: 'uuid', name: 'action_plan_id' })
  actionPlanId: string;

  @Field(() => String, { description: 'Where to download the Word export as it was submitted.' })
  get docxUrl(): string {
    return `/api/submissions/${this.globalId}.docx`;
  }

  @Field(() => String, { description: 'Where to download the import-shape JSON as it was submitted.' })
  get jsonUrl(): string {
    return `/api/submissions/${this.globalId}.json`;
  }
}
