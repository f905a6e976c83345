// Remarks on action plans and their actions: VIVEL coaches of the zone's region, the zone's own
// members (for an action also its owner zones' members) and administrators leave them; editors of
// what a remark is about resolve it. What the caller may not see is NOT_FOUND (auth/visibility.ts).
import { remarkSchema } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { recordChange, snapshot } from '../../common/audit';
import { parseInput } from '../../common/validate';
import { lockForUpdate } from '../../common/versioned';
import { invalid, uuidOf } from '../../common/write';
import type { Context } from '../../graphql/context';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { loadActionAccess } from '../auth/visibility';
import { Zone } from '../zone/zone.entity';
import { Remark } from './remark.entity';

export class RemarkService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  async add(planGlobalId: string | null | undefined, actionGlobalId: string | null | undefined, input: Record<string, unknown>): Promise<Remark> {
    const userId = this.viewer.requireUser();
    if (!planGlobalId && !actionGlobalId) throw invalid('planId', 'Kies een actieplan of een actie.');
    const actionId = actionGlobalId ? uuidOf(actionGlobalId, 'Action', 'actionId') : null;
    const givenPlanId = planGlobalId ? uuidOf(planGlobalId, 'ActionPlan', 'planId') : null;
    const data = parseInput(remarkSchema, input);
    return this.ctx.db.transaction(async (m) => {
      // A remark on an action follows the action's visibility (co-owners too), one on the plan the plan's.
      const access = actionId ? await loadActionAccess(m, actionId) : null;
      if (actionId && (!access || !this.viewer.canSeeAction(access))) throw new AppError('NOT_FOUND', 'Deze actie bestaat niet (meer).');
      // Given only the action: its own plan (which a co-owner may not see, and need not name).
      const planId = givenPlanId ?? (actionId ? ((await m.query(`SELECT action_plan_id AS id FROM action WHERE id = $1`, [actionId]))[0]?.id as string) : null);
      const plan = planId ? await m.getRepository(ActionPlan).findOneBy({ id: planId }) : null;
      if (!plan || (!access && !this.viewer.canSeePlan(plan))) throw new AppError('NOT_FOUND', 'Dit actieplan bestaat niet (meer).');
      if (actionId && (await m.query(`SELECT 1 FROM action WHERE id = $1 AND action_plan_id = $2`, [actionId, planId])).length === 0) {
        throw invalid('actionId', 'Deze actie hoort niet bij dit actieplan.');
      }
      const zone = await m.getRepository(Zone).findOneByOrFail({ id: plan.zoneId });
      if (access ? !this.viewer.canRemarkOnAction(access, zone.regionId) : !this.viewer.canRemarkOn(zone.id, zone.regionId)) {
        throw new AppError('FORBIDDEN', 'Alleen coaches van de regio, leden van de zone (of van een eigenaar-zone van de actie) en beheerders mogen een opmerking maken.');
      }
      const remark = await m.save(
        Remark,
        m.create(Remark, { actionPlanId: plan.id, actionId, text: data.text, authorId: userId, authorName: this.viewer.actor.name ?? '', resolvedAt: null, resolvedById: null }),
      );
      await recordChange(m, this.viewer, 'Remark', remark.id, null, snapshot(remark));
      return remark;
    });
  }

  /** Marks a remark resolved (editors of the plan's zone); resolving it again changes nothing. */
  async resolve(remarkGlobalId: string): Promise<Remark> {
    const userId = this.viewer.requireUser();
    const id = uuidOf(remarkGlobalId, 'Remark', 'id');
    return this.ctx.db.transaction(async (m) => {
      const remark = await lockForUpdate(m, Remark, id, 'Deze opmerking');
      const plan = await m.getRepository(ActionPlan).findOneByOrFail({ id: remark.actionPlanId });
      // Resolved by those who edit what it is about: the action's editors (co-owners too), else the plan zone's.
      const access = remark.actionId ? await loadActionAccess(m, remark.actionId) : null;
      if (!(access ? this.viewer.canSeeAction(access) : this.viewer.canSeePlan(plan))) throw new AppError('NOT_FOUND', 'Deze opmerking bestaat niet (meer).');
      if (access) this.viewer.requireActionFollowUp(access);
      else this.viewer.requireZoneEditor(plan.zoneId);
      if (remark.resolvedAt) return remark;
      await m.update(Remark, { id }, { resolvedAt: () => 'now()', resolvedById: userId } as never);
      const resolved = await m.getRepository(Remark).findOneByOrFail({ id });
      await recordChange(m, this.viewer, 'Remark', id, snapshot(remark), snapshot(resolved));
      return resolved;
    });
  }
}
