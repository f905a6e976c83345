import type { ImportJson, ImportJsonAction } from './plan-parser/types';
import { isUnchanged, planChanges } from './plan-changes';

const action = (number: string | null, title: string, more: Partial<ImportJsonAction> = {}): ImportJsonAction => ({
  number,
  title,
  lead: 'ELZ Leuven',
  targetGroups: ['Huisartsen'],
  inScope: [],
  outOfScope: [],
  steps: ['Overleg plannen', 'Vorming geven'],
  evaluation: { process: true, output: false, outcome: false },
  indicators: ['Aantal deelnemers'],
  funding: 'regular',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  ...more,
});

const plan = (actions: ImportJsonAction[], withoutGoal: ImportJsonAction[] = [], more: Partial<ImportJson> = {}): ImportJson => ({
  zone: 'ELZ Leuven',
  years: [2026],
  strategicGoals: [{ number: '1', title: 'Sterke eerstelijn', operationalGoals: [{ number: '1.1', title: 'Samenwerking', indicators: ['Tevredenheid'], actions }] }],
  actionsWithoutGoal: withoutGoal,
  ...more,
});

describe('planChanges', () => {
  it('finds nothing between a plan and itself', () => {
    const p = plan([action('1', 'Vorming'), action('2', 'Overleg')]);
    const changes = planChanges(p, structuredClone(p));
    expect(changes).toEqual({ plan: [], actions: [] });
    expect(isUnchanged(changes)).toBe(true);
  });

  it('lists an added, a removed and a changed action, each with only the fields that differ', () => {
    const before = plan([action('1', 'Vorming'), action('2', 'Overleg'), action('3', 'Website')]);
    const after = plan([action('1', 'Vorming', { lead: 'Stad Leuven', steps: ['Overleg plannen', 'Vorming geven in het najaar'] }), action('3', 'Website'), action('4', 'Nieuwsbrief')]);
    const changes = planChanges(before, after);
    expect(isUnchanged(changes)).toBe(false);
    expect(changes.plan).toEqual([]);
    expect(changes.actions).toEqual([
      {
        kind: 'CHANGED',
        number: '1',
        title: 'Vorming',
        fields: [
          { field: 'lead', label: 'Trekker', before: 'ELZ Leuven', after: 'Stad Leuven' },
          { field: 'steps', label: 'Stappen', before: 'Overleg plannen\nVorming geven', after: 'Overleg plannen\nVorming geven in het najaar' },
        ],
      },
      { kind: 'ADDED', number: '4', title: 'Nieuwsbrief', fields: [] },
      { kind: 'REMOVED', number: '2', title: 'Overleg', fields: [] },
    ]);
  });

  it('matches by number first, so a renamed action is a changed title, not a removal and an addition', () => {
    const changes = planChanges(plan([action('1', 'Vorming')]), plan([action('1', 'Vorming voor apothekers')]));
    expect(changes.actions).toEqual([
      { kind: 'CHANGED', number: '1', title: 'Vorming voor apothekers', fields: [{ field: 'title', label: 'Titel', before: 'Vorming', after: 'Vorming voor apothekers' }] },
    ]);
  });

  it('matches by title when the number changed or is missing, and reports the new number and goal', () => {
    const before = plan([action('1', 'Vorming'), action('2', 'Overleg')]);
    const after = plan([action('1', 'Vorming')], [action(null, '  overleg ')]);
    const changes = planChanges(before, after);
    expect(changes.actions).toEqual([
      {
        kind: 'CHANGED',
        number: null,
        title: '  overleg ',
        fields: [
          { field: 'number', label: 'Nummer', before: '2', after: null },
          { field: 'title', label: 'Titel', before: 'Overleg', after: '  overleg ' },
          { field: 'goal', label: 'Doelstelling', before: 'OD 1.1 Samenwerking', after: null },
        ],
      },
    ]);
  });

  it('does not pair by a number used twice on one side, and falls back to the title', () => {
    const before = plan([action('5', 'A'), action('5', 'B')]);
    const after = plan([action('5', 'B'), action('6', 'C')]);
    const changes = planChanges(before, after);
    expect(changes.actions).toEqual([
      { kind: 'ADDED', number: '6', title: 'C', fields: [] },
      { kind: 'REMOVED', number: '5', title: 'A', fields: [] },
    ]);
  });

  it('shows evaluation, funding and dates the way the sheet does', () => {
    const before = plan([action('1', 'Vorming')]);
    const after = plan([action('1', 'Vorming', { evaluation: { process: true, output: true, outcome: false }, funding: 'extra', endDate: '2027-06-30' })]);
    expect(planChanges(before, after).actions[0]?.fields).toEqual([
      { field: 'evaluation', label: 'Evaluatie', before: 'Procesevaluatie', after: 'Procesevaluatie, Resultaatgerichte evaluatie (output)' },
      { field: 'funding', label: 'Financiering', before: 'Reguliere middelen', after: 'Met extra financiering' },
      { field: 'endDate', label: 'Einddatum', before: '31/12/2026', after: '30/06/2027' },
    ]);
  });

  it('lists plan-level changes: year, goal titles and indicators, goals added and removed', () => {
    const before = plan([action('1', 'Vorming')]);
    const after: ImportJson = {
      zone: 'ELZ Leuven',
      years: [2027],
      strategicGoals: [
        {
          number: '1',
          title: 'Een sterke eerstelijn',
          operationalGoals: [{ number: '1.1', title: 'Samenwerking', indicators: ['Tevredenheid', 'Bereik'], actions: [action('1', 'Vorming')] }],
        },
        { number: '2', title: 'Welzijn', operationalGoals: [] },
      ],
      actionsWithoutGoal: [],
    };
    expect(planChanges(before, after).plan).toEqual([
      { field: 'years', label: 'Jaar', before: '2026', after: '2027' },
      { field: 'sd:1:title', label: 'SD 1', before: 'Sterke eerstelijn', after: 'Een sterke eerstelijn' },
      { field: 'od:1.1:indicators', label: 'OD 1.1 – indicatoren', before: 'Tevredenheid', after: 'Tevredenheid\nBereik' },
      { field: 'sd:2:title', label: 'SD 2', before: null, after: 'Welzijn' },
    ]);
    expect(planChanges(after, before).plan.find((c) => c.field === 'sd:2:title')).toEqual({ field: 'sd:2:title', label: 'SD 2', before: 'Welzijn', after: null });
  });

  it('reads a kept JSON with missing fields as empty instead of failing', () => {
    const old = { zone: 'ELZ Leuven', years: [2026], actionsWithoutGoal: [{ number: '1', title: 'Vorming' }] } as unknown as ImportJson;
    const changes = planChanges(
      old,
      plan(
        [],
        [
          action('1', 'Vorming', {
            steps: [],
            indicators: [],
            targetGroups: [],
            lead: null,
            funding: null,
            startDate: null,
            endDate: null,
            evaluation: { process: false, output: false, outcome: false },
          }),
        ],
        { strategicGoals: [] },
      ),
    );
    expect(changes).toEqual({ plan: [], actions: [] });
  });

  it('compares the general texts when both JSONs have them, and leaves them alone when the kept one has not', () => {
    const before = plan([action('1', 'Vorming')], [], { introText: '2025 wordt het jaar van de zorgraad.', networkText: 'Wij werken samen.' });
    const after = plan([action('1', 'Vorming')], [], { introText: '2026 wordt het jaar van de zorgraad.', networkText: 'Wij werken samen.' });
    const changes = planChanges(before, after);
    expect(changes.plan).toEqual([{ field: 'introText', label: 'Inleiding', before: '2025 wordt het jaar van de zorgraad.', after: '2026 wordt het jaar van de zorgraad.' }]);
    expect(planChanges(plan([action('1', 'Vorming')]), after).plan).toEqual([]);
  });
});
