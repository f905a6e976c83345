// Download URLs per plan and format, with the same permissions as reading the plan:
//   GET /api/plans/<plan id>/export.docx | .xlsx | .csv | .json
// Authenticated by the session cookie (web app) or `Authorization: Bearer <token>` (tools).
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, restError } from '../../common/app-error';
import { viewerOf } from '../auth/authenticate';
import { loadExportPlan } from './export-data';
import { toCsv, toDocx, toJson, toXlsx } from './export-formats';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;
type Format = keyof typeof TYPES;

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
      const viewer = await viewerOf(db, req);
      const plan = await loadExportPlan(db, viewer, String(req.params.id));
      const body =
        format === 'docx' ? await toDocx(plan) : format === 'xlsx' ? await toXlsx(plan) : format === 'csv' ? toCsv(plan) : JSON.stringify(toJson(plan), null, 2);
      res.setHeader('Content-Type', TYPES[format]);
      res.setHeader('Content-Disposition', `attachment; filename="${fileName(plan.zone.name, plan.year, format)}"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(body);
    } catch (error) {
      if (error instanceof AppError) {
        const { status, body } = restError(error);
        res.status(status).json(body);
        return;
      }
      console.error('[export]', error);
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'De export is mislukt. Probeer het later opnieuw.' } });
    }
  });
  return router;
}
