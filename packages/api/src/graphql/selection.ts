// Which fields a query asks of the objects a resolver returns: a list resolver reads what those
// fields need in advance (see ActionRelationLoaders.prefetch in modules/action/action-loaders.ts).
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected below the current field, following `path` (e.g. ['nodes'] of a
 * connection); fragments are entered, @skip/@include ignored (reading too much is harmless).
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path)
    sets = fieldsOf(info, sets)
      .filter((f) => f.name.value === name)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  return new Set(fieldsOf(info, sets).map((f) => f.name.value));
}

function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return out;
}
