// Owning shared work together: mutations on owners and invitations (thin: one service call
// each), and the fields that show invitations and their subject.
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { OwnerRole } from '@kruispunt/shared';
import type { Context } from '../auth/context';
import { OwnerRoleEnum } from '../../graphql/enums';
import { plain } from '../../common/write';
import { Action } from '../action/action.entity';
import { Project } from '../collaboration/project.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { Zone } from '../zone/zone.entity';
import { OwnershipInvitation } from './invitation.entity';
import { InvitationInput } from './sharing.inputs';
import { pendingInvitationsOf, pendingInvitationsTo } from './sharing.loaders';
import { SharingService } from './sharing.service';
import { SharedWork } from './sharing.types';

type SharedWorkItem = WorkingGroup | Project | Action;

@Resolver(() => OwnershipInvitation)
export class OwnershipInvitationResolver {
  @FieldResolver(() => SharedWork, { nullable: true, description: "The shared item; null when it is gone or you may not see it (an action in another zone's draft plan)." })
  async subject(@Root() invitation: OwnershipInvitation, @Ctx() ctx: Context): Promise<SharedWorkItem | null> {
    const { subjectType: type, subjectId: id } = invitation;
    if (type === 'WorkingGroup') return ctx.loaders.byId(WorkingGroup).load(id);
    if (type === 'Project') return ctx.loaders.byId(Project).load(id);
    return ctx.loaders.byId(Action).load(id);
  }

  @FieldResolver(() => Zone, { description: 'The owner zone that invites.' })
  async invitingZone(@Root() invitation: OwnershipInvitation, @Ctx() ctx: Context): Promise<Zone> {
    return (await ctx.loaders.byId(Zone).load(invitation.invitingZoneId)) as Zone;
  }

  @FieldResolver(() => Zone, { description: 'The invited zone.' })
  async invitedZone(@Root() invitation: OwnershipInvitation, @Ctx() ctx: Context): Promise<Zone> {
    return (await ctx.loaders.byId(Zone).load(invitation.invitedZoneId)) as Zone;
  }
}

@Resolver(() => Zone)
export class ZoneInvitationsResolver {
  @FieldResolver(() => [OwnershipInvitation], { description: "Pending invitations to this zone to co-own shared work, oldest first. Visible to the zone's members (empty for others)." })
  async invitations(@Root() zone: Zone, @Ctx() ctx: Context): Promise<OwnershipInvitation[]> {
    if (!ctx.viewer.canSeeInvitationsOf(zone.id)) return [];
    return pendingInvitationsTo(ctx, zone.id);
  }
}

@Resolver(() => Action)
export class ActionInvitationsResolver {
  @FieldResolver(() => [OwnershipInvitation], { description: 'Pending invitations to other zones to co-own this action, oldest first.' })
  invitations(@Root() action: Action, @Ctx() ctx: Context): Promise<OwnershipInvitation[]> {
    return pendingInvitationsOf(ctx, 'Action', action.id);
  }
}

@Resolver()
export class SharingMutationResolver {
  @Mutation(() => SharedWork, { description: 'Adds an owner zone with a role to a working group, project or action (editors of an owner zone).' })
  addOwner(
    @Arg('subjectId', () => ID, { description: 'The working group, project or action (global id).' }) subjectId: string,
    @Arg('zoneId', () => ID, { description: 'The zone that becomes an owner.' }) zoneId: string,
    @Arg('role', () => OwnerRoleEnum, { description: 'Its role.' }) role: OwnerRole,
    @Ctx() ctx: Context,
  ): Promise<SharedWorkItem> {
    return new SharingService(ctx).addOwner(subjectId, { zoneId, role });
  }

  @Mutation(() => SharedWork, { description: "Removes an owner zone (editors of an owner zone). The last owner, and the zone of an action's plan, stay." })
  removeOwner(
    @Arg('subjectId', () => ID, { description: 'The working group, project or action (global id).' }) subjectId: string,
    @Arg('zoneId', () => ID, { description: 'The owner zone to remove.' }) zoneId: string,
    @Ctx() ctx: Context,
  ): Promise<SharedWorkItem> {
    return new SharingService(ctx).removeOwner(subjectId, zoneId);
  }

  @Mutation(() => SharedWork, { description: 'Changes the role of an owner zone (editors of an owner zone).' })
  setOwnerRole(
    @Arg('subjectId', () => ID, { description: 'The working group, project or action (global id).' }) subjectId: string,
    @Arg('zoneId', () => ID, { description: 'The owner zone.' }) zoneId: string,
    @Arg('role', () => OwnerRoleEnum, { description: 'Its new role.' }) role: OwnerRole,
    @Ctx() ctx: Context,
  ): Promise<SharedWorkItem> {
    return new SharingService(ctx).setOwnerRole(subjectId, { zoneId, role });
  }

  @Mutation(() => OwnershipInvitation, {
    description: 'Invites another zone to co-own a working group, project or action (editors of an owner zone). One pending invitation per zone and item.',
  })
  inviteToCoOwn(
    @Arg('subjectId', () => ID, { description: 'The working group, project or action (global id).' }) subjectId: string,
    @Arg('input', () => InvitationInput, { description: 'Invited zone, role and message.' }) input: InvitationInput,
    @Ctx() ctx: Context,
  ): Promise<OwnershipInvitation> {
    return new SharingService(ctx).invite(subjectId, plain(input));
  }

  @Mutation(() => OwnershipInvitation, { description: 'Accepts a pending invitation (editors of the invited zone): the zone becomes an owner with the offered role.' })
  acceptInvitation(@Arg('id', () => ID, { description: 'The invitation.' }) id: string, @Ctx() ctx: Context): Promise<OwnershipInvitation> {
    return new SharingService(ctx).accept(id);
  }

  @Mutation(() => OwnershipInvitation, { description: 'Declines a pending invitation (editors of the invited zone).' })
  declineInvitation(@Arg('id', () => ID, { description: 'The invitation.' }) id: string, @Ctx() ctx: Context): Promise<OwnershipInvitation> {
    return new SharingService(ctx).decline(id);
  }

  @Mutation(() => OwnershipInvitation, { description: 'Withdraws a pending invitation (editors of an owner zone).' })
  withdrawInvitation(@Arg('id', () => ID, { description: 'The invitation.' }) id: string, @Ctx() ctx: Context): Promise<OwnershipInvitation> {
    return new SharingService(ctx).withdraw(id);
  }
}
