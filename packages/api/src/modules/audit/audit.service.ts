import { AppError } from '../../common/app-error';
import { publicFields, publicValues } from './audit';
import { fromGlobalId } from '../../common/global-id';
import type { Context } from '../auth/context';
import { isPublicType, visibleRow } from '../auth/node.resolver';
import { AuditEntry } from './audit.entity';
import { DELETION_BEFORE_SQL } from './audit.queries';

/** Columns of a deleted row that name the row its visibility follows (auth/visibility.ts). */
const PARENTS: readonly { key: string; type: string }[] = [
  { key: 'actionId', type: 'Action' },
  { key: 'indicatorId', type: 'ActionIndicator' },
  { key: 'actionPlanId', type: 'ActionPlan' },
];

export class AuditService {
  constructor(private readonly ctx: Context) {}

  /**
   * History of an entity the caller may see, by the same rule as `node` (a draft plan's actions
   * and their children stay hidden from non-members). A deleted row's history stays readable to
   * those who may see what it belonged to.
   */
  async history(globalId: string): Promise<AuditEntry[]> {
    this.ctx.viewer.requireSignedIn();
    const { type, id } = fromGlobalId(globalId);
    if (!(await this.visible(type, id))) throw new AppError('NOT_FOUND', 'Dit item bestaat niet (meer).');
    const entries = await this.ctx.db.getRepository(AuditEntry).find({ where: { entityId: id, entityType: type }, order: { at: 'DESC' }, take: 500 });
    return entries.map((entry) => Object.assign(entry, { fields: publicFields(entry.fields), before: publicValues(entry.before), after: publicValues(entry.after) }));
  }

  private async visible(type: string, id: string, depth = 0): Promise<boolean> {
    if (await visibleRow(this.ctx, type, id)) return true;
    // A deleted row of a type everyone reads (a goal, a partner): its history stays readable.
    if (isPublicType(this.ctx.db, type)) return true;
    if (depth > 2) return false;
    const rows: { before: Record<string, unknown> | null }[] = await this.ctx.db.query(DELETION_BEFORE_SQL, [type, id]);
    const before = rows[0]?.before;
    const parent = before && PARENTS.find((p) => typeof before[p.key] === 'string');
    return parent ? this.visible(parent.type, before[parent.key] as string, depth + 1) : false;
  }
}
