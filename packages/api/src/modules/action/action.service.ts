import type { Action } from './action.entity';
import type { ActionEvaluation } from './action.types';

export function evaluationOf(action: Action): ActionEvaluation {
  return {
    process: { chosen: action.evaluationProcess, text: action.evaluationProcessText },
    output: { chosen: action.evaluationOutput, text: action.evaluationOutputText },
    outcome: { chosen: action.evaluationOutcome, text: action.evaluationOutcomeText },
  };
}
