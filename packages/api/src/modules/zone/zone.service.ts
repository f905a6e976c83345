import { searchText } from '../../common/validate';
import type { Context } from '../auth/context';
import { paginate, type Connection } from '../../graphql/connection';
import { escapeLike } from '../../db/like';
import { Region } from '../region/region.entity';
import { Zone } from './zone.entity';

export class ZoneService {
  constructor(private readonly ctx: Context) {}

  list(filter: { regionSlug?: string | null; search?: string | null }, page: { first?: number | null; after?: string | null }): Promise<Connection<Zone>> {
    const qb = this.ctx.db.getRepository(Zone).createQueryBuilder('e');
    if (filter.regionSlug) qb.innerJoin(Region, 'r', 'r.id = e.region_id').andWhere('r.slug = :regionSlug', { regionSlug: filter.regionSlug });
    const search = searchText(filter.search, 'search');
    if (search) {
      qb.andWhere(`(e.name ILIKE :q OR e.short_name ILIKE :q OR array_to_string(e.municipalities, ' ') ILIKE :q)`, { q: `%${escapeLike(search)}%` });
    }
    return paginate(qb, { expressions: ['e.name'], aliases: ['sort_name'], direction: 'ASC' }, page);
  }

  bySlug(slug: string): Promise<Zone | null> {
    return this.ctx.db.getRepository(Zone).findOneBy({ slug });
  }
}
