// Per-request DataLoaders: every relation is fetched in one query per kind of relation
// and request, whatever the number of rows asked for. They know no entity: row visibility and
// the rows read along come from the request's `RowPolicy` (modules/auth/context.ts), and a
// module keeps loaders of its own per request with `perRequest` (modules/action/action-loaders.ts).
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, RelationMetadata, SelectQueryBuilder } from 'typeorm';
import { hydrate, rawAndEntities } from '../db/reader';

export type Row = ObjectLiteral & { id: string };
export type RowEntity<T extends Row = Row> = EntityTarget<T> & { name: string };
/** The row type of relation `K` of `E` (the element of a to-many relation). */
type Target<E, K extends keyof E> = NonNullable<E[K]> extends readonly (infer U)[] ? U & Row : NonNullable<E[K]> & Row;

/** What the loaders ask of the caller's rules, per entity. */
export interface RowPolicy {
  /** Restricts a select of `entityName` (alias `alias`) to the rows the caller may see. */
  scope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, entityName: string, alias: string): SelectQueryBuilder<T>;
  /**
   * A row that each row of `entity` brings along in the same statement (joined as alias `companion`
   * on `on`, e.g. a plan's zone), handed to that entity's `byId` loader; undefined: none.
   */
  companion?(entity: EntityTarget<ObjectLiteral>): { entity: new () => Row; on: string } | undefined;
}

export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();
  /** Rows by entity and id that this request has read already, for resolvers that need no wait. */
  private readonly known = new Map<string, Map<string, unknown>>();
  /** Modules' own per-request state (`perRequest`). */
  private readonly extensions = new Map<string, unknown>();

  constructor(
    private readonly db: DataSource,
    private readonly policy: RowPolicy,
  ) {}

  /** Applies the caller's row visibility to every query. */
  private scoped<T extends ObjectLiteral>(entity: EntityTarget<T>, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return this.policy.scope(qb, (entity as { name: string }).name, 'e');
  }

  /** A module's own per-request state (e.g. its loaders), made once per request under `key`. */
  perRequest<V>(key: string, make: () => V): V {
    let value = this.extensions.get(key) as V | undefined;
    if (value === undefined) this.extensions.set(key, (value = make()));
    return value;
  }

  private memo<V>(key: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make() as DataLoader<string, unknown>;
      this.cache.set(key, loader);
    }
    return loader as DataLoader<string, V>;
  }

  private remember(entity: { name: string }, row: Row): void {
    let rows = this.known.get(entity.name);
    if (!rows) this.known.set(entity.name, (rows = new Map()));
    rows.set(row.id, row);
  }

  /** Hands a row read along with something else to the `byId` loader of its entity. */
  prime<T extends Row>(entity: EntityTarget<T> & { name: string }, row: T): void {
    this.remember(entity, row);
    this.byId(entity).prime(row.id, row);
  }

  /**
   * The row of `entity` with this id: at once when this request has read it already (a resolver
   * returning a value, not a promise, keeps graphql-js from building promises for the whole
   * object), else through the `byId` loader.
   */
  row<T extends Row>(entity: EntityTarget<T> & { name: string }, id: string): T | Promise<T | null> {
    const known = this.known.get(entity.name)?.get(id);
    return known !== undefined ? (known as T) : this.byId(entity).load(id);
  }

  /** Rows of `entity` by primary key (null when absent). */
  byId<T extends Row>(entity: EntityTarget<T> & { name: string }): DataLoader<string, T | null> {
    return this.memo(
      `byId:${entity.name}`,
      () =>
        new DataLoader<string, T | null>(async (ids) => {
          const qb = this.scoped(entity, this.db.getRepository(entity).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }));
          const rows = await this.withCompanion(entity, qb);
          for (const row of rows) this.remember(entity, row);
          const map = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => map.get(id) ?? null);
        }),
    );
  }

  /**
   * Runs a select of `entity`; rows with a companion (the policy's, e.g. the zone of a plan) bring
   * it along and put it in its `byId` loader, so that reading it needs no statement of its own.
   */
  private async withCompanion<T extends Row>(entity: EntityTarget<T>, qb: SelectQueryBuilder<T>): Promise<T[]> {
    const companion = this.policy.companion?.(entity);
    if (!companion) return (await rawAndEntities(qb)).entities;
    const { entities, raw } = await rawAndEntities(qb.innerJoin(companion.entity, 'companion', companion.on).addSelect('companion'));
    const metadata = this.db.getMetadata(companion.entity);
    for (const row of raw) this.prime(companion.entity, hydrate<Row>(metadata, 'companion', row));
    return entities;
  }

  /** Rows of `entity` whose `foreignKey` column points at each given id, in `orderBy` order. */
  childrenOf<T extends Row>(entity: EntityTarget<T> & { name: string }, foreignKey: keyof T & string, orderBy: string[] = ['createdAt']): DataLoader<string, T[]> {
    return this.memo(`children:${entity.name}:${foreignKey}`, () => {
      // A key TypeORM does not know would only fail in the first query: fail when the loader is made.
      if (!this.db.getMetadata(entity).findColumnWithPropertyName(foreignKey)) throw new Error(`Loaders.childrenOf: ${entity.name}.${foreignKey} is no column`);
      return new DataLoader<string, T[]>(async (ids) => {
        const qb = this.scoped(entity, this.db.getRepository(entity).createQueryBuilder('e').where(`e.${foreignKey} = ANY(:ids)`, { ids }));
        orderBy.forEach((col, i) => (i === 0 ? qb.orderBy(`e.${col}`) : qb.addOrderBy(`e.${col}`)));
        qb.addOrderBy('e.id');
        return group(await this.withCompanion(entity, qb), ids, (r) => r[foreignKey] as string);
      });
    });
  }

  /**
   * The targets of a many-to-many relation of `entity` (its `@ManyToMany` + `@JoinTable`
   * property), by `entity` id, ordered by `orderBy` of the target.
   */
  through<E extends Row, K extends keyof E & string>(entity: RowEntity<E>, relation: K, orderBy = 'name'): DataLoader<string, Target<E, K>[]> {
    const r = this.relation(entity, relation, 'many-to-many');
    const junction = r.junctionEntityMetadata;
    if (!r.isOwning || !junction) throw new Error(`Loaders.through: ${entity.name}.${relation} is not the owning side (@JoinTable) of a many-to-many relation`);
    return this.joined(r.inverseEntityMetadata.target as RowEntity<Target<E, K>>, junction.tableName, r.joinColumns[0]!.databaseName, r.inverseJoinColumns[0]!.databaseName, orderBy);
  }

  /** The same relation read backwards: the `entity` rows whose `relation` holds each key. */
  throughInverse<E extends Row>(entity: RowEntity<E>, relation: keyof E & string, orderBy = 'name'): DataLoader<string, E[]> {
    const r = this.relation(entity, relation, 'many-to-many');
    const junction = r.junctionEntityMetadata;
    if (!r.isOwning || !junction) throw new Error(`Loaders.throughInverse: ${entity.name}.${relation} is not the owning side (@JoinTable) of a many-to-many relation`);
    return this.joined(entity, junction.tableName, r.inverseJoinColumns[0]!.databaseName, r.joinColumns[0]!.databaseName, orderBy);
  }

  /**
   * Through rows of a link entity with two many-to-one relations (an owner row, a coach's
   * region): the targets of its `to` relation by the id its `from` relation points at.
   */
  throughLinks<L extends Row, K extends keyof L & string>(link: RowEntity<L>, from: keyof L & string, to: K, orderBy = 'name'): DataLoader<string, Target<L, K>[]> {
    const source = this.relation(link, from, 'many-to-one');
    const target = this.relation(link, to, 'many-to-one');
    return this.joined(
      target.inverseEntityMetadata.target as RowEntity<Target<L, K>>,
      source.entityMetadata.tableName,
      source.joinColumns[0]!.databaseName,
      target.joinColumns[0]!.databaseName,
      orderBy,
    );
  }

  /** A relation of `entity` as TypeORM declares it (fails loudly when it is not there or of another kind). */
  private relation(entity: RowEntity, property: string, kind: RelationMetadata['relationType']): RelationMetadata {
    const r = this.db.getMetadata(entity).findRelationWithPropertyPath(property);
    if (!r || r.relationType !== kind) throw new Error(`Loaders: ${entity.name}.${property} is no ${kind} relation`);
    return r;
  }

  /**
   * Rows of `entity` linked through a join table (`joinTable(ownerColumn, targetColumn)`),
   * grouped by the owner id, ordered by `orderBy` of the target.
   */
  private joined<T extends Row>(entity: RowEntity<T>, joinTable: string, ownerColumn: string, targetColumn: string, orderBy: string): DataLoader<string, T[]> {
    return this.memo(
      `through:${joinTable}:${ownerColumn}`,
      () =>
        new DataLoader<string, T[]>(async (ids) => {
          const { entities, raw } = await rawAndEntities(
            this.scoped(
              entity,
              this.db
                .getRepository(entity)
                .createQueryBuilder('e')
                .innerJoin(joinTable, 'j', `j.${targetColumn} = e.id`)
                .addSelect(`j.${ownerColumn}`, 'owner_id')
                .where(`j.${ownerColumn} = ANY(:ids)`, { ids }),
            )
              .orderBy(`e.${orderBy}`)
              .addOrderBy('e.id'),
          );
          // One entity per raw row (a partner linked to two actions comes twice).
          const pairs = raw.map((r, i) => ({ owner: r.owner_id as string, entity: entities[i] }));
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
