import { escapeLike } from '../../db/like';
import { fromGlobalId } from '../../common/global-id';
import { searchText } from '../../common/validate';
import { paginate, type Connection } from '../../graphql/connection';
import type { Context } from '../auth/context';
import { Partner } from './partner.entity';

export class PartnerService {
  constructor(private readonly ctx: Context) {}

  list(filter: { search?: string | null; zoneId?: string | null }, page: { first?: number | null; after?: string | null }): Promise<Connection<Partner>> {
    const qb = this.ctx.db.getRepository(Partner).createQueryBuilder('e');
    const search = searchText(filter.search, 'search');
    if (search) qb.andWhere('(e.name ILIKE :q OR e.sector ILIKE :q)', { q: `%${escapeLike(search)}%` });
    if (filter.zoneId) {
      qb.andWhere('EXISTS (SELECT 1 FROM partner_zone pz WHERE pz.partner_id = e.id AND pz.zone_id = :zoneId)', { zoneId: fromGlobalId(filter.zoneId, 'Zone', 'zoneId').id });
    }
    return paginate(qb, { expressions: ['e.name'], aliases: ['sort_name'], direction: 'ASC' }, page);
  }
}
