// Indicator values over years: for an indicator of a carried-over action, the indicator with the
// same name in each earlier action of its `continuedFrom` chain, with its target and the latest
// measured value of that year. Only actions the caller may see (auth/visibility.ts) show.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../auth/context';
import { positional, VisibilitySql } from '../auth/visibility';
import { indicatorTrendsSql } from './action.queries';

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
  const rows: Row[] = await ctx.db.query(indicatorTrendsSql(visible), params);
  const byRoot = new Map<string, IndicatorYear[]>(indicatorIds.map((id) => [id, []]));
  for (const r of rows) {
    byRoot.get(r.root)?.push({ year: r.year, targetValue: r.target, targetUnit: r.unit, measuredValue: r.measured, measuredOn: r.measured_on, current: r.depth === 0 });
  }
  return indicatorIds.map((id) => byRoot.get(id) ?? []);
}
