// The yearly report: read (generated, or as submitted), narratives, submitting, reopening, and the
// region's roll-up. Rules are Viewer methods; every write is one transaction with a version check.
import type { EntityManager } from 'typeorm';
import { reopenPlanSchema, reportDeadline, yearReportNarrativeSchema, type YearReportStatus } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { publicFields, publicValues, recordChange } from '../audit/audit';
import { AuditEntry } from '../audit/audit.entity';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { parseInput } from '../../common/validate';
import { versionedUpdate } from '../audit/versioned';
import { invalid, uuidOf } from '../../common/write';
import type { Context } from '../auth/context';
import type { Viewer } from '../auth/viewer';
import { ActionPlan } from '../action-plan/action-plan.entity';
import type { Region } from '../region/region.entity';
import { loadReportActions, loadYearReportData, reportAction, summarize, type YearReportData } from './year-report-data';
import { toReportDocx } from './year-report-formats';
import { YearReport, YearReportSubmission } from './year-report.entity';
import type { RegionYearReport, YearReportView } from './year-report.types';
import { GOAL_IN_PLAN_SQL, INSERT_YEAR_REPORT_SQL, NARRATIVES_SQL, PLAN_YEAR_REPORT_SQL, REGION_REPORTS_SQL, SUBMISSION_JSON_SQL, THEME_NAMES_SQL } from './year-report.queries';

type Db = Pick<EntityManager, 'query' | 'getRepository'>;

/**
 * The narratives as the audit trail and conflict reports record them: keyed by the strategic
 * goal's global id (a plain object is not part of an entity snapshot, and no raw key reaches clients).
 */
async function narrativesOf(m: Pick<EntityManager, 'query'>, reportId: string): Promise<{ narratives: Record<string, string> }> {
  const [row]: { narratives: Record<string, string> }[] = await m.query(NARRATIVES_SQL, [reportId]);
  return { narratives: Object.fromEntries(Object.entries(row?.narratives ?? {}).map(([goalId, text]) => [toGlobalId('StrategicGoal', goalId), text])) };
}

export class YearReportService {
  constructor(private readonly ctx: Context) {}

  /** The report of a plan the viewer sees (null when the plan is hidden, as when it is absent). */
  async view(plan: ActionPlan): Promise<YearReportView | null> {
    const viewer = this.ctx.viewer.requireSignedIn();
    if (!viewer.canSeePlan(plan)) return null;
    const row = await this.ctx.loaders
      .custom('yearReportRow', async (ids) => {
        const rows = await this.ctx.db.getRepository(YearReport).createQueryBuilder('r').where('r.action_plan_id = ANY(:ids)', { ids }).getMany();
        return ids.map((id) => rows.find((r) => r.actionPlanId === id) ?? null);
      })
      .load(plan.id);
    // The list without its files (the Word bytes are only for the download route).
    const submissions = row
      ? await this.ctx.db
          .getRepository(YearReportSubmission)
          .createQueryBuilder('s')
          .select(['s.id', 's.version', 's.createdAt', 's.updatedAt', 's.yearReportId', 's.submittedAt', 's.submittedById', 's.submittedByName'])
          .where('s.year_report_id = :id', { id: row.id })
          .orderBy('s.submitted_at', 'DESC')
          .getMany()
      : [];
    const status: YearReportStatus = row?.status ?? 'DRAFT';
    // Submitted: exactly what went in, whatever changed in the actions since.
    const kept = status === 'SUBMITTED' && submissions[0] ? ((await this.ctx.db.query(SUBMISSION_JSON_SQL, [submissions[0].id]))[0]?.json as YearReportData | undefined) : undefined;
    const data = kept ?? (await loadYearReportData(this.ctx.db, viewer, plan, row?.narratives ?? {}));
    const planId = toGlobalId('ActionPlan', plan.id);
    return {
      planId,
      reportId: row?.id ?? null,
      year: plan.year,
      zone: data.zone,
      status,
      // A report nobody wrote to yet has no row; its first write creates it at this version.
      version: row?.version ?? 1,
      submittedAt: row?.submittedAt ?? null,
      submittedByName: row?.submittedByName ?? null,
      deadline: reportDeadline(plan.year),
      summary: data.summary,
      strategicGoals: data.strategicGoals,
      actionsWithoutGoal: data.actionsWithoutGoal,
      docxUrl: `/api/plans/${planId}/report.docx`,
      jsonUrl: `/api/plans/${planId}/report.json`,
      submissions,
      access: { status: plan.status, zoneId: plan.zoneId },
    };
  }

  /** The files of the report: as submitted while it is submitted, else generated now. */
  async files(planGlobalId: string): Promise<{ data: YearReportData; docx: () => Promise<Buffer> }> {
    const viewer = this.ctx.viewer.requireSignedIn();
    const plan = await this.visiblePlan(this.ctx.db.manager, viewer, planGlobalId);
    const row = await this.ctx.db.getRepository(YearReport).findOneBy({ actionPlanId: plan.id });
    if (row?.status === 'SUBMITTED') {
      const [kept] = await this.ctx.db.getRepository(YearReportSubmission).find({ where: { yearReportId: row.id }, order: { submittedAt: 'DESC' }, take: 1 });
      if (kept) return { data: kept.json as YearReportData, docx: async () => kept.docx };
    }
    const data = await loadYearReportData(this.ctx.db, viewer, plan, row?.narratives ?? {});
    return { data, docx: () => toReportDocx(data, { status: 'DRAFT', submittedAt: null }) };
  }

  async updateNarrative(planGlobalId: string, strategicGoalGlobalId: string, version: number, input: unknown): Promise<ActionPlan> {
    const viewer = this.ctx.viewer.requireSignedIn();
    return this.ctx.db.transaction(async (m) => {
      const plan = await this.visiblePlan(m, viewer, planGlobalId);
      viewer.requireYearReportEditor(plan, 'DRAFT');
      const goalId = uuidOf(strategicGoalGlobalId, 'StrategicGoal', 'strategicGoalId');
      const [goal] = await m.query(GOAL_IN_PLAN_SQL, [goalId, plan.multiYearPlanId]);
      if (!goal) throw invalid('strategicGoalId', 'Deze strategische doelstelling hoort niet bij het meerjarenplan van dit actieplan.');
      const { text } = parseInput(yearReportNarrativeSchema, input);
      await versionedUpdate({
        manager: m,
        viewer,
        entity: YearReport,
        id: await this.ensureRow(m, plan.id),
        expectedVersion: version,
        label: 'Dit jaarrapport',
        authorize: (report) => viewer.requireYearReportEditor(plan, report.status),
        extra: (id) => narrativesOf(m, id),
        patch: (report) => {
          const narratives = { ...report.narratives };
          if (text) narratives[goalId] = text;
          else delete narratives[goalId];
          return { narratives };
        },
      });
      return plan;
    });
  }

  async submit(planGlobalId: string, version: number): Promise<ActionPlan> {
    const viewer = this.ctx.viewer.requireSignedIn();
    return this.ctx.db.transaction(async (m) => {
      const plan = await this.visiblePlan(m, viewer, planGlobalId);
      viewer.requireYearReportEditor(plan, 'DRAFT');
      const submittedAt = new Date();
      const report = await versionedUpdate({
        manager: m,
        viewer,
        entity: YearReport,
        id: await this.ensureRow(m, plan.id),
        expectedVersion: version,
        label: 'Dit jaarrapport',
        authorize: (row) => viewer.requireYearReportEditor(plan, row.status),
        patch: () => ({ status: 'SUBMITTED' as const, submittedAt, submittedById: viewer.data.userId, submittedByName: viewer.actor.name }),
      });
      // What went in, read in this transaction: later changes to the actions do not reach it.
      const data = await loadYearReportData(m, viewer, plan, report.narratives);
      const submission = await m.save(
        YearReportSubmission,
        m.create(YearReportSubmission, {
          yearReportId: report.id,
          submittedAt,
          submittedById: viewer.data.userId,
          submittedByName: viewer.actor.name,
          json: data,
          docx: await toReportDocx(data, { status: 'SUBMITTED', submittedAt }),
        }),
      );
      await recordChange(m, viewer, 'YearReportSubmission', submission.id, null, { yearReportId: report.id, submittedAt, submittedByName: submission.submittedByName });
      return plan;
    });
  }

  /** An administrator reopens a submitted report, with a reason (in its history); its submissions stay kept. */
  async reopen(planGlobalId: string, version: number, input: unknown): Promise<ActionPlan> {
    const viewer = this.ctx.viewer.requireSignedIn();
    return this.ctx.db.transaction(async (m) => {
      const plan = await this.visiblePlan(m, viewer, planGlobalId);
      viewer.requireAdmin();
      const row = await m.getRepository(YearReport).findOneBy({ actionPlanId: plan.id });
      if (!row) throw invalid('planId', 'Dit jaarrapport is niet ingediend; er valt niets te heropenen.');
      await versionedUpdate({
        manager: m,
        viewer,
        entity: YearReport,
        id: row.id,
        expectedVersion: version,
        label: 'Dit jaarrapport',
        authorize: (report) => {
          if (!viewer.canReopenYearReport(report.status)) throw invalid('planId', 'Dit jaarrapport is niet ingediend; er valt niets te heropenen.');
        },
        patch: () => ({ status: 'DRAFT' as const, submittedAt: null, submittedById: null, submittedByName: null }),
      });
      // Validated after the checks above, so a staff member hears "not allowed", not "give a reason".
      const { reason } = parseInput(reopenPlanSchema, input);
      await recordChange(m, viewer, 'YearReport', row.id, { reopenReason: null }, { reopenReason: reason });
      return plan;
    });
  }

  /** A region's year per zone and per theme, for its coaches: counts only the actions the viewer sees. */
  async region(region: Region, year: number): Promise<RegionYearReport> {
    const viewer = this.ctx.viewer.requireSignedIn();
    viewer.requireRegionReportReader(region.id);
    const zones: { id: string; name: string; slug: string; plan_id: string | null; plan_status: ActionPlan['status'] | null; report_status: YearReportStatus | null }[] =
      await this.ctx.db.query(REGION_REPORTS_SQL, [region.id, year]);
    const planIds = zones.map((z) => z.plan_id).filter((id): id is string => id !== null);
    const rows = planIds.length ? await loadReportActions(this.ctx.db, viewer, planIds) : [];
    const actions = rows.map((r) => ({ ...reportAction(r), zoneId: r.zone_id, themeIds: r.theme_ids }));
    const themeIds = [...new Set(actions.flatMap((a) => a.themeIds))];
    const themes: { id: string; name: string }[] = themeIds.length ? await this.ctx.db.query(THEME_NAMES_SQL, [themeIds]) : [];
    return {
      year,
      deadline: reportDeadline(year),
      total: summarize(actions),
      zones: zones.map((z) => ({
        id: toGlobalId('Zone', z.id),
        name: z.name,
        slug: z.slug,
        // The report of a plan the viewer does not see is as absent as the plan (auth/visibility.ts).
        reportStatus: z.plan_status && viewer.canSeePlan({ status: z.plan_status, zoneId: z.id }) ? (z.report_status ?? 'DRAFT') : null,
        summary: summarize(actions.filter((a) => a.zoneId === z.id)),
      })),
      themes: themes.map((t) => ({ id: toGlobalId('Theme', t.id), name: t.name, slug: null, reportStatus: null, summary: summarize(actions.filter((a) => a.themeIds.includes(t.id))) })),
    };
  }

  /** The report's history (narratives, submissions, reopenings with their reason), newest first; the caller already sees the plan. */
  async history(reportId: string | null): Promise<AuditEntry[]> {
    if (!reportId) return [];
    const entries = await this.ctx.db
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where(
        `(e.entity_type = 'YearReport' AND e.entity_id = :id) OR (e.entity_type = 'YearReportSubmission' AND e.entity_id IN (SELECT s.id FROM year_report_submission s WHERE s.year_report_id = :id))`,
        { id: reportId },
      )
      .orderBy('e.at', 'DESC')
      .take(200)
      .getMany();
    return entries.map((entry) => Object.assign(entry, { fields: publicFields(entry.fields), before: publicValues(entry.before), after: publicValues(entry.after) }));
  }

  /** The plan, read in `db` and checked visible (a hidden plan is answered like an absent one). */
  private async visiblePlan(db: Db, viewer: Viewer, planGlobalId: string): Promise<ActionPlan> {
    const id = fromGlobalId(planGlobalId, 'ActionPlan', 'planId').id;
    const plan = await db.getRepository(ActionPlan).findOneBy({ id });
    if (!plan) throw new AppError('NOT_FOUND', 'Dit actieplan bestaat niet (meer).');
    viewer.requireVisiblePlan(plan);
    return plan;
  }

  /** The report's row, created on the first write (in the write's transaction, so a refused write leaves none). */
  private async ensureRow(m: EntityManager, planId: string): Promise<string> {
    await m.query(INSERT_YEAR_REPORT_SQL, [planId]);
    const [row]: { id: string }[] = await m.query(PLAN_YEAR_REPORT_SQL, [planId]);
    return row!.id;
  }
}
