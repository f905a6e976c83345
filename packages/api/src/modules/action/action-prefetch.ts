import type { GraphQLResolveInfo } from 'graphql';
import type { EntityMetadata } from 'typeorm';
import type { Context } from '../auth/context';
import { selectedFields } from '../../graphql/selection';
import type { Action } from './action.entity';
import { actionRelations } from './action-loaders';
import { ACTION_RELATION_KINDS, relationKindsOf } from './action-relations';

/**
 * Before graphql-js walks a list of actions: reads the relations the query selects of them (one
 * statement), so that every field of every action resolves at once.
 * `paths`: where the actions sit below the current field (['nodes'] and ['edges', 'node'] in a
 * connection; [] for a plain list).
 */
export async function prefetchActions(ctx: Context, actions: Action[], info: GraphQLResolveInfo, paths: string[][] = [[]]): Promise<void> {
  if (!actions.length) return;
  const fields = new Set(paths.flatMap((path) => [...selectedFields(info, path)]));
  // Each relation with what is selected of it, so that it reads the columns its field will ask for.
  const kinds = new Map(relationKindsOf(fields).map((kind) => [kind, new Set(paths.flatMap((path) => [...selectedFields(info, [...path, kind])]))] as const));
  await actionRelations(ctx).prefetch(
    actions.map((a) => a.id),
    kinds,
  );
}

/**
 * Action fields that need no column beyond the keys: the relations (read by the action's id or
 * foreign keys; `lead` is not one of them, it shows `leadText`) and the other fields read by id.
 */
const KEYED_FIELDS = new Set<string>([
  ...ACTION_RELATION_KINDS.filter((kind) => kind !== 'lead'),
  '__typename',
  'id',
  'uuid',
  'continuedFrom',
  'carriedOverTo',
  'linkedActions',
  'history',
  'remarks',
  'invitations',
  // read by contact_user_id (a key, always read) and the action's access
  'contactPerson',
  'contactPersonCandidates',
  'viewerFollows',
]);
/** Fields whose value is built from columns of another name. */
const COLUMNS_OF: Record<string, string[]> = {
  evaluation: ['evaluationProcess', 'evaluationProcessText', 'evaluationOutput', 'evaluationOutputText', 'evaluationOutcome', 'evaluationOutcomeText'],
  lead: ['leadText'],
};

/**
 * The columns (property names) a page of actions must read for the selected fields: the keys
 * (id and the foreign keys that relations follow) always, other columns only when asked. Null
 * (read everything) when a field is selected whose needs are not known here.
 */
export function actionColumnsFor(metadata: EntityMetadata, fields: Set<string>): string[] | null {
  const byProperty = new Map(metadata.columns.map((c) => [c.propertyName, c]));
  const wanted = new Set(metadata.columns.filter((c) => c.isSelect && (c.isPrimary || c.type === 'uuid')).map((c) => c.propertyName));
  for (const field of fields) {
    if (KEYED_FIELDS.has(field)) continue;
    const columns = COLUMNS_OF[field] ?? (byProperty.has(field) ? [field] : null);
    if (!columns) return null;
    columns.forEach((c) => wanted.add(c));
  }
  return [...wanted];
}
