// Downloads of the yearly report, with the same permissions as reading the plan:
//   GET /api/plans/<plan id>/report.docx | .json (while submitted: the files as submitted)
//   GET /api/year-report-submissions/<submission id>.docx | .json (every kept submission)
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { PlanStatus } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { fromGlobalId } from '../../common/global-id';
import { viewerOf } from '../auth/authenticate';
import { YearReportService } from './year-report.service';
import { contextFor } from '../auth/context';
import { submissionSql } from './year-report.queries';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
} as const;

function fileName(zone: string, year: number, format: keyof typeof TYPES, suffix = ''): string {
  const base = `Jaarrapport ${year} ${zone}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 -]/g, '')
    .trim()
    .replace(/\s+/g, '-');
  return `${base}${suffix}.${format}`;
}

function send(res: Response, format: keyof typeof TYPES, name: string, body: Buffer | string): void {
  res.setHeader('Content-Type', TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(body);
}

export function yearReportRouter(db: DataSource): Router {
  const router = Router();
  router.get('/api/plans/:id/report.:format', async (req: Request, res: Response, next: NextFunction) => {
    const format = req.params.format as keyof typeof TYPES;
    try {
      if (!(format in TYPES)) throw new AppError('NOT_FOUND', 'Onbekend formaat: kies docx of json.');
      const viewer = await viewerOf(db, req);
      const files = await new YearReportService(contextFor(db, viewer)).files(String(req.params.id));
      send(res, format, fileName(files.data.zone, files.data.year, format), format === 'docx' ? await files.docx() : JSON.stringify(files.data, null, 2));
    } catch (error) {
      next(error);
    }
  });
  router.get('/api/year-report-submissions/:id.:format', async (req: Request, res: Response, next: NextFunction) => {
    const format = req.params.format as keyof typeof TYPES;
    try {
      if (!(format in TYPES)) throw new AppError('NOT_FOUND', 'Onbekend formaat: kies docx of json.');
      const viewer = (await viewerOf(db, req)).requireSignedIn();
      let id: string;
      try {
        id = fromGlobalId(String(req.params.id), 'YearReportSubmission').id;
      } catch {
        throw new AppError('NOT_FOUND', 'Deze indiening bestaat niet (meer).');
      }
      const [row]: { status: PlanStatus; zone_id: string; zone: string; year: number; submitted_at: Date; body: Buffer | unknown }[] = await db.query(
        submissionSql(format === 'docx' ? 's.docx' : 's.json'),
        [id],
      );
      // Readable by whoever reads the plan now (the rule of auth/visibility.ts).
      if (!row || !viewer.canSeePlan({ status: row.status, zoneId: row.zone_id })) throw new AppError('NOT_FOUND', 'Deze indiening bestaat niet (meer).');
      const day = new Date(row.submitted_at).toISOString().slice(0, 10);
      send(res, format, fileName(row.zone, row.year, format, `-ingediend-${day}`), format === 'docx' ? (row.body as Buffer) : JSON.stringify(row.body, null, 2));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
