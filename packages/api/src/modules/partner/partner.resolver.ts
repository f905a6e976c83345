import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Cluster } from '../cluster/cluster.entity';
import { Zone } from '../zone/zone.entity';
import { Partner } from './partner.entity';
import { PartnerService } from './partner.service';

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => [Partner], { description: 'Partners (organisations), by name; optionally filtered by a text in name or sector.' })
  partners(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Text to look for in name or sector.' }) search?: string | null,
  ): Promise<Partner[]> {
    return new PartnerService(ctx).list(search);
  }

  @FieldResolver(() => [Zone], { description: 'Zones the partner is active in.' })
  zones(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Zone[]> {
    return ctx.loaders.through(Zone, 'partner_zone', 'partner_id', 'zone_id').load(partner.id);
  }

  @FieldResolver(() => [Cluster], { description: 'Clusters the partner is a member of.' })
  clusters(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Cluster[]> {
    return ctx.loaders.through(Cluster, 'cluster_member', 'partner_id', 'cluster_id').load(partner.id);
  }
}
