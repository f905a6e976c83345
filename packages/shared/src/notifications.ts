// Notifications: what happened (the kind), the Dutch sentence that tells it, and how long ago.
// Framework-free, so the API (the `text` field, later the e-mails) and the web say the same.
import { daysBetween, formatDate, planDeadline, reportDeadline, zoneToday } from './domain';

export const NOTIFICATION_KINDS = [
  'REMARK_ADDED',
  'REMARK_REPLIED',
  'REMARK_RESOLVED',
  'REMARK_REOPENED',
  'INVITATION_RECEIVED',
  'INVITATION_ACCEPTED',
  'INVITATION_DECLINED',
  'SHARED_WORK_CHANGED',
  'FOLLOWED_CHANGED',
  'PLAN_SUBMITTED',
  'PLAN_DEADLINE',
  'REPORT_DEADLINE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification's sentence is made of, stored with it (names as they were then). */
export interface NotificationParams {
  /** The item, as a person names it: "Actie 1.2.3", "het actieplan 2025 van ELZ Leuven", "werkgroep Eenzaamheid". */
  subject: string;
  /** The zone the event concerns (the inviting zone, the submitting zone), if any. */
  zone?: string | null;
  /** The first words of a remark or reply. */
  excerpt?: string | null;
  /** A reminder's deadline (ISO date) and the days left then. */
  deadline?: string | null;
  daysLeft?: number | null;
}

/** The Dutch sentence of a notification: "Coach An heeft een opmerking geplaatst bij Actie 1.2.3". */
export function notificationText(kind: NotificationKind, actorName: string, params: NotificationParams): string {
  const who = actorName || 'Iemand';
  const zone = params.zone ?? 'een zone';
  switch (kind) {
    case 'REMARK_ADDED':
      return `${who} heeft een opmerking geplaatst bij ${params.subject}`;
    case 'REMARK_REPLIED':
      return `${who} heeft gereageerd op een opmerking bij ${params.subject}`;
    case 'REMARK_RESOLVED':
      return `${who} heeft een opmerking bij ${params.subject} als opgelost gemarkeerd`;
    case 'REMARK_REOPENED':
      return `${who} heeft een opmerking bij ${params.subject} heropend`;
    case 'INVITATION_RECEIVED':
      return `${zone} nodigt jullie uit om mee eigenaar te worden van ${params.subject}`;
    case 'INVITATION_ACCEPTED':
      return `${zone} heeft de uitnodiging voor ${params.subject} aanvaard`;
    case 'INVITATION_DECLINED':
      return `${zone} heeft de uitnodiging voor ${params.subject} geweigerd`;
    case 'SHARED_WORK_CHANGED':
      return `${who}${params.zone ? ` (${params.zone})` : ''} heeft ${params.subject} gewijzigd`;
    case 'FOLLOWED_CHANGED':
      return `${who}${params.zone ? ` (${params.zone})` : ''} heeft ${params.subject} gewijzigd, dat je volgt`;
    case 'PLAN_SUBMITTED':
      return `${zone} heeft ${params.subject} ingediend`;
    case 'PLAN_DEADLINE':
    case 'REPORT_DEADLINE': {
      const left = params.daysLeft ?? 0;
      return `Nog ${left} ${left === 1 ? 'dag' : 'dagen'}: ${params.subject} moet ingediend zijn op ${formatDate(params.deadline ?? '')}`;
    }
  }
}

/** Reminders go out this many days before the plan deadline (15 October) and the report deadline (1 May). */
export const REMINDER_DAYS = [30, 7, 1] as const;

/**
 * The reminders due on a day (in Brussels): the plan of next year (due 15 October) and the report
 * on last year (due 1 May), each when 30, 7 or 1 day(s) are left. Pure; the API sends them to
 * zones that have not submitted yet.
 */
export function remindersDue(now: Date = new Date()): { kind: 'PLAN_DEADLINE' | 'REPORT_DEADLINE'; year: number; deadline: string; daysLeft: number }[] {
  const today = zoneToday(now);
  const year = Number(today.slice(0, 4));
  const candidates = [
    { kind: 'PLAN_DEADLINE' as const, year: year + 1, deadline: planDeadline(year + 1) },
    { kind: 'REPORT_DEADLINE' as const, year: year - 1, deadline: reportDeadline(year - 1) },
  ];
  return candidates.map((c) => ({ ...c, daysLeft: daysBetween(today, c.deadline) })).filter((c) => (REMINDER_DAYS as readonly number[]).includes(c.daysLeft));
}

/** How a person gets their notifications by e-mail: each one soon after it happens, one overview a day, or none. */
export const NOTIFICATION_EMAIL_MODES = ['IMMEDIATE', 'DAILY', 'OFF'] as const;
export type NotificationEmailMode = (typeof NOTIFICATION_EMAIL_MODES)[number];
export const NOTIFICATION_EMAIL_LABELS: Record<NotificationEmailMode, string> = {
  IMMEDIATE: 'Meteen, per melding',
  DAILY: 'Eén overzicht per dag',
  OFF: 'Geen e-mail (alleen hier)',
};

/** Where a notification leads in the web app (ids are global ids), or null when the app has no page for it. */
export function notificationPath(target: { type: string; id: string; zoneSlug?: string | null; year?: number | null }): string | null {
  switch (target.type) {
    case 'Action':
      return `/acties/${target.id}#overleg`;
    case 'ActionPlan':
      return target.zoneSlug && target.year ? `/zones/${target.zoneSlug}/plannen/${target.year}#overleg` : null;
    case 'YearReport':
      return target.zoneSlug && target.year ? `/zones/${target.zoneSlug}/plannen/${target.year}/rapport` : null;
    case 'Zone':
      return target.zoneSlug ? `/mijn-zone/${target.zoneSlug}` : null;
    case 'WorkingGroup':
      return `/werkgroepen/${target.id}`;
    case 'Project':
      return `/projecten/${target.id}`;
    default:
      return null;
  }
}

/** A short excerpt of a text for a notification (first 120 characters, on one line). */
export function excerpt(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/**
 * How long ago, in Belgian Dutch: "zonet", "5 minuten geleden", "2 uur geleden", "gisteren",
 * "3 dagen geleden", then the date (15/10/2025).
 */
export function relativeTime(value: string | Date, now: Date = new Date()): string {
  const then = typeof value === 'string' ? new Date(value) : value;
  const seconds = Math.max(0, Math.round((now.getTime() - then.getTime()) / 1000));
  if (seconds < 60) return 'zonet';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes === 1 ? '1 minuut geleden' : `${minutes} minuten geleden`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} uur geleden`;
  const days = Math.floor(hours / 24);
  if (days === 1) return 'gisteren';
  if (days < 7) return `${days} dagen geleden`;
  return formatDate(then);
}
