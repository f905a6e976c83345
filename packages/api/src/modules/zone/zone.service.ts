import type { Context } from '../../graphql/context';
import { Region } from '../region/region.entity';
import { Zone } from './zone.entity';

export class ZoneService {
  constructor(private readonly ctx: Context) {}

  async list(regionSlug?: string | null): Promise<Zone[]> {
    const qb = this.ctx.db.getRepository(Zone).createQueryBuilder('z').orderBy('z.name');
    if (regionSlug) qb.innerJoin(Region, 'r', 'r.id = z.region_id').where('r.slug = :regionSlug', { regionSlug });
    return qb.getMany();
  }

  bySlug(slug: string): Promise<Zone | null> {
    return this.ctx.db.getRepository(Zone).findOneBy({ slug });
  }
}
