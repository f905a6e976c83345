// Indicator values over years: for an indicator of a carried-over action, the indicator with the
// same name in each earlier action of its `continuedFrom` chain, with its target and the latest
// measured value of that year. Only actions the caller may see (auth/visibility.ts) show.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../auth/context';
import { positional, VisibilitySql } from '../auth/visibility';

@ObjectType({ description: 'One plan year of an indicator followed over carried-over actions: its target and the latest value measured.' })
export class IndicatorYear {
  @Field(() => Int, { description: 'Plan year.' })
  year: number;

  @Field(() => Float, { nullable: true, description: 'Target value (streefwaarde) that year.' })
  targetValue: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the target.' })
  targetUnit: string | null;

  @Field(() => Float, { nullable: true, description: "The latest value measured for that year's indicator, if any." })
  measuredValue: number | null;

  @Field(() => String, { nullable: true, description: 'When that value was measured (ISO date).' })
  measuredOn: string | null;

  @Field(() => Boolean, { description: 'The indicator itself (the others come from earlier years).' })
  current: boolean;
}

interface Row {
  root: string;
  year: number;
  target: number | null;
  unit: string | null;
  measured: number | null;
  measured_on: string | null;
  depth: number;
}

/** How far back a chain is followed: a multi-year plan is six years, this leaves room. */
const MAX_YEARS = 15;

/** The trend of each indicator (by id), oldest year first, in one statement for all of them. */
export async function loadIndicatorTrends(ctx: Context, indicatorIds: readonly string[]): Promise<IndicatorYear[][]> {
  const params: unknown[] = [[...indicatorIds], MAX_YEARS];
  const visible = new VisibilitySql(ctx.viewer, positional(params)).action('a');
  const rows: Row[] = await ctx.db.query(
    `WITH RECURSIVE chain AS (
       SELECT i.id AS root, i.name, i.id AS own, a.id AS action_id, a.continued_from_id, 0 AS depth
         FROM action_indicator i JOIN action a ON a.id = i.action_id WHERE i.id = ANY($1::uuid[])
       UNION ALL
       SELECT c.root, c.name, NULL::uuid, p.id, p.continued_from_id, c.depth + 1
         FROM chain c JOIN action p ON p.id = c.continued_from_id WHERE c.depth < $2
     )
     SELECT c.root, pl.year, c.depth, i.target_value::float AS target, i.target_unit AS unit,
            v.value::float AS measured, v.measured_on::text AS measured_on
       FROM chain c
       JOIN action a ON a.id = c.action_id
       JOIN action_plan pl ON pl.id = a.action_plan_id
       JOIN LATERAL (
         SELECT x.* FROM action_indicator x WHERE x.action_id = a.id
           AND (x.id = c.own OR (c.own IS NULL AND ${sameName('x.name', 'c.name')}))
           ORDER BY x.position LIMIT 1
       ) i ON true
       LEFT JOIN LATERAL (SELECT y.value, y.measured_on FROM indicator_value y WHERE y.indicator_id = i.id ORDER BY y.measured_on DESC, y.created_at DESC LIMIT 1) v ON true
      WHERE ${visible}
      ORDER BY c.root, pl.year, c.depth`,
    params,
  );
  const byRoot = new Map<string, IndicatorYear[]>(indicatorIds.map((id) => [id, []]));
  for (const r of rows) {
    byRoot.get(r.root)?.push({ year: r.year, targetValue: r.target, targetUnit: r.unit, measuredValue: r.measured, measuredOn: r.measured_on, current: r.depth === 0 });
  }
  return indicatorIds.map((id) => byRoot.get(id) ?? []);
}

/** "The same indicator": the same name, case and white space ignored (as milestoneKey in packages/shared). */
function sameName(a: string, b: string): string {
  const key = (x: string) => `lower(regexp_replace(btrim(${x}), '\\s+', ' ', 'g'))`;
  return `${key(a)} = ${key(b)}`;
}
