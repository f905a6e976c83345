import { CARRY_OVER_STATUSES, isUnchanged, planChanges, type ImportJson, type PlanChanges } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { toGlobalId } from '../../common/global-id';
import { loadExportPlan } from '../export/export-data';
import { toJson } from '../export/export-formats';
import { Action } from '../action/action.entity';
import { hydrate, rawAndEntities } from '../../db/reader';
import { scopeQuery } from '../auth/visibility';
import type { Context } from '../auth/context';
import { MultiYearPlan } from '../plan/plan.entity';
import { Zone } from '../zone/zone.entity';
import { ActionPlan } from './action-plan.entity';
import { PlanSubmission } from './plan-submission.entity';
import { SUBMISSION_JSON_SQL } from './action-plan.queries';

export class ActionPlanService {
  constructor(private readonly ctx: Context) {}

  async byZoneAndYear(zoneSlug: string, year: number): Promise<ActionPlan | null> {
    // The plan by its zone's slug in one statement, with its zone and its multi-year plan (every
    // caller may read those); the zone alone is looked up only when there is no plan, to tell an
    // unknown zone (NOT_FOUND) from a zone without a plan that year (null).
    const qb = this.ctx.db
      .getRepository(ActionPlan)
      .createQueryBuilder('e')
      .innerJoin(Zone, 'z', 'z.id = e.zone_id')
      .addSelect('z')
      .leftJoin(MultiYearPlan, 'm', 'm.id = e.multi_year_plan_id')
      .addSelect('m')
      .where('z.slug = :zoneSlug AND e.year = :year', { zoneSlug, year });
    const { entities, raw } = await rawAndEntities(scopeQuery(qb, 'ActionPlan', 'e', this.ctx.viewer));
    const plan = entities[0];
    if (plan) {
      // The zone came along: the plan's `zone` (and leads of its own zone) need no statement; nor
      // does its `multiYearPlan` (a statement of its own beside the actions' before).
      const zone = hydrate<Zone>(this.ctx.db.getMetadata(Zone), 'z', raw[0]!);
      this.ctx.loaders.byId(Zone).prime(zone.id, zone);
      const multiYearPlan = plan.multiYearPlanId ? hydrate<MultiYearPlan>(this.ctx.db.getMetadata(MultiYearPlan), 'm', raw[0]!) : null;
      if (multiYearPlan?.id) this.ctx.loaders.prime(MultiYearPlan, multiYearPlan);
      return plan;
    }
    const zone = await this.ctx.db.getRepository(Zone).findOneBy({ slug: zoneSlug });
    if (!zone) throw new AppError('NOT_FOUND', `Zone "${zoneSlug}" bestaat niet`, { field: 'zoneSlug' });
    return null;
  }

  /** The zone's plan of `year` if the viewer may see it, else null. */
  async visiblePlanOf(zoneId: string, year: number): Promise<ActionPlan | null> {
    const qb = this.ctx.db.getRepository(ActionPlan).createQueryBuilder('e').where('e.zone_id = :zoneId AND e.year = :year', { zoneId, year });
    return scopeQuery(qb, 'ActionPlan', 'e', this.ctx.viewer).getOne();
  }

  /**
   * What creating the zone's plan of `year` offers to carry over: the actions of its plan of the
   * year before that still run (not done or stopped) and were not carried over yet, in plan order.
   * Empty when there is no such plan or the viewer may not see it.
   */
  async carryOverCandidates(zoneId: string, year: number): Promise<Action[]> {
    const previous = await this.ctx.db.getRepository(ActionPlan).findOneBy({ zoneId, year: year - 1 });
    if (!previous || !this.ctx.viewer.canSeePlan(previous)) return [];
    return this.ctx.db
      .getRepository(Action)
      .createQueryBuilder('a')
      .where('a.action_plan_id = :planId AND a.progress_status IN (:...statuses)', { planId: previous.id, statuses: [...CARRY_OVER_STATUSES] })
      .andWhere('NOT EXISTS (SELECT 1 FROM action c WHERE c.continued_from_id = a.id)')
      .orderBy('a.position')
      .getMany();
  }

  /** The submissions of plans already read (and so visible), without their file bytes, newest first. */
  async submissionsOf(planIds: readonly string[]): Promise<PlanSubmission[][]> {
    const rows = await this.ctx.db
      .getRepository(PlanSubmission)
      .createQueryBuilder('s')
      .select(['s.id', 's.version', 's.createdAt', 's.updatedAt', 's.actionPlanId', 's.submittedAt', 's.submittedByName'])
      .where('s.action_plan_id = ANY(:ids)', { ids: [...planIds] })
      .orderBy('s.submitted_at', 'DESC')
      .getMany();
    return planIds.map((id) => rows.filter((r) => r.actionPlanId === id));
  }

  /**
   * The difference between a kept submission and its plan now, both in the import shape. The
   * plan's export applies the plan's visibility (NOT_FOUND for whoever may not read it).
   */
  async changesSinceSubmission(submissionId: string): Promise<PlanChanges & { unchanged: boolean }> {
    const [row]: { json: Partial<ImportJson>; action_plan_id: string }[] = await this.ctx.db.query(SUBMISSION_JSON_SQL, [submissionId]);
    if (!row) throw new AppError('NOT_FOUND', 'Deze indiening bestaat niet (meer).');
    const now = toJson(await loadExportPlan(this.ctx.db, this.ctx.viewer, toGlobalId('ActionPlan', row.action_plan_id)));
    const changes = planChanges(row.json, now);
    return { ...changes, unchanged: isUnchanged(changes) };
  }
}
