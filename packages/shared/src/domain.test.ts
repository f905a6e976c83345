import {
  PLAN_STATUSES,
  PLAN_STATUS_TRANSITIONS,
  ZONE_TIME_ZONE,
  achievementPercent,
  daysBetween,
  deadlinePassed,
  formatDate,
  planDeadline,
  planYearEnded,
  reportDeadline,
  shiftIsoDateYears,
  todayIn,
  zoneToday,
  zoneYear,
} from './domain';
import { seedActionSchema } from './seed';

describe('formatDate', () => {
  it('writes dates in the Belgian format', () => {
    expect(formatDate('2025-10-15')).toBe('15/10/2025');
    expect(formatDate('2024-03-08T10:00:00.000Z')).toBe('08/03/2024');
    expect(formatDate(new Date(Date.UTC(2026, 0, 2)))).toBe('02/01/2026');
  });

  it('writes nothing for a missing date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
  });
});

describe('shiftIsoDateYears', () => {
  it('moves a date to the same day of the next year, and a leap day to 28 February', () => {
    expect(shiftIsoDateYears('2026-03-01', 1)).toBe('2027-03-01');
    expect(shiftIsoDateYears('2026-12-31', 1)).toBe('2027-12-31');
    expect(shiftIsoDateYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(shiftIsoDateYears('2027-02-28', 1)).toBe('2028-02-28');
  });
});

describe('reportDeadline', () => {
  it('is 1 May of the year after the plan year', () => {
    expect(reportDeadline(2026)).toBe('2027-05-01');
  });
});

describe('planDeadline', () => {
  it('is 15 October of the year before the plan year', () => {
    expect(planDeadline(2025)).toBe('2024-10-15');
  });
});

describe('seed action schema', () => {
  const minimal = {
    title: 'Werkgroep Governance evalueren',
    evaluation: { process: { chosen: false }, output: { chosen: true }, outcome: { chosen: false } },
  };

  it('fills defaults for sections the text does not give', () => {
    const action = seedActionSchema.parse(minimal);
    expect(action.funding).toBe('REGULAR');
    expect(action.steps).toEqual([]);
    expect(action.lead).toBeNull();
  });

  it('names the field of a malformed section', () => {
    const result = seedActionSchema.safeParse({ ...minimal, timeline: [{ month: 13 }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['timeline', 0, 'month']);
  });
});

describe('PLAN_STATUS_TRANSITIONS', () => {
  it('moves between known statuses only, never to itself, and never out of SUBMITTED (only a reopening does)', () => {
    for (const from of PLAN_STATUSES) {
      for (const to of PLAN_STATUS_TRANSITIONS[from]) {
        expect(PLAN_STATUSES).toContain(to);
        expect(to).not.toBe(from);
      }
    }
    expect(PLAN_STATUS_TRANSITIONS.SUBMITTED).toEqual([]);
    expect(PLAN_STATUS_TRANSITIONS.DRAFT).toContain('SUBMITTED');
  });
});

describe('achievementPercent', () => {
  it('is the measured value against the target in whole percent, not capped', () => {
    expect(achievementPercent(10, 8)).toBe(80);
    expect(achievementPercent(3, 4)).toBe(133);
    expect(achievementPercent(6, 0)).toBe(0);
  });

  it('is null without a target above zero or without a measurement', () => {
    expect(achievementPercent(null, 5)).toBeNull();
    expect(achievementPercent(0, 5)).toBeNull();
    expect(achievementPercent(-1, 5)).toBeNull();
    expect(achievementPercent(10, null)).toBeNull();
  });
});

describe("deadlines in the zones' time zone (Europe/Brussels)", () => {
  it('takes today from the calendar in Brussels, not UTC: 22:30 UTC on 15 October is already 16 October', () => {
    expect(ZONE_TIME_ZONE).toBe('Europe/Brussels');
    expect(todayIn(ZONE_TIME_ZONE, new Date('2026-10-15T21:59:59Z'))).toBe('2026-10-15');
    expect(todayIn(ZONE_TIME_ZONE, new Date('2026-10-15T22:30:00Z'))).toBe('2026-10-16');
    expect(todayIn('UTC', new Date('2026-10-15T22:30:00Z'))).toBe('2026-10-15');
    // Winter time: UTC+1, so midnight in Brussels is 23:00 UTC.
    expect(zoneToday(new Date('2027-04-30T21:30:00Z'))).toBe('2027-04-30');
    expect(zoneToday(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(zoneToday(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('lets a deadline pass at the end of its day in Brussels', () => {
    const plan2027 = planDeadline(2027); // 2026-10-15
    expect(deadlinePassed(plan2027, new Date('2026-10-15T21:59:59Z'))).toBe(false);
    expect(deadlinePassed(plan2027, new Date('2026-10-15T22:00:00Z'))).toBe(true);
    const report2026 = reportDeadline(2026); // 2027-05-01, summer time (UTC+2)
    expect(deadlinePassed(report2026, new Date('2027-05-01T21:59:59Z'))).toBe(false);
    expect(deadlinePassed(report2026, new Date('2027-05-01T22:00:00Z'))).toBe(true);
  });

  it('counts whole calendar days, also across the change to summer time', () => {
    expect(daysBetween('2026-10-15', '2026-10-15')).toBe(0);
    expect(daysBetween(zoneToday(new Date('2026-10-14T22:30:00Z')), '2026-10-15')).toBe(0);
    expect(daysBetween('2026-10-16', '2026-10-15')).toBe(-1);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });

  it('ends a plan year at midnight in Brussels on 31 December', () => {
    expect(zoneYear(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
    expect(zoneYear(new Date('2026-12-31T23:00:00Z'))).toBe(2027);
    expect(planYearEnded(2026, new Date('2026-12-31T22:59:59Z'))).toBe(false);
    expect(planYearEnded(2026, new Date('2026-12-31T23:00:00Z'))).toBe(true);
  });
});
