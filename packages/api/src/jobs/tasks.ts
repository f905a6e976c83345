// The jobs every instance runs, and the schedule (graphile-worker's crontab: one run per tick
// across all instances). Modules define the handlers; this file only lists them.
import type { DataSource } from 'typeorm';
import { AccountLinksService } from '../modules/auth/account-links.service';
import type { Mailer } from '../modules/mail/mailer';
import { mailNotifications, sendDeadlineReminders } from '../modules/notification/notification-mail';
import type { JobTasks } from './worker';

declare module './queue' {
  interface JobPayloads {
    /** The daily clean-up of long-expired mailed links (from the crontab below). */
    cleanup_account_links: Record<string, unknown>;
    /** Notifications by mail, every minute, for people who want them at once. */
    mail_notifications: Record<string, unknown>;
    /** The daily overview of notifications, for people who chose it. */
    mail_notification_digest: Record<string, unknown>;
    /** Reminders 30, 7 and 1 days before the plan and report deadlines; `at`: the day to count from (default now; to catch up a missed day). */
    deadline_reminders: { at?: string };
  }
}

/** `publicUrl`: where links in mails point (known once the server listens). */
export function jobTasks(db: DataSource, mailer: Mailer | null, publicUrl: () => string): JobTasks {
  return {
    send_mail: async (message) => {
      // No SMTP server configured and no catcher (MAIL_CATCHER=false): the mail is dropped, said once.
      if (!mailer) return void console.warn(`[mail] not sent (no SMTP server configured): "${message.subject}" to ${message.to}`);
      await mailer.send(message);
    },
    password_reset_request: (request) => AccountLinksService.sendPasswordReset(db, request),
    cleanup_account_links: () => AccountLinksService.removeExpiredLinks(db),
    mail_notifications: async () => void (await mailNotifications(db, publicUrl(), 'IMMEDIATE')),
    mail_notification_digest: async () => void (await mailNotifications(db, publicUrl(), 'DAILY')),
    deadline_reminders: async (payload) => void (await sendDeadlineReminders(db, payload?.at ? new Date(payload.at) : new Date())),
  };
}

/**
 * minute hour day-of-month month day-of-week task ?options (graphile-worker reads the times as UTC:
 * the digest and the reminders go out at 6:00 / 6:30 in Brussels in winter, 7:00 / 7:30 in summer).
 */
export const CRONTAB = `
15 4 * * * cleanup_account_links
* * * * * mail_notifications
0 5 * * * mail_notification_digest
30 5 * * * deadline_reminders
`;
