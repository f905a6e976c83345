// Mail leaves through the job queue: `queueMail` adds a `send_mail` job in the caller's
// transaction (a rolled-back mutation sends nothing), the worker sends it over SMTP
// (`mailer.ts`) and the queue retries it when the SMTP server refuses or is away.
import type { DataSource, EntityManager } from 'typeorm';
import { addJob } from '../../jobs/queue';
import { renderMail, type MailContent } from './mail.template';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

declare module '../../jobs/queue' {
  interface JobPayloads {
    send_mail: MailMessage;
  }
}

/** Attempts before a mail is given up (graphile-worker backs off exponentially: about 2.5 hours in all). */
const MAIL_ATTEMPTS = 10;

export async function queueMail(manager: EntityManager | DataSource, to: string, subject: string, content: MailContent): Promise<void> {
  await addJob(manager, 'send_mail', { to, subject, ...renderMail(content) }, { maxAttempts: MAIL_ATTEMPTS });
}

/** An absolute link to a route of the web app, e.g. `linkTo(base, '/uitnodiging', { token })`. */
export function linkTo(publicUrl: string, route: string, query: Record<string, string> = {}): string {
  const url = new URL(route, `${publicUrl}/`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}
