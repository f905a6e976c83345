// One mapping between an action sheet and its rows: the evaluation's three kinds and the sheet's
// texts in the action's columns, and its steps, indicators and timeline months in their tables.
// The seed, the import and the write service build rows with these; the resolvers read them back.
import { foldTimelineMilestones, type MilestoneStep } from '@kruispunt/shared';
import type { EntityManager } from 'typeorm';
import { type Action, ActionIndicator, ActionMonth, ActionStep } from './action.entity';
import type { ActionEvaluation } from './action.types';

interface EvaluationPart {
  chosen: boolean;
  text?: string | null;
}

/** The sheet's evaluation from the action's six columns. */
export function evaluationOf(action: Action): ActionEvaluation {
  return {
    process: { chosen: action.evaluationProcess, text: action.evaluationProcessText },
    output: { chosen: action.evaluationOutput, text: action.evaluationOutputText },
    outcome: { chosen: action.evaluationOutcome, text: action.evaluationOutcomeText },
  };
}

/** The action's six evaluation columns from the sheet's evaluation. */
export function evaluationColumns(e: {
  process: EvaluationPart;
  output: EvaluationPart;
  outcome: EvaluationPart;
}): Pick<Action, 'evaluationProcess' | 'evaluationProcessText' | 'evaluationOutput' | 'evaluationOutputText' | 'evaluationOutcome' | 'evaluationOutcomeText'> {
  return {
    evaluationProcess: e.process.chosen,
    evaluationProcessText: e.process.text ?? null,
    evaluationOutput: e.output.chosen,
    evaluationOutputText: e.output.text ?? null,
    evaluationOutcome: e.outcome.chosen,
    evaluationOutcomeText: e.outcome.text ?? null,
  };
}

/** A sheet as a plan file or the seed writes it (packages/shared: ParsedAction, SeedAction). */
export interface WrittenSheet {
  number: string | null;
  title: string;
  what: string | null;
  inScope: string[];
  outOfScope: string[];
  why: string | null;
  targetGroups: string[];
  councilRole: string | null;
  evaluation: { process: EvaluationPart; output: EvaluationPart; outcome: EvaluationPart };
  startDate: string | null;
  endDate: string | null;
  fundingRemark: string | null;
  carriedOver: boolean;
  links: string[];
  communicationChannels: string[];
}

/** The action's columns that a written sheet fills as it is (links, goals, lead and funding are the caller's). */
export function sheetColumns(s: WrittenSheet): Partial<Action> {
  return {
    number: s.number,
    title: s.title,
    what: s.what,
    inScope: s.inScope,
    outOfScope: s.outOfScope,
    why: s.why,
    targetGroups: s.targetGroups,
    councilRole: s.councilRole,
    ...evaluationColumns(s.evaluation),
    startDate: s.startDate,
    endDate: s.endDate,
    fundingRemark: s.fundingRemark,
    carriedOver: s.carriedOver,
    linkNotes: s.links,
    communicationChannels: s.communicationChannels,
  };
}

export type IndicatorRow = Pick<ActionIndicator, 'name' | 'method' | 'targetValue' | 'targetUnit' | 'kind'>;

/** What insertSheetChildren wrote, without the action's id (for the audit record). */
export interface SheetChildren {
  steps: { position: number; text: string; month: number | null; date: string | null }[];
  indicators: (IndicatorRow & { position: number })[];
  months: { month: number }[];
}

/**
 * A new action's steps, indicators and timeline months. One milestone system: the timeline's
 * milestones become step milestones (packages/shared milestones.ts).
 */
export async function insertSheetChildren(
  m: EntityManager,
  actionId: string,
  sheet: { steps: readonly MilestoneStep[]; timeline: Parameters<typeof foldTimelineMilestones>[1]; indicators: readonly IndicatorRow[] },
): Promise<SheetChildren> {
  const folded = foldTimelineMilestones(sheet.steps, sheet.timeline);
  const rows: SheetChildren = {
    steps: folded.steps.map((s, i) => ({ position: i, text: s.text, month: s.month ?? null, date: s.date ?? null })),
    indicators: sheet.indicators.map((ind, i) => ({ position: i, ...ind })),
    months: folded.months.map((month) => ({ month })),
  };
  if (rows.steps.length)
    await m.insert(
      ActionStep,
      rows.steps.map((r) => ({ actionId, ...r })),
    );
  if (rows.indicators.length)
    await m.insert(
      ActionIndicator,
      rows.indicators.map((r) => ({ actionId, ...r })),
    );
  if (rows.months.length)
    await m.insert(
      ActionMonth,
      rows.months.map((r) => ({ actionId, ...r })),
    );
  return rows;
}
