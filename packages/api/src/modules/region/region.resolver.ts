import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth/context';
import { Zone } from '../zone/zone.entity';
import { Region } from './region.entity';
import { RegionService } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'All regions, by name.' })
  regions(@Ctx() ctx: Context): Promise<Region[]> {
    return new RegionService(ctx).list();
  }

  @Query(() => Region, { nullable: true, description: 'One region by its slug.' })
  region(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<Region | null> {
    return new RegionService(ctx).bySlug(slug);
  }

  @FieldResolver(() => [Zone], { description: 'Zones of the region, by name.' })
  zones(@Root() region: Region, @Ctx() ctx: Context): Promise<Zone[]> {
    return ctx.loaders.childrenOf(Zone, 'regionId', ['name']).load(region.id);
  }
}
