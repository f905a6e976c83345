import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { ActionPlan } from '../action-plan/action-plan.entity';

/** A remark a coach (or a zone member) leaves on a plan or one of its actions; the zone resolves it. */
@ObjectType({ description: 'A remark on an action plan or one of its actions (opmerking), e.g. from a VIVEL coach.', implements: Node })
@Entity('remark')
export class Remark extends BaseEntity {
  @ManyToOne(() => ActionPlan, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_plan_id' })
  actionPlan?: ActionPlan;

  @Index()
  @Column({ type: 'uuid', name: 'action_plan_id' })
  actionPlanId: string;

  /** Set when the remark is about one action of the plan. */
  @Index()
  @Column({ type: 'uuid', nullable: true, name: 'action_id' })
  actionId: string | null;

  @Field(() => String, { description: 'The remark.' })
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId: string;

  @Field(() => String, { description: 'Name of the author.' })
  @Column({ type: 'varchar', length: 200, name: 'author_name' })
  authorName: string;

  @Field(() => Date, { nullable: true, description: 'When the zone marked it resolved.' })
  @Column({ type: 'timestamptz', nullable: true, name: 'resolved_at' })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true, name: 'resolved_by_id' })
  resolvedById: string | null;

  @Field(() => String, { nullable: true, description: 'How it was resolved, as the zone wrote when resolving it (cleared when reopened).' })
  @Column({ type: 'text', nullable: true, name: 'resolution_note' })
  resolutionNote: string | null;
}
