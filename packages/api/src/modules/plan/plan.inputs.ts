// GraphQL inputs of the multi-year plan and its goals. They mirror the shared zod schemas
// (multiYearPlanSchema, strategicGoalSchema, operationalGoalSchema), which the service applies;
// in an update, fields left out stay as they are.
import { Field, ID, InputType, Int } from 'type-graphql';
import type { GoalKind } from '@kruispunt/shared';
import { GoalKindEnum } from '../../graphql/enums';

@InputType({ description: 'A multi-year plan (meerjarenplan). In an update, fields left out stay unchanged.' })
export class MultiYearPlanInput {
  @Field(() => Int, { nullable: true, description: 'First year (required when creating).' })
  yearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'Last year, not before the first (required when creating).' })
  yearTo?: number;

  @Field(() => String, { nullable: true, description: 'Title of the plan (required when creating).' })
  title?: string;
}

@InputType({ description: 'A strategic goal (SD). In an update, fields left out stay unchanged.' })
export class StrategicGoalInput {
  @Field(() => String, { nullable: true, description: 'Number as the plan gives it, e.g. "1"; unique within the plan (required when creating).' })
  number?: string;

  @Field(() => String, { nullable: true, description: 'The goal as worded in the plan (required when creating).' })
  title?: string;

  @Field(() => GoalKindEnum, { nullable: true, description: 'Governance or content (required when creating).' })
  kind?: GoalKind;

  @Field(() => Int, { nullable: true, description: 'Order within the plan; new goals go last.' })
  position?: number;

  @Field(() => Boolean, { nullable: true, description: 'Retired (stopgezet): kept for history and the actions that refer to it, not offered for new actions. False puts it back in use.' })
  retired?: boolean;
}

@InputType({ description: 'An operational goal (OD). In an update, fields left out stay unchanged; null clears.' })
export class OperationalGoalInput {
  @Field(() => String, { nullable: true, description: 'Number as the plan gives it, e.g. "1.2"; unique within its strategic goal (required when creating).' })
  number?: string;

  @Field(() => String, { nullable: true, description: 'The goal as worded in the plan (required when creating).' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'Deadline (ISO date).' })
  deadline?: string | null;

  @Field(() => [String], { nullable: true, description: 'Indicators the plan gives for this goal (replaces the list).' })
  indicators?: string[];

  @Field(() => Int, { nullable: true, description: 'Order within the strategic goal; new goals go last.' })
  position?: number;

  @Field(() => Boolean, { nullable: true, description: 'Retired (stopgezet): kept for history and the actions that refer to it, not offered for new actions. False puts it back in use.' })
  retired?: boolean;
}

@InputType({ description: 'One strategic goal in a new order, with its operational goals in their new order.' })
export class GoalOrderInput {
  @Field(() => ID, { description: 'The strategic goal.' })
  strategicGoalId: string;

  @Field(() => [ID], { description: 'All its operational goals, in the new order.' })
  operationalGoalIds: string[];
}
