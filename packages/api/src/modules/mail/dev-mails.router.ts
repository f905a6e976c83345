// GET /dev/mails: the mails the local catcher received (development only; 404 in production or
// when mail goes to a real SMTP server). A newcomer sees what Kruispunt sends without a mail server.
import { Router, type Response } from 'express';
import type { MailCatcher } from './catcher';
import { escapeHtml } from './mail.template';

// Only what these pages need: their own inline style, nothing else (no scripts at all).
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
const STYLE = `<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1d2733}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ccd}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f5f7;padding:1rem}a{color:#0b5fa5}</style>`;

function page(res: Response, title: string, body: string): void {
  res
    .status(200)
    .setHeader('Content-Security-Policy', CSP)
    .setHeader('Cache-Control', 'no-store')
    .type('html')
    .send(
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title>${STYLE}</head><body>${body}</body></html>`,
    );
}

export function devMailsRouter(catcher: MailCatcher | null): Router {
  const router = Router();
  router.use((_req, res, next) => {
    if (!catcher) {
      res.status(404).type('text').send('Niet gevonden.');
      return;
    }
    next();
  });
  router.get('/', (_req, res) => {
    const rows = [...catcher!.mails]
      .reverse()
      .map(
        (m) =>
          `<tr><td>${escapeHtml(m.receivedAt.toLocaleString('nl-BE', { timeZone: 'Europe/Brussels' }))}</td><td>${escapeHtml(m.to.join(', '))}</td><td><a href="/dev/mails/${m.id}">${escapeHtml(m.subject || '(geen onderwerp)')}</a></td></tr>`,
      )
      .join('');
    page(
      res,
      'Opgevangen e-mails',
      `<h1>Opgevangen e-mails</h1><p>Zonder SMTP-server vangt Kruispunt zijn e-mails hier op (alleen in ontwikkeling, niet bewaard na een herstart).</p>` +
        (rows ? `<table><thead><tr><th>Ontvangen</th><th>Aan</th><th>Onderwerp</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>Nog geen e-mails ontvangen.</p>'),
    );
  });
  router.get('/:id', (req, res) => {
    const mail = catcher!.mails.find((m) => String(m.id) === req.params.id);
    if (!mail) return void res.status(404).type('text').send('Deze e-mail is er niet (meer).');
    page(
      res,
      mail.subject,
      `<p><a href="/dev/mails">← Alle e-mails</a></p><h1>${escapeHtml(mail.subject)}</h1>` +
        `<p>Van: ${escapeHtml(mail.from)}<br>Aan: ${escapeHtml(mail.to.join(', '))}</p>` +
        (mail.html ? `<p><a href="/dev/mails/${mail.id}/html">De HTML-versie bekijken</a></p>` : '') +
        `<h2>Tekst</h2><pre>${escapeHtml(mail.text)}</pre>`,
    );
  });
  router.get('/:id/html', (req, res) => {
    const mail = catcher!.mails.find((m) => String(m.id) === req.params.id);
    if (!mail?.html) return void res.status(404).type('text').send('Deze e-mail is er niet (meer).');
    res.status(200).setHeader('Content-Security-Policy', CSP).setHeader('Cache-Control', 'no-store').type('html').send(mail.html);
  });
  return router;
}
