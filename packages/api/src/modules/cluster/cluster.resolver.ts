import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { plain } from '../../common/write';
import type { Context } from '../auth/context';
import { Partner } from '../partner/partner.entity';
import { Zone } from '../zone/zone.entity';
import { Cluster } from './cluster.entity';
import { ClusterInput } from './cluster.inputs';
import { ClusterWriteService } from './cluster-write.service';

@Resolver(() => Cluster)
export class ClusterResolver {
  @FieldResolver(() => Zone, { description: 'The zone of the cluster.' })
  async zone(@Root() cluster: Cluster, @Ctx() ctx: Context): Promise<Zone> {
    return (await ctx.loaders.byId(Zone).load(cluster.zoneId)) as Zone;
  }

  @FieldResolver(() => [Partner], { description: 'Member partners.' })
  members(@Root() cluster: Cluster, @Ctx() ctx: Context): Promise<Partner[]> {
    return ctx.loaders.through(Cluster, 'members').load(cluster.id);
  }
}

@Resolver(() => Cluster)
export class ClusterMutationResolver {
  @Mutation(() => Cluster, { description: "Adds a cluster to a zone's general assembly (editors of the zone)." })
  createCluster(
    @Arg('zoneId', () => ID, { description: 'The zone.' }) zoneId: string,
    @Arg('input', () => ClusterInput, { description: 'Kind, name and members.' }) input: ClusterInput,
    @Ctx() ctx: Context,
  ): Promise<Cluster> {
    return new ClusterWriteService(ctx).create(zoneId, plain(input));
  }

  @Mutation(() => Cluster, { description: 'Updates a cluster and its members (editors of its zone). Fails with VERSION_CONFLICT when someone saved in between.' })
  updateCluster(
    @Arg('id', () => ID, { description: 'The cluster.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Arg('input', () => ClusterInput, { description: 'The fields to change.' }) input: ClusterInput,
    @Ctx() ctx: Context,
  ): Promise<Cluster> {
    return new ClusterWriteService(ctx).update(id, version, plain(input));
  }

  @Mutation(() => Boolean, { description: 'Deletes a cluster (editors of its zone); its partners stay.' })
  deleteCluster(
    @Arg('id', () => ID, { description: 'The cluster.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last saw.' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new ClusterWriteService(ctx).delete(id, version);
  }
}
