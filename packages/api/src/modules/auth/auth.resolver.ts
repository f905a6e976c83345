import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { ZoneRole, TokenScope } from '@kruispunt/shared';
import { fromGlobalId } from '../../common/global-id';
import type { Context } from './context';
import { TokenScopeEnum, ZoneRoleEnum } from '../../graphql/enums';
import { Region } from '../region/region.entity';
import { Zone } from '../zone/zone.entity';
import { ApiToken, User } from './auth.entity';
import { AuthService, SESSION_COOKIE } from './auth.service';
import { setSessionCookie } from './credentials';
import { START_PATH } from './single-sign-on';
import type { SingleSignOnConfig } from './sign-on-roles';
import type { SignInThrottlePolicy } from './sign-in-throttle';

@ObjectType({ description: 'A zone the signed-in user belongs to, with their role there.' })
export class ZoneMembershipInfo {
  @Field(() => Zone, { description: 'The zone.' })
  zone: Zone;

  @Field(() => ZoneRoleEnum, { description: 'Editor (redacteur) or viewer (lezer).' })
  role: ZoneRole;
}

@ObjectType({ description: 'The signed-in user (or token owner) and what they may do.' })
export class Me {
  @Field(() => User, { description: 'The user.' })
  user: User;

  @Field(() => String, { description: 'How the request is authenticated: "session" or "token".' })
  authKind: string;

  @Field(() => Boolean, { description: 'Whether the user is an administrator.' })
  isAdmin: boolean;

  @Field(() => TokenScopeEnum, { nullable: true, description: 'The scope of the token, when authenticated by token.' })
  tokenScope: TokenScope | null;

  @Field(() => Boolean, { description: 'Whether you may administer accounts, zones and regions (the administration area).' })
  viewerCanAdminister: boolean;

  memberships: { zoneId: string; role: ZoneRole }[];
  coachRegionIds: string[];
}

@ObjectType({ description: 'A newly created API token. The secret is shown only now.' })
export class CreatedApiToken {
  @Field(() => ApiToken, { description: 'The stored token (without its secret).' })
  token: ApiToken;

  @Field(() => String, { description: 'The secret, to send as `Authorization: Bearer <secret>`. It cannot be shown again.' })
  secret: string;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'A name to recognise it by.' })
  name: string;

  @Field(() => TokenScopeEnum, { description: 'READ, or READ_WRITE on the zones you edit.' })
  scope: TokenScope;

  @Field(() => String, { nullable: true, description: 'Last day it works (ISO date); none = no expiry.' })
  expiresAt?: string | null;
}

@ObjectType({ description: "Signing in through the organisation's own sign-in page (OpenID Connect)." })
class SingleSignOnOption {
  @Field(() => String, { description: 'What the button says after "Aanmelden met", e.g. the organisation\'s name.' })
  label: string;

  @Field(() => String, { description: 'Where the browser goes to start; add `?returnTo=<path>` to come back to a page of the app.' })
  startUrl: string;
}

@ObjectType({ description: 'The ways to sign in that this server offers.' })
class SignInOptions {
  @Field(() => Boolean, { description: 'E-mail address and password.' })
  password: boolean;

  @Field(() => SingleSignOnOption, { nullable: true, description: 'Single sign-on, when configured.' })
  singleSignOn: SingleSignOnOption | null;
}

@Resolver(() => Me)
export class AuthResolver {
  @Query(() => SignInOptions, { description: 'The ways to sign in (for the sign-in page; needs no credentials).' })
  signInOptions(@Ctx() ctx: Context): SignInOptions {
    const settings = ctx.req?.app.locals.singleSignOn as SingleSignOnConfig | null | undefined;
    return { password: true, singleSignOn: settings ? { label: settings.label, startUrl: START_PATH } : null };
  }

  @Query(() => Me, { nullable: true, description: 'The signed-in user, or null when not signed in.' })
  async me(@Ctx() ctx: Context): Promise<Me | null> {
    const v = ctx.viewer;
    if (!v.signedIn || !v.data.userId) return null;
    const user = await new AuthService(ctx.db).user(v.data.userId);
    if (!user) return null;
    return {
      user,
      authKind: v.data.kind,
      isAdmin: v.data.isAdmin,
      tokenScope: v.data.tokenScope,
      viewerCanAdminister: v.canAdminister,
      memberships: [...v.data.editorZoneIds.map((zoneId) => ({ zoneId, role: 'EDITOR' as const })), ...v.data.viewerZoneIds.map((zoneId) => ({ zoneId, role: 'VIEWER' as const }))],
      coachRegionIds: v.data.coachRegionIds,
    };
  }

  @FieldResolver(() => [ZoneMembershipInfo], { description: 'Zones the user belongs to, with their role.' })
  async zones(@Root() me: Me, @Ctx() ctx: Context): Promise<ZoneMembershipInfo[]> {
    const zones = await ctx.loaders.byId(Zone).loadMany(me.memberships.map((m) => m.zoneId));
    return me.memberships
      .map((m, i) => ({ zone: zones[i], role: m.role }))
      .filter((m): m is ZoneMembershipInfo => m.zone instanceof Zone)
      .sort((a, b) => a.zone.name.localeCompare(b.zone.name));
  }

  @FieldResolver(() => [Region], { description: 'Regions the user coaches (VIVEL coach).' })
  async coachedRegions(@Root() me: Me, @Ctx() ctx: Context): Promise<Region[]> {
    const regions = await ctx.loaders.byId(Region).loadMany(me.coachRegionIds);
    return regions.filter((r): r is Region => r instanceof Region);
  }

  @Mutation(() => Me, { description: 'Signs in with e-mail and password; sets an httpOnly session cookie.' })
  async signIn(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<Me> {
    const session = await new AuthService(ctx.db).signIn(
      { email, password },
      { ip: ctx.req?.ip, userAgent: ctx.req?.get('user-agent'), throttle: ctx.req?.app.locals.signInThrottle as SignInThrottlePolicy | undefined },
    );
    return this.signedIn(ctx, session);
  }

  /** Sets the cookie of a session just started and answers as `me` does for it. */
  async signedIn(ctx: Context, { secret, expiresAt }: { secret: string; expiresAt: Date }): Promise<Me> {
    if (ctx.res && ctx.req) setSessionCookie(ctx.req, ctx.res, secret, expiresAt);
    const viewer = await new AuthService(ctx.db).resolveViewer({ sessionToken: secret });
    return (await this.me({ ...ctx, viewer }))!;
  }

  @Mutation(() => Boolean, { description: 'Signs out: ends the session and clears its cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await new AuthService(ctx.db).signOut(ctx.viewer);
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password of the signed-in user and ends their other sessions.' })
  async changePassword(@Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    await new AuthService(ctx.db).changePassword(ctx.viewer, { currentPassword, newPassword });
    return true;
  }

  @Query(() => [ApiToken], { description: 'The API tokens of the signed-in user, newest first.' })
  apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return new AuthService(ctx.db).listApiTokens(ctx.viewer);
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token for an external tool; its secret is returned once.' })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    return new AuthService(ctx.db).createApiToken(ctx.viewer, { ...input });
  }

  @Mutation(() => ApiToken, { description: 'Revokes an API token; it stops working at once.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiToken> {
    return new AuthService(ctx.db).revokeApiToken(ctx.viewer, fromGlobalId(id, 'ApiToken').id);
  }
}
