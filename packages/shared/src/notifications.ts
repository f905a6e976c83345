// Notifications: what happened (the kind), the Dutch sentence that tells it, and how long ago.
// Framework-free, so the API (the `text` field, later the e-mails) and the web say the same.
import { formatDate } from './domain';

export const NOTIFICATION_KINDS = [
  'REMARK_ADDED',
  'REMARK_REPLIED',
  'REMARK_RESOLVED',
  'REMARK_REOPENED',
  'INVITATION_RECEIVED',
  'INVITATION_ACCEPTED',
  'INVITATION_DECLINED',
  'SHARED_WORK_CHANGED',
  'PLAN_SUBMITTED',
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
    case 'PLAN_SUBMITTED':
      return `${zone} heeft ${params.subject} ingediend`;
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
