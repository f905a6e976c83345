import type { ThemeSuggestionInput } from '@/gql/graphql';
import type { ActionValues } from './action-form';

/** What the theme suggestions read of a sheet being written: its texts and its goal. */
export function themeSuggestionInput(values: ActionValues): ThemeSuggestionInput {
  const [kind, id] = values.goal.split(':');
  return {
    title: values.title || null,
    what: values.what,
    why: values.why,
    inScope: values.inScope,
    outOfScope: values.outOfScope,
    targetGroups: values.targetGroups,
    steps: values.steps.map((s) => s.text).filter(Boolean),
    indicators: values.indicators.map((i) => i.name).filter(Boolean),
    operationalGoalId: kind === 'od' && id ? id : null,
    strategicGoalId: kind === 'sd' && id ? id : null,
  };
}

/** Nothing to read yet: no title and no text. */
export function isEmptySuggestionInput(input: ThemeSuggestionInput): boolean {
  return !input.title && !input.what && !input.why && !input.inScope?.length && !input.targetGroups?.length && !input.steps?.length;
}
