import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, Unique } from 'typeorm';
import { EVALUATION_KINDS, FUNDING_KINDS, PROGRESS_STATUSES, type EvaluationKind, type FundingKind, type ProgressStatus } from '@kruispunt/shared';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../graphql/node';
import { CoOwned } from '../sharing/co-owned';
import { OwnershipRow } from '../collaboration/ownership';
import { numericTransformer } from '../../db/transformers';
import { EvaluationKindEnum, FundingKindEnum, ProgressStatusEnum } from '../../graphql/enums';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { User } from '../auth/auth.entity';
import { Partner } from '../partner/partner.entity';
import { OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import type { Project } from '../collaboration/project.entity';
import { Theme } from '../theme/theme.entity';
import type { WorkingGroup } from '../collaboration/working-group.entity';
import { Zone } from '../zone/zone.entity';

/** What the Dutch full-text search of an action looks at: title first, then its texts. */
export const ACTION_SEARCH_EXPRESSION =
  "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(what, '') || ' ' || coalesce(why, '')), 'B') || setweight(to_tsvector('dutch', coalesce(notes, '') || ' ' || coalesce(council_role, '')), 'C')";

/** The subject words "gluren bij de buren" compares: title (A), what/why/in scope (B), target groups (C). */
export const ACTION_SUBJECT_EXPRESSION =
  "setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(what, '') || ' ' || coalesce(why, '') || ' ' || kruispunt_join_texts(in_scope)), 'B') || setweight(to_tsvector('dutch', kruispunt_join_texts(target_groups)), 'C')";

/**
 * An action sheet (actiefiche) with every section of the Departement Zorg template.
 * Sections with several parts (lead, evaluation) are flat columns here, so that SQL can
 * aggregate over them (e.g. evaluation coverage), and nested objects in GraphQL.
 */
@ObjectType({ description: 'An action sheet (actiefiche) of a yearly action plan; may be shared by several owner zones.', implements: [Node, CoOwned] })
@Entity('action')
@Index(['actionPlanId', 'position'])
// With the id, a page of actions is sorted from the index alone (index-only scan), not from whole rows.
@Index('IDX_action_plan_position_id', ['actionPlanId', 'position', 'id'])
// `updatedSince` (migration FollowChanges; triggers move updated_at when a child row changes).
@Index('IDX_action_updated_at', { synchronize: false })
// The database holds the rule the shared schema checks first: no negative estimate.
@Check('CHK_action_estimated_days', '"estimated_days" >= 0')
export class Action extends BaseEntity {
  @ManyToOne(() => ActionPlan, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_plan_id' })
  actionPlan?: ActionPlan;

  @Column({ type: 'uuid', name: 'action_plan_id' })
  actionPlanId: string;

  @Field(() => Int, { description: 'Order within the plan.' })
  @Column({ type: 'smallint', default: 0 })
  position: number;

  @Field(() => String, { nullable: true, description: 'Number as the plan gives it, e.g. "1.1.1".' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  number: string | null;

  @Field(() => String, { description: 'Title of the action (titel).' })
  // Trigram index (gin_trgm_ops) made by the Search migration; TypeORM cannot express its operator class.
  @Index('IDX_action_title_trgm', { synchronize: false })
  @Column({ type: 'text' })
  title: string;

  @ManyToOne(() => OperationalGoal, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'operational_goal_id' })
  operationalGoal?: OperationalGoal | null;

  @Index()
  @Column({ type: 'uuid', name: 'operational_goal_id', nullable: true })
  operationalGoalId: string | null;

  /** Set when the action sits under a strategic goal without an operational goal; otherwise derived from the OD. */
  @ManyToOne(() => StrategicGoal, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'strategic_goal_id' })
  strategicGoal?: StrategicGoal | null;

  @Column({ type: 'uuid', name: 'strategic_goal_id', nullable: true })
  strategicGoalId: string | null;

  @Field(() => String, { nullable: true, description: 'What the action is (Wat?).' })
  @Column({ type: 'text', nullable: true })
  what: string | null;

  @Field(() => [String], { description: 'What the zone will do (wat ga je wel doen).' })
  @Column({ type: 'text', array: true, default: () => "'{}'", name: 'in_scope' })
  inScope: string[];

  @Field(() => [String], { description: 'What the zone will not do (wat ga je niet doen).' })
  @Column({ type: 'text', array: true, default: () => "'{}'", name: 'out_of_scope' })
  outOfScope: string[];

  @Field(() => String, { nullable: true, description: 'Why this action, why now (Waarom?).' })
  @Column({ type: 'text', nullable: true })
  why: string | null;

  @Field(() => [String], { description: 'Target groups (Voor wie? doelgroepen).' })
  @Column({ type: 'text', array: true, default: () => "'{}'", name: 'target_groups' })
  targetGroups: string[];

  @Column({ type: 'text', nullable: true, name: 'lead_text' })
  leadText: string | null;

  @Column({ type: 'uuid', nullable: true, name: 'lead_zone_id' })
  leadZoneId: string | null;

  @ManyToOne(() => Zone, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_zone_id' })
  leadZone?: Zone | null;

  @Column({ type: 'uuid', nullable: true, name: 'lead_partner_id' })
  leadPartnerId: string | null;

  @ManyToOne(() => Partner, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_partner_id' })
  leadPartner?: Partner | null;

  /** The person to ask about the action: a member of one of its owner zones (action-write.service.ts). */
  @Index('IDX_action_contact_user')
  @Column({ type: 'uuid', nullable: true, name: 'contact_user_id' })
  contactUserId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_user_id', foreignKeyConstraintName: 'FK_action_contact_user' })
  contactUser?: User | null;

  @Column({ type: 'uuid', nullable: true, name: 'lead_working_group_id' })
  leadWorkingGroupId: string | null;

  @ManyToOne('WorkingGroup', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_working_group_id' })
  leadWorkingGroup?: WorkingGroup | null;

  @Field(() => String, { nullable: true, description: "The zone council's role when it is not the lead (rol van de zorgraad)." })
  @Column({ type: 'text', nullable: true, name: 'council_role' })
  councilRole: string | null;

  @Field(() => [String], { description: 'Stakeholders that are not a named partner (Met wie?).' })
  @Column({ type: 'text', array: true, default: () => "'{}'", name: 'stakeholders_other' })
  stakeholdersOther: string[];

  @Column({ type: 'boolean', default: false, name: 'evaluation_process' })
  evaluationProcess: boolean;

  @Column({ type: 'text', nullable: true, name: 'evaluation_process_text' })
  evaluationProcessText: string | null;

  @Column({ type: 'boolean', default: false, name: 'evaluation_output' })
  evaluationOutput: boolean;

  @Column({ type: 'text', nullable: true, name: 'evaluation_output_text' })
  evaluationOutputText: string | null;

  @Column({ type: 'boolean', default: false, name: 'evaluation_outcome' })
  evaluationOutcome: boolean;

  @Column({ type: 'text', nullable: true, name: 'evaluation_outcome_text' })
  evaluationOutcomeText: string | null;

  @Field(() => String, { nullable: true, description: 'Start date (ISO date).' })
  @Column({ type: 'date', nullable: true, name: 'start_date' })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'End date (ISO date).' })
  @Column({ type: 'date', nullable: true, name: 'end_date' })
  endDate: string | null;

  @Field(() => FundingKindEnum, { description: 'Funding: regular, extra (met extra financiering), external, conditional (onder voorbehoud).' })
  @Column({ type: 'enum', enum: FUNDING_KINDS, enumName: 'funding_kind', default: 'REGULAR' })
  funding: FundingKind;

  @Field(() => String, { nullable: true, description: 'Remark about the funding.' })
  @Column({ type: 'text', nullable: true, name: 'funding_remark' })
  fundingRemark: string | null;

  @ManyToOne(() => Action, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'continued_from_id' })
  continuedFrom?: Action | null;

  @Index()
  @Column({ type: 'uuid', nullable: true, name: 'continued_from_id' })
  continuedFromId: string | null;

  @Field(() => Boolean, { description: "Carried over from last year's plan (lopende actie)." })
  @Column({ type: 'boolean', default: false, name: 'carried_over' })
  carriedOver: boolean;

  @Field(() => [String], { description: 'Links to other goals or actions as the plan words them ("SD 1 – OD 3").' })
  @Column({ type: 'text', array: true, default: () => "'{}'", name: 'link_notes' })
  linkNotes: string[];

  @Field(() => [String], { description: 'Communication channels (communicatiekanalen).' })
  @Column({ type: 'text', array: true, default: () => "'{}'", name: 'communication_channels' })
  communicationChannels: string[];

  @Field(() => ProgressStatusEnum, { description: 'How far the action stands.' })
  @Column({ type: 'enum', enum: PROGRESS_STATUSES, enumName: 'progress_status', default: 'PLANNED', name: 'progress_status' })
  progressStatus: ProgressStatus;

  @Field(() => String, { nullable: true, description: 'Text of the sheet that fits no section.' })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => Float, { nullable: true, description: 'Estimated effort in working days for the whole action, spread evenly over its running months in ActionPlan.capacity.' })
  @Column({ type: 'numeric', precision: 7, scale: 1, nullable: true, name: 'estimated_days', transformer: numericTransformer })
  estimatedDays: number | null;

  /** Dutch full-text search document, kept by PostgreSQL (GIN-indexed; see migration Search). */
  @Index('IDX_action_search_vector', { synchronize: false })
  @Column({
    type: 'tsvector',
    name: 'search_vector',
    select: false,
    insert: false,
    update: false,
    nullable: true,
    generatedType: 'STORED',
    asExpression: ACTION_SEARCH_EXPRESSION,
  })
  searchVector?: string;

  /** Subject words for "gluren bij de buren" (GIN-indexed; see migration Neighbours). */
  @Index('IDX_action_subject_vector', { synchronize: false })
  @Column({
    type: 'tsvector',
    name: 'subject_vector',
    select: false,
    insert: false,
    update: false,
    nullable: true,
    generatedType: 'STORED',
    asExpression: ACTION_SUBJECT_EXPRESSION,
  })
  subjectVector?: string;

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'action_stakeholder', joinColumn: { name: 'action_id' }, inverseJoinColumn: { name: 'partner_id' } })
  stakeholderPartners?: Partner[];

  @ManyToMany(() => Theme)
  @JoinTable({ name: 'action_theme', joinColumn: { name: 'action_id' }, inverseJoinColumn: { name: 'theme_id' } })
  themes?: Theme[];

  @ManyToMany('WorkingGroup')
  @JoinTable({ name: 'action_working_group', joinColumn: { name: 'action_id' }, inverseJoinColumn: { name: 'working_group_id' } })
  workingGroups?: WorkingGroup[];

  @ManyToMany('Project')
  @JoinTable({ name: 'action_project', joinColumn: { name: 'action_id' }, inverseJoinColumn: { name: 'project_id' } })
  projects?: Project[];
}

@Entity('action_owner')
@Unique(['actionId', 'zoneId'])
export class ActionOwner extends OwnershipRow {
  @ManyToOne(() => Action, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: Action;

  @Column({ type: 'uuid', name: 'action_id' })
  actionId: string;

  @ManyToOne(() => Zone, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'zone_id' })
  zone?: Zone;
}

@ObjectType({ description: "A step of the action's plan (Hoe?), with an optional milestone month or date.", implements: Node })
@Entity('action_step')
@Index(['actionId', 'position'])
export class ActionStep extends BaseEntity {
  @ManyToOne(() => Action, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: Action;

  @Column({ type: 'uuid', name: 'action_id' })
  actionId: string;

  @Field(() => Int, { description: 'Order of the step.' })
  @Column({ type: 'smallint' })
  position: number;

  @Field(() => String, { description: 'What happens in this step.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => Int, { nullable: true, description: 'Milestone month (1-12) of the plan year.' })
  @Column({ type: 'smallint', nullable: true })
  month: number | null;

  @Field(() => String, { nullable: true, description: 'Milestone date (ISO date).' })
  @Column({ type: 'date', nullable: true })
  date: string | null;
}

@ObjectType({ description: 'An indicator of an action (indicator), with how it is measured and its target.', implements: Node })
@Entity('action_indicator')
@Index(['actionId', 'position'])
export class ActionIndicator extends BaseEntity {
  @ManyToOne(() => Action, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: Action;

  @Column({ type: 'uuid', name: 'action_id' })
  actionId: string;

  @Field(() => Int, { description: 'Order of the indicator.' })
  @Column({ type: 'smallint' })
  position: number;

  @Field(() => String, { description: 'What is measured.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'How it is measured (meetmethode).' })
  @Column({ type: 'text', nullable: true })
  method: string | null;

  @Field(() => Float, { nullable: true, description: 'Target value (streefwaarde).' })
  @Column({ type: 'numeric', nullable: true, name: 'target_value', transformer: numericTransformer })
  targetValue: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the target, e.g. "deelnemers", "%".' })
  @Column({ type: 'varchar', length: 100, nullable: true, name: 'target_unit' })
  targetUnit: string | null;

  @Field(() => EvaluationKindEnum, { description: 'The evaluation kind it belongs to.' })
  @Column({ type: 'enum', enum: EVALUATION_KINDS, enumName: 'evaluation_kind' })
  kind: EvaluationKind;
}

@ObjectType({
  description: "A month of the plan year in which the action runs (tijdslijn), with the milestones of its steps (a step's milestone month is always a running month).",
  implements: Node,
})
@Entity('action_month')
@Unique(['actionId', 'month'])
export class ActionMonth extends BaseEntity {
  @ManyToOne(() => Action, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: Action;

  @Column({ type: 'uuid', name: 'action_id' })
  actionId: string;

  @Field(() => Int, { description: 'Month of the plan year, 1-12.' })
  @Column({ type: 'smallint' })
  month: number;

  /** Filled when read (see action-relations.ts): the steps whose milestone month this is. */
  @Field(() => [String], { description: 'Milestones of that month: the texts of the steps with this milestone month, in step order.' })
  milestones: string[];

  @Field(() => String, { nullable: true, description: 'Milestones of that month as one text ("; " between them); set through a step\'s milestone month.' })
  milestone: string | null;
}

@Entity('action_link')
@Unique(['fromActionId', 'toActionId'])
export class ActionLink extends BaseEntity {
  @ManyToOne(() => Action, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_action_id' })
  fromAction?: Action;

  @Index()
  @Column({ type: 'uuid', name: 'from_action_id' })
  fromActionId: string;

  @ManyToOne(() => Action, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_action_id' })
  toAction?: Action;

  @Index()
  @Column({ type: 'uuid', name: 'to_action_id' })
  toActionId: string;

  @Column({ type: 'text', nullable: true })
  remark: string | null;
}

@ObjectType({ description: 'A measured value of an indicator at a date (voortgang).', implements: Node })
@Entity('indicator_value')
@Index(['indicatorId', 'measuredOn'])
export class IndicatorValue extends BaseEntity {
  @ManyToOne(() => ActionIndicator, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: ActionIndicator;

  @Column({ type: 'uuid', name: 'indicator_id' })
  indicatorId: string;

  @Field(() => Float, { description: 'The measured value.' })
  @Column({ type: 'numeric', transformer: numericTransformer })
  value: number;

  @Field(() => String, { description: 'Date of the measurement (ISO date).' })
  @Column({ type: 'date', name: 'measured_on' })
  measuredOn: string;

  @Field(() => String, { nullable: true, description: 'Remark with the measurement.' })
  @Column({ type: 'text', nullable: true })
  remark: string | null;
}

@ObjectType({ description: 'A periodic review of an action (opvolging), e.g. quarterly: how far it stands, what remains, what must change.', implements: Node })
@Entity('action_review')
@Index(['actionId', 'reviewedOn'])
export class ActionReview extends BaseEntity {
  @ManyToOne(() => Action, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: Action;

  @Column({ type: 'uuid', name: 'action_id' })
  actionId: string;

  @Field(() => String, { description: 'Date of the review (ISO date).' })
  @Column({ type: 'date', name: 'reviewed_on' })
  reviewedOn: string;

  @Field(() => Int, { nullable: true, description: 'Quarter of the plan year (1-4) the review covers.' })
  @Column({ type: 'smallint', nullable: true })
  quarter: number | null;

  @Field(() => ProgressStatusEnum, { description: 'Progress status at the review.' })
  @Column({ type: 'enum', enum: PROGRESS_STATUSES, enumName: 'progress_status' })
  status: ProgressStatus;

  @Field(() => String, { description: 'The review note: how far it stands, which steps remain, what must change.' })
  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'uuid', nullable: true, name: 'author_id' })
  authorId: string | null;
}
