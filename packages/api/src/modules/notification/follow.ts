// "Volgen": a person follows an action, a working group or a project they may read, to be told of
// its changes (notify.ts, `FOLLOWED_CHANGED`). Their own list only; following needs no right
// beyond reading the item.
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AppError } from '../../common/app-error';
import { fromGlobalId } from '../../common/global-id';
import type { Context } from '../auth/context';
import { loadActionAccess } from '../auth/visibility';
import { Action } from '../action/action.entity';
import { Project } from '../collaboration/project.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { DELETE_FOLLOW_SQL, FOLLOWED_OF_SQL, INSERT_FOLLOW_SQL, rowExistsSql } from './notification.queries';

const FOLLOWABLE = { Action: 'action', WorkingGroup: 'working_group', Project: 'project' } as const;
type Followable = keyof typeof FOLLOWABLE;

/** The item behind a global id, when the caller may read it; NOT_FOUND otherwise (as if it did not exist). */
async function followable(ctx: Context, globalId: string): Promise<{ type: Followable; id: string }> {
  const { type, id } = fromGlobalId(globalId, undefined, 'id');
  if (!(type in FOLLOWABLE)) throw new AppError('INVALID_INPUT', 'Je kunt een actie, een werkgroep of een project volgen.', { field: 'id' });
  const followType = type as Followable;
  if (followType === 'Action') {
    const access = await loadActionAccess(ctx.db.manager, id);
    if (!access) throw new AppError('NOT_FOUND', 'Deze actie bestaat niet (meer).');
    ctx.viewer.requireVisibleAction(access);
  } else if ((await ctx.db.query(rowExistsSql(FOLLOWABLE[followType]), [id])).length === 0) {
    throw new AppError('NOT_FOUND', 'Dit item bestaat niet (meer).');
  }
  return { type: followType, id };
}

/** Which of these items the caller follows (one statement per request). */
function followed(ctx: Context, id: string): Promise<boolean> {
  const userId = ctx.viewer.data.userId;
  if (!userId) return Promise.resolve(false);
  return ctx.loaders
    .custom<boolean>('follows', async (ids) => {
      const rows = (await ctx.db.query(FOLLOWED_OF_SQL, [userId, ids])) as { subject_id: string }[];
      const set = new Set(rows.map((r) => r.subject_id));
      return ids.map((i) => set.has(i));
    })
    .load(id);
}

@Resolver()
export class FollowResolver {
  @Mutation(() => Boolean, { description: 'Follows an action, working group or project you may read: you are told of its changes in your notifications. Answers true.' })
  async follow(@Arg('id', () => ID, { description: 'The action, working group or project.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const userId = ctx.viewer.requireUser();
    ctx.viewer.requireWrite();
    const item = await followable(ctx, id);
    await ctx.db.query(INSERT_FOLLOW_SQL, [userId, item.type, item.id]);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Stops following an item. Answers false.' })
  async unfollow(@Arg('id', () => ID, { description: 'The action, working group or project.' }) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const userId = ctx.viewer.requireUser();
    ctx.viewer.requireWrite();
    const { id: subjectId } = fromGlobalId(id, undefined, 'id');
    await ctx.db.query(DELETE_FOLLOW_SQL, [userId, subjectId]);
    return false;
  }
}

@Resolver(() => Action)
export class ActionFollowResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you follow this action (told of its changes).' })
  viewerFollows(@Root() action: Action, @Ctx() ctx: Context): Promise<boolean> {
    return followed(ctx, action.id);
  }
}

@Resolver(() => WorkingGroup)
export class WorkingGroupFollowResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you follow this working group (told of its changes).' })
  viewerFollows(@Root() group: WorkingGroup, @Ctx() ctx: Context): Promise<boolean> {
    return followed(ctx, group.id);
  }
}

@Resolver(() => Project)
export class ProjectFollowResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you follow this project (told of its changes).' })
  viewerFollows(@Root() project: Project, @Ctx() ctx: Context): Promise<boolean> {
    return followed(ctx, project.id);
  }
}
