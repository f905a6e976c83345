// "Gluren bij de buren": for an action, the most similar actions of other zones, ranked by Dutch
// full-text overlap, title trigram similarity and shared themes, all in PostgreSQL.
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { intInRange } from '../../common/validate';
import { positional, VisibilitySql } from '../auth/visibility';
import { Action } from './action.entity';

@ObjectType({ description: 'An action of another zone that resembles this one, with a relevance score.' })
export class SimilarAction {
  @Field(() => Action, { description: 'The similar action.' })
  action: Action;

  @Field(() => Float, { description: 'Relevance (higher is more similar); comparable within one list only.' })
  score: number;
}

const SIMILAR_SQL = (visibility: string) => `
  SELECT s.id AS source_id, m.id, m.score
  FROM unnest($1::uuid[]) AS s(id)
  CROSS JOIN LATERAL (
    SELECT b.id,
      ts_rank_cd(b.search_vector, q.query)
        + similarity(b.title, a.title)
        + 0.15 * (SELECT count(*) FROM action_theme t1 JOIN action_theme t2 ON t2.theme_id = t1.theme_id WHERE t1.action_id = a.id AND t2.action_id = b.id) AS score
    FROM action a
    JOIN action_plan pa ON pa.id = a.action_plan_id
    CROSS JOIN LATERAL (
      SELECT coalesce((SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(a.search_vector)) l), '')::tsquery AS query
    ) q
    JOIN action b ON b.id <> a.id
    JOIN action_plan pb ON pb.id = b.action_plan_id AND pb.zone_id <> pa.zone_id AND ${visibility}
    WHERE a.id = s.id AND (b.search_vector @@ q.query OR b.title % a.title)
    ORDER BY score DESC, b.id
    LIMIT $2
  ) m`;

@Resolver(() => Action)
export class ActionSimilarResolver {
  @FieldResolver(() => [SimilarAction], { description: 'The most similar actions in other zones ("gluren bij de buren"), best first.' })
  async similarActions(
    @Root() action: Action,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many (1 to 20; more or fewer is INVALID_INPUT).' }) first: number,
  ): Promise<SimilarAction[]> {
    const limit = intInRange(first, 'first', 1, 20);
    const loader = ctx.loaders.custom(`similar:${limit}`, async (ids) => {
      // Other zones' actions the caller may see (auth/visibility.ts): co-owned ones in drafts too.
      const params: unknown[] = [ids, limit];
      const visibility = new VisibilitySql(ctx.viewer, positional(params)).actionWithPlan('b', 'pb');
      const rows: { source_id: string; id: string; score: number }[] = await ctx.db.query(SIMILAR_SQL(visibility), params);
      const actions = await ctx.loaders.byId(Action).loadMany(rows.map((r) => r.id));
      return ids.map((id) =>
        rows.flatMap((r, i) => (r.source_id === id && actions[i] instanceof Action ? [{ action: actions[i] as Action, score: Number(r.score) }] : [])),
      );
    });
    return loader.load(action.id);
  }
}
