import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { fromGlobalId } from '../../common/global-id';
import { SCOPED_ENTITIES } from './visibility';
import type { Context } from './context';
import { Node } from '../../graphql/node';

/** Types that are not fetchable by id for everyone (the caller's own only). */
const PRIVATE_TYPES = new Set(['User', 'ApiToken', 'Session', 'ZoneMembership', 'CoachRegion', 'Webhook', 'Notification']);
/** Private types no administrator reads either: a notification is its recipient's alone. */
const RECIPIENT_ONLY = new Set(['Notification']);

/** The entity class named `type` among the data source's entities (its metadata: no list of modules here). */
function entityNamed(db: DataSource, type: string): (EntityTarget<ObjectLiteral> & { name: string }) | undefined {
  const metadata = db.entityMetadatas.find((m) => m.name === type);
  return typeof metadata?.target === 'function' ? (metadata.target as EntityTarget<ObjectLiteral> & { name: string }) : undefined;
}

/** Rows of this type are visible to every signed-in caller (no row rule, not private). */
export function isPublicType(db: DataSource, type: string): boolean {
  return entityNamed(db, type) !== undefined && !PRIVATE_TYPES.has(type) && !SCOPED_ENTITIES.has(type);
}

/**
 * The row of type `type` with this uuid if the caller may see it, else null: the loaders apply
 * row visibility (auth/visibility.ts, children following their action), and private types are the
 * caller's own only. `node`, `nodes` and `history` all ask here.
 */
export async function visibleRow(ctx: Context, type: string, uuid: string): Promise<({ id: string } & object) | null> {
  const entity = entityNamed(ctx.db, type);
  if (!entity) return null;
  const row = (await ctx.loaders.byId(entity as never).load(uuid)) as ({ userId?: string; recipientId?: string; id: string } & object) | null;
  if (!row) return null;
  if (RECIPIENT_ONLY.has(type)) return row.recipientId === ctx.viewer.data.userId ? row : null;
  if (PRIVATE_TYPES.has(type)) {
    const own = type === 'User' ? row.id === ctx.viewer.data.userId : row.userId === ctx.viewer.data.userId;
    if (!own && !ctx.viewer.data.isAdmin) return null;
  }
  return row;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (Relay). Null when it does not exist or is not visible to you.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const ref = fromGlobalId(id);
    return (await visibleRow(ctx, ref.type, ref.id)) as unknown as Node | null;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Several objects by global id, in the order asked.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    return Promise.all(ids.map((id) => this.node(id, ctx)));
  }
}
