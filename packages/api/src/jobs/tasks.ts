// The jobs every instance runs, and the schedule (graphile-worker's crontab: one run per tick
// across all instances). Modules define the handlers; this file only lists them.
import type { DataSource } from 'typeorm';
import { AccountLinksService } from '../modules/auth/account-links.service';
import type { Mailer } from '../modules/mail/mailer';
import type { JobTasks } from './worker';

declare module './queue' {
  interface JobPayloads {
    /** The daily clean-up of long-expired mailed links (from the crontab below). */
    cleanup_account_links: Record<string, unknown>;
  }
}

export function jobTasks(db: DataSource, mailer: Mailer | null): JobTasks {
  return {
    send_mail: async (message) => {
      // No SMTP server configured and no catcher (MAIL_CATCHER=false): the mail is dropped, said once.
      if (!mailer) return void console.warn(`[mail] not sent (no SMTP server configured): "${message.subject}" to ${message.to}`);
      await mailer.send(message);
    },
    password_reset_request: (request) => AccountLinksService.sendPasswordReset(db, request),
    cleanup_account_links: () => AccountLinksService.removeExpiredLinks(db),
  };
}

/** minute hour day-of-month month day-of-week task ?options (graphile-worker reads the times as UTC). */
export const CRONTAB = `
15 4 * * * cleanup_account_links
`;
