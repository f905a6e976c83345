// Mail over real SMTP: a job sends it to an SMTP server started here (smtp-server), retried
// while that server is away; a rolled-back transaction sends nothing; the development page
// lists caught mails and is absent without a catcher.
import { startServer, type StartedServer } from '../../server';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { startMailCatcher, type MailCatcher } from './catcher';
import { linkTo, queueMail } from './mail.service';
import { renderMail } from './mail.template';

describe('mail', () => {
  let t: TestDatabase;
  let server: StartedServer;
  let catcher: MailCatcher;
  beforeAll(async () => {
    t = await createTestDatabase();
    catcher = await startMailCatcher();
    server = await startServer(t.db, {
      port: 0,
      host: '127.0.0.1',
      webhooks: { run: false },
      jobs: { pollIntervalMs: 200 },
      mail: { smtp: { host: catcher.host, port: catcher.port, ignoreTLS: true }, from: 'Kruispunt <noreply@kruispunt.test>', publicUrl: 'https://kruispunt.example.be', catcher },
    });
  });
  afterAll(async () => {
    await server.close();
    await catcher.close();
    await t.drop();
  });

  it('sends a Dutch mail with a text and an escaped HTML part and a link back', async () => {
    const link = linkTo('https://kruispunt.example.be', '/plannen/2027', { tab: 'acties & <meer>' });
    await t.db.transaction((m) =>
      queueMail(m, 'an@zone.test', 'Een opmerking bij jullie plan', {
        greeting: 'Dag An,',
        paragraphs: ['Coach <Els> schreef: "Goed & duidelijk".'],
        link: { label: 'Het plan openen', url: link },
      }),
    );
    const mail = await catcher.waitFor((m) => m.to.includes('an@zone.test'));
    expect(mail.from).toBe('noreply@kruispunt.test');
    expect(mail.subject).toBe('Een opmerking bij jullie plan');
    expect(mail.text).toContain('Dag An,');
    expect(mail.text).toContain('Coach <Els> schreef: "Goed & duidelijk".');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain('Coach &lt;Els&gt; schreef: &quot;Goed &amp; duidelijk&quot;.');
    expect(mail.html).not.toContain('<Els>');
    expect(mail.html).toContain(`href="https://kruispunt.example.be/plannen/2027?tab=acties+%26+%3Cmeer%3E"`);
    expect(mail.html).toContain('lang="nl"');
  });

  it('sends nothing for a transaction that rolled back', async () => {
    await expect(
      t.db.transaction(async (m) => {
        await queueMail(m, 'teruggedraaid@zone.test', 'Mag niet aankomen', { greeting: 'Dag,', paragraphs: [], link: { label: 'x', url: 'https://x.test/' } });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await queueMail(t.db, 'daarna@zone.test', 'Komt wel aan', { greeting: 'Dag,', paragraphs: [], link: { label: 'x', url: 'https://x.test/' } });
    await catcher.waitFor((m) => m.to.includes('daarna@zone.test'));
    expect(catcher.mails.some((m) => m.to.includes('teruggedraaid@zone.test'))).toBe(false);
  });

  it('retries a mail while the SMTP server is away', async () => {
    // A port where nothing listens yet: the first attempt fails, the queue retries (after ~3 s).
    const probe = await startMailCatcher();
    const port = probe.port;
    await probe.close();
    const other = await startServer(t.db, {
      port: 0,
      host: '127.0.0.1',
      webhooks: { run: false },
      jobs: { pollIntervalMs: 200 },
      mail: { smtp: { host: '127.0.0.1', port, ignoreTLS: true } },
    });
    try {
      // Only `other` may take this job: the first server's worker would deliver it at once.
      await server.close();
      await queueMail(t.db, 'later@zone.test', 'Na een nieuwe poging', { greeting: 'Dag,', paragraphs: [], link: { label: 'x', url: 'https://x.test/' } });
      // The worker counts an attempt when it takes the job and writes last_error only when the
      // attempt has failed: wait for the error itself, not the count.
      const lastError = async () =>
        ((await t.db.query(`SELECT last_error FROM graphile_worker._private_jobs WHERE payload->>'to' = 'later@zone.test'`)) as { last_error: string | null }[])[0]?.last_error ?? null;
      await until(async () => (await lastError()) !== null);
      expect(await lastError()).toMatch(/ECONNREFUSED/);
      const late = await startMailCatcher({ port });
      try {
        const mail = await late.waitFor((m) => m.to.includes('later@zone.test'), 20_000);
        expect(mail.subject).toBe('Na een nieuwe poging');
      } finally {
        await late.close();
      }
    } finally {
      await other.close();
      server = await startServer(t.db, { port: 0, host: '127.0.0.1', webhooks: { run: false }, mail: { smtp: { host: catcher.host, port: catcher.port, ignoreTLS: true }, catcher } });
    }
  });

  it('lists caught mails at /dev/mails, escaped, and answers 404 without a catcher', async () => {
    const list = await fetch(`${server.url}/dev/mails`);
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('Een opmerking bij jullie plan');
    const first = catcher.mails.find((m) => m.subject === 'Een opmerking bij jullie plan')!;
    const one = await (await fetch(`${server.url}/dev/mails/${first.id}`)).text();
    expect(one).toContain('Coach &lt;Els&gt; schreef');
    expect((await fetch(`${server.url}/dev/mails/${first.id}/html`)).headers.get('content-security-policy')).toContain("default-src 'none'");

    const without = await startServer(t.db, { port: 0, host: '127.0.0.1', webhooks: { run: false }, jobs: { run: false }, mail: { smtp: null } });
    try {
      expect((await fetch(`${without.url}/dev/mails`)).status).toBe(404);
    } finally {
      await without.close();
    }
  });

  it('renders the same content as text and HTML', () => {
    const { text, html } = renderMail({
      greeting: 'Dag Jan,',
      paragraphs: ['Eén.', 'Twee.'],
      link: { label: 'Openen', url: 'https://k.test/a?b=1&c=2' },
      after: ['Deze link werkt 7 dagen.'],
    });
    expect(text.split('\n').slice(0, 7)).toEqual(['Dag Jan,', '', 'Eén.', '', 'Twee.', '', 'Openen:']);
    expect(text).toContain('https://k.test/a?b=1&c=2');
    expect(html).toContain('href="https://k.test/a?b=1&amp;c=2"');
    expect(html).toContain('Deze link werkt 7 dagen.');
  });
});

async function until(done: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await done())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
