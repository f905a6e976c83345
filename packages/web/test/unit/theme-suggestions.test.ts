import { parsePlanText, withSuggestedThemes } from '@kruispunt/shared';
import { buildPlan, isEdited, toDraft, updateAction } from '@/modules/import/draft';
import { isEmptySuggestionInput, themeSuggestionInput } from '@/modules/action/form/theme-suggestion-input';
import type { ActionValues } from '@/modules/action/form/action-form';

const PLAN = `Actieplan 2026

SD 1: Zorg voor wie zorgt
OD 1.1: Eind 2026 kennen scholen de jonge mantelzorgers beter.

Actie 1.1.1: Toolbox voor jonge mantelzorgers
Wat? Een toolbox voor leerkrachten.
`;

describe('theme suggestions in the import review', () => {
  const plan = withSuggestedThemes(parsePlanText(PLAN));

  it('ticks every proposed theme at first and sends the ticked ones as the themes to set', () => {
    const draft = toDraft(plan);
    const a = draft.actions[0]!;
    expect(a.themes).toContain('mantelzorg');
    expect(a.themes).toEqual(a.parsed.suggestedThemes!.map((s) => s.theme));
    const built = buildPlan(draft).plan.strategicGoals[0]!.operationalGoals[0]!.actions[0]!;
    expect(built.themes).toEqual(a.themes);
  });

  it('sends an unticked theme no more, and counts it as a correction', () => {
    const draft = toDraft(plan);
    const a = draft.actions[0]!;
    const edited = updateAction(draft, a.key, { themes: a.themes.filter((t) => t !== 'mantelzorg') });
    expect(isEdited(edited, draft)).toBe(true);
    expect(buildPlan(edited).plan.strategicGoals[0]!.operationalGoals[0]!.actions[0]!.themes).not.toContain('mantelzorg');
  });
});

describe('what the editor asks suggestions for', () => {
  const values = {
    title: 'Toolbox',
    goal: 'od:T3BlcmF0aW9uYWxHb2FsOjE=',
    what: null,
    why: 'Omdat',
    inScope: [],
    outOfScope: [],
    targetGroups: ['jonge mantelzorgers'],
    steps: [
      { text: 'Stap één', month: null, date: null },
      { text: '', month: 3, date: null },
    ],
    indicators: [{ id: null, kind: 'OUTPUT', name: 'Aantal scholen', method: null, targetValue: null, targetUnit: null }],
  } as unknown as ActionValues;

  it('sends the texts and the goal of the sheet, without empty rows', () => {
    expect(themeSuggestionInput(values)).toEqual({
      title: 'Toolbox',
      what: null,
      why: 'Omdat',
      inScope: [],
      outOfScope: [],
      targetGroups: ['jonge mantelzorgers'],
      steps: ['Stap één'],
      indicators: ['Aantal scholen'],
      operationalGoalId: 'T3BlcmF0aW9uYWxHb2FsOjE=',
      strategicGoalId: null,
    });
    expect(themeSuggestionInput({ ...values, goal: 'sd:abc' }).strategicGoalId).toBe('abc');
  });

  it('asks nothing for an empty sheet', () => {
    expect(isEmptySuggestionInput(themeSuggestionInput({ ...values, title: '', why: null, targetGroups: [], steps: [] }))).toBe(true);
    expect(isEmptySuggestionInput(themeSuggestionInput(values))).toBe(false);
  });
});
