// Deadlines count days in Brussels (ZONE_TIME_ZONE), whatever the browser's time zone.
import { zoneToday } from '@kruispunt/shared';
import { deadlineInfo, reportDeadlineText } from '../../src/modules/plan/deadline';

describe('the plan deadline countdown', () => {
  it('turns to "today" and then "passed" at midnight in Brussels, not in UTC', () => {
    // 15 October 2026 is the deadline of the 2027 plan. 21:30 UTC is 23:30 in Brussels (summer time).
    expect(deadlineInfo(2027, null, zoneToday(new Date('2026-10-15T21:30:00Z'))).text).toBe('Vandaag is de deadline (15/10/2026)');
    // 22:30 UTC on the 15th is already the 16th in Brussels: the deadline has passed.
    expect(deadlineInfo(2027, null, zoneToday(new Date('2026-10-15T22:30:00Z'))).text).toBe('De deadline van 15/10/2026 is 1 dag verstreken');
    // 22:30 UTC on the 13th is the 14th in Brussels: one day left.
    expect(deadlineInfo(2027, null, zoneToday(new Date('2026-10-13T22:30:00Z'))).text).toBe('Nog 1 dag tot de deadline van 15/10/2026');
  });
});

describe('the report deadline on Mijn zone', () => {
  it('shows once the plan year has ended in Brussels', () => {
    expect(reportDeadlineText(2026, new Date('2026-12-31T22:30:00Z'))).toBeNull();
    expect(reportDeadlineText(2026, new Date('2026-12-31T23:30:00Z'))).toBe('Jaarrapport tegen 01/05/2027');
    expect(reportDeadlineText(2025, new Date('2026-12-03T12:00:00Z'))).toBe('Jaarrapport tegen 01/05/2026');
  });
});
