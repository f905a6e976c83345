import { EVALUATION_KINDS, type EvaluationKind } from '@kruispunt/shared';

/** The evaluation section's field for each kind, in the template's order. */
export const EVALUATION_FIELDS = {
  PROCESS: 'process',
  OUTPUT: 'output',
  OUTCOME: 'outcome',
} as const satisfies Record<EvaluationKind, string>;

export type EvaluationField = (typeof EVALUATION_FIELDS)[EvaluationKind];

export { EVALUATION_KINDS };
