// Account administration over GraphQL (administrators only; the rules are in AdminService and
// Viewer.requireAdministrator). Users are reachable by administrators and by themselves (`me`).
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ZoneRole } from '@kruispunt/shared';
import { plain } from '../../common/write';
import { connectionTypes, PageArgs, toConnectionType } from '../../graphql/connection';
import type { Context } from '../auth/context';
import { ZoneRoleEnum } from '../../graphql/enums';
import { CoachRegion, User, ZoneMembership } from '../auth/auth.entity';
import { ZoneMembershipInfo } from '../auth/auth.resolver';
import { Region } from '../region/region.entity';
import { Zone } from '../zone/zone.entity';
import { CreateUserInput, CreateZoneInput, UpdateUserInput, UserStatusEnum } from './admin.inputs';
import { AdminService, type UserStatus } from './admin.service';

export const { ConnectionType: UserConnection } = connectionTypes(User, 'User', 'user');

@Resolver(() => User)
export class AdminUserResolver {
  @Query(() => UserConnection, { description: 'Users by name (administrators only), optionally matching a text in name or e-mail address.' })
  async users(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Text in the name or e-mail address.' }) search?: string | null,
    @Arg('status', () => UserStatusEnum, { nullable: true, description: 'Active, deactivated or all users (default all).' }) status?: UserStatus | null,
  ): Promise<InstanceType<typeof UserConnection>> {
    return toConnectionType(UserConnection, await new AdminService(ctx).users({ search, status }, page));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the user has set a password (a new user sets one through the invitation or reset mail).' })
  hasPassword(@Root() user: User): boolean {
    return user.passwordHash !== '';
  }

  @FieldResolver(() => [ZoneMembershipInfo], { description: 'The zones the user belongs to, with their role, by zone name.' })
  async zoneMemberships(@Root() user: User, @Ctx() ctx: Context): Promise<ZoneMembershipInfo[]> {
    const rows = await ctx.loaders.childrenOf(ZoneMembership, 'userId').load(user.id);
    const zones = await ctx.loaders.byId(Zone).loadMany(rows.map((r) => r.zoneId));
    return rows
      .map((r, i) => ({ zone: zones[i], role: r.role }))
      .filter((m): m is ZoneMembershipInfo => m.zone instanceof Zone)
      .sort((a, b) => a.zone.name.localeCompare(b.zone.name));
  }

  @FieldResolver(() => [Region], { description: 'The regions the user coaches, by name.' })
  async coachedRegions(@Root() user: User, @Ctx() ctx: Context): Promise<Region[]> {
    const regions = await ctx.loaders.throughLinks(CoachRegion, 'user', 'region').load(user.id);
    return [...regions].sort((a, b) => a.name.localeCompare(b.name));
  }
}

@Resolver()
export class AdminMutationResolver {
  @Mutation(() => User, { description: 'Creates a user (administrators). They have no password until they set one through the invitation or reset mail, so they cannot sign in yet.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return new AdminService(ctx).createUser(plain(input));
  }

  @Mutation(() => User, { description: "Changes a user's name or e-mail address (administrators). VERSION_CONFLICT when someone saved in between." })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return new AdminService(ctx).updateUser(id, version, plain(input));
  }

  @Mutation(() => User, {
    description: 'Deactivates a user (administrators; not yourself): they cannot sign in, their sessions end and their API tokens are revoked at once. Nothing is deleted.',
  })
  deactivateUser(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number, @Ctx() ctx: Context): Promise<User> {
    return new AdminService(ctx).setUserActive(id, version, false);
  }

  @Mutation(() => User, { description: 'Reactivates a deactivated user (administrators). Their old sessions and tokens stay ended.' })
  reactivateUser(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number, @Ctx() ctx: Context): Promise<User> {
    return new AdminService(ctx).setUserActive(id, version, true);
  }

  @Mutation(() => User, { description: 'Makes a user administrator or takes the right away (administrators; you cannot take your own away).' })
  setAdministrator(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('isAdmin', () => Boolean) isAdmin: boolean,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return new AdminService(ctx).setAdministrator(id, version, isAdmin);
  }

  @Mutation(() => User, { description: 'Makes the user a member of the zone with this role, or changes their role there (administrators).' })
  setZoneMembership(@Arg('userId', () => ID) userId: string, @Arg('zoneId', () => ID) zoneId: string, @Arg('role', () => ZoneRoleEnum) role: ZoneRole, @Ctx() ctx: Context): Promise<User> {
    return new AdminService(ctx).setZoneMembership(userId, zoneId, role);
  }

  @Mutation(() => User, { description: "Ends the user's membership of the zone (administrators)." })
  removeZoneMembership(@Arg('userId', () => ID) userId: string, @Arg('zoneId', () => ID) zoneId: string, @Ctx() ctx: Context): Promise<User> {
    return new AdminService(ctx).removeZoneMembership(userId, zoneId);
  }

  @Mutation(() => User, { description: 'Makes the user a coach of the region (administrators).' })
  addCoachRegion(@Arg('userId', () => ID) userId: string, @Arg('regionId', () => ID) regionId: string, @Ctx() ctx: Context): Promise<User> {
    return new AdminService(ctx).addCoachRegion(userId, regionId);
  }

  @Mutation(() => User, { description: 'The user no longer coaches the region (administrators).' })
  removeCoachRegion(@Arg('userId', () => ID) userId: string, @Arg('regionId', () => ID) regionId: string, @Ctx() ctx: Context): Promise<User> {
    return new AdminService(ctx).removeCoachRegion(userId, regionId);
  }

  @Mutation(() => Zone, { description: 'Creates a zone in a region (administrators).' })
  createZone(@Arg('input', () => CreateZoneInput) input: CreateZoneInput, @Ctx() ctx: Context): Promise<Zone> {
    return new AdminService(ctx).createZone(plain(input));
  }

  @Mutation(() => Zone, { description: "Sets or clears (null) the zone's contact e-mail address (administrators). VERSION_CONFLICT when someone saved in between." })
  setZoneContactEmail(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('contactEmail', () => String, { nullable: true }) contactEmail: string | null,
    @Ctx() ctx: Context,
  ): Promise<Zone> {
    return new AdminService(ctx).setZoneContactEmail(id, version, contactEmail ?? null);
  }

  @Mutation(() => Region, { description: "Sets or clears (null) the region's contact e-mail address (administrators). VERSION_CONFLICT when someone saved in between." })
  setRegionContactEmail(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('contactEmail', () => String, { nullable: true }) contactEmail: string | null,
    @Ctx() ctx: Context,
  ): Promise<Region> {
    return new AdminService(ctx).setRegionContactEmail(id, version, contactEmail ?? null);
  }
}

@Resolver(() => Region)
export class AdminRegionResolver {
  @FieldResolver(() => [User], { description: 'The coaches of the region, by name (administrators only).' })
  async coaches(@Root() region: Region, @Ctx() ctx: Context): Promise<User[]> {
    ctx.viewer.requireAdministrator();
    const users = await ctx.loaders.throughLinks(CoachRegion, 'region', 'user').load(region.id);
    return [...users].sort((a, b) => a.name.localeCompare(b.name));
  }
}
