// Theme suggestions for every action of a parsed plan (the import preview): each action read with
// the goals it stands under. The suggestions ride along as `suggestedThemes`; `themes` (what the
// import will set) is left to the person's review.
import type { ParsedAction, ParsedPlan } from '../plan-parser/types';
import { suggestThemes, type ThemeSuggestInput } from './suggest';

/** Words of governance goals (the zone council's own functioning); all other goals are about content. */
const GOVERNANCE =
  /\b(bestuur|bestuurd|governance|zorgraad|vzw|organisatienetwerk|algemene vergadering|bestuursorgaan|clusters?|gedragen|werking van de|netwerkorganisatie|samenwerk\w* met andere elz)/i;

/** The kind of a strategic goal from its title, as an import stores it. */
export function goalKindOf(title: string): 'GOVERNANCE' | 'CONTENT' {
  return GOVERNANCE.test(title) ? 'GOVERNANCE' : 'CONTENT';
}

export function actionThemeInput(a: ParsedAction, goals: { operationalGoal?: string | null; strategicGoal?: string | null }): ThemeSuggestInput {
  return {
    title: a.title,
    what: a.what,
    why: a.why,
    inScope: a.inScope,
    outOfScope: a.outOfScope,
    steps: a.steps.map((s) => s.text),
    targetGroups: a.targetGroups,
    indicators: a.indicators.map((i) => i.text),
    operationalGoal: goals.operationalGoal ?? null,
    strategicGoal: goals.strategicGoal ?? null,
    goalKind: goals.strategicGoal ? goalKindOf(goals.strategicGoal) : null,
  };
}

/** The plan with `suggestedThemes` on every action (a copy; the plan given is not changed). */
export function withSuggestedThemes(plan: ParsedPlan): ParsedPlan {
  const annotate = (a: ParsedAction, goals: { operationalGoal?: string | null; strategicGoal?: string | null }): ParsedAction => ({
    ...a,
    suggestedThemes: suggestThemes(actionThemeInput(a, goals)),
  });
  return {
    ...plan,
    strategicGoals: plan.strategicGoals.map((sd) => ({
      ...sd,
      operationalGoals: sd.operationalGoals.map((od) => ({ ...od, actions: od.actions.map((a) => annotate(a, { operationalGoal: od.title, strategicGoal: sd.title })) })),
      actions: sd.actions.map((a) => annotate(a, { strategicGoal: sd.title })),
    })),
    actionsWithoutGoal: plan.actionsWithoutGoal.map((a) => annotate(a, {})),
  };
}
