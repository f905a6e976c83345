// Sends a plan file to the API's preview (POST /api/imports/preview): the text the parser read,
// and what it found. Nothing is stored there.
import type { ImportJson, ParsedPlan } from '@kruispunt/shared';

export interface Preview {
  fileName: string;
  sourceText: string;
  plan: ParsedPlan;
  importJson: ImportJson;
  warnings: string[];
}

/** What went wrong, in Dutch, and whether signing in again helps. */
export class PreviewError extends Error {
  constructor(
    message: string,
    readonly signedOut = false,
  ) {
    super(message);
    this.name = 'PreviewError';
  }
}

export const MAX_BYTES = 10 * 1024 * 1024;
const TYPES = {
  txt: 'text/plain; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** .txt or .docx by the file's name; null for anything else. */
export function kindOf(name: string): keyof typeof TYPES | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'docx' ? 'docx' : ext === 'txt' ? 'txt' : null;
}

/** Checks what the browser can check before sending: the kind and the size. */
export function fileProblem(file: File): string | null {
  const kind = kindOf(file.name);
  if (!kind) {
    if (/\.(doc|pdf|odt|rtf)$/i.test(file.name)) return `${file.name} kan niet gelezen worden. Open het in Word en sla het op als .docx (Word-document), en kies dan dat bestand.`;
    return `${file.name} is geen .docx- of .txt-bestand. Kies het actieplan als Word-document (.docx) of als tekstbestand (.txt).`;
  }
  if (file.size === 0) return `${file.name} is leeg.`;
  if (file.size > MAX_BYTES) return `${file.name} is te groot (${(file.size / 1024 / 1024).toFixed(1).replace('.', ',')} MB): hoogstens 10 MB.`;
  return null;
}

export async function requestPreview(file: File, signal?: AbortSignal): Promise<Preview> {
  const kind = kindOf(file.name);
  if (!kind) throw new PreviewError(fileProblem(file) ?? 'Dit bestand kan niet gelezen worden.');
  let response: Response;
  try {
    response = await fetch('/api/imports/preview', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': TYPES[kind], 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
      signal,
    });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') throw error;
    throw new PreviewError('Kruispunt is niet bereikbaar. Controleer je internetverbinding en probeer opnieuw.');
  }
  if (response.ok) return (await response.json()) as Preview;
  const body = (await response.json().catch(() => null)) as { error?: { message?: string }; errors?: { message?: string }[] } | null;
  const message = body?.error?.message ?? body?.errors?.[0]?.message;
  if (response.status === 401) throw new PreviewError('Je bent afgemeld. Meld je opnieuw aan en kies het bestand opnieuw.', true);
  if (response.status === 403) throw new PreviewError('Alleen redacteurs van een zone kunnen een plan binnenbrengen.');
  if (response.status === 413) throw new PreviewError(message ?? `${file.name} is te groot: hoogstens 10 MB.`);
  if (response.status === 429) throw new PreviewError('Te veel verzoeken na elkaar. Wacht een minuut en probeer opnieuw.');
  if (response.status >= 500 || !message) throw new PreviewError('Het bestand kon niet gelezen worden door een fout op de server. Probeer het later opnieuw.');
  throw new PreviewError(message);
}
