import { WORKING_DAYS_PER_FTE_PER_MONTH, actionsWithoutEstimate, availableDaysPerMonth, planCapacity } from './capacity';

describe('capacity as effort', () => {
  it('spreads an estimate evenly over the running months and compares with the FTE', () => {
    const months = planCapacity(
      [
        { estimatedDays: 30, months: [9, 10, 11], progressStatus: 'RUNNING' },
        { estimatedDays: 32, months: [10], progressStatus: 'PLANNED' },
        { estimatedDays: null, months: [10, 11], progressStatus: 'PLANNED' },
        { estimatedDays: 100, months: [10], progressStatus: 'STOPPED' },
      ],
      1.75,
    );
    expect(WORKING_DAYS_PER_FTE_PER_MONTH).toBe(18);
    const october = months[9]!;
    expect(october).toEqual({ month: 10, plannedDays: 42, availableDays: 31.5, overCapacity: true, runningActions: 3, actionsWithoutEstimate: 1 });
    expect(months[8]).toMatchObject({ plannedDays: 10, overCapacity: false, runningActions: 1, actionsWithoutEstimate: 0 });
    expect(months[10]).toMatchObject({ plannedDays: 10, runningActions: 2, actionsWithoutEstimate: 1 });
    expect(months[0]).toMatchObject({ plannedDays: 0, runningActions: 0, overCapacity: false });
    expect(months).toHaveLength(12);
  });

  it('rounds to one decimal and never warns without a known FTE', () => {
    const [jan] = planCapacity([{ estimatedDays: 10, months: [1, 2, 3], progressStatus: 'RUNNING' }], null);
    expect(jan).toMatchObject({ plannedDays: 3.3, availableDays: null, overCapacity: false });
    expect(availableDaysPerMonth(0.5)).toBe(9);
    expect(availableDaysPerMonth(undefined)).toBeNull();
  });

  it('counts the actions without an estimate, stopped ones left out', () => {
    expect(
      actionsWithoutEstimate([
        { estimatedDays: null, months: [], progressStatus: 'PLANNED' },
        { estimatedDays: 0, months: [1], progressStatus: 'PLANNED' },
        { estimatedDays: null, months: [1], progressStatus: 'STOPPED' },
      ]),
    ).toBe(1);
  });
});
