import { goalRollUp, planGoalStatuses, todayInBelgium, yearElapsed, type GoalAction } from './goal-status';

const act = (progressStatus: GoalAction['progressStatus'], endDate: string | null = '2026-12-31', indicators: GoalAction['indicators'] = []): GoalAction => ({
  progressStatus,
  endDate,
  indicators,
});

describe('goal status roll-up', () => {
  it('has no status to roll up without actions', () => {
    expect(goalRollUp([], 2026, '2026-06-30')).toMatchObject({ status: 'NO_ACTIONS', actionCount: 0 });
  });

  it('is on track when the actions run and the indicators keep pace', () => {
    const r = goalRollUp([act('RUNNING', '2026-12-31', [{ name: 'Deelnemers', targetValue: 40, latestValue: 25 }]), act('DONE', '2026-03-31')], 2026, '2026-07-01');
    expect(r.status).toBe('ON_TRACK');
    expect(r.reasons).toEqual(['1 van 2 acties afgerond']);
  });

  it('needs attention when an action is postponed or an indicator lags', () => {
    const postponed = goalRollUp([act('RUNNING'), act('POSTPONED'), act('RUNNING'), act('RUNNING'), act('DONE')], 2026, '2026-05-01');
    expect(postponed.status).toBe('AT_RISK');
    expect(postponed.reasons).toContain('1 van 5 acties uitgesteld');
    // Halfway the year 15 of 40 is below the 20 expected, above half of it.
    const lagging = goalRollUp([act('RUNNING', '2026-12-31', [{ name: 'Deelnemers', targetValue: 40, unit: 'deelnemers', latestValue: 15 }])], 2026, '2026-07-02');
    expect(lagging).toMatchObject({ status: 'AT_RISK', reasons: ['indicator Deelnemers: 15 van 40 deelnemers'] });
  });

  it('is behind with a late action, half postponed, or an indicator far below', () => {
    expect(goalRollUp([act('RUNNING', '2026-03-31'), act('RUNNING')], 2026, '2026-06-01')).toMatchObject({
      status: 'BEHIND',
      overdueCount: 1,
      reasons: ['1 van 2 acties over de einddatum en niet afgerond'],
    });
    expect(goalRollUp([act('POSTPONED'), act('POSTPONED'), act('RUNNING'), act('DONE'), act('RUNNING')], 2026, '2026-04-01').reasons).toEqual([
      '2 van 5 acties uitgesteld',
      '1 van 5 acties afgerond',
    ]);
    expect(goalRollUp([act('POSTPONED'), act('RUNNING')], 2026, '2026-04-01').status).toBe('BEHIND');
    expect(goalRollUp([act('DONE', '2026-12-31', [{ name: 'X', targetValue: 40, latestValue: 12 }])], 2026, '2027-01-15')).toMatchObject({
      status: 'BEHIND',
      reasons: ['indicator X: 12 van 40', '1 van 1 actie afgerond'],
    });
  });

  it('does not judge indicators in the first quarter, nor a done or stopped action as late', () => {
    expect(goalRollUp([act('RUNNING', '2026-12-31', [{ name: 'X', targetValue: 40, latestValue: 0 }])], 2026, '2026-02-01').status).toBe('ON_TRACK');
    expect(goalRollUp([act('DONE', '2026-01-31'), act('STOPPED', '2026-01-31'), act('RUNNING')], 2026, '2026-06-01').status).toBe('ON_TRACK');
  });

  it('takes the end of the plan year as the end date of an action without one', () => {
    expect(goalRollUp([act('PLANNED', null), act('DONE', null)], 2025, '2026-01-02')).toMatchObject({ status: 'BEHIND', overdueCount: 1 });
    expect(goalRollUp([act('PLANNED', null)], 2025, '2025-12-31')).toMatchObject({ status: 'NOT_STARTED', overdueCount: 0 });
  });

  it('has not started while every action is still planned', () => {
    expect(goalRollUp([act('PLANNED'), act('PLANNED')], 2026, '2026-02-01')).toMatchObject({ status: 'NOT_STARTED', reasons: ['2 van 2 acties nog gepland'] });
  });

  it('rolls a strategic goal up over all its actions and lists its operational goals after it', () => {
    const statuses = planGoalStatuses(
      [
        {
          id: 'sd1',
          number: '1',
          title: 'Sterk netwerk',
          operationalGoals: [
            { id: 'od1', number: '1.1', title: 'Overleg' },
            { id: 'od2', number: '1.2', title: 'Leeg' },
          ],
        },
      ],
      [
        { ...act('RUNNING'), operationalGoalId: 'od1', strategicGoalId: 'sd1' },
        { ...act('POSTPONED'), operationalGoalId: null, strategicGoalId: 'sd1' },
        { ...act('RUNNING'), operationalGoalId: 'od1', strategicGoalId: 'sd1' },
      ],
      2026,
      '2026-05-01',
    );
    expect(statuses.map((s) => [s.level, s.number, s.status, s.actionCount])).toEqual([
      ['SD', '1', 'AT_RISK', 3],
      ['OD', '1.1', 'ON_TRACK', 2],
      ['OD', '1.2', 'NO_ACTIONS', 0],
    ]);
    expect(statuses[1]!.parentId).toBe('sd1');
  });

  it('knows the date in Belgium and how much of the year has passed', () => {
    expect(todayInBelgium(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(yearElapsed(2026, '2025-12-01')).toBe(0);
    expect(yearElapsed(2026, '2027-02-01')).toBe(1);
    expect(yearElapsed(2026, '2026-07-02')).toBeCloseTo(0.5, 2);
  });
});
