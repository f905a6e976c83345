import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { ZoneRole } from '@kruispunt/shared';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import type { Context } from './context';
import { ZoneRoleEnum } from '../../graphql/enums';
import type { MailPolicy } from '../mail/mailer';
import { Zone } from '../zone/zone.entity';
import { AccountLinksService, type RequestContext } from './account-links.service';
import { AuthResolver, Me } from './auth.resolver';
import type { SignInThrottlePolicy } from './sign-in-throttle';

@ObjectType({ description: 'An invitation into a zone, mailed to an address. It says nothing about whether the address has an account.' })
export class AccountInvitation {
  @Field(() => ID, { description: 'Its id (for `revokeAccountInvitation`, and the administrators’ records).' })
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

@ObjectType({ description: 'An invitation into a zone that still waits for an answer (not accepted, withdrawn or expired), as its inviters see it.' })
export class PendingInvitation {
  @Field(() => ID, { description: 'Its id, for `revokeAccountInvitation`.' })
  id: string;

  @Field(() => String, { description: 'The address it was mailed to.' })
  email: string;

  @Field(() => ZoneRoleEnum, { description: 'Editor (redacteur) or viewer (lezer).' })
  role: ZoneRole;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt: Date;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Who sent it (null when that account is gone).' })
  invitedByName: string | null;
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
    description:
      'Mails a link to choose a new password (works 1 hour, once) when the address has an active account. Always answers true: the answer says nothing about which addresses have an account.',
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

  @Mutation(() => AccountInvitation, {
    description: 'Invites an address into a zone as editor or viewer and mails it a link (7 days, once). For the zone’s editors and administrators (`Zone.viewerCanInvite`).',
  })
  async inviteUser(
    @Arg('email', () => String) email: string,
    @Arg('zoneId', () => ID) zoneId: string,
    @Arg('role', () => ZoneRoleEnum) role: ZoneRole,
    @Ctx() ctx: Context,
  ): Promise<AccountInvitation> {
    const invitation = await new AccountLinksService(ctx.db).inviteUser(ctx.viewer, { email, zoneId: fromGlobalId(zoneId, 'Zone', 'zoneId').id, role }, requestContext(ctx));
    return { ...invitation, id: toGlobalId('AccountInvitation', invitation.id) };
  }

  @Mutation(() => Boolean, {
    description:
      'Withdraws a pending invitation (the zone’s editors and administrators): its link then says it was withdrawn. True also when it was withdrawn already; INVALID_INPUT on `id` when it was accepted.',
  })
  async revokeAccountInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await new AccountLinksService(ctx.db).revokeInvitation(ctx.viewer, fromGlobalId(id, 'AccountInvitation', 'id').id);
    return true;
  }

  @Query(() => InvitationPreview, { description: 'The invitation behind a mailed link, for its accept page (no sign-in needed). INVALID_INPUT on `token` when unknown, used or expired.' })
  accountInvitation(@Arg('token', () => String) token: string, @Ctx() ctx: Context): Promise<InvitationPreview> {
    return new AccountLinksService(ctx.db).invitationPreview(token, requestContext(ctx));
  }

  @Mutation(() => Me, {
    description:
      'Accepts an invitation and signs in (sets the session cookie): creates the account with `name` and `password`, or, when the address has one, adds the membership after its own `password`.',
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

@Resolver(() => Zone)
export class ZoneAccountInvitationsResolver {
  @FieldResolver(() => [PendingInvitation], {
    description:
      'Invitations of people into the zone (by e-mail) that wait for an answer, newest first. For those who may invite (`viewerCanInvite`); empty for others. (`invitations` are those to co-own shared work.)',
  })
  async accountInvitations(@Root() zone: Zone, @Ctx() ctx: Context): Promise<PendingInvitation[]> {
    if (!ctx.viewer.canInviteToZone(zone.id)) return [];
    const rows = await new AccountLinksService(ctx.db).pendingInvitations(ctx.viewer, zone.id);
    return rows.map((row) => ({ ...row, id: toGlobalId('AccountInvitation', row.id) }));
  }
}
