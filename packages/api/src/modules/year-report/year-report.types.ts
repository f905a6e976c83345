// GraphQL shapes of the yearly report. The report is generated data (year-report-data.ts), not
// rows: these classes describe the plain objects the service answers.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { YearReportStatus, EvaluationKind, ProgressStatus } from '@kruispunt/shared';
import { EvaluationKindEnum, ProgressStatusEnum, YearReportStatusEnum } from '../../graphql/enums';
import type { PlanAccess } from '../auth/visibility';
import { YearReportSubmission } from './year-report.entity';

@ObjectType({ description: 'An indicator of an action in the yearly report: its target against the latest value measured in the plan year.' })
export class YearReportIndicator {
  @Field(() => String, { description: 'What is measured.' }) name: string;
  @Field(() => EvaluationKindEnum, { description: 'The evaluation kind it belongs to.' }) kind: EvaluationKind;
  @Field(() => String, { nullable: true, description: 'Unit of the target.' }) unit: string | null;
  @Field(() => Float, { nullable: true, description: 'Target value (streefwaarde).' }) target: number | null;
  @Field(() => Float, { nullable: true, description: 'The latest value measured in the plan year.' }) measured: number | null;
  @Field(() => String, { nullable: true, description: 'When that value was measured (ISO date).' }) measuredOn: string | null;
  @Field(() => Int, { nullable: true, description: 'measured / target in whole percent (not capped); null without a target above 0 or a measurement.' }) achievement: number | null;
}

@ObjectType({ description: 'A review of an action as the yearly report shows it.' })
export class YearReportReview {
  @Field(() => Int, { nullable: true, description: 'Quarter of the plan year (1-4).' }) quarter: number | null;
  @Field(() => String, { description: 'ISO date.' }) reviewedOn: string;
  @Field(() => ProgressStatusEnum, { description: 'Progress status at the review.' }) status: ProgressStatus;
  @Field(() => String, { description: 'The review note.' }) note: string;
}

@ObjectType({ description: 'An action in the yearly report.' })
export class YearReportAction {
  @Field(() => ID, { description: 'The action (global id).' }) actionId: string;
  @Field(() => String, { nullable: true, description: 'The action\'s number, e.g. "1.2.1".' }) number: string | null;
  @Field(() => String, { description: "The action's title." }) title: string;
  @Field(() => ProgressStatusEnum, { description: 'Its progress status (at submission, once submitted).' }) progressStatus: ProgressStatus;
  @Field(() => [YearReportIndicator], { description: 'Its indicators, in order.' }) indicators: YearReportIndicator[];
  @Field(() => [YearReportReview], { description: 'Its reviews, by quarter.' }) reviews: YearReportReview[];
}

@ObjectType({ description: 'An operational goal with its actions in the yearly report.' })
export class YearReportOperationalGoal {
  @Field(() => ID, { description: 'The operational goal (global id).' }) operationalGoalId: string;
  @Field(() => String, { description: 'Its number, e.g. "1.2".' }) number: string;
  @Field(() => String, { description: 'Its title.' }) title: string;
  @Field(() => [YearReportAction], { description: 'Its actions, in plan order.' }) actions: YearReportAction[];
}

@ObjectType({ description: "A strategic goal in the yearly report, with the zone's narrative on it." })
export class YearReportStrategicGoal {
  @Field(() => ID, { description: 'The strategic goal (global id); pass it to updateYearReportNarrative.' }) strategicGoalId: string;
  @Field(() => String, { description: 'Its number, e.g. "1".' }) number: string;
  @Field(() => String, { description: 'Its title.' }) title: string;
  @Field(() => String, { nullable: true, description: "What the zone writes about this goal's year." }) narrative: string | null;
  @Field(() => [YearReportAction], { description: 'Actions under the strategic goal without an operational goal.' }) actions: YearReportAction[];
  @Field(() => [YearReportOperationalGoal], { description: 'Its operational goals with their actions.' }) operationalGoals: YearReportOperationalGoal[];
}

@ObjectType({ description: "Counts of a set of actions by progress status, and their indicators' achievement." })
export class YearReportSummary {
  @Field(() => Int, { description: 'Actions counted.' }) actionCount: number;
  @Field(() => Int, { description: 'Actions not started (gepland).' }) planned: number;
  @Field(() => Int, { description: 'Actions running (lopend).' }) running: number;
  @Field(() => Int, { description: 'Actions done (afgerond).' }) done: number;
  @Field(() => Int, { description: 'Actions postponed (uitgesteld).' }) postponed: number;
  @Field(() => Int, { description: 'Actions stopped (stopgezet).' }) stopped: number;
  @Field(() => Int, { description: 'Indicators of those actions.' }) indicatorCount: number;
  @Field(() => Int, { description: 'Indicators with a target above 0.' }) indicatorsWithTarget: number;
  @Field(() => Int, { description: 'Indicators with a value measured in the plan year.' }) indicatorsMeasured: number;
  @Field(() => Int, { nullable: true, description: 'Average achievement (%) of the indicators with a target and a measurement, each capped at 100.' }) averageAchievement: number | null;
}

@ObjectType({ description: 'The yearly report (jaarrapportering) of an action plan: generated from what was recorded while it is in preparation; exactly as submitted once submitted.' })
export class YearReportView {
  @Field(() => ID, { description: 'The plan reported on (global id).' }) planId: string;
  @Field(() => Int, { description: 'The plan year reported on.' }) year: number;
  @Field(() => String, { description: "The zone's name." }) zone: string;
  @Field(() => YearReportStatusEnum, { description: 'In preparation or submitted.' }) status: YearReportStatus;
  @Field(() => Int, { description: 'Send it back with a write: concurrent edits are detected.' }) version: number;
  @Field(() => Date, { nullable: true, description: 'When it was submitted (null while in preparation).' }) submittedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Who submitted it (name as recorded then).' }) submittedByName: string | null;
  @Field(() => String, { description: 'Due date (1 May of the next year), ISO date.' }) deadline: string;
  @Field(() => YearReportSummary, { description: "Counts per progress status and the indicators' achievement." }) summary: YearReportSummary;
  @Field(() => [YearReportStrategicGoal], { description: "The multi-year plan's strategic goals, in order, with their actions and the zone's narrative." })
  strategicGoals: YearReportStrategicGoal[];
  @Field(() => [YearReportAction], { description: 'Actions without a goal.' }) actionsWithoutGoal: YearReportAction[];
  @Field(() => String, { description: 'Word download of the report (while submitted: the file as submitted).' }) docxUrl: string;
  @Field(() => String, { description: 'JSON download of the report (while submitted: as submitted).' }) jsonUrl: string;
  @Field(() => [YearReportSubmission], { description: 'Every submission, newest first, with its kept files.' }) submissions: YearReportSubmission[];
  /** For the rights fields. */
  access: PlanAccess;
  /** The row, once written to (for its history). */
  reportId: string | null;
}

@ObjectType({ description: "A zone or theme row of a region's yearly roll-up." })
export class RegionYearReportRow {
  @Field(() => ID, { description: 'The zone or theme (global id).' }) id: string;
  @Field(() => String, { description: "The zone's or theme's name." }) name: string;
  @Field(() => String, { nullable: true, description: 'Zone rows: the slug.' }) slug: string | null;
  @Field(() => YearReportStatusEnum, { nullable: true, description: 'Zone rows: the status of its yearly report (null: not started).' }) reportStatus: YearReportStatus | null;
  @Field(() => YearReportSummary, { description: 'Its actions and indicators.' }) summary: YearReportSummary;
}

@ObjectType({
  description:
    "A region's year rolled up for its coaches: per zone and per theme, actions done, running, postponed, stopped and indicator achievement. Counts only what the viewer sees (drafts stay with their zone).",
})
export class RegionYearReport {
  @Field(() => Int, { description: 'The plan year.' }) year: number;
  @Field(() => String, { description: "Due date of the zones' reports." }) deadline: string;
  @Field(() => YearReportSummary, { description: 'The region as a whole.' }) total: YearReportSummary;
  @Field(() => [RegionYearReportRow], { description: 'Every zone of the region, by name.' }) zones: RegionYearReportRow[];
  @Field(() => [RegionYearReportRow], { description: 'Themes with at least one action, by name; an action with two themes counts in both.' }) themes: RegionYearReportRow[];
}
