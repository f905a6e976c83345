import type { Context } from '../../graphql/context';
import { Partner } from './partner.entity';

export class PartnerService {
  constructor(private readonly ctx: Context) {}

  list(search?: string | null): Promise<Partner[]> {
    const qb = this.ctx.db.getRepository(Partner).createQueryBuilder('p').orderBy('p.name');
    if (search?.trim()) qb.where('p.name ILIKE :q OR p.sector ILIKE :q', { q: `%${escapeLike(search.trim())}%` });
    return qb.getMany();
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
