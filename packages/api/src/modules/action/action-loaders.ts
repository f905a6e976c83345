// The relations of actions (steps, owners, goals, ...) per request: every relation of every
// action asked in the same tick is read in one statement (action-relations.ts), and what a list's
// prefetch read (action-prefetch.ts) resolves at once. Kept beside the request's generic loaders
// (`Loaders.perRequest`).
import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Loaders, Row, RowEntity } from '../../graphql/loaders';
import { selectedFields } from '../../graphql/selection';
import type { Context } from '../auth/context';
import type { Viewer } from '../auth/viewer';
import {
  actionRelationPart,
  emptyRelation,
  loadActionRelations,
  parseActionRelationPart,
  relationColumns,
  type ActionRelationKind,
  type ActionRelations,
  type RelationRequest,
} from './action-relations';

/** Per field of a query (its AST nodes, shared by every item of a list): the relation part it reads. */
const relationPartByField = new WeakMap<readonly FieldNode[], string>();

const KEY_SEPARATOR = '#';

/** The action relation loaders of the request of `ctx`. */
export function actionRelations(ctx: Context): ActionRelationLoaders {
  return ctx.loaders.perRequest('actionRelations', () => new ActionRelationLoaders(ctx.db, ctx.viewer, ctx.loaders));
}

export class ActionRelationLoaders {
  /** Action relations read already: by part (`kind|columns`), then by action id. */
  private readonly relations = new Map<string, Map<string, unknown>>();
  private batch?: DataLoader<string, unknown>;

  constructor(
    private readonly db: DataSource,
    private readonly viewer: Viewer,
    private readonly loaders: Loaders,
  ) {}

  /**
   * One relation of an action (its steps, owners, goals, ...): every relation of every action
   * asked in the same tick is read in one statement (see action-relations.ts).
   */
  get<K extends ActionRelationKind>(kind: K, actionId: string, info?: GraphQLResolveInfo): ActionRelations[K] | Promise<ActionRelations[K]> {
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
   * fields resolve at once (see `get`). One statement, as when the fields ask for them. `kinds`:
   * each relation with the fields selected of it.
   */
  async prefetch(actionIds: readonly string[], kinds: Map<ActionRelationKind, Set<string>>): Promise<void> {
    if (!kinds.size || !actionIds.length) return;
    const ids = new Set(actionIds);
    await this.readActionRelations([...kinds].map(([kind, fields]) => ({ kind, columns: relationColumns(this.db, kind, fields), ids })));
  }

  /** Runs the relations statement and remembers what it read. */
  private async readActionRelations(requests: RelationRequest[]): Promise<void> {
    const values = await loadActionRelations(this.db, requests, (entity, row) => this.loaders.prime(entity as RowEntity, row as Row), this.viewer);
    for (const [part, byId] of values) {
      const known = this.relations.get(part);
      if (known) for (const [id, value] of byId) known.set(id, value);
      else this.relations.set(part, byId);
    }
  }

  /** Relations asked for by fields (not prefetched), batched per tick: keys `kind|columns#actionId`. */
  private actionRelations(): DataLoader<string, unknown> {
    return (this.batch ??= new DataLoader<string, unknown>(async (keys) => {
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
    }));
  }
}
