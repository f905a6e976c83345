import type { Context } from '../auth/context';
import { Region } from './region.entity';

export class RegionService {
  constructor(private readonly ctx: Context) {}

  list(): Promise<Region[]> {
    return this.ctx.db.getRepository(Region).find({ order: { name: 'ASC' } });
  }

  bySlug(slug: string): Promise<Region | null> {
    return this.ctx.db.getRepository(Region).findOneBy({ slug });
  }
}
