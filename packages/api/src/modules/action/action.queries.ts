// The action module's hand-written SQL. The services keep the logic and call these; join tables
// are named by `joinTableOf` (common/write.ts) from the entity's relation metadata.
import type { JoinTable } from '../../common/write';

/** A snapshot column: the sorted targets action $1 links to through `j`, as `"key"` ('{}' when none). */
export const linkedIdsColumn = (j: JoinTable, key: string): string =>
  `coalesce((SELECT array_agg(x.${j.targetColumn} ORDER BY x.${j.targetColumn}) FROM ${j.table} x WHERE x.${j.ownerColumn} = $1), '{}') AS "${key}"`;
