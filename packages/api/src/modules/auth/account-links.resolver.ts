import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { ZoneRole } from '@kruispunt/shared';
import { fromGlobalId } from '../../common/global-id';
import type { Context } from '../../graphql/context';
import { ZoneRoleEnum } from '../../graphql/enums';
import type { MailPolicy } from '../../server';
import { Zone } from '../zone/zone.entity';
import { AccountLinksService, type RequestContext } from './account-links.service';
import { AuthResolver, Me } from './auth.resolver';
import type { SignInThrottlePolicy } from './sign-in-throttle';

@ObjectType({ description: 'An invitation into a zone, mailed to an address. It says nothing about whether the address has an account.' })
export class AccountInvitation {
  @Field(() => ID, { description: 'Its id (for the administrators’ records).' })
  id: string;

  @Field(() => String, { description: 'The address it was mailed to.' })
  email: string;

  @Field(() => Zone, { description: 'The zone the person is invited into.' })
  zone: Zone;

  @Field(() => ZoneRoleEnum, { description: 'Editor (redacteur) or viewer (lezer).' })
  role: ZoneRole;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt: Date;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt: Date;
}

@ObjectType({ description: 'What the holder of an invitation link sees before accepting it.' })
export class InvitationPreview {
  @Field(() => String, { description: 'The invited address (the account it creates or joins).' })
  email: string;

  @Field(() => String, { description: 'The zone’s name.' })
  zoneName: string;

  @Field(() => String, { description: 'The zone’s slug (where its page is, once accepted).' })
  zoneSlug: string;

  @Field(() => ZoneRoleEnum, { description: 'The role in that zone.' })
  role: ZoneRole;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt: Date;

  @Field(() => Boolean, { description: 'Whether the address already has an account: then the person gives its password instead of choosing one. Only the link’s holder learns this.' })
  hasAccount: boolean;
}

function requestContext(ctx: Context): RequestContext {
  return {
    ip: ctx.req?.ip,
    publicUrl: (ctx.req?.app.locals.mailPolicy as MailPolicy | undefined)?.publicUrl ?? 'http://localhost:4000',
    throttle: ctx.req?.app.locals.signInThrottle as SignInThrottlePolicy | undefined,
  };
}

@Resolver()
export class AccountLinksResolver {
  @Mutation(() => Boolean, {
    description: 'Mails a link to choose a new password (works 1 hour, once) when the address has an active account. Always answers true: the answer says nothing about which addresses have an account.',
  })
  async requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<boolean> {
    await new AccountLinksService(ctx.db).requestPasswordReset({ email }, requestContext(ctx));
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with the token of a reset link; the link stops working and every session of the account ends (sign in again).' })
  async resetPassword(@Arg('token', () => String) token: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    await new AccountLinksService(ctx.db).resetPassword({ token, newPassword }, requestContext(ctx));
    return true;
  }

  @Mutation(() => AccountInvitation, { description: 'Invites an address into a zone as editor or viewer and mails it a link (7 days, once). For the zone’s editors and administrators (`Zone.viewerCanInvite`).' })
  inviteUser(
    @Arg('email', () => String) email: string,
    @Arg('zoneId', () => ID) zoneId: string,
    @Arg('role', () => ZoneRoleEnum) role: ZoneRole,
    @Ctx() ctx: Context,
  ): Promise<AccountInvitation> {
    return new AccountLinksService(ctx.db).inviteUser(ctx.viewer, { email, zoneId: fromGlobalId(zoneId, 'Zone', 'zoneId').id, role }, requestContext(ctx));
  }

  @Query(() => InvitationPreview, { description: 'The invitation behind a mailed link, for its accept page (no sign-in needed). INVALID_INPUT on `token` when unknown, used or expired.' })
  accountInvitation(@Arg('token', () => String) token: string, @Ctx() ctx: Context): Promise<InvitationPreview> {
    return new AccountLinksService(ctx.db).invitationPreview(token, requestContext(ctx));
  }

  @Mutation(() => Me, {
    description: 'Accepts an invitation and signs in (sets the session cookie): creates the account with `name` and `password`, or, when the address has one, adds the membership after its own `password`.',
  })
  async acceptAccountInvitation(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: Context,
  ): Promise<Me> {
    const session = await new AccountLinksService(ctx.db).acceptInvitation({ token, name, password }, requestContext(ctx));
    return new AuthResolver().signedIn(ctx, session);
  }
}
