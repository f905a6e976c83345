// The jobs every instance runs, and the schedule (graphile-worker's crontab: one run per tick
// across all instances). Modules define the handlers; this file only lists them.
import type { DataSource } from 'typeorm';
import type { Mailer } from '../modules/mail/mailer';
import type { JobTasks } from './worker';

export function jobTasks(_db: DataSource, mailer: Mailer | null): JobTasks {
  return {
    send_mail: async (message) => {
      // No SMTP server configured and no catcher (MAIL_CATCHER=false): the mail is dropped, said once.
      if (!mailer) return void console.warn(`[mail] not sent (no SMTP server configured): "${message.subject}" to ${message.to}`);
      await mailer.send(message);
    },
  };
}

/** minute hour day-of-month month day-of-week task ?options (times in the server's time zone). */
export const CRONTAB = ``;
