// Download URLs per plan and format, with the same permissions as reading the plan:
//   GET /api/plans/<plan id>/export.docx | .xlsx | .csv | .json
//   GET /api/submissions/<submission id>.docx | .json (the plan exactly as it was submitted)
// Authenticated by the session cookie (web app) or `Authorization: Bearer <token>` (tools).
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { viewerOf } from '../auth/authenticate';
import { fromGlobalId } from '../../common/global-id';
import type { PlanStatus } from '@kruispunt/shared';
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
  router.get('/api/plans/:id/export.:format', async (req: Request, res: Response, next: NextFunction) => {
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
      // Answered by the server's one error handler (server.ts): a code's HTTP status, or a generic 500.
      next(error);
    }
  });
  router.get('/api/submissions/:id.:format', async (req: Request, res: Response, next: NextFunction) => {
    const format = req.params.format as Format;
    try {
      if (format !== 'docx' && format !== 'json') throw new AppError('NOT_FOUND', 'Onbekend formaat: kies docx of json.');
      const viewer = (await viewerOf(db, req)).requireSignedIn();
      let id: string;
      try {
        id = fromGlobalId(String(req.params.id), 'PlanSubmission').id;
      } catch {
        throw new AppError('NOT_FOUND', 'Deze indiening bestaat niet (meer).');
      }
      const [row]: { status: PlanStatus; zone_id: string; zone: string; year: number; submitted_at: Date; body: Buffer | unknown }[] = await db.query(
        `SELECT p.status, p.zone_id, z.name AS zone, p.year, s.submitted_at, ${format === 'docx' ? 's.docx' : 's.json'} AS body
           FROM plan_submission s JOIN action_plan p ON p.id = s.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE s.id = $1`,
        [id],
      );
      // Readable by whoever reads the plan now (the rule of auth/visibility.ts).
      if (!row || !viewer.canSeePlan({ status: row.status, zoneId: row.zone_id })) throw new AppError('NOT_FOUND', 'Deze indiening bestaat niet (meer).');
      const day = new Date(row.submitted_at).toISOString().slice(0, 10);
      res.setHeader('Content-Type', TYPES[format]);
      res.setHeader('Content-Disposition', `attachment; filename="${fileName(row.zone, row.year, format).replace(`.${format}`, `-ingediend-${day}.${format}`)}"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(format === 'docx' ? row.body : JSON.stringify(row.body, null, 2));
    } catch (error) {
      // Answered by the server's one error handler (server.ts): a code's HTTP status, or a generic 500.
      next(error);
    }
  });
  return router;
}
