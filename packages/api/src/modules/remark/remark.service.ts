// Remarks on action plans and their actions: VIVEL coaches of the zone's region, the zone's own
// members and administrators leave them; editors of the zone resolve them. A draft plan stays
// invisible (NOT_FOUND) to everyone else.
import { remarkSchema } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { recordChange, snapshot } from '../../common/audit';
import { parseInput } from '../../common/validate';
import { lockForUpdate } from '../../common/versioned';
import { invalid, uuidOf } from '../../common/write';
import type { Context } from '../../graphql/context';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { Zone } from '../zone/zone.entity';
import { Remark } from './remark.entity';

export class RemarkService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  async add(planGlobalId: string, actionGlobalId: string | null | undefined, input: Record<string, unknown>): Promise<Remark> {
    const userId = this.viewer.requireUser();
    const planId = uuidOf(planGlobalId, 'ActionPlan', 'planId');
    const actionId = actionGlobalId ? uuidOf(actionGlobalId, 'Action', 'actionId') : null;
    const data = parseInput(remarkSchema, input);
    return this.ctx.db.transaction(async (m) => {
      const plan = await m.getRepository(ActionPlan).findOneBy({ id: planId });
      if (!plan || (plan.status === 'DRAFT' && !this.viewer.canSeeDraftOf(plan.zoneId))) throw new AppError('NOT_FOUND', 'Dit actieplan bestaat niet.');
      const zone = await m.getRepository(Zone).findOneByOrFail({ id: plan.zoneId });
      if (!this.viewer.canRemarkOn(zone.id, zone.regionId)) {
        throw new AppError('FORBIDDEN', 'Alleen coaches van de regio, leden van de zone en beheerders mogen een opmerking maken.');
      }
      if (actionId && (await m.query(`SELECT 1 FROM action WHERE id = $1 AND action_plan_id = $2`, [actionId, planId])).length === 0) {
        throw invalid('actionId', 'Deze actie hoort niet bij dit actieplan.');
      }
      const remark = await m.save(
        Remark,
        m.create(Remark, { actionPlanId: planId, actionId, text: data.text, authorId: userId, authorName: this.viewer.actor.name ?? '', resolvedAt: null, resolvedById: null }),
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
      if (plan.status === 'DRAFT' && !this.viewer.canSeeDraftOf(plan.zoneId)) throw new AppError('NOT_FOUND', 'Deze opmerking bestaat niet.');
      this.viewer.requireZoneEditor(plan.zoneId);
      if (remark.resolvedAt) return remark;
      await m.update(Remark, { id }, { resolvedAt: () => 'now()', resolvedById: userId } as never);
      const resolved = await m.getRepository(Remark).findOneByOrFail({ id });
      await recordChange(m, this.viewer, 'Remark', id, snapshot(remark), snapshot(resolved));
      return resolved;
    });
  }
}
