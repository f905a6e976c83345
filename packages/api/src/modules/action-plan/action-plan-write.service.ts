// Creating action plans and moving them through draft → published → submitted.
import { notifyPlanSubmitted } from '../notification/notify';
import {
  actionPlanSchema,
  planChecks,
  planTextsSchema,
  reopenPlanSchema,
  PLAN_STATUSES,
  PLAN_STATUS_TRANSITIONS,
  type PlanCheck,
  type PlanStatus,
  type CheckableAction,
} from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { recordChange, snapshot } from '../audit/audit';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { parseInput } from '../../common/validate';
import { invalid, isUniqueViolation, parseUpdate } from '../../common/write';
import { versionedUpdate } from '../audit/versioned';
import type { EntityManager } from 'typeorm';
import type { Context } from '../auth/context';
import type { Viewer } from '../auth/viewer';
import { ActionWriteService } from '../action/action-write.service';
import { MultiYearPlan } from '../plan/plan.entity';
import { loadExportPlan } from '../export/export-data';
import { toDocx, toJson } from '../export/export-formats';
import { ActionPlan } from './action-plan.entity';
import { PLAN_TEXT_KEYS, proposedTexts } from './plan-texts';
import { PlanSubmission } from './plan-submission.entity';
import { PLAN_CHECK_ACTIONS_SQL, PLAN_TEXTS_FROM_SQL } from './action-plan.queries';

/** More actions than a plan ever holds: a longer list is a client's mistake. */
const MAX_CARRY_OVER = 200;

export class ActionPlanWriteService {
  constructor(private readonly ctx: Context) {}

  /**
   * Creates a zone's plan for a year, carrying over the chosen actions of its plan of the year
   * before in the same transaction: a refused action leaves no plan and no copies behind.
   */
  async create(zoneGlobalId: string, input: unknown, carryOverActionIds: readonly string[] = []): Promise<ActionPlan> {
    const viewer = this.ctx.viewer.requireSignedIn();
    const { year } = parseInput(actionPlanSchema, input);
    const zoneId = fromGlobalId(zoneGlobalId, 'Zone').id;
    viewer.requireZoneEditor(zoneId);
    if (carryOverActionIds.length > MAX_CARRY_OVER) throw invalid('carryOverActionIds', `Neem hoogstens ${MAX_CARRY_OVER} acties tegelijk over.`);
    const duplicate = () => invalid('year', `Er bestaat al een actieplan ${year} voor deze zone.`);
    try {
      return await this.createPlan(viewer, zoneId, year, duplicate, carryOverActionIds);
    } catch (error) {
      // Two clients creating the same year at once: the check below saw no plan for either, the
      // unique key refused the second. Its client gets what it would have got a moment later.
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  private createPlan(viewer: Viewer, zoneId: string, year: number, duplicate: () => AppError, carryOverActionIds: readonly string[]): Promise<ActionPlan> {
    return this.ctx.db.transaction(async (m) => {
      if (await m.getRepository(ActionPlan).findOneBy({ zoneId, year })) throw duplicate();
      const myp = await m
        .getRepository(MultiYearPlan)
        .createQueryBuilder('p')
        .where('p.zone_id = :zoneId AND p.year_from <= :year AND p.year_to >= :year', { zoneId, year })
        .orderBy('p.year_from', 'DESC')
        .getOne();
      // The zone's latest plan before this year proposes the general texts.
      const latestBefore = await m.getRepository(ActionPlan).createQueryBuilder('p').where('p.zone_id = :zoneId AND p.year < :year', { zoneId, year }).orderBy('p.year', 'DESC').getOne();
      const previous = carryOverActionIds.length && latestBefore?.year === year - 1 ? latestBefore : null;
      // Carried-over actions keep their goals: without a multi-year plan covering the year, the plan
      // serves the previous plan's (as carryOverAction does when it creates next year's plan).
      const multiYearPlanId = myp?.id ?? previous?.multiYearPlanId ?? null;
      const plan = await m.save(ActionPlan, m.create(ActionPlan, { zoneId, year, multiYearPlanId, submittedAt: null, ...proposedTexts(latestBefore) }));
      await recordChange(m, viewer, 'ActionPlan', plan.id, null, snapshot(plan));
      if (carryOverActionIds.length) {
        await new ActionWriteService(this.ctx).carryOverInto(m, previous, plan, carryOverActionIds, 'carryOverActionIds');
      }
      return plan;
    });
  }

  async setStatus(planGlobalId: string, version: number, status: PlanStatus): Promise<ActionPlan> {
    const viewer = this.ctx.viewer.requireSignedIn();
    if (!PLAN_STATUSES.includes(status)) throw new AppError('INVALID_INPUT', 'Onbekende status.', { field: 'status' });
    const id = fromGlobalId(planGlobalId, 'ActionPlan').id;
    return this.ctx.db.transaction(async (m) => {
      let wasSubmitted = false;
      const updated = await versionedUpdate({
        manager: m,
        viewer,
        entity: ActionPlan,
        id,
        expectedVersion: version,
        authorize: (plan) => {
          // The locked row's status: no separate read before the lock.
          wasSubmitted = plan.status === 'SUBMITTED';
          viewer.requireVisiblePlan(plan);
          viewer.requireZoneEditor(plan.zoneId);
          if (plan.status !== status && !PLAN_STATUS_TRANSITIONS[plan.status].includes(status)) {
            if (!viewer.isAdmin) viewer.requireOpenPlan(plan);
            throw new AppError('INVALID_INPUT', 'Een ingediend plan heropen je met een reden (Heropenen), niet door de status te wijzigen.', { field: 'status' });
          }
        },
        patch: async (plan) => {
          if (status === 'SUBMITTED' && plan.status !== 'SUBMITTED') {
            const errors = (await this.checks([plan.id], true)).get(plan.id)?.filter((c) => c.severity === 'ERROR') ?? [];
            if (errors.length) {
              const problems = errors.length === 1 ? 'één punt voldoet' : `${errors.length} punten voldoen`;
              throw new AppError('INVALID_INPUT', `Het plan kan nog niet ingediend worden: ${problems} niet aan het sjabloon.`, {
                field: 'status',
                checks: errors,
                issues: errors.map((c) => ({ field: 'status', message: c.message })),
              });
            }
          }
          return { status, submittedAt: status === 'SUBMITTED' ? new Date() : plan.status === 'SUBMITTED' ? null : plan.submittedAt };
        },
      });
      if (updated.status === 'SUBMITTED' && !wasSubmitted) {
        await this.keepSubmission(m, updated);
        await notifyPlanSubmitted(m, viewer, updated);
      }
      return updated;
    });
  }

  /** What went to the Departement Zorg, as it was: the JSON and the Word export, read in the submitting transaction. */
  private async keepSubmission(m: EntityManager, plan: ActionPlan): Promise<void> {
    const exported = await loadExportPlan(m, this.ctx.viewer, toGlobalId('ActionPlan', plan.id));
    const submission = await m.save(
      PlanSubmission,
      m.create(PlanSubmission, {
        actionPlanId: plan.id,
        submittedAt: plan.submittedAt ?? new Date(),
        submittedById: this.ctx.viewer.data.userId,
        submittedByName: this.ctx.viewer.actor.name,
        json: toJson(exported),
        docx: await toDocx(exported),
      }),
    );
    await recordChange(m, this.ctx.viewer, 'PlanSubmission', submission.id, null, {
      actionPlanId: plan.id,
      submittedAt: submission.submittedAt,
      submittedByName: submission.submittedByName,
    });
  }

  /** An administrator reopens a submitted plan: back to published, editable again, the reason in its history. */
  async reopen(planGlobalId: string, version: number, input: unknown): Promise<ActionPlan> {
    const viewer = this.ctx.viewer.requireSignedIn();
    const id = fromGlobalId(planGlobalId, 'ActionPlan').id;
    return this.ctx.db.transaction(async (m) => {
      const reopened = await versionedUpdate({
        manager: m,
        viewer,
        entity: ActionPlan,
        id,
        expectedVersion: version,
        authorize: (plan) => {
          viewer.requireVisiblePlan(plan);
          viewer.requireAdmin();
          if (!viewer.canReopenPlan(plan)) throw invalid('id', 'Dit plan is niet ingediend; er valt niets te heropenen.');
        },
        patch: () => ({ status: 'PUBLISHED' as const, submittedAt: null }),
      });
      // Validated after the checks above, so a staff member hears "not allowed", not "give a reason".
      const { reason } = parseInput(reopenPlanSchema, input);
      await recordChange(m, viewer, 'ActionPlan', id, { reopenReason: null }, { reopenReason: reason });
      return reopened;
    });
  }

  /**
   * Changes the plan's general texts (fields left out stay; null clears). Whoever edits one has
   * reviewed them: the proposal from last year's plan is gone.
   */
  updateTexts(planGlobalId: string, version: number, input: Record<string, unknown>): Promise<ActionPlan> {
    return this.writeTexts(planGlobalId, version, (plan) => {
      const current = Object.fromEntries(PLAN_TEXT_KEYS.map((key) => [key, plan[key]]));
      const data = parseUpdate(planTextsSchema, current, input);
      const edited = PLAN_TEXT_KEYS.some((key) => key in input);
      return {
        introText: data.introText ?? null,
        targetGroupsText: data.targetGroupsText ?? null,
        networkText: data.networkText ?? null,
        textsProposedFromYear: edited ? null : plan.textsProposedFromYear,
      };
    });
  }

  /** Keeps the proposed texts as they are: reviewed, no longer a proposal. */
  confirmTexts(planGlobalId: string, version: number): Promise<ActionPlan> {
    return this.writeTexts(planGlobalId, version, () => ({ textsProposedFromYear: null }));
  }

  private writeTexts(planGlobalId: string, version: number, patch: (plan: ActionPlan) => Partial<ActionPlan>): Promise<ActionPlan> {
    const viewer = this.ctx.viewer.requireSignedIn();
    const id = fromGlobalId(planGlobalId, 'ActionPlan').id;
    return this.ctx.db.transaction((m) =>
      versionedUpdate({
        manager: m,
        viewer,
        entity: ActionPlan,
        id,
        expectedVersion: version,
        label: 'Dit actieplan',
        authorize: (plan) => {
          viewer.requireVisiblePlan(plan);
          viewer.requirePlanContentEditor(plan);
        },
        patch,
      }),
    );
  }

  /** Template checks of several plans: their actions in one statement, the plans' own flags in another. */
  async checks(planIds: readonly string[], forSubmission = false): Promise<Map<string, PlanCheck[]>> {
    const rows: (Omit<CheckableAction, 'id'> & { id: string; plan_id: string })[] = await this.ctx.db.query(PLAN_CHECK_ACTIONS_SQL, [planIds]);
    const plans: { id: string; textsProposedFromYear: number | null }[] = await this.ctx.db.query(PLAN_TEXTS_FROM_SQL, [planIds]);
    const planById = new Map(plans.map((p) => [p.id, p]));
    const byPlan = new Map<string, CheckableAction[]>(planIds.map((id) => [id, []]));
    for (const r of rows) byPlan.get(r.plan_id)?.push({ ...r, id: toGlobalId('Action', r.id) });
    return new Map([...byPlan].map(([id, actions]) => [id, planChecks(actions, forSubmission, planById.get(id) ?? null)]));
  }
}
