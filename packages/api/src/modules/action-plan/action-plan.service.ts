import { AppError } from '../../common/app-error';
import { scopeActionPlans } from '../auth/visibility';
import type { Context } from '../../graphql/context';
import { Zone } from '../zone/zone.entity';
import { ActionPlan } from './action-plan.entity';

export class ActionPlanService {
  constructor(private readonly ctx: Context) {}

  async byZoneAndYear(zoneSlug: string, year: number): Promise<ActionPlan | null> {
    const zone = await this.ctx.db.getRepository(Zone).findOneBy({ slug: zoneSlug });
    if (!zone) throw new AppError('NOT_FOUND', `Zone "${zoneSlug}" bestaat niet`, { field: 'zoneSlug' });
    const qb = this.ctx.db.getRepository(ActionPlan).createQueryBuilder('e').where('e.zone_id = :zoneId AND e.year = :year', { zoneId: zone.id, year });
    return scopeActionPlans(qb, 'e', this.ctx.viewer).getOne();
  }
}
