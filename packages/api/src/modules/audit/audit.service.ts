import { AppError } from '../../common/app-error';
import { fromGlobalId } from '../../common/global-id';
import type { Context } from '../../graphql/context';
import { Action } from '../action/action.entity';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { AuditEntry } from './audit.entity';

export class AuditService {
  constructor(private readonly ctx: Context) {}

  /** History of an entity the viewer can see (a draft plan's actions stay hidden from non-members). */
  async history(globalId: string): Promise<AuditEntry[]> {
    this.ctx.viewer.requireSignedIn();
    const { type, id } = fromGlobalId(globalId);
    const scoped = type === 'Action' ? Action : type === 'ActionPlan' ? ActionPlan : null;
    if (scoped) {
      const visible = await this.ctx.loaders.byId(scoped).load(id);
      // A deleted action has no row any more; its history stays readable to members who saw it.
      if (!visible && !(await this.wasVisibleDeletedAction(type, id))) throw new AppError('NOT_FOUND', 'Dit item bestaat niet.');
    }
    return this.ctx.db.getRepository(AuditEntry).find({ where: { entityId: id, entityType: type }, order: { at: 'DESC' }, take: 500 });
  }

  private async wasVisibleDeletedAction(type: string, id: string): Promise<boolean> {
    if (type !== 'Action') return false;
    const rows: { before: { actionPlanId?: string } | null }[] = await this.ctx.db.query(
      `SELECT before FROM audit_entry WHERE entity_id = $1 AND operation = 'DELETE' LIMIT 1`,
      [id],
    );
    const planId = rows[0]?.before?.actionPlanId;
    if (!planId) return false;
    return (await this.ctx.loaders.byId(ActionPlan).load(planId)) !== null;
  }
}
