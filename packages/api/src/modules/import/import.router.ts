// The preview of a plan file for the web's import page: POST /api/imports/preview with the file's
// bytes as the body. Nothing is stored. Same credentials as the downloads (session cookie or
// `Authorization: Bearer <token>`), for editors of a zone only.
//
//   Content-Type: text/plain | application/vnd.openxmlformats-officedocument.wordprocessingml.document
//                 (or application/octet-stream, the kind then follows the file name)
//   X-File-Name:  the file's name, URL-encoded. Required: a page on another site cannot send a
//                 header of its own without the browser asking first (CORS), so the session
//                 cookie cannot be used from elsewhere.
//
// Answer: { fileName, sourceText, plan (the parsed plan, with the unplaced fragments and their
// line numbers), importJson (the import shape), warnings (of reading the .docx), yearWarning }.
// With `?year=2026` (the year it will be saved as), yearWarning says when the text names another
// year (importYearWarning in packages/shared); null otherwise.
//
// The file is read in a worker thread under limits (plan-limits.ts, plan-reader.ts): a file over
// one of them gets 413 PAYLOAD_TOO_LARGE with `field: 'file'`, `limit` and `limitName`.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, restError } from '../../common/app-error';
import { viewerOf } from '../auth/authenticate';
import { PLAN_FILE_TYPES, planFileKind, UNSUPPORTED_FILE, type PlanFileKind } from './plan-file';
import type { PlanFileLimits } from './plan-limits';
import { PlanReader, type PlanReaderOptions } from './plan-reader';

function reply(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ error: { code, message, ...extra } });
}

function fileNameOf(req: Request): string | null {
  const header = req.headers['x-file-name'];
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).slice(0, 255);
  } catch {
    return raw.slice(0, 255);
  }
}

/** The `year` query parameter: a plan year, or null when absent; INVALID_INPUT when it is no year. */
function yearOf(raw: unknown): number | null {
  if (raw === undefined || raw === '') return null;
  const year = typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (!(year >= 2000 && year <= 2100)) throw new AppError('INVALID_INPUT', 'Kies een jaar tussen 2000 en 2100.', { field: 'year' });
  return year;
}

/** The kind of the upload: from its Content-Type, else (octet-stream) from its name. */
function kindOf(req: Request, fileName: string): PlanFileKind | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === PLAN_FILE_TYPES.txt) return 'txt';
  if (type === PLAN_FILE_TYPES.docx) return 'docx';
  if (type === 'application/octet-stream' || type === '') return planFileKind(fileName);
  return null;
}

export interface ImportRouterOptions {
  /** Largest upload in bytes (IMPORT_MAX_BYTES). */
  maxBytes: number;
  limits: PlanFileLimits;
  reader: PlanReaderOptions;
}

export function importRouter(db: DataSource, options: ImportRouterOptions): Router {
  const router = Router();
  const reader = new PlanReader(options.reader);
  router.post(
    '/api/imports/preview',
    // Who may ask comes before reading the body: a stranger's 10 MB is not read at all.
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const viewer = await viewerOf(db, req);
        viewer.requireSomeZoneEditor();
        next();
      } catch (error) {
        next(error);
      }
    },
    express.raw({ type: () => true, limit: options.maxBytes }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const fileName = fileNameOf(req);
        if (!fileName) throw new AppError('BAD_REQUEST', 'Stuur de naam van het bestand mee in de kop X-File-Name.');
        const kind = kindOf(req, fileName);
        if (!kind) {
          reply(res, 415, 'INVALID_INPUT', `Dit bestand kan niet gelezen worden: ${UNSUPPORTED_FILE}`, { field: 'file' });
          return;
        }
        const body: unknown = req.body;
        // A client that leaves stops the reading of its file.
        const left = new AbortController();
        res.on('close', () => {
          if (!res.writableFinished) left.abort();
        });
        // ?year=2026: the year it will be saved as, so that the preview warns when the text names another.
        const year = yearOf(req.query.year);
        const json = await reader.preview({ bytes: Buffer.isBuffer(body) ? body : Buffer.alloc(0), kind, fileName, limits: options.limits, year }, left.signal);
        res.setHeader('Cache-Control', 'private, no-store');
        res.type('application/json').send(json);
      } catch (error) {
        next(error);
      }
    },
  );
  // Errors of this route (and of its body parser) as JSON, never Express's HTML page.
  router.use('/api/imports', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof AppError) {
      const { status, body } = restError(error);
      if (error.code === 'RATE_LIMITED') res.setHeader('Retry-After', '60');
      return res.status(status).json(body);
    }
    const { type, limit } = (error ?? {}) as { type?: string; limit?: number };
    if (type === 'entity.too.large') {
      const mb = Math.round((limit ?? options.maxBytes) / 1_048_576);
      return reply(res, 413, 'PAYLOAD_TOO_LARGE', `Het bestand is te groot: hoogstens ${mb} MB.`, { limit });
    }
    if (typeof (error as { status?: number })?.status === 'number' && (error as { status: number }).status < 500) {
      return reply(res, 400, 'BAD_REQUEST', 'Het bestand kon niet ontvangen worden. Probeer opnieuw.');
    }
    console.error('[import preview]', error);
    return reply(res, 500, 'INTERNAL_SERVER_ERROR', 'Het bestand kon niet gelezen worden door een fout op de server. Probeer het later opnieuw.');
  });
  return router;
}
