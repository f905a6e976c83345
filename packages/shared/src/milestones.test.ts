import { foldTimelineMilestones, runningMonths, setStepMilestone, timelineMilestones } from './milestones';

describe('one milestone system', () => {
  const steps = [
    { text: 'Werkgroep samenstellen', month: 2, date: null },
    { text: 'Vorming  geven', month: null, date: null },
    { text: 'Evaluatie', month: 9, date: null },
  ];

  it('makes a step milestone month a running month', () => {
    expect(runningMonths([3, 4], steps)).toEqual([2, 3, 4, 9]);
    expect(runningMonths([0, 13, 5, 5], [])).toEqual([5]);
  });

  it('shows in each timeline month the milestones of the steps of that month', () => {
    const two = [...steps, { text: 'Tussentijds verslag', month: 9, date: null }];
    expect(timelineMilestones([3], two)).toEqual([
      { month: 2, milestones: ['Werkgroep samenstellen'], milestone: 'Werkgroep samenstellen' },
      { month: 3, milestones: [], milestone: null },
      { month: 9, milestones: ['Evaluatie', 'Tussentijds verslag'], milestone: 'Evaluatie; Tussentijds verslag' },
    ]);
  });

  it('attaches a timeline milestone to the step with the same text, else adds a step', () => {
    const { steps: out, months } = foldTimelineMilestones(steps, [
      { month: 5, milestone: 'vorming geven' },
      { month: 10, milestone: 'Slotevent' },
      { month: 11, milestone: null },
    ]);
    expect(out.map((s) => [s.text, s.month])).toEqual([
      ['Werkgroep samenstellen', 2],
      ['Vorming  geven', 5],
      ['Evaluatie', 9],
      ['Slotevent', 10],
    ]);
    expect(months).toEqual([2, 5, 9, 10, 11]);
    // The input is left as it was.
    expect(steps[1]!.month).toBeNull();
  });

  it('leaves a milestone alone that the timeline already shows (also several joined)', () => {
    const two = [...steps, { text: 'Tussentijds verslag', month: 9, date: null }];
    const shown = timelineMilestones([], two);
    const { steps: out } = foldTimelineMilestones(two, shown);
    expect(out).toEqual(two);
  });

  it('adds a step when the same text is already the milestone of another month', () => {
    const { steps: out } = foldTimelineMilestones(steps, [{ month: 12, milestone: 'Evaluatie' }]);
    expect(out.filter((s) => s.text === 'Evaluatie').map((s) => s.month)).toEqual([9, 12]);
  });

  it('sets or clears one step milestone', () => {
    expect(setStepMilestone(steps, 1, 6)[1]!.month).toBe(6);
    expect(setStepMilestone(steps, 0, null)[0]!.month).toBeNull();
  });
});
