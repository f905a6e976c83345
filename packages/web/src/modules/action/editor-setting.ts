// Where the action editor stands and what its pickers offer: from the action's plan, or, for a
// co-owner of an action in another zone's draft plan (which the API keeps from them), from what
// the API does give: the multi-year plan of the action's current goal and the owner zones.
import type { ActionEditorCoOwnerQuery, ActionEditorQuery, EditorGoalFieldsFragment, EditorZoneOptionsFragment } from '@/gql/graphql';

type EditorPlan = NonNullable<NonNullable<ActionEditorQuery['action']>['actionPlan']>;
type CoOwnerAction = NonNullable<ActionEditorCoOwnerQuery['action']>;

export interface NamedOption {
  id: string;
  name: string;
}

export interface EditorSetting {
  /** The plan the action stands in; null when it is another zone's draft. */
  plan: { year: number; zone: { name: string; slug: string } } | null;
  /** The goals to choose from; null when the editor cannot offer them (the goal is then read-only). */
  goals: readonly EditorGoalFieldsFragment[] | null;
  /** Says where the goals come from, or why the goal is read-only. */
  goalHint: string | null;
  /** The current goal in words ("OD 1.2 …"), for the read-only goal and the conflict screen. */
  goalLabel: string;
  partners: readonly NamedOption[];
  workingGroups: readonly NamedOption[];
  projects: readonly NamedOption[];
  noWorkingGroups: string;
  noProjects: string;
}

/** The usual case: the plan gives the goals of its multi-year plan and its zone's partners, working groups and projects. */
export function planSetting(plan: EditorPlan): EditorSetting {
  return {
    plan: { year: plan.year, zone: { name: plan.zone.name, slug: plan.zone.slug } },
    goals: plan.strategicGoals,
    goalHint: plan.strategicGoals.length === 0 ? 'Dit plan heeft nog geen meerjarenplan met doelstellingen.' : null,
    goalLabel: '',
    partners: plan.zone.partners,
    workingGroups: plan.zone.workingGroups,
    projects: plan.zone.projects,
    noWorkingGroups: `${plan.zone.name} heeft nog geen werkgroepen.`,
    noProjects: `${plan.zone.name} neemt nog aan geen projecten deel.`,
  };
}

/**
 * A co-owner's editor without the plan. A goal belongs to the plan zone's multi-year plan (the API
 * checks it), so the current goal's multi-year plan lists the goals to choose from; without a goal
 * there is no way to know them without the plan, and the goal stays as it is (read-only).
 */
export function coOwnerSetting(action: CoOwnerAction): EditorSetting {
  const multiYear = action.strategicGoal?.multiYearPlan ?? null;
  const zones: EditorZoneOptionsFragment[] = action.owners.map((owner) => owner.zone);
  return {
    plan: null,
    goals: multiYear ? multiYear.strategicGoals : null,
    goalHint: multiYear
      ? `De doelstellingen van ${multiYear.title} van ${multiYear.zone.name}.`
      : 'Het actieplan is een concept van een andere zone: die zone kiest de doelstelling. Alle andere onderdelen kan je hier bewerken.',
    goalLabel: goalLabel(action),
    partners: uniqueById(zones.flatMap((zone) => zone.partners)),
    workingGroups: uniqueById(zones.flatMap((zone) => zone.workingGroups)),
    projects: uniqueById(zones.flatMap((zone) => zone.projects)),
    noWorkingGroups: 'De eigenaar-zones hebben nog geen werkgroepen.',
    noProjects: 'De eigenaar-zones nemen nog aan geen projecten deel.',
  };
}

/** "OD 1.2 Titel", "SD 1 Titel" or "Geen doelstelling". */
export function goalLabel(action: Pick<CoOwnerAction, 'operationalGoal' | 'strategicGoal'>): string {
  if (action.operationalGoal) return `OD ${action.operationalGoal.number} ${action.operationalGoal.title}`;
  if (action.strategicGoal) return `SD ${action.strategicGoal.number} ${action.strategicGoal.title}`;
  return 'Geen doelstelling';
}

function uniqueById<T extends NamedOption>(items: readonly T[]): NamedOption[] {
  const seen = new Map<string, NamedOption>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, { id: item.id, name: item.name });
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
