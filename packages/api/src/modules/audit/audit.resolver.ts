import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { connectionTypes, PageArgs, toConnectionType } from '../../graphql/connection';
import type { Context } from '../auth/context';
import { AuditEntry } from './audit.entity';
import { AuditService } from './audit.service';
import { Deletion, deletions } from './deletions';

export const { ConnectionType: DeletionConnection } = connectionTypes(Deletion, 'Deletion', 'deletion');

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => [AuditEntry], { description: 'The recorded changes of one entity (any global id), newest first.' })
  history(@Arg('id', () => ID, { description: 'Global id of the entity.' }) id: string, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    return new AuditService(ctx).history(id);
  }

  @Query(() => DeletionConnection, {
    description: 'Actions, action plans, working groups and projects deleted at or after `since` that the caller may have seen, oldest first (for tools following changes; see docs/api.md).',
  })
  async deletions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('since', () => Date, { description: 'Deletions at or after this moment.' }) since: Date,
  ): Promise<InstanceType<typeof DeletionConnection>> {
    return toConnectionType(DeletionConnection, await deletions(ctx, since, page));
  }
}
