import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { plain } from '../../common/write';
import { connectionTypes, PageArgs, toConnectionType } from '../../graphql/connection';
import type { Context } from '../auth/context';
import { Cluster } from '../cluster/cluster.entity';
import { Zone } from '../zone/zone.entity';
import { Partner } from './partner.entity';
import { PartnerService } from './partner.service';
import { PartnerInput } from './partner.inputs';
import { PartnerWriteService } from './partner-write.service';

export const { ConnectionType: PartnerConnection } = connectionTypes(Partner, 'Partner', 'partner');

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: 'Partners (organisations) by name (Relay connection); optionally matching a text or active in a zone.' })
  async partners(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Text to look for in name or sector.' }) search?: string | null,
    @Arg('zoneId', () => ID, { nullable: true, description: 'Only partners active in this zone.' }) zoneId?: string | null,
  ): Promise<InstanceType<typeof PartnerConnection>> {
    return toConnectionType(PartnerConnection, await new PartnerService(ctx).list({ search, zoneId }, page));
  }

  @FieldResolver(() => [Zone], { description: 'Zones the partner is active in.' })
  zones(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Zone[]> {
    return ctx.loaders.through(Partner, 'zones').load(partner.id);
  }

  @FieldResolver(() => [Cluster], { description: 'Clusters the partner is a member of.' })
  clusters(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Cluster[]> {
    return ctx.loaders.throughInverse(Cluster, 'members').load(partner.id);
  }
}

@Resolver(() => Partner)
export class PartnerMutationResolver {
  @Mutation(() => Partner, { description: 'Adds a partner organisation (any zone editor), active in zones the caller edits. A duplicate name is INVALID_INPUT on `name`.' })
  createPartner(@Arg('input', () => PartnerInput, { description: 'Name, sector and zones.' }) input: PartnerInput, @Ctx() ctx: Context): Promise<Partner> {
    return new PartnerWriteService(ctx).create(plain(input));
  }

  @Mutation(() => Partner, { description: 'Updates a partner (editors of any zone it is active in). Fails with VERSION_CONFLICT when someone saved in between.' })
  updatePartner(
    @Arg('id', () => ID, { description: 'The partner.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('input', () => PartnerInput, { description: 'The fields to change.' }) input: PartnerInput,
    @Ctx() ctx: Context,
  ): Promise<Partner> {
    return new PartnerWriteService(ctx).update(id, version, plain(input));
  }
}
