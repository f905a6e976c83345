// Notifications: your inbox, the badge's count and marking read (thin: one service call each).
import { Arg, Args, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver, Root, FieldResolver } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { connectionTypes, PageArgs, toConnectionType } from '../../graphql/connection';
import type { Context } from '../auth/context';
import type { NotificationEmailMode } from '@kruispunt/shared';
import { NotificationEmailModeEnum } from '../../graphql/enums';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';

export const { ConnectionType: NotificationConnection } = connectionTypes(Notification, 'Notification', 'notification');

@ObjectType({
  description:
    'The item a notification leads to. Open it as its type says: an action, an action plan or its yearly report (by zone slug and year), a zone (a reminder before its plan exists), a working group or a project.',
})
export class NotificationTarget {
  @Field(() => String, { description: 'Action, ActionPlan, YearReport, Zone, WorkingGroup or Project.' })
  type: string;

  @Field(() => ID, { description: "The item's global id." })
  id: string;

  @Field(() => String, { nullable: true, description: "For an action plan, yearly report or zone: the zone's slug." })
  zoneSlug: string | null;

  @Field(() => Int, { nullable: true, description: 'For an action plan or yearly report: its year.' })
  year: number | null;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first (Relay connection); only unread ones with `unreadOnly`.' })
  async notifications(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only the unread ones.' }) unreadOnly?: boolean | null,
  ): Promise<InstanceType<typeof NotificationConnection>> {
    return toConnectionType(NotificationConnection, await new NotificationService(ctx).list({ ...page, unreadOnly }));
  }

  @Query(() => NotificationEmailModeEnum, { description: 'How you get your notifications by e-mail.' })
  notificationEmail(@Ctx() ctx: Context): Promise<NotificationEmailMode> {
    return new NotificationService(ctx).emailMode();
  }

  @Mutation(() => NotificationEmailModeEnum, { description: 'Chooses how you get your notifications by e-mail (your own account only).' })
  setNotificationEmail(
    @Ctx() ctx: Context,
    @Arg('mode', () => NotificationEmailModeEnum, { description: 'IMMEDIATE, DAILY or OFF.' }) mode: NotificationEmailMode,
  ): Promise<NotificationEmailMode> {
    return new NotificationService(ctx).setEmailMode(mode);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (the badge).' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return new NotificationService(ctx).unreadCount();
  }

  @Mutation(() => Int, {
    description:
      'Marks your notifications read: those given by `ids`, or all with `all: true`. An id that is not one of yours is NOT_FOUND and nothing is marked. Answers how many stay unread.',
  })
  markNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { nullable: true, description: 'The notifications to mark read.' }) ids?: string[] | null,
    @Arg('all', () => Boolean, { nullable: true, description: 'Mark all your notifications read.' }) all?: boolean | null,
  ): Promise<number> {
    return new NotificationService(ctx).markRead(ids, all);
  }

  @FieldResolver(() => NotificationTarget, { description: 'The item to open.' })
  target(@Root() notification: Notification): NotificationTarget {
    const p = notification.params;
    return Object.assign(new NotificationTarget(), { type: p.targetType, id: toGlobalId(p.targetType, p.targetId), zoneSlug: p.zoneSlug ?? null, year: p.year ?? null });
  }
}
