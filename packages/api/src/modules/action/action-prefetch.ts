import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { selectedFields } from '../../graphql/selection';
import { ActionPlan } from '../action-plan/action-plan.entity';
import type { Action } from './action.entity';
import { relationKindsOf } from './action-relations';

/**
 * Before graphql-js walks a list of actions: reads the relations the query selects of them (one
 * statement) and their plans when asked, so that every field of every action resolves at once.
 * `paths`: where the actions sit below the current field (['nodes'] and ['edges', 'node'] in a
 * connection; [] for a plain list).
 */
export async function prefetchActions(ctx: Context, actions: Action[], info: GraphQLResolveInfo, paths: string[][] = [[]]): Promise<void> {
  if (!actions.length) return;
  const fields = new Set(paths.flatMap((path) => [...selectedFields(info, path)]));
  const ids = actions.map((a) => a.id);
  await Promise.all([
    ctx.loaders.prefetchActionRelations(ids, relationKindsOf(fields)),
    fields.has('actionPlan') ? ctx.loaders.byId(ActionPlan).loadMany([...new Set(actions.map((a) => a.actionPlanId))]) : null,
  ]);
}
