// Remarks: the mutations (thin: one service call each), the remark's own relations, and the
// `remarks` lists of plans and actions, batched through the request's DataLoaders.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth/context';
import { plain } from '../../common/write';
import { Action } from '../action/action.entity';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { Remark } from './remark.entity';
import { RemarkReply } from './remark-reply.entity';
import { RemarkInput, RemarkReplyInput } from './remark.inputs';
import { RemarkService } from './remark.service';

/** Open remarks first, then resolved ones; each group oldest first (the loader orders by creation). */
function openFirst(remarks: Remark[]): Remark[] {
  return [...remarks.filter((r) => !r.resolvedAt), ...remarks.filter((r) => r.resolvedAt)];
}

@Resolver(() => Remark)
export class RemarkResolver {
  @FieldResolver(() => ActionPlan, { description: 'The action plan the remark is on.' })
  async actionPlan(@Root() remark: Remark, @Ctx() ctx: Context): Promise<ActionPlan> {
    return (await ctx.loaders.byId(ActionPlan).load(remark.actionPlanId)) as ActionPlan;
  }

  @FieldResolver(() => Action, { nullable: true, description: 'The action the remark is about, if it is about one.' })
  action(@Root() remark: Remark, @Ctx() ctx: Context): Promise<Action | null> | null {
    return remark.actionId ? ctx.loaders.byId(Action).load(remark.actionId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the zone marked it resolved.' })
  resolved(@Root() remark: Remark): boolean {
    return remark.resolvedAt !== null;
  }

  @Mutation(() => Remark, {
    description:
      "Leaves a remark on an action plan, or on one of its actions (coaches of the zone's region, members of the zone, for an action also members of its owner zones, administrators). Give `actionId` alone for a remark on an action (a co-owner may not see the plan that holds it), `planId` alone for one on the plan; given both, the action must stand in that plan.",
  })
  addRemark(
    @Arg('input', () => RemarkInput, { description: 'The remark.' }) input: RemarkInput,
    @Ctx() ctx: Context,
    @Arg('planId', () => ID, { nullable: true, description: 'The action plan (for a remark on the plan as a whole).' }) planId?: string | null,
    @Arg('actionId', () => ID, { nullable: true, description: 'The action it is about, if any.' }) actionId?: string | null,
  ): Promise<Remark> {
    return new RemarkService(ctx).add(planId, actionId, plain(input));
  }

  @Mutation(() => Remark, {
    description:
      "Marks a remark resolved, with an optional note on how (editors of what it is about: the action's editors, else the plan zone's); resolving it again changes nothing. Notifies its author and those who replied.",
  })
  resolveRemark(
    @Arg('id', () => ID, { description: 'The remark.' }) id: string,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true, description: 'How it was resolved (optional).' }) note?: string | null,
  ): Promise<Remark> {
    return new RemarkService(ctx).resolve(id, { note });
  }

  @Mutation(() => Remark, { description: 'Opens a resolved remark again (those who may resolve it); its resolution note is cleared. Notifies its author and those who replied.' })
  reopenRemark(@Arg('id', () => ID, { description: 'The remark.' }) id: string, @Ctx() ctx: Context): Promise<Remark> {
    return new RemarkService(ctx).reopen(id);
  }

  @Mutation(() => RemarkReply, { description: 'Replies to a remark (those who may leave a remark on what it is about). Notifies its author and those who replied before.' })
  replyToRemark(
    @Arg('id', () => ID, { description: 'The remark.' }) id: string,
    @Arg('input', () => RemarkReplyInput, { description: 'The reply.' }) input: RemarkReplyInput,
    @Ctx() ctx: Context,
  ): Promise<RemarkReply> {
    return new RemarkService(ctx).reply(id, plain(input));
  }

  @FieldResolver(() => [RemarkReply], { description: 'The replies, oldest first.' })
  replies(@Root() remark: Remark, @Ctx() ctx: Context): Promise<RemarkReply[]> {
    return ctx.loaders.childrenOf(RemarkReply, 'remarkId', ['createdAt']).load(remark.id);
  }

  @FieldResolver(() => Int, { description: 'How many replies it has.' })
  async replyCount(@Root() remark: Remark, @Ctx() ctx: Context): Promise<number> {
    return (await this.replies(remark, ctx)).length;
  }

  @FieldResolver(() => RemarkReply, { nullable: true, description: 'The newest reply, if any.' })
  async lastReply(@Root() remark: Remark, @Ctx() ctx: Context): Promise<RemarkReply | null> {
    return (await this.replies(remark, ctx)).at(-1) ?? null;
  }
}

@Resolver(() => ActionPlan)
export class ActionPlanRemarksResolver {
  @FieldResolver(() => [Remark], { description: 'Remarks on the plan and on its actions: open ones first, then resolved ones, each oldest first.' })
  async remarks(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<Remark[]> {
    return openFirst(await ctx.loaders.childrenOf(Remark, 'actionPlanId', ['createdAt']).load(plan.id));
  }
}

@Resolver(() => Action)
export class ActionRemarksResolver {
  @FieldResolver(() => [Remark], { description: 'Remarks about this action: open ones first, then resolved ones, each oldest first.' })
  async remarks(@Root() action: Action, @Ctx() ctx: Context): Promise<Remark[]> {
    return openFirst(await ctx.loaders.childrenOf(Remark, 'actionId', ['createdAt']).load(action.id));
  }
}

@Resolver(() => RemarkReply)
export class RemarkReplyResolver {
  @FieldResolver(() => Remark, { description: 'The remark it replies to.' })
  async remark(@Root() reply: RemarkReply, @Ctx() ctx: Context): Promise<Remark> {
    return (await ctx.loaders.byId(Remark).load(reply.remarkId)) as Remark;
  }
}
