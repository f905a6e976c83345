import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AuditEntry } from './audit.entity';
import { AuditService } from './audit.service';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => [AuditEntry], { description: 'The recorded changes of one entity (any global id), newest first.' })
  history(@Arg('id', () => ID, { description: 'Global id of the entity.' }) id: string, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    return new AuditService(ctx).history(id);
  }
}
