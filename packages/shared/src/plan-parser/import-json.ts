// The import JSON: the stable, flat shape `pnpm cli import-plan --dry-run --json` prints.
//
// Actions that sit directly under a strategic goal without an operational goal (or under a
// heading that is not a goal of the plan) go to `actionsWithoutGoal`: the shape has no place for
// SD-level actions, and a synthetic OD would invent a goal number the plan does not have.
// The parsed plan (`parsePlanText`) keeps their SD and grouping heading.
import type { ImportJson, ImportJsonAction, ParsedAction, ParsedPlan } from './types';

function action(a: ParsedAction): ImportJsonAction {
  return {
    number: a.number,
    title: a.title,
    lead: a.lead,
    targetGroups: [...a.targetGroups],
    inScope: [...a.inScope],
    outOfScope: [...a.outOfScope],
    steps: a.steps.map((s) => s.text),
    evaluation: { process: a.evaluation.process.chosen, output: a.evaluation.output.chosen, outcome: a.evaluation.outcome.chosen },
    indicators: a.indicators.map((i) => i.text),
    funding: a.funding,
    startDate: a.startDate,
    endDate: a.endDate,
  };
}

export function toImportJson(parsed: ParsedPlan): ImportJson {
  const withoutGoal: ParsedAction[] = [...parsed.actionsWithoutGoal];
  const strategicGoals: ImportJson['strategicGoals'] = [];
  for (const sd of parsed.strategicGoals) {
    if (sd.number === null) continue;
    withoutGoal.push(...sd.actions);
    strategicGoals.push({
      number: sd.number,
      title: sd.title,
      operationalGoals: sd.operationalGoals.map((od) => ({
        number: od.number,
        title: od.title,
        indicators: [...od.indicators],
        actions: od.actions.map(action),
      })),
    });
  }
  withoutGoal.sort((a, b) => a.line - b.line);
  return { zone: parsed.zone, years: [...parsed.years], strategicGoals, actionsWithoutGoal: withoutGoal.map(action) };
}
