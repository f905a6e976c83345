// The checks a plan must pass, from the Departement Zorg template. Pure: the API computes them
// for `planChecks`, the web shows them next to the plan.

export const PLAN_CHECK_CODES = ['NO_EVALUATION_KIND', 'NO_INDICATORS', 'NO_LEAD', 'NO_MONTHS', 'NO_GOAL', 'NO_ACTIONS', 'TEXTS_NOT_REVIEWED'] as const;
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

/** What the plan-level checks need of the plan itself. */
export interface CheckablePlan {
  /** The year of the plan whose general texts were copied and not reviewed yet; null once reviewed. */
  textsProposedFromYear: number | null;
}

export interface PlanCheck {
  code: PlanCheckCode;
  severity: PlanCheckSeverity;
  actionId: string | null;
  message: string;
}

/**
 * THE list of template checks: what each says and whether it blocks submitting the plan. While
 * writing, every failed check is a warning; when the plan is submitted (`forSubmission`), the
 * blocking ones are errors and the others stay warnings. The API refuses a submission with an
 * error; the web shows the same severities.
 */
export const PLAN_CHECK_RULES: Readonly<Record<PlanCheckCode, { message: string; blocksSubmission: boolean }>> = {
  NO_EVALUATION_KIND: { message: 'Kies minstens één soort evaluatie (proces, resultaat of impact)', blocksSubmission: true },
  NO_INDICATORS: { message: 'Geen indicatoren', blocksSubmission: false },
  NO_LEAD: { message: 'Geen trekker', blocksSubmission: false },
  NO_MONTHS: { message: 'Geen maanden in de tijdslijn', blocksSubmission: false },
  NO_GOAL: { message: 'Niet gekoppeld aan een doelstelling', blocksSubmission: false },
  NO_ACTIONS: { message: 'Het plan bevat nog geen acties', blocksSubmission: true },
  // Texts about last year must not go to the Departement Zorg unread.
  TEXTS_NOT_REVIEWED: { message: 'De algemene teksten zijn overgenomen uit het plan van vorig jaar en nog niet herzien', blocksSubmission: true },
};

/** The severity of a failed check, from `PLAN_CHECK_RULES`. */
export function checkSeverity(code: PlanCheckCode, forSubmission: boolean): PlanCheckSeverity {
  return forSubmission && PLAN_CHECK_RULES[code].blocksSubmission ? 'ERROR' : 'WARNING';
}

/** The checks one action fails (severities as for `planChecks`). */
export function actionChecks(action: CheckableAction, forSubmission = false): PlanCheck[] {
  const checks: PlanCheck[] = [];
  const add = (code: PlanCheckCode) =>
    checks.push({ code, severity: checkSeverity(code, forSubmission), actionId: action.id, message: `${action.title}: ${PLAN_CHECK_RULES[code].message}` });
  if (!action.evaluationProcess && !action.evaluationOutput && !action.evaluationOutcome) add('NO_EVALUATION_KIND');
  if (action.indicatorCount === 0) add('NO_INDICATORS');
  if (!action.hasLead) add('NO_LEAD');
  if (action.monthCount === 0) add('NO_MONTHS');
  if (!action.hasGoal) add('NO_GOAL');
  return checks;
}

/** The checks of the plan itself (its texts), then those of its actions. */
export function planChecks(actions: CheckableAction[], forSubmission = false, plan: CheckablePlan | null = null): PlanCheck[] {
  const checks: PlanCheck[] = [];
  if (plan?.textsProposedFromYear != null) {
    checks.push({
      code: 'TEXTS_NOT_REVIEWED',
      severity: checkSeverity('TEXTS_NOT_REVIEWED', forSubmission),
      actionId: null,
      message: `De algemene teksten zijn overgenomen uit ${plan.textsProposedFromYear} en nog niet herzien: bewerk of bevestig ze`,
    });
  }
  if (actions.length === 0) checks.push({ code: 'NO_ACTIONS', severity: checkSeverity('NO_ACTIONS', forSubmission), actionId: null, message: PLAN_CHECK_RULES.NO_ACTIONS.message });
  return [...checks, ...actions.flatMap((a) => actionChecks(a, forSubmission))];
}

/** The checks that block a submission, for what is to be submitted. */
export function blockingChecks(actions: CheckableAction[], plan: CheckablePlan | null = null): PlanCheck[] {
  return planChecks(actions, true, plan).filter((c) => c.severity === 'ERROR');
}

export const PLAN_CHECK_LABELS: Record<PlanCheckCode, string> = Object.fromEntries(PLAN_CHECK_CODES.map((code) => [code, PLAN_CHECK_RULES[code].message])) as Record<PlanCheckCode, string>;
