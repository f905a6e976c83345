import { daysBetween, formatDate, planDeadline, planYearEnded, reportDeadline, zoneToday } from '@kruispunt/shared';

/**
 * Whole days from today to an ISO date (negative when it has passed). Today is the date in
 * Brussels (ZONE_TIME_ZONE), whatever the browser's time zone: a deadline passes at the end of its
 * day there.
 */
export function daysUntil(isoDate: string, today: string = zoneToday()): number {
  return daysBetween(today, isoDate);
}

export interface DeadlineInfo {
  deadline: string;
  days: number;
  text: string;
  tone: 'success' | 'info' | 'warning' | 'danger';
}

/** "Nog 23 dagen tot 15/10/2026", or how long ago it passed, or when the plan was submitted. */
export function deadlineInfo(year: number, submittedAt?: string | null, today?: string): DeadlineInfo {
  const deadline = planDeadline(year);
  const days = daysUntil(deadline, today);
  const date = formatDate(deadline);
  if (submittedAt) return { deadline, days, text: `Ingediend op ${formatDate(submittedAt)} (deadline ${date})`, tone: 'success' };
  if (days > 1) return { deadline, days, text: `Nog ${days} dagen tot de deadline van ${date}`, tone: days <= 30 ? 'warning' : 'info' };
  if (days === 1) return { deadline, days, text: `Nog 1 dag tot de deadline van ${date}`, tone: 'warning' };
  if (days === 0) return { deadline, days, text: `Vandaag is de deadline (${date})`, tone: 'danger' };
  return { deadline, days, text: `De deadline van ${date} is ${-days === 1 ? '1 dag' : `${-days} dagen`} verstreken`, tone: 'danger' };
}

/** "Jaarrapport tegen 01/05/2027" for a plan whose year has ended (in Brussels); null while it runs. */
export function reportDeadlineText(year: number, now: Date = new Date()): string | null {
  return planYearEnded(year, now) ? `Jaarrapport tegen ${formatDate(reportDeadline(year))}` : null;
}
