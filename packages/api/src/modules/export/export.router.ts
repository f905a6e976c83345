// Download URLs per plan and format, with the same permissions as reading the plan:
//   GET /api/plans/<plan id>/export.docx | .xlsx | .csv | .json
//   GET /api/submissions/<submission id>.docx | .json (the plan exactly as it was submitted)
//   GET /api/regions/<region slug>/<year>/actions.ndjson (a region's year, one action per line)
// Authenticated by the session cookie (web app) or `Authorization: Bearer <token>` (tools).
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';
import { viewerOf } from '../auth/authenticate';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import type { PlanStatus } from '@kruispunt/shared';
import { loadExportPlan, type ExportPlan } from './export-data';
import { toCsv, toDocx, toJson, toXlsx } from './export-formats';
import { REGION_EXISTS_SQL, REGION_PLANS_SQL, submissionSql } from './export.queries';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;
type Format = keyof typeof TYPES;

function fileName(zone: string, year: number, format: Format): string {
  const base = `Actieplan ${year} ${zone}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 -]/g, '')
    .trim()
    .replace(/\s+/g, '-');
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
      const body = format === 'docx' ? await toDocx(plan) : format === 'xlsx' ? await toXlsx(plan) : format === 'csv' ? toCsv(plan) : JSON.stringify(toJson(plan), null, 2);
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
        submissionSql(format === 'docx' ? 's.docx' : 's.json'),
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
  router.get('/api/regions/:slug/:year/actions.ndjson', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const viewer = (await viewerOf(db, req)).requireSignedIn();
      const year = Number(req.params.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError('INVALID_INPUT', 'Het jaar moet tussen 2000 en 2100 liggen.', { field: 'year' });
      const plans: { id: string; status: PlanStatus; zone_id: string; zone_slug: string }[] = await db.query(REGION_PLANS_SQL, [String(req.params.slug), year]);
      if (!plans.length && !(await db.query(REGION_EXISTS_SQL, [String(req.params.slug)])).length) {
        throw new AppError('NOT_FOUND', 'Deze regio bestaat niet.');
      }
      res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="acties-${String(req.params.slug).replace(/[^a-z0-9-]/g, '')}-${year}.ndjson"`);
      res.setHeader('Cache-Control', 'private, no-store');
      // Plan by plan, as the client reads (a region's year is a few thousand actions at most).
      for (const p of plans.filter((p) => viewer.canSeePlan({ status: p.status, zoneId: p.zone_id }))) {
        if (res.destroyed) return;
        const plan = await loadExportPlan(db, viewer, toGlobalId('ActionPlan', p.id));
        const lines = ndjsonLines(plan, { id: p.id, region: String(req.params.slug), zoneSlug: p.zone_slug });
        if (!res.write(lines)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
    } catch (error) {
      // Before the first line: the server's one error handler answers. After it: the stream breaks off.
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  });
  return router;
}

/** One JSON line per action: the action sheet as the plan export has it, with its plan and goals. */
function ndjsonLines(plan: ExportPlan, where: { id: string; region: string; zoneSlug: string }): string {
  const goals = new Map<string, { strategic: string; operational: string | null; title: string }>();
  for (const sd of plan.strategicGoals) {
    goals.set(sd.id, { strategic: sd.number, operational: null, title: sd.title });
    for (const od of sd.operationalGoals) goals.set(od.id, { strategic: sd.number, operational: od.number, title: od.title });
  }
  return plan.actions
    .map(({ id, operationalGoalId, strategicGoalId, ...sheet }) => {
      const goal = goals.get(operationalGoalId ?? strategicGoalId ?? '') ?? null;
      return `${JSON.stringify({
        id: toGlobalId('Action', id),
        plan: { id: toGlobalId('ActionPlan', where.id), region: where.region, zone: where.zoneSlug, zoneName: plan.zone.name, year: plan.year, status: plan.status },
        goal,
        ...sheet,
      })}\n`;
    })
    .join('');
}
