// A local SMTP server that keeps the mails it receives in memory: the start command's mail
// catcher when no SMTP server is configured (shown at /dev/mails, dev-mails.router.ts), and the
// real SMTP server tests send to. It accepts any sender and recipient and delivers nowhere.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  receivedAt: Date;
}

export interface MailCatcher {
  host: string;
  port: number;
  /** Newest last; at most `keep`. */
  mails: CaughtMail[];
  /** The first mail (received already or later) for which `match` holds; fails after `timeoutMs`. */
  waitFor(match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  close(): Promise<void>;
}

export async function startMailCatcher(options: { port?: number; host?: string; keep?: number } = {}): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const keep = options.keep ?? 200;
  const mails: CaughtMail[] = [];
  const waiting = new Set<(mail: CaughtMail) => void>();
  let nextId = 1;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'Kruispunt mail catcher',
    logger: false,
    size: 5 * 1024 * 1024,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'catcher' }),
    onData: (stream, session, callback) => {
      simpleParser(stream).then(
        (parsed) => {
          const mail: CaughtMail = {
            id: nextId++,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            receivedAt: new Date(),
          };
          mails.push(mail);
          if (mails.length > keep) mails.splice(0, mails.length - keep);
          for (const notify of waiting) notify(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  server.on('error', (error) => console.error('[mail catcher]', error.message));
  const port = (server.server.address() as AddressInfo).port;
  return {
    host,
    port,
    mails,
    waitFor: (match, timeoutMs = 15_000) =>
      new Promise<CaughtMail>((resolve, reject) => {
        const found = mails.find(match);
        if (found) return resolve(found);
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no matching mail within ${timeoutMs} ms (caught: ${mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'none'})`));
        }, timeoutMs);
        function check(mail: CaughtMail) {
          if (!match(mail)) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(mail);
        }
        waiting.add(check);
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
