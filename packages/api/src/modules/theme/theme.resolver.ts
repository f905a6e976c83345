import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Theme } from './theme.entity';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => [Theme], { description: 'The shared theme vocabulary, by name.' })
  themes(@Ctx() ctx: Context): Promise<Theme[]> {
    return ctx.db.getRepository(Theme).find({ order: { name: 'ASC' } });
  }
}
