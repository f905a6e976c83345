import { AppError } from '../../common/app-error';
import type { Context } from '../../graphql/context';
import { Zone } from '../zone/zone.entity';
import { ActionPlan } from './action-plan.entity';

export class ActionPlanService {
  constructor(private readonly ctx: Context) {}

  async byZoneAndYear(zoneSlug: string, year: number): Promise<ActionPlan | null> {
    const zone = await this.ctx.db.getRepository(Zone).findOneBy({ slug: zoneSlug });
    if (!zone) throw new AppError('NOT_FOUND', `Zone "${zoneSlug}" bestaat niet`, { field: 'zoneSlug' });
    return this.ctx.db.getRepository(ActionPlan).findOneBy({ zoneId: zone.id, year });
  }
}
