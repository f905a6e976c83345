// Per-request DataLoaders: every relation is fetched in one query per kind of relation
// and request, whatever the number of rows asked for.
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Action } from '../modules/action/action.entity';
import { ActionPlan } from '../modules/action-plan/action-plan.entity';
import { scopeActionPlans, scopeActions, scopeInvitations, scopeRemarks } from '../modules/auth/visibility';
import { Remark } from '../modules/remark/remark.entity';
import { OwnershipInvitation } from '../modules/sharing/invitation.entity';
import type { Viewer } from '../modules/auth/viewer';

type Row = ObjectLiteral & { id: string };

export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly db: DataSource,
    private readonly viewer: Viewer,
  ) {}

  /** Applies row visibility (draft plans) to queries over plans and actions. */
  private scoped<T extends ObjectLiteral>(entity: EntityTarget<T>, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    if (entity === ActionPlan) return scopeActionPlans(qb, 'e', this.viewer);
    if (entity === Action) return scopeActions(qb, 'e', this.viewer);
    if (entity === Remark) return scopeRemarks(qb, 'e', this.viewer);
    if (entity === OwnershipInvitation) return scopeInvitations(qb, 'e', this.viewer);
    return qb;
  }

  private memo<V>(key: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make() as DataLoader<string, unknown>;
      this.cache.set(key, loader);
    }
    return loader as DataLoader<string, V>;
  }

  /** Rows of `entity` by primary key (null when absent). */
  byId<T extends Row>(entity: EntityTarget<T> & { name: string }): DataLoader<string, T | null> {
    return this.memo(`byId:${entity.name}`, () =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = await this.scoped(entity, this.db.getRepository(entity).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids })).getMany();
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
    );
  }

  /** Rows of `entity` whose `foreignKey` column points at each given id, in `orderBy` order. */
  childrenOf<T extends Row>(
    entity: EntityTarget<T> & { name: string },
    foreignKey: keyof T & string,
    orderBy: string[] = ['createdAt'],
  ): DataLoader<string, T[]> {
    return this.memo(`children:${entity.name}:${foreignKey}`, () =>
      new DataLoader<string, T[]>(async (ids) => {
        const qb = this.scoped(entity, this.db.getRepository(entity).createQueryBuilder('e').where(`e.${foreignKey} = ANY(:ids)`, { ids }));
        orderBy.forEach((col, i) => (i === 0 ? qb.orderBy(`e.${col}`) : qb.addOrderBy(`e.${col}`)));
        qb.addOrderBy('e.id');
        return group(await qb.getMany(), ids, (r) => r[foreignKey] as string);
      }),
    );
  }

  /**
   * Rows of `entity` linked through a join table (`joinTable(ownerColumn, targetColumn)`),
   * grouped by the owner id, ordered by `orderBy` of the target.
   */
  through<T extends Row>(
    entity: EntityTarget<T> & { name: string },
    joinTable: string,
    ownerColumn: string,
    targetColumn: string,
    orderBy = 'name',
  ): DataLoader<string, T[]> {
    return this.memo(`through:${joinTable}:${ownerColumn}`, () =>
      new DataLoader<string, T[]>(async (ids) => {
        const { entities, raw } = await this.scoped(
          entity,
          this.db
            .getRepository(entity)
            .createQueryBuilder('e')
            .innerJoin(joinTable, 'j', `j.${targetColumn} = e.id`)
            .addSelect(`j.${ownerColumn}`, 'owner_id')
            .where(`j.${ownerColumn} = ANY(:ids)`, { ids }),
        )
          .orderBy(`e.${orderBy}`)
          .addOrderBy('e.id')
          .getRawAndEntities();
        // getRawAndEntities de-duplicates entities; pair raw rows with entities by id.
        const byId = new Map(entities.map((e) => [e.id, e]));
        const pairs = raw.map((r: Record<string, string>) => ({ owner: r.owner_id, entity: byId.get(r.e_id) }));
        const out = new Map<string, T[]>(ids.map((id) => [id, []]));
        for (const p of pairs) if (p.entity) out.get(p.owner)?.push(p.entity);
        return ids.map((id) => out.get(id) ?? []);
      }),
    );
  }

  /** A custom batch, memoised per request under `key`. */
  custom<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return this.memo(key, () => new DataLoader<string, V>(batch));
  }
}

export function group<T>(rows: T[], ids: readonly string[], keyOf: (row: T) => string): T[][] {
  const out = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) out.get(keyOf(row))?.push(row);
  return ids.map((id) => out.get(id) ?? []);
}
