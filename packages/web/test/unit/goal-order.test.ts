import { actionsPerYear, moveOperational, moveStrategic, nextNumber, orderOf } from '@/modules/multi-year-plan/goal-order';

const goals = [
  { id: 'sd1', operationalGoals: [{ id: 'od11' }, { id: 'od12' }] },
  { id: 'sd2', operationalGoals: [{ id: 'od21' }] },
];

describe('the goal order of a multi-year plan', () => {
  it('swaps a strategic goal with its neighbour, its operational goals travelling along', () => {
    expect(moveStrategic(orderOf(goals), 'sd1', 1)).toEqual([
      { strategicGoalId: 'sd2', operationalGoalIds: ['od21'] },
      { strategicGoalId: 'sd1', operationalGoalIds: ['od11', 'od12'] },
    ]);
    expect(moveStrategic(orderOf(goals), 'sd1', -1)).toBeNull();
    expect(moveStrategic(orderOf(goals), 'sd2', 1)).toBeNull();
  });

  it('moves an operational goal only within its strategic goal', () => {
    expect(moveOperational(orderOf(goals), 'od12', -1)).toEqual([
      { strategicGoalId: 'sd1', operationalGoalIds: ['od12', 'od11'] },
      { strategicGoalId: 'sd2', operationalGoalIds: ['od21'] },
    ]);
    expect(moveOperational(orderOf(goals), 'od21', -1)).toBeNull();
    expect(moveOperational(orderOf(goals), 'unknown', 1)).toBeNull();
  });

  it('proposes the next number and counts actions per year, leaving out those whose plan is hidden', () => {
    expect([nextNumber(null, 2), nextNumber('2', 3)]).toEqual(['3', '2.4']);
    expect(actionsPerYear([{ actionPlan: { year: 2025 } }, { actionPlan: { year: 2024 } }, { actionPlan: { year: 2025 } }, { actionPlan: null }])).toEqual([
      { year: 2024, count: 1 },
      { year: 2025, count: 2 },
    ]);
  });
});
