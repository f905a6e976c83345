import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { GOAL_KINDS, type GoalKind } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { GoalKindEnum } from '../../graphql/enums';
import { Zone } from '../zone/zone.entity';

@ObjectType({ description: "A zone's multi-year plan (meerjarenplan / beleidsplan), e.g. 2024-2026.", implements: Node })
@Entity('multi_year_plan')
@Unique(['zoneId', 'yearFrom'])
export class MultiYearPlan extends BaseEntity {
  @ManyToOne(() => Zone, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id' })
  zone?: Zone;

  @Index()
  @Column({ type: 'uuid', name: 'zone_id' })
  zoneId: string;

  @Field(() => Int, { description: 'First year of the plan.' })
  @Column({ type: 'smallint', name: 'year_from' })
  yearFrom: number;

  @Field(() => Int, { description: 'Last year of the plan.' })
  @Column({ type: 'smallint', name: 'year_to' })
  yearTo: number;

  @Field(() => String, { description: 'Title of the plan.' })
  @Column({ type: 'varchar', length: 300 })
  title: string;
}

@ObjectType({ description: 'A strategic goal (strategische doelstelling, SD) of a multi-year plan.', implements: Node })
@Entity('strategic_goal')
@Unique(['multiYearPlanId', 'number'])
export class StrategicGoal extends BaseEntity {
  @ManyToOne(() => MultiYearPlan, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'multi_year_plan_id' })
  multiYearPlan?: MultiYearPlan;

  @Column({ type: 'uuid', name: 'multi_year_plan_id' })
  multiYearPlanId: string;

  @Field(() => String, { description: 'Number as the plan gives it, e.g. "1".' })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Field(() => String, { description: 'The goal as worded in the plan.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => GoalKindEnum, { description: 'Governance of the zone council, or content.' })
  @Column({ type: 'enum', enum: GOAL_KINDS, enumName: 'goal_kind' })
  kind: GoalKind;

  @Field(() => Int, { description: 'Order within the plan.' })
  @Column({ type: 'smallint', default: 0 })
  position: number;
  @Field(() => Date, {
    nullable: true,
    description: 'When the goal was retired (stopgezet): kept for history and the actions that refer to it, not offered for new actions. Null while in use.',
  })
  @Column({ type: 'timestamptz', name: 'retired_at', nullable: true })
  retiredAt: Date | null;

  @Field(() => Boolean, { description: 'Whether the goal is retired (see retiredAt).' })
  get retired(): boolean {
    return this.retiredAt != null;
  }
}

@ObjectType({ description: 'An operational goal (operationele doelstelling, OD) under a strategic goal.', implements: Node })
@Entity('operational_goal')
@Unique(['strategicGoalId', 'number'])
export class OperationalGoal extends BaseEntity {
  @ManyToOne(() => StrategicGoal, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategic_goal_id' })
  strategicGoal?: StrategicGoal;

  @Column({ type: 'uuid', name: 'strategic_goal_id' })
  strategicGoalId: string;

  @Field(() => String, { description: 'Number as the plan gives it, e.g. "1.2".' })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Field(() => String, { description: 'The goal as worded in the plan.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Deadline of the goal (ISO date), e.g. "Eind 2025" → 2025-12-31.' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Field(() => [String], { description: 'Indicators the plan gives for this goal.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  indicators: string[];

  @Field(() => Int, { description: 'Order within the strategic goal.' })
  @Column({ type: 'smallint', default: 0 })
  position: number;
  @Field(() => Date, {
    nullable: true,
    description: 'When the goal was retired (stopgezet): kept for history and the actions that refer to it, not offered for new actions. Null while in use.',
  })
  @Column({ type: 'timestamptz', name: 'retired_at', nullable: true })
  retiredAt: Date | null;

  @Field(() => Boolean, { description: 'Whether the goal is retired (see retiredAt).' })
  get retired(): boolean {
    return this.retiredAt != null;
  }
}
