// Sending over SMTP with nodemailer; the `send_mail` job's handler.
import nodemailer from 'nodemailer';
import type { SmtpSettings } from '../../config';
import type { MailMessage } from './mail.service';

/** What services need to write mails (`app.locals.mailPolicy`, set by server.ts). */
export interface MailPolicy {
  publicUrl: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function createMailer(smtp: SmtpSettings, from: string): Mailer {
  const transport = nodemailer.createTransport(smtp.url ?? { ...smtp, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    send: async (message) => {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    },
    close: () => transport.close(),
  };
}
