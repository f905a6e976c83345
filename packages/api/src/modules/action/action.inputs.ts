// GraphQL inputs of the action sheet. They mirror the shared zod schemas (packages/shared
// validation.ts), which the service applies; in an update, a field left out stays as it is.
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EvaluationKind, FundingKind, ProgressStatus, PlanCheckCode, PlanCheckSeverity } from '@kruispunt/shared';
import { EvaluationKindEnum, FundingKindEnum, PlanCheckCodeEnum, PlanCheckSeverityEnum, ProgressStatusEnum } from '../../graphql/enums';
import { Action } from './action.entity';

@InputType({ description: 'The lead (trekker): free text with optional links.' })
export class ActionLeadInput {
  @Field(() => String, { description: 'The lead as the zone words it.' })
  text: string;

  @Field(() => ID, { nullable: true, description: 'The lead zone.' })
  zoneId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead partner.' })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead working group.' })
  workingGroupId?: string | null;
}

@InputType({ description: 'A step of the plan (Hoe?).' })
export class ActionStepInput {
  @Field(() => String, { description: 'What happens.' })
  text: string;

  @Field(() => Int, { nullable: true, description: 'Milestone month, 1-12.' })
  month?: number | null;

  @Field(() => String, { nullable: true, description: 'Milestone date (ISO date).' })
  date?: string | null;
}

@InputType({ description: 'One evaluation kind: ticked or not, with its text.' })
export class EvaluationPartInput {
  @Field(() => Boolean, { description: 'Ticked (☒).' })
  chosen: boolean;

  @Field(() => String, { nullable: true, description: 'What and how.' })
  text?: string | null;
}

@InputType({ description: 'The evaluation section.' })
export class ActionEvaluationInput {
  @Field(() => EvaluationPartInput, { description: 'Procesevaluatie.' })
  process: EvaluationPartInput;

  @Field(() => EvaluationPartInput, { description: 'Resultaatgerichte evaluatie (output).' })
  output: EvaluationPartInput;

  @Field(() => EvaluationPartInput, { description: 'Impact evaluatie (outcome).' })
  outcome: EvaluationPartInput;
}

@InputType({ description: 'An indicator; give the id of an existing one to keep its progress values.' })
export class ActionIndicatorInput {
  @Field(() => ID, { nullable: true, description: 'Id of an existing indicator.' })
  id?: string | null;

  @Field(() => String, { description: 'What is measured.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'How it is measured.' })
  method?: string | null;

  @Field(() => Float, { nullable: true, description: 'Target value.' })
  targetValue?: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the target.' })
  targetUnit?: string | null;

  @Field(() => EvaluationKindEnum, { description: 'Evaluation kind it belongs to.' })
  kind: EvaluationKind;
}

@InputType({ description: "A month of the timeline; a milestone given here becomes a step's milestone month (the step with that text, else a new step)." })
export class ActionMonthInput {
  @Field(() => Int, { description: 'Month, 1-12.' })
  month: number;

  @Field(() => String, {
    nullable: true,
    description: 'Milestone: sets or adds the step with this text and this milestone month. Read milestones from the steps or from ActionMonth.milestones.',
  })
  milestone?: string | null;
}

@InputType({ description: 'The sections of an action sheet. In an update, fields left out stay unchanged; null clears.' })
export class ActionInput {
  @Field(() => String, { nullable: true, description: 'Number, e.g. "1.1.1".' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'Title (required when creating).' })
  title?: string;

  @Field(() => ID, { nullable: true, description: "Operational goal (of the plan's multi-year plan)." })
  operationalGoalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Strategic goal, when the action has no operational goal.' })
  strategicGoalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Wat?' })
  what?: string | null;

  @Field(() => [String], { nullable: true, description: 'Wat ga je wel doen?' })
  inScope?: string[];

  @Field(() => [String], { nullable: true, description: 'Wat ga je niet doen?' })
  outOfScope?: string[];

  @Field(() => String, { nullable: true, description: 'Waarom?' })
  why?: string | null;

  @Field(() => [String], { nullable: true, description: 'Doelgroepen.' })
  targetGroups?: string[];

  @Field(() => ActionLeadInput, { nullable: true, description: 'Trekker.' })
  lead?: ActionLeadInput | null;

  @Field(() => String, { nullable: true, description: 'Role of the zone council when it is not the lead.' })
  councilRole?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Named partner stakeholders.' })
  stakeholderPartnerIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Other stakeholders.' })
  stakeholdersOther?: string[];

  @Field(() => [ActionStepInput], { nullable: true, description: 'Steps, in order (replaces the list).' })
  steps?: ActionStepInput[];

  @Field(() => ActionEvaluationInput, { nullable: true, description: 'Evaluation.' })
  evaluation?: ActionEvaluationInput;

  @Field(() => [ActionIndicatorInput], { nullable: true, description: 'Indicators, in order (existing ones by id keep their values; left-out ones are removed).' })
  indicators?: ActionIndicatorInput[];

  @Field(() => [ActionMonthInput], { nullable: true, description: 'Timeline months (replaces the list).' })
  timeline?: ActionMonthInput[];

  @Field(() => String, { nullable: true, description: 'Start date (ISO date).' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'End date (ISO date).' })
  endDate?: string | null;

  @Field(() => FundingKindEnum, { nullable: true, description: 'Funding.' })
  funding?: FundingKind;

  @Field(() => String, { nullable: true, description: 'Remark about the funding.' })
  fundingRemark?: string | null;

  @Field(() => [String], { nullable: true, description: 'Links as worded ("SD 1 – OD 3").' })
  linkNotes?: string[];

  @Field(() => [String], { nullable: true, description: 'Communication channels.' })
  communicationChannels?: string[];

  @Field(() => [ID], { nullable: true, description: 'Themes.' })
  themeIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Working groups.' })
  workingGroupIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Projects.' })
  projectIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Other actions this one links to.' })
  linkedActionIds?: string[];

  @Field(() => ProgressStatusEnum, { nullable: true, description: 'Progress status.' })
  progressStatus?: ProgressStatus;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The person to ask about the action: a user who is a member of the plan's zone or of an owner zone (see `contactPersonCandidates`); null clears.",
  })
  contactPersonId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Estimated effort in working days for the whole action (≥ 0; null: not estimated).' })
  estimatedDays?: number | null;
}

@ObjectType({ description: 'A check of the template that a plan or action fails (e.g. no evaluation kind chosen).' })
export class PlanCheckResult {
  @Field(() => PlanCheckCodeEnum, { description: 'Which check.' })
  code: PlanCheckCode;

  @Field(() => PlanCheckSeverityEnum, { description: 'ERROR blocks submitting the plan; WARNING does not.' })
  severity: PlanCheckSeverity;

  @Field(() => ID, { nullable: true, description: 'The action concerned (global id), if any.' })
  actionId: string | null;

  @Field(() => String, { description: 'Dutch explanation.' })
  message: string;
}

@ObjectType({ description: 'Result of saving an action: the action and the template checks it still fails (warnings).' })
export class ActionPayload {
  @Field(() => Action, { description: 'The saved action.' })
  action: Action;

  @Field(() => [PlanCheckResult], { description: 'Warnings, e.g. no evaluation kind chosen yet.' })
  warnings: PlanCheckResult[];
}
