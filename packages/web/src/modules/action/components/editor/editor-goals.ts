// What the action editor's goal picker offers, and the names the conflict screen shows for ids (pure).
import type { ActionEditorQuery, EditorGoalFieldsFragment } from '@/gql/graphql';
import type { ActionForm } from '../../form/action-form';
import type { EditorSetting } from '../../editor-setting';
import type { Option } from './option';

/** The action's goal as the goal picker's value: "od:<id>", "sd:<id>" or "". */
export function goalOf(action: { operationalGoal?: { id: string } | null; strategicGoal?: { id: string } | null }): string {
  if (action.operationalGoal) return `od:${action.operationalGoal.id}`;
  return action.strategicGoal ? `sd:${action.strategicGoal.id}` : '';
}

/** The goal picker's groups: goals in use, and a retired one only when it is chosen (marked as such). */
export function offeredGoals(goals: readonly EditorGoalFieldsFragment[], chosen: ReadonlySet<string>) {
  const retiredLabel = ' (stopgezet)';
  return goals
    .map((goal) => ({
      label: `SD ${goal.number} ${goal.title}${goal.retired ? retiredLabel : ''}`,
      options: [
        { value: `sd:${goal.id}`, label: `SD ${goal.number} (zonder operationele doelstelling)${goal.retired ? retiredLabel : ''}`, retired: goal.retired },
        ...goal.operationalGoals.map((od) => ({
          value: `od:${od.id}`,
          label: `OD ${od.number} ${od.title}${od.retired || goal.retired ? retiredLabel : ''}`,
          retired: od.retired || goal.retired,
        })),
      ]
        .filter((option) => !option.retired || chosen.has(option.value))
        .map(({ value, label }) => ({ value, label })),
    }))
    .filter((group) => group.options.length > 0);
}

/** A name for every id the conflict screen may show: themes, zones, partners, groups, projects, goals, linked actions. */
export function editorNames(
  data: Pick<ActionEditorQuery, 'themes' | 'regions'>,
  setting: EditorSetting,
  action: NonNullable<ActionEditorQuery['action']>,
  form: Pick<ActionForm, 'stakeholderPartners' | 'linkedActions'>,
  theirForm: Pick<ActionForm, 'stakeholderPartners' | 'linkedActions'> | null,
): Map<string, string> {
  const map = new Map<string, string>();
  data.themes.forEach((t) => map.set(t.id, t.name));
  data.regions.forEach((r) => r.zones.forEach((z) => map.set(z.id, z.name)));
  setting.partners.forEach((p) => map.set(p.id, p.name));
  setting.workingGroups.forEach((g) => map.set(g.id, g.name));
  setting.projects.forEach((p) => map.set(p.id, p.name));
  action.workingGroups.forEach((g) => map.set(g.id, g.name));
  action.projects.forEach((p) => map.set(p.id, p.name));
  action.stakeholderPartners.forEach((p) => map.set(p.id, p.name));
  form.stakeholderPartners.forEach((p) => map.set(p.id, p.name));
  form.linkedActions.forEach((a) => map.set(a.id, a.name));
  action.contactPersonCandidates.forEach((p) => map.set(p.id, p.name));
  if (theirForm) {
    theirForm.stakeholderPartners.forEach((p) => map.set(p.id, p.name));
    theirForm.linkedActions.forEach((a) => map.set(a.id, a.name));
  }
  if (action.lead?.partner) map.set(action.lead.partner.id, action.lead.partner.name);
  if (action.lead?.workingGroup) map.set(action.lead.workingGroup.id, action.lead.workingGroup.name);
  if (action.operationalGoal) map.set(`od:${action.operationalGoal.id}`, setting.goalLabel);
  else if (action.strategicGoal) map.set(`sd:${action.strategicGoal.id}`, setting.goalLabel);
  for (const goal of setting.goals ?? []) {
    map.set(`sd:${goal.id}`, `SD ${goal.number} ${goal.title}`);
    for (const od of goal.operationalGoals) map.set(`od:${od.id}`, `OD ${od.number} ${od.title}`);
  }
  return map;
}

/** The pickers' options: zones, partners, working groups and projects, each with the action's current choice kept when the setting no longer offers it. */
export function editorOptions(data: Pick<ActionEditorQuery, 'regions'>, setting: EditorSetting, action: NonNullable<ActionEditorQuery['action']>) {
  const withCurrent = (options: Option[], chosen: ReadonlyArray<{ id: string; name: string }>): Option[] => {
    const known = new Set(options.map((o) => o.value));
    // Once each: the lead's working group is often one of the action's working groups too.
    const missing = [...new Map(chosen.filter((c) => !known.has(c.id)).map((c) => [c.id, c])).values()];
    return [...options, ...missing.map((c) => ({ value: c.id, label: c.name }))];
  };
  return {
    zoneOptions: data.regions.flatMap((region) => region.zones.map((z) => ({ value: z.id, label: z.name }))),
    partnerOptions: withCurrent(
      setting.partners.map((p) => ({ value: p.id, label: p.name })),
      action.lead?.partner ? [action.lead.partner] : [],
    ),
    groupOptions: withCurrent(
      setting.workingGroups.map((g) => ({ value: g.id, label: g.name })),
      [...action.workingGroups, ...(action.lead?.workingGroup ? [action.lead.workingGroup] : [])],
    ),
    projectOptions: withCurrent(
      setting.projects.map((p) => ({ value: p.id, label: p.name })),
      action.projects,
    ),
  };
}
