// The feed of deletions for tools that follow changes (docs/api.md, "Following changes"): a
// deleted row leaves no row to filter by `updatedSince`, so the audit trail's DELETE entries
// say what went, keyset-paginated by (deletedAt, id) and filtered by the visibility rule.
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { decodeCursor, encodeCursor, normalizeCursorValue, pageOf, pageSize, type Connection, type CursorKey } from '../../graphql/connection';
import type { Context } from '../auth/context';
import { positional, VisibilitySql } from '../auth/visibility';
import { DELETED_AT, deletionCountSql, deletionsSql } from './audit.queries';

/** The top-level types a follower lists; their children's deletions show as an update of the parent. */
export const FOLLOWED_TYPES = ['Action', 'ActionPlan', 'WorkingGroup', 'Project'] as const;

@ObjectType({ description: 'Something that was deleted (from the audit trail).' })
export class Deletion {
  @Field(() => String, { description: 'Type of what was deleted: Action, ActionPlan, WorkingGroup or Project.' })
  type: string;

  @Field(() => ID, { description: 'Its global id, as it was (it resolves no more).' })
  id: string;

  @Field(() => Date, { description: 'When it was deleted.' })
  deletedAt: Date;

  /** The audit entry's id: breaks ties in the cursor. */
  entryId: string;
}

const KEYS: CursorKey[] = ['timestamptz'];

export async function deletions(ctx: Context, since: Date, page: { first?: number | null; after?: string | null }): Promise<Connection<Deletion>> {
  ctx.viewer.requireSignedIn();
  const first = pageSize(page);
  const params: unknown[] = [];
  const bind = positional(params);
  const where = [`d.operation = 'DELETE'`, `d.entity_type = ANY(${bind(FOLLOWED_TYPES)}::text[])`, `d.at >= ${bind(since)}::timestamptz`];
  const visible = new VisibilitySql(ctx.viewer, bind).deletion('d');
  if (visible !== 'TRUE') where.push(visible);
  const countSnapshot = { where: where.slice(), params: params.slice() };
  if (page.after) {
    const [moment, id] = decodeCursor(page.after, KEYS);
    where.push(`(${DELETED_AT}, d.id) > (${bind(moment)}::timestamptz, ${bind(id)}::uuid)`);
  }
  const rows: { id: string; entity_type: string; entity_id: string; at: Date }[] = await ctx.db.query(deletionsSql(where, bind(first + 1)), params);
  const nodes = rows.map((r) => Object.assign(new Deletion(), { type: r.entity_type, id: toGlobalId(r.entity_type, r.entity_id), deletedAt: r.at, entryId: r.id }));
  let counted: Promise<number> | undefined;
  return pageOf(
    nodes,
    first,
    page.after,
    (node) => encodeCursor([normalizeCursorValue(node.deletedAt), node.entryId]),
    () => (counted ??= ctx.db.query(deletionCountSql(countSnapshot.where), countSnapshot.params).then((r: { n: number }[]) => r[0]!.n)),
  );
}
