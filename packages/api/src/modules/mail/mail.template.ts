// One small template for every mail: a greeting, paragraphs, one button-like link back to the
// item, and a footer; as plain text and as HTML, every value escaped. Mails are in Dutch.
export interface MailContent {
  /** The first line, e.g. "Dag Jan,". */
  greeting: string;
  /** Plain sentences (no markup: they are escaped). */
  paragraphs: string[];
  /** The link back to the item in Kruispunt. */
  link: { label: string; url: string };
  /** Lines after the link (e.g. how long it works). */
  after?: string[];
}

export interface RenderedMail {
  text: string;
  html: string;
}

const FOOTER = 'Dit bericht komt van Kruispunt, het planningsplatform van de eerstelijnszones. Je kunt niet antwoorden op deze e-mail.';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderMail(content: MailContent): RenderedMail {
  const after = content.after ?? [];
  const text = [content.greeting, '', ...content.paragraphs.flatMap((p) => [p, '']), `${content.link.label}:`, content.link.url, '', ...after.flatMap((p) => [p, '']), '--', FOOTER, ''].join(
    '\n',
  );
  const p = (line: string) => `<p style="margin:0 0 16px">${escapeHtml(line)}</p>`;
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Kruispunt</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d2733">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:6px">
${p(content.greeting)}
${content.paragraphs.map(p).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(content.link.url)}" style="display:inline-block;background:#0b5fa5;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold">${escapeHtml(content.link.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#4a5663">Werkt de knop niet? Kopieer dan deze link in je browser: ${escapeHtml(content.link.url)}</p>
${after.map(p).join('\n')}
<p style="margin:24px 0 0;font-size:13px;color:#4a5663">${escapeHtml(FOOTER)}</p>
</div>
</body></html>
`;
  return { text, html };
}
