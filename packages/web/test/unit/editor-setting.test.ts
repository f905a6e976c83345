// What the action editor offers a co-owner of an action in another zone's draft plan (finding 3):
// the goals of the current goal's multi-year plan, else a read-only goal; the owner zones' options.
import { coOwnerSetting } from '../../src/modules/action/editor-setting';

const zone = (id: string, name: string, groups: string[]) => ({
  id,
  name,
  partners: [{ id: `p-${id}`, name: `Partner van ${name}` }],
  workingGroups: groups.map((g) => ({ id: g, name: `Werkgroep ${g}` })),
  projects: [],
});
const owners = [{ zone: zone('zuid', 'ELZ Leuven Zuid', ['a', 'shared']) }, { zone: zone('leuven', 'ELZ Leuven', ['shared', 'b']) }];
const goals = [{ id: 'sd1', number: '1', title: 'Samenwerking', retired: false, operationalGoals: [{ id: 'od1', number: '1.1', title: 'Overleg', retired: false }] }];

describe('coOwnerSetting', () => {
  it('offers the goals of the multi-year plan the current goal belongs to', () => {
    const setting = coOwnerSetting({
      id: 'x',
      operationalGoal: { id: 'od1', number: '1.1', title: 'Overleg' },
      strategicGoal: {
        id: 'sd1',
        number: '1',
        title: 'Samenwerking',
        multiYearPlan: { id: 'm', title: 'Beleidsplan 2024-2026', yearFrom: 2024, yearTo: 2026, zone: { id: 'zuid', name: 'ELZ Leuven Zuid' }, strategicGoals: goals },
      },
      owners,
    });
    expect(setting.plan).toBeNull();
    expect(setting.goals).toBe(goals);
    expect(setting.goalHint).toBe('De doelstellingen van Beleidsplan 2024-2026 van ELZ Leuven Zuid.');
    expect(setting.goalLabel).toBe('OD 1.1 Overleg');
    // Every owner zone's working groups, each once.
    expect(setting.workingGroups.map((g) => g.id)).toEqual(['a', 'b', 'shared']);
    expect(setting.partners.map((p) => p.id).sort()).toEqual(['p-leuven', 'p-zuid']);
  });

  it('shows the goal read-only when the action has none (its goals cannot be known without the plan)', () => {
    const setting = coOwnerSetting({ id: 'x', operationalGoal: null, strategicGoal: null, owners });
    expect(setting.goals).toBeNull();
    expect(setting.goalLabel).toBe('Geen doelstelling');
    expect(setting.goalHint).toContain('die zone kiest de doelstelling');
  });
});
