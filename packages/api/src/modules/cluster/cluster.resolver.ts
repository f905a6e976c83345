import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Partner } from '../partner/partner.entity';
import { Zone } from '../zone/zone.entity';
import { Cluster } from './cluster.entity';

@Resolver(() => Cluster)
export class ClusterResolver {
  @FieldResolver(() => Zone, { description: 'The zone of the cluster.' })
  async zone(@Root() cluster: Cluster, @Ctx() ctx: Context): Promise<Zone> {
    return (await ctx.loaders.byId(Zone).load(cluster.zoneId)) as Zone;
  }

  @FieldResolver(() => [Partner], { description: 'Member partners.' })
  members(@Root() cluster: Cluster, @Ctx() ctx: Context): Promise<Partner[]> {
    return ctx.loaders.through(Partner, 'cluster_member', 'cluster_id', 'partner_id').load(cluster.id);
  }
}
