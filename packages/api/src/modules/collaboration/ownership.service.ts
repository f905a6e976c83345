import type { Context } from '../auth/context';
import { Zone } from '../zone/zone.entity';
import type { Ownership, OwnershipRow } from './ownership';

/** Turns owner rows into GraphQL `Ownership`s, loading their zones in one batch. */
export async function toOwnerships(ctx: Context, rows: OwnershipRow[]): Promise<Ownership[]> {
  const zones = await ctx.loaders.byId(Zone).loadMany(rows.map((r) => r.zoneId));
  return rows.flatMap((row, i) => {
    const zone = zones[i];
    return zone && !(zone instanceof Error) ? [{ zone, role: row.role, since: row.createdAt }] : [];
  });
}
