// "Gluren bij de buren": for an action, the actions of other zones worth reading before starting
// it, ranked in PostgreSQL by subject and links (action-neighbours.sql.ts), each with why it is there.
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth/context';
import { intInRange } from '../../common/validate';
import { positional, VisibilitySql } from '../auth/visibility';
import { Action } from './action.entity';
import { NEIGHBOURS_SQL, type NeighbourRow } from './action-neighbours.sql';

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

const GROUP_WORDS = /groep|team|cluster|overleg|netwerk|forum/i;

/** The Dutch reasons line of one neighbour, from what the statement found it shares. */
export function neighbourReasons(r: Pick<NeighbourRow, 'themes' | 'partners' | 'work' | 'group_words' | 'words' | 'similar_title' | 'similar_goal'>): string[] {
  const reasons: string[] = [];
  for (const w of r.work ?? []) {
    reasons.push(w.kind === 'PROJECT' ? `samen in project ${w.name}` : GROUP_WORDS.test(w.name) ? `samen in ${w.name}` : `samen in werkgroep ${w.name}`);
  }
  if (r.themes?.length) reasons.push(`${r.themes.length > 1 ? "zelfde thema's" : 'zelfde thema'}: ${r.themes.join(', ')}`);
  if (r.partners?.length) reasons.push(`ook met ${r.partners.slice(0, 3).join(', ')}`);
  if (r.group_words?.length) reasons.push(`doelgroep: ${unique(r.group_words).join(', ')}`);
  if (r.similar_goal) reasons.push('gelijkaardige doelstelling');
  if (r.similar_title) reasons.push('gelijkaardige titel');
  if (r.words?.length) reasons.push(`woorden: ${unique(r.words).join(', ')}`);
  return reasons;
}

function unique(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
}

@Resolver(() => Action)
export class ActionSimilarResolver {
  @FieldResolver(() => [SimilarAction], { description: 'The actions in other zones most worth reading before starting this one ("gluren bij de buren"), best first; empty when none shares enough.' })
  async similarActions(
    @Root() action: Action,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many at most (1 to 20; more or fewer is INVALID_INPUT).' }) first: number,
  ): Promise<SimilarAction[]> {
    const limit = intInRange(first, 'first', 1, 20);
    const loader = ctx.loaders.custom(`similar:${limit}`, async (ids) => {
      // Other zones' actions the caller may see (auth/visibility.ts): co-owned ones in drafts too.
      const params: unknown[] = [ids, limit];
      const visibility = new VisibilitySql(ctx.viewer, positional(params)).actionWithPlan('b', 'pb');
      const rows: NeighbourRow[] = await ctx.db.query(NEIGHBOURS_SQL(visibility), params);
      const actions = await ctx.loaders.byId(Action).loadMany(rows.map((r) => r.id));
      return ids.map((id) =>
        rows.flatMap((r, i) =>
          r.source_id === id && actions[i] instanceof Action ? [{ action: actions[i] as Action, score: Number(r.score), reasons: neighbourReasons(r) }] : [],
        ),
      );
    });
    return loader.load(action.id);
  }
}
