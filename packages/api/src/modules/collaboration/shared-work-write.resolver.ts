// Mutations and sharing fields of working groups and projects, from one factory (like the read
// side in shared-work.resolver.ts): create with an owner zone, update, and the pending
// invitations to co-own.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root, type ClassType } from 'type-graphql';
import type { OwnerRole } from '@kruispunt/shared';
import type { Context } from '../auth/context';
import { OwnerRoleEnum } from '../../graphql/enums';
import type { Project } from './project.entity';
import { OwnershipInvitation } from '../sharing/invitation.entity';
import { pendingInvitationsOf } from '../sharing/sharing.loaders';
import type { WorkingGroup } from './working-group.entity';
import { SharedWorkWriteService, type SharedWorkKind } from './shared-work.service';
import { plain } from '../../common/write';

export function createSharedWorkWriteResolver<T extends WorkingGroup | Project>(kind: SharedWorkKind<T> & { input: ClassType<object>; label: string }) {
  @Resolver(() => kind.entity)
  class SharedWorkWriteResolver {
    @Mutation(() => kind.entity, {
      name: `create${kind.type}`,
      description: `Creates a ${kind.label} owned by one zone, whose editor the caller must be; more owners join through addOwner or an invitation.`,
    })
    create(
      @Arg('input', () => kind.input, { description: `The ${kind.label}.` }) input: object,
      @Arg('ownerZoneId', () => ID, { description: 'The owner zone (you must edit it).' }) ownerZoneId: string,
      @Arg('role', () => OwnerRoleEnum, { defaultValue: 'LEAD', description: 'The role of the owner zone.' }) role: OwnerRole,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return new SharedWorkWriteService(ctx, kind).create(plain(input), ownerZoneId, role);
    }

    @Mutation(() => kind.entity, {
      name: `update${kind.type}`,
      description: `Updates a ${kind.label} (editors of any owner zone). Fails with VERSION_CONFLICT when someone saved in between.`,
    })
    update(
      @Arg('id', () => ID, { description: `The ${kind.label}.` }) id: string,
      @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
      @Arg('input', () => kind.input, { description: 'The fields to change.' }) input: object,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return new SharedWorkWriteService(ctx, kind).update(id, version, plain(input));
    }

    @FieldResolver(() => [OwnershipInvitation], { description: 'Pending invitations to other zones to co-own it, oldest first.' })
    invitations(@Root() item: T, @Ctx() ctx: Context): Promise<OwnershipInvitation[]> {
      return pendingInvitationsOf(ctx, kind.type, item.id);
    }
  }

  return SharedWorkWriteResolver;
}
