// Working groups and projects have the same shape: owner zones with roles, member partners,
// themes, and actions linked to them from every zone. One resolver factory serves both.
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { connectionTypes, PageArgs, paginate, toConnectionType } from '../../graphql/connection';
import type { RowEntity } from '../../graphql/loaders';
import { escapeLike } from '../../db/like';
import type { Context } from '../auth/context';
import { Action } from '../action/action.entity';
import { linkedActions } from '../action/linked-actions';
import { Partner } from '../partner/partner.entity';
import { Theme } from '../theme/theme.entity';
import type { BaseEntity } from '../../common/base.entity';
import { fromGlobalId } from '../../common/global-id';
import { searchText } from '../../common/validate';
import { Ownership, type OwnershipRow } from './ownership';
import { ownedByZoneCondition } from './collaboration.queries';
import { toOwnerships } from './ownership.service';
import type { Project } from './project.entity';
import type { WorkingGroup } from './working-group.entity';

interface SharedWorkConfig<T extends BaseEntity, O extends OwnershipRow> {
  entity: ClassType<T> & { name: string };
  owner: ClassType<O> & { name: string };
  ownerKey: keyof O & string;
  /** e.g. 'working_group' → tables working_group_member, working_group_theme, action_working_group. */
  table: 'working_group' | 'project';
  plural: string;
  label: string;
}

export function createSharedWorkResolver<T extends BaseEntity & { name: string }, O extends OwnershipRow>(cfg: SharedWorkConfig<T, O>) {
  const { ConnectionType } = connectionTypes(cfg.entity, cfg.entity.name, cfg.label);

  @Resolver(() => cfg.entity)
  class SharedWorkResolver {
    @Query(() => ConnectionType, {
      name: cfg.plural,
      description: `${cfg.label[0]!.toUpperCase()}${cfg.label.slice(1)}s by name (Relay connection); optionally of one owner zone or matching a text.`,
    })
    async list(
      @Ctx() ctx: Context,
      @Args(() => PageArgs) page: PageArgs,
      @Arg('ownerZoneId', () => ID, { nullable: true, description: 'Only those this zone owns or co-owns.' }) ownerZoneId?: string | null,
      @Arg('search', () => String, { nullable: true, description: 'Text in the name or description.' }) search?: string | null,
    ): Promise<InstanceType<typeof ConnectionType>> {
      ctx.viewer.requireSignedIn();
      const qb = ctx.db.getRepository(cfg.entity).createQueryBuilder('e');
      if (ownerZoneId) {
        qb.andWhere(ownedByZoneCondition(cfg.table), { ownerZoneId: fromGlobalId(ownerZoneId, 'Zone', 'ownerZoneId').id });
      }
      const text = searchText(search, 'search');
      if (text) qb.andWhere('(e.name ILIKE :q OR e.description ILIKE :q)', { q: `%${escapeLike(text)}%` });
      return toConnectionType(ConnectionType, await paginate(qb, { expressions: ['e.name'], aliases: ['sort_name'], direction: 'ASC' }, page));
    }

    @Query(() => cfg.entity, { name: cfg.table.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), nullable: true, description: `One ${cfg.label} by id.` })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<T | null> {
      return ctx.loaders.byId(cfg.entity).load(fromGlobalId(id, cfg.entity.name).id);
    }

    @FieldResolver(() => [Ownership], { description: 'Owner zones with their roles.' })
    async owners(@Root() item: T, @Ctx() ctx: Context): Promise<Ownership[]> {
      const rows = await ctx.loaders.childrenOf(cfg.owner, cfg.ownerKey, ['createdAt']).load(item.id);
      return toOwnerships(ctx, rows);
    }

    @FieldResolver(() => Boolean, { description: `Whether you may edit this ${cfg.label} (editors of any owner zone; never with a READ token).` })
    async viewerCanEdit(@Root() item: T, @Ctx() ctx: Context): Promise<boolean> {
      const rows = await ctx.loaders.childrenOf(cfg.owner, cfg.ownerKey, ['createdAt']).load(item.id);
      return ctx.viewer.canEditShared(rows.map((r) => r.zoneId));
    }

    @FieldResolver(() => Boolean, { description: 'Whether you may invite zones to co-own it, change their roles or remove them (editors of any owner zone).' })
    viewerCanManageOwners(@Root() item: T, @Ctx() ctx: Context): Promise<boolean> {
      return this.viewerCanEdit(item, ctx);
    }

    @FieldResolver(() => [Partner], { description: 'Member partners.' })
    members(@Root() item: T, @Ctx() ctx: Context): Promise<Partner[]> {
      return ctx.loaders.through(cfg.entity as unknown as RowEntity<WorkingGroup | Project>, 'members').load(item.id);
    }

    @FieldResolver(() => [Theme], { description: 'Themes.' })
    themes(@Root() item: T, @Ctx() ctx: Context): Promise<Theme[]> {
      return ctx.loaders.through(cfg.entity as unknown as RowEntity<WorkingGroup | Project>, 'themes').load(item.id);
    }

    @FieldResolver(() => [Action], {
      description: `Actions of every zone that belong to it (linked to it${cfg.table === 'working_group' ? ' or led by it' : ''}), by title; actions in draft plans only for whom may see them.`,
    })
    actions(@Root() item: T, @Ctx() ctx: Context): Promise<Action[]> {
      return ctx.loaders.custom(`linkedActions:${cfg.table}`, (ids) => linkedActions(ctx.db, ctx.viewer, cfg.table, ids)).load(item.id);
    }
  }

  return SharedWorkResolver;
}
