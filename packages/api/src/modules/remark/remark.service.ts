// Remarks on action plans and their actions: VIVEL coaches of the zone's region, the zone's own
// members (for an action also its owner zones' members) and administrators leave them; editors of
// what a remark is about resolve it (with a note) and reopen it. A remark is a conversation: those
// who may leave one reply to it. Each event notifies its people in its own transaction
// (notification/notify.ts). What the caller may not see is NOT_FOUND (auth/visibility.ts).
import { remarkReplySchema, remarkSchema, resolveRemarkSchema } from '@kruispunt/shared';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error';
import { recordChange, snapshot } from '../audit/audit';
import { parseInput } from '../../common/validate';
import { lockForUpdate } from '../audit/versioned';
import { invalid, uuidOf } from '../../common/write';
import type { Context } from '../auth/context';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { loadActionAccess } from '../auth/visibility';
import { Zone } from '../zone/zone.entity';
import { notifyRemarkAdded, notifyRemarkConversation } from '../notification/notify';
import { RemarkReply } from './remark-reply.entity';
import { Remark } from './remark.entity';
import { ACTION_IN_PLAN_SQL, ACTION_PLAN_ID_SQL } from './remark.queries';

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
      const planId = givenPlanId ?? (actionId ? ((await m.query(ACTION_PLAN_ID_SQL, [actionId]))[0]?.id as string) : null);
      const plan = planId ? await m.getRepository(ActionPlan).findOneBy({ id: planId }) : null;
      if (!plan || (!access && !this.viewer.canSeePlan(plan))) throw new AppError('NOT_FOUND', 'Dit actieplan bestaat niet (meer).');
      if (actionId && (await m.query(ACTION_IN_PLAN_SQL, [actionId, planId])).length === 0) {
        throw invalid('actionId', 'Deze actie hoort niet bij dit actieplan.');
      }
      const zone = await m.getRepository(Zone).findOneByOrFail({ id: plan.zoneId });
      if (access ? !this.viewer.canRemarkOnAction(access, zone.regionId) : !this.viewer.canRemarkOn(zone.id, zone.regionId)) {
        throw new AppError('FORBIDDEN', 'Alleen coaches van de regio, leden van de zone (of van een eigenaar-zone van de actie) en beheerders mogen een opmerking maken.');
      }
      const remark = await m.save(
        Remark,
        m.create(Remark, {
          actionPlanId: plan.id,
          actionId,
          text: data.text,
          authorId: userId,
          authorName: this.viewer.actor.name ?? '',
          resolvedAt: null,
          resolvedById: null,
          resolutionNote: null,
        }),
      );
      await recordChange(m, this.viewer, 'Remark', remark.id, null, snapshot(remark));
      await notifyRemarkAdded(m, this.viewer, remark);
      return remark;
    });
  }

  /**
   * Replies to a remark: whoever may leave a remark on what it is about (coaches of the region,
   * members of the zone, for an action also of its owner zones), open or resolved.
   */
  async reply(remarkGlobalId: string, input: Record<string, unknown>): Promise<RemarkReply> {
    const userId = this.viewer.requireUser();
    const id = uuidOf(remarkGlobalId, 'Remark', 'id');
    const data = parseInput(remarkReplySchema, input);
    return this.ctx.db.transaction(async (m) => {
      // Locked: replies and a resolution of one remark are written one after the other.
      const { remark, access, plan } = await this.visibleLocked(m, id);
      const zone = await m.getRepository(Zone).findOneByOrFail({ id: plan.zoneId });
      if (access ? !this.viewer.canRemarkOnAction(access, zone.regionId) : !this.viewer.canRemarkOn(zone.id, zone.regionId)) {
        throw new AppError('FORBIDDEN', 'Alleen coaches van de regio, leden van de zone (of van een eigenaar-zone van de actie) en beheerders mogen reageren.');
      }
      // Notified before the reply is stored: "earlier repliers" are those who replied before this one.
      await notifyRemarkConversation(m, this.viewer, 'REMARK_REPLIED', remark, data.text);
      const reply = await m.save(RemarkReply, m.create(RemarkReply, { remarkId: remark.id, text: data.text, authorId: userId, authorName: this.viewer.actor.name ?? '' }));
      await recordChange(m, this.viewer, 'RemarkReply', reply.id, null, snapshot(reply));
      return reply;
    });
  }

  /**
   * Marks a remark resolved, with an optional note on how (editors of what it is about); resolving
   * it again changes nothing.
   */
  async resolve(remarkGlobalId: string, input: Record<string, unknown> = {}): Promise<Remark> {
    const userId = this.viewer.requireUser();
    const id = uuidOf(remarkGlobalId, 'Remark', 'id');
    const data = parseInput(resolveRemarkSchema, input);
    return this.ctx.db.transaction(async (m) => {
      const { remark } = await this.lockedForResolver(m, id);
      if (remark.resolvedAt) return remark;
      await m.update(Remark, { id }, { resolvedAt: () => 'now()', resolvedById: userId, resolutionNote: data.note } as never);
      const resolved = await m.getRepository(Remark).findOneByOrFail({ id });
      await recordChange(m, this.viewer, 'Remark', id, snapshot(remark), snapshot(resolved));
      await notifyRemarkConversation(m, this.viewer, 'REMARK_RESOLVED', resolved, data.note);
      return resolved;
    });
  }

  /** Opens a resolved remark again (those who may resolve it); its resolution note goes. Reopening an open one changes nothing. */
  async reopen(remarkGlobalId: string): Promise<Remark> {
    this.viewer.requireUser();
    const id = uuidOf(remarkGlobalId, 'Remark', 'id');
    return this.ctx.db.transaction(async (m) => {
      const { remark } = await this.lockedForResolver(m, id);
      if (!remark.resolvedAt) return remark;
      await m.update(Remark, { id }, { resolvedAt: null, resolvedById: null, resolutionNote: null });
      const reopened = await m.getRepository(Remark).findOneByOrFail({ id });
      await recordChange(m, this.viewer, 'Remark', id, snapshot(remark), snapshot(reopened));
      await notifyRemarkConversation(m, this.viewer, 'REMARK_REOPENED', reopened, null);
      return reopened;
    });
  }

  /** The remark locked, if the viewer may see it (else NOT_FOUND), with what decides who may act on it. */
  private async visibleLocked(m: EntityManager, id: string) {
    const remark = await lockForUpdate(m, Remark, id, 'Deze opmerking');
    const plan = await m.getRepository(ActionPlan).findOneByOrFail({ id: remark.actionPlanId });
    const access = remark.actionId ? await loadActionAccess(m, remark.actionId) : null;
    if (!(access ? this.viewer.canSeeAction(access) : this.viewer.canSeePlan(plan))) throw new AppError('NOT_FOUND', 'Deze opmerking bestaat niet (meer).');
    return { remark, access, plan };
  }

  /** As `visibleLocked`, for those who resolve it: the action's editors (co-owners too), else the plan zone's. */
  private async lockedForResolver(m: EntityManager, id: string) {
    const found = await this.visibleLocked(m, id);
    if (found.access) this.viewer.requireActionFollowUp(found.access);
    else this.viewer.requireZoneEditor(found.plan.zoneId);
    return found;
  }
}
