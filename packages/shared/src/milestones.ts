// One milestone system: a milestone is a step (Hoe?) with a milestone month. The timeline (the
// months an action runs in) shows, for each month, the steps whose milestone month it is, and a
// step's milestone month is always a running month. Readers (API, exports, web) and writers (the
// editor, the import, the seed, carry-over) go through these functions.

export interface MilestoneStep {
  text: string;
  month?: number | null;
  date?: string | null;
}

/** A timeline month as older clients, the import shape and the seed give it: a milestone text per month. */
export interface TimelineMonthInput {
  month: number;
  milestone?: string | null;
}

export interface TimelineMonth {
  month: number;
  /** Texts of the steps with this milestone month, in step order. */
  milestones: string[];
  /** The same texts as one line ("; " between them), or null when the month has none. */
  milestone: string | null;
}

/** Text compared for "the same milestone": case, surrounding and repeated white space ignored. */
export function milestoneKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const validMonth = (month: number | null | undefined): month is number => month != null && Number.isInteger(month) && month >= 1 && month <= 12;

/** The months an action runs in: the timeline's months and every step's milestone month, sorted, once each. */
export function runningMonths(months: Iterable<number>, steps: ReadonlyArray<Pick<MilestoneStep, 'month'>>): number[] {
  const out = new Set<number>();
  for (const month of months) if (validMonth(month)) out.add(month);
  for (const step of steps) if (validMonth(step.month)) out.add(step.month);
  return [...out].sort((a, b) => a - b);
}

/** The timeline as shown: each running month with the milestones of the steps (in their order) that fall in it. */
export function timelineMilestones(months: Iterable<number>, steps: ReadonlyArray<Pick<MilestoneStep, 'text' | 'month'>>): TimelineMonth[] {
  return runningMonths(months, steps).map((month) => {
    const milestones = steps.filter((s) => s.month === month && s.text.trim()).map((s) => s.text.trim());
    return { month, milestones, milestone: milestones.length ? milestones.join('; ') : null };
  });
}

/**
 * Turns milestone texts given on timeline months (the import shape, the seed, an API client that
 * sets a timeline milestone) into step milestones: a text that is already the milestone of that
 * month is left alone; otherwise the first step with the same text and no milestone month gets
 * this month; otherwise a step with that text and month is added at the end. Nothing is lost.
 * Returns the steps and the running months (the timeline's months and the steps' months).
 */
export function foldTimelineMilestones<S extends MilestoneStep>(steps: readonly S[], timeline: readonly TimelineMonthInput[]): { steps: (S | MilestoneStep)[]; months: number[] } {
  const out: (S | MilestoneStep)[] = steps.map((s) => ({ ...s }));
  for (const entry of [...timeline].sort((a, b) => a.month - b.month)) {
    const text = entry.milestone?.trim();
    if (!text || !validMonth(entry.month)) continue;
    const key = milestoneKey(text);
    const inMonth = out.filter((s) => s.month === entry.month);
    // Already there: one of the month's milestones, or all of them as the timeline shows them.
    if (inMonth.some((s) => milestoneKey(s.text) === key)) continue;
    if (inMonth.length && milestoneKey(inMonth.map((s) => s.text.trim()).join('; ')) === key) continue;
    const free = out.find((s) => s.month == null && milestoneKey(s.text) === key);
    if (free) free.month = entry.month;
    else out.push({ text, month: entry.month, date: null });
  }
  return {
    steps: out,
    months: runningMonths(
      timeline.map((t) => t.month),
      out,
    ),
  };
}

/**
 * The editor's "set a milestone on a timeline month": the step at `stepIndex` gets `month` as its
 * milestone month (or loses it, with null). Pure, for the web form.
 */
export function setStepMilestone<S extends MilestoneStep>(steps: readonly S[], stepIndex: number, month: number | null): S[] {
  return steps.map((s, i) => (i === stepIndex ? { ...s, month } : s));
}
