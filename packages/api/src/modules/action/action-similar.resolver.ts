// "Gluren bij de buren": for an action, the actions of other zones worth reading before starting
// it, ranked in PostgreSQL by subject and links (action-neighbours.queries.ts), each with why it is there.
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth/context';
import { intInRange } from '../../common/validate';
import { Action } from './action.entity';
import { ActionSimilarService } from './action-similar.service';

@ObjectType({ description: 'An action of another zone that resembles this one, with a relevance score and why it is listed.' })
export class SimilarAction {
  @Field(() => Action, { description: 'The similar action.' })
  action: Action;

  @Field(() => Float, { description: 'Relevance (higher is more similar); comparable within one list only.' })
  score: number;

  @Field(() => [String], {
    description: 'Why it is listed, in Dutch, strongest links first: e.g. "zelfde thema: Mantelzorg", "ook met CAW", "samen in project GBO", "gelijkaardige titel", "woorden: ELP, onthaal".',
  })
  reasons: string[];
}

@Resolver(() => Action)
export class ActionSimilarResolver {
  @FieldResolver(() => [SimilarAction], {
    description: 'The actions in other zones most worth reading before starting this one ("gluren bij de buren"), best first; empty when none shares enough.',
  })
  async similarActions(
    @Root() action: Action,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many at most (1 to 20; more or fewer is INVALID_INPUT).' }) first: number,
  ): Promise<SimilarAction[]> {
    const limit = intInRange(first, 'first', 1, 20);
    return ctx.loaders.custom(`similar:${limit}`, (ids) => new ActionSimilarService(ctx).similarOf(ids, limit)).load(action.id);
  }
}
