import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { PLAN_STATUSES, type PlanStatus } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { PlanStatusEnum } from '../../graphql/enums';
import { MultiYearPlan } from '../plan/plan.entity';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: "A zone's yearly action plan (actieplan), due at the Departement Zorg on 15 October of the year before.", implements: Node })
@Entity('action_plan')
@Unique(['zoneId', 'year'])
export class ActionPlan extends BaseEntity {
  @ManyToOne(() => Zone, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id' })
  zone?: Zone;

  @Index()
  @Column({ type: 'uuid', name: 'zone_id' })
  zoneId: string;

  @ManyToOne(() => MultiYearPlan, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'multi_year_plan_id' })
  multiYearPlan?: MultiYearPlan | null;

  @Column({ type: 'uuid', name: 'multi_year_plan_id', nullable: true })
  multiYearPlanId: string | null;

  @Field(() => Int, { description: 'The plan year.' })
  @Index()
  @Column({ type: 'smallint' })
  year: number;

  @Field(() => PlanStatusEnum, { description: 'Draft (visible to the zone only), published or submitted.' })
  // A new plan starts as a draft: every writer leaves the status to this default.
  @Column({ type: 'enum', enum: PLAN_STATUSES, enumName: 'plan_status', default: 'DRAFT' })
  status: PlanStatus;

  @Field(() => Date, { nullable: true, description: 'When the plan was submitted (ingediend).' })
  @Column({ type: 'timestamptz', nullable: true, name: 'submitted_at' })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'General text: introduction or context of the plan (inleiding).' })
  @Column({ type: 'text', nullable: true, name: 'intro_text' })
  introText: string | null;

  @Field(() => String, { nullable: true, description: 'General text: how the zone reaches specific target groups (communicatie naar specifieke doelgroepen).' })
  @Column({ type: 'text', nullable: true, name: 'target_groups_text' })
  targetGroupsText: string | null;

  @Field(() => String, { nullable: true, description: 'General text: how the zone works as a network organisation (functioneren als netwerkorganisatie).' })
  @Column({ type: 'text', nullable: true, name: 'network_text' })
  networkText: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Set while the three general texts are the ones of the plan of this year, copied when the plan was created and not reviewed yet (edit or confirm them); null once reviewed.',
  })
  @Column({ type: 'smallint', nullable: true, name: 'texts_proposed_from_year' })
  textsProposedFromYear: number | null;
}
