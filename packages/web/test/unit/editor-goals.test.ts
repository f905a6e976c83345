// The action editor's goal picker and option lists (pure): a retired goal is offered only while
// the action is on it, and the action's current lead, groups and projects stay choosable when the
// setting no longer offers them.
import { editorOptions, goalOf, offeredGoals } from '../../src/modules/action/components/editor/editor-goals';

const goal = (id: string, number: string, retired: boolean, ods: { id: string; number: string; retired: boolean }[]) =>
  ({ id, number, title: `Doel ${number}`, retired, operationalGoals: ods.map((od) => ({ ...od, title: `OD ${od.number}` })) }) as never;

describe('the action editor’s goal picker', () => {
  it('names the action’s goal as "od:" or "sd:", or empty', () => {
    expect(goalOf({ operationalGoal: { id: 'o' }, strategicGoal: { id: 's' } })).toBe('od:o');
    expect(goalOf({ operationalGoal: null, strategicGoal: { id: 's' } })).toBe('sd:s');
    expect(goalOf({})).toBe('');
  });

  it('offers goals in use, and a retired one only while it is chosen, marked as stopped', () => {
    const goals = [
      goal('s1', '1', false, [
        { id: 'o11', number: '1.1', retired: false },
        { id: 'o12', number: '1.2', retired: true },
      ]),
      goal('s2', '2', true, [{ id: 'o21', number: '2.1', retired: false }]),
    ];
    const none = offeredGoals(goals, new Set());
    expect(none.map((g) => g.options.map((o) => o.value))).toEqual([['sd:s1', 'od:o11']]);
    const onRetired = offeredGoals(goals, new Set(['od:o21']));
    expect(onRetired[1]).toEqual({ label: 'SD 2 Doel 2 (stopgezet)', options: [{ value: 'od:o21', label: 'OD 2.1 OD 2.1 (stopgezet)' }] });
  });

  it('keeps the action’s current partner, group and project choosable when the setting lacks them', () => {
    const setting = { partners: [{ id: 'p1', name: 'CAW' }], workingGroups: [], projects: [{ id: 'pr1', name: 'OverHoop' }] } as never;
    const action = {
      lead: { partner: { id: 'p9', name: 'Oud partner' }, workingGroup: { id: 'w9', name: 'Oude werkgroep' } },
      workingGroups: [{ id: 'w9', name: 'Oude werkgroep' }],
      projects: [{ id: 'pr1', name: 'OverHoop' }],
    } as never;
    const data = { regions: [{ zones: [{ id: 'z1', name: 'ELZ Leuven' }] }] } as never;
    const options = editorOptions(data, setting, action);
    expect(options.zoneOptions).toEqual([{ value: 'z1', label: 'ELZ Leuven' }]);
    expect(options.partnerOptions).toEqual([
      { value: 'p1', label: 'CAW' },
      { value: 'p9', label: 'Oud partner' },
    ]);
    expect(options.groupOptions).toEqual([{ value: 'w9', label: 'Oude werkgroep' }]);
    expect(options.projectOptions).toEqual([{ value: 'pr1', label: 'OverHoop' }]);
  });
});
