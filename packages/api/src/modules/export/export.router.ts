// Download URLs per plan and format, with the same permissions as reading the plan:
//   GET /api/plans/<plan id>/export.docx | .xlsx | .csv | .json
// Authenticated by the session cookie (web app) or `Authorization: Bearer <token>` (tools).
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { credentialsOf } from '../auth/credentials';
import { AuthService } from '../auth/auth.service';
import { loadExportPlan } from './export-data';
import { toCsv, toDocx, toJson, toXlsx } from './export-formats';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;
type Format = keyof typeof TYPES;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID_INPUT: 400 };

function fileName(zone: string, year: number, format: Format): string {
  const base = `Actieplan ${year} ${zone}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9 -]/g, '').trim().replace(/\s+/g, '-');
  return `${base}${format === 'csv' || format === 'xlsx' ? '-tijdslijn' : ''}.${format}`;
}

export function exportRouter(db: DataSource): Router {
  const router = Router();
  router.get('/api/plans/:id/export.:format', async (req: Request, res: Response) => {
    const format = req.params.format as Format;
    try {
      if (!(format in TYPES)) throw new AppError('NOT_FOUND', 'Onbekend formaat: kies docx, xlsx, csv of json.');
      const viewer = await new AuthService(db).resolveViewer(credentialsOf(req));
      const plan = await loadExportPlan(db, viewer, String(req.params.id));
      const body =
        format === 'docx' ? await toDocx(plan) : format === 'xlsx' ? await toXlsx(plan) : format === 'csv' ? toCsv(plan) : JSON.stringify(toJson(plan), null, 2);
      res.setHeader('Content-Type', TYPES[format]);
      res.setHeader('Content-Disposition', `attachment; filename="${fileName(plan.zone.name, plan.year, format)}"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(body);
    } catch (error) {
      if (error instanceof AppError) {
        res.status(STATUS[error.code] ?? 400).json({ error: { code: error.code, message: error.message } });
        return;
      }
      console.error('[export]', error);
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'De export is mislukt. Probeer het later opnieuw.' } });
    }
  });
  return router;
}
