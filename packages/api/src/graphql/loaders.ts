// Per-request DataLoaders: every relation is fetched in one query per kind of relation
// and request, whatever the number of rows asked for.
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ActionPlan } from '../modules/action-plan/action-plan.entity';
import { scopeQuery } from '../modules/auth/visibility';
import type { Viewer } from '../modules/auth/viewer';
import { hydrate, rawAndEntities } from '../db/reader';
import { OwnershipRow } from '../modules/collaboration/ownership';
import { Zone } from '../modules/zone/zone.entity';
import { actionRelationPart, emptyRelation, parseActionRelationPart, loadActionRelations, relationColumns, type ActionRelationKind, type ActionRelations, type RelationRequest } from '../modules/action/action-relations';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { selectedFields } from './selection';

/** Per field of a query (its AST nodes, shared by every item of a list): the relation part it reads. */
const relationPartByField = new WeakMap<readonly FieldNode[], string>();

const KEY_SEPARATOR = '#';

type Row = ObjectLiteral & { id: string };

export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();
  /** Rows by entity and id that this request has read already, for resolvers that need no wait. */
  private readonly known = new Map<string, Map<string, unknown>>();
  /** Action relations read already: by part (`kind|columns`), then by action id. */
  private readonly relations = new Map<string, Map<string, unknown>>();

  constructor(
    private readonly db: DataSource,
    private readonly viewer: Viewer,
  ) {}

  /** Applies row visibility (auth/visibility.ts) to every query: plans, actions and their children, remarks, invitations. */
  private scoped<T extends ObjectLiteral>(entity: EntityTarget<T>, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return scopeQuery(qb, (entity as { name: string }).name, 'e', this.viewer);
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
    return this.memo(`byId:${entity.name}`, () =>
      new DataLoader<string, T | null>(async (ids) => {
        const qb = this.scoped(entity, this.db.getRepository(entity).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }));
        const rows = await this.withZones(entity, qb);
        for (const row of rows) this.remember(entity, row);
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
    );
  }

  /**
   * Runs a select of `entity`; plans and owner rows bring their zone along and put it in the zone
   * loader, so that `zone` of a plan or an owner needs no statement of its own. (Loaded after
   * them, those zones took a statement that merged with other zone loads or not, by timing.)
   */
  private async withZones<T extends Row>(entity: EntityTarget<T>, qb: SelectQueryBuilder<T>): Promise<T[]> {
    const withZone = entity === (ActionPlan as unknown) || (entity as { prototype: unknown }).prototype instanceof OwnershipRow;
    if (!withZone) return (await rawAndEntities(qb)).entities;
    const { entities, raw } = await rawAndEntities(qb.innerJoin(Zone, 'z', 'z.id = e.zone_id').addSelect('z'));
    const metadata = this.db.getMetadata(Zone);
    for (const row of raw) this.prime(Zone, hydrate<Zone>(metadata, 'z', row));
    return entities;
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
        return group(await this.withZones(entity, qb), ids, (r) => r[foreignKey] as string);
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

  /**
   * One relation of an action (its steps, owners, goals, ...): every relation of every action
   * asked in the same tick is read in one statement (see action-relations.ts).
   */
  actionRelation<K extends ActionRelationKind>(kind: K, actionId: string, info?: GraphQLResolveInfo): ActionRelations[K] | Promise<ActionRelations[K]> {
    const part = info ? this.partFor(kind, info) : actionRelationPart(kind);
    const known = this.relations.get(part)?.get(actionId);
    if (known !== undefined) return known as ActionRelations[K];
    return this.actionRelations().load(`${part}${KEY_SEPARATOR}${actionId}`) as Promise<ActionRelations[K]>;
  }

  /** The relation part a field reads for its selection (computed once per field of the query). */
  private partFor(kind: ActionRelationKind, info: GraphQLResolveInfo): string {
    let part = relationPartByField.get(info.fieldNodes);
    if (part === undefined) {
      part = actionRelationPart(kind, relationColumns(this.db, kind, selectedFields(info)));
      relationPartByField.set(info.fieldNodes, part);
    }
    return part;
  }

  /**
   * Reads the given relations of a list of actions before graphql-js walks it, so that their
   * fields resolve at once (see `row`). One statement, as when the fields ask for them. `kinds`:
   * each relation with the fields selected of it.
   */
  async prefetchActionRelations(actionIds: readonly string[], kinds: Map<ActionRelationKind, Set<string>>): Promise<void> {
    if (!kinds.size || !actionIds.length) return;
    const ids = new Set(actionIds);
    await this.readActionRelations([...kinds].map(([kind, fields]) => ({ kind, columns: relationColumns(this.db, kind, fields), ids })));
  }

  /** Runs the relations statement and remembers what it read. */
  private async readActionRelations(requests: RelationRequest[]): Promise<void> {
    const values = await loadActionRelations(this.db, requests, (entity, row) => this.prime(entity as EntityTarget<Row> & { name: string }, row as Row), this.viewer);
    for (const [part, byId] of values) {
      const known = this.relations.get(part);
      if (known) for (const [id, value] of byId) known.set(id, value);
      else this.relations.set(part, byId);
    }
  }

  /** Relations asked for by fields (not prefetched), batched per tick: keys `kind|columns#actionId`. */
  private actionRelations(): DataLoader<string, unknown> {
    return this.memo('actionRelations', () =>
      new DataLoader<string, unknown>(async (keys) => {
        const requests = new Map<string, { kind: ActionRelationKind; columns: string; ids: Set<string> }>();
        const split = keys.map((key) => {
          const at = key.lastIndexOf(KEY_SEPARATOR);
          const part = key.slice(0, at);
          const id = key.slice(at + 1);
          let request = requests.get(part);
          if (!request) requests.set(part, (request = { ...parseActionRelationPart(part), ids: new Set() }));
          request.ids.add(id);
          return { part, id, kind: request.kind };
        });
        await this.readActionRelations([...requests.values()]);
        return split.map(({ part, id, kind }) => this.relations.get(part)?.get(id) ?? emptyRelation(kind));
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
