// The checks a plan must pass, from the Departement Zorg template. Pure: the API computes them
// for `planChecks`, the web shows them next to the plan.

export const PLAN_CHECK_CODES = ['NO_EVALUATION_KIND', 'NO_INDICATORS', 'NO_LEAD', 'NO_MONTHS', 'NO_GOAL', 'NO_ACTIONS'] as const;
export type PlanCheckCode = (typeof PLAN_CHECK_CODES)[number];

export const PLAN_CHECK_SEVERITIES = ['ERROR', 'WARNING'] as const;
export type PlanCheckSeverity = (typeof PLAN_CHECK_SEVERITIES)[number];

export interface CheckableAction {
  id: string;
  title: string;
  evaluationProcess: boolean;
  evaluationOutput: boolean;
  evaluationOutcome: boolean;
  indicatorCount: number;
  hasLead: boolean;
  monthCount: number;
  hasGoal: boolean;
}

export interface PlanCheck {
  code: PlanCheckCode;
  severity: PlanCheckSeverity;
  actionId: string | null;
  message: string;
}

const MESSAGES: Record<PlanCheckCode, string> = {
  NO_EVALUATION_KIND: 'Kies minstens één soort evaluatie (proces, resultaat of impact)',
  NO_INDICATORS: 'Geen indicatoren',
  NO_LEAD: 'Geen trekker',
  NO_MONTHS: 'Geen maanden in de tijdslijn',
  NO_GOAL: 'Niet gekoppeld aan een doelstelling',
  NO_ACTIONS: 'Het plan bevat nog geen acties',
};

/**
 * The template's rule that at least one evaluation kind is chosen is a warning while writing
 * and an error when the plan is submitted (`forSubmission`).
 */
export function actionChecks(action: CheckableAction, forSubmission = false): PlanCheck[] {
  const checks: PlanCheck[] = [];
  const add = (code: PlanCheckCode, severity: PlanCheckSeverity = 'WARNING') =>
    checks.push({ code, severity, actionId: action.id, message: `${action.title}: ${MESSAGES[code]}` });
  if (!action.evaluationProcess && !action.evaluationOutput && !action.evaluationOutcome) add('NO_EVALUATION_KIND', forSubmission ? 'ERROR' : 'WARNING');
  if (action.indicatorCount === 0) add('NO_INDICATORS');
  if (!action.hasLead) add('NO_LEAD');
  if (action.monthCount === 0) add('NO_MONTHS');
  if (!action.hasGoal) add('NO_GOAL');
  return checks;
}

export function planChecks(actions: CheckableAction[], forSubmission = false): PlanCheck[] {
  if (actions.length === 0) return [{ code: 'NO_ACTIONS', severity: forSubmission ? 'ERROR' : 'WARNING', actionId: null, message: MESSAGES.NO_ACTIONS }];
  return actions.flatMap((a) => actionChecks(a, forSubmission));
}

export const PLAN_CHECK_LABELS: Record<PlanCheckCode, string> = MESSAGES;
