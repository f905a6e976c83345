// The audit module's hand-written SQL; the services keep the logic and call these.

/** The `before` snapshot of the deletion of entity $2 of type $1 (at most one row). */
export const DELETION_BEFORE_SQL = `SELECT before FROM audit_entry WHERE entity_type = $1 AND entity_id = $2 AND operation = 'DELETE' LIMIT 1`;

/** When an entry was made, to the millisecond: the cursor carries the moment through a JS Date without losing precision. */
export const DELETED_AT = "date_trunc('milliseconds', d.at)";

/** A page of audit entries (alias d) meeting every condition of `where`, oldest first, at most `limit` (a bound parameter). */
export const deletionsSql = (where: readonly string[], limit: string): string =>
  `SELECT d.id, d.entity_type, d.entity_id, ${DELETED_AT} AS at FROM audit_entry d WHERE ${where.join(' AND ')} ORDER BY ${DELETED_AT}, d.id LIMIT ${limit}::int`;

/** How many audit entries (alias d) meet every condition of `where` (`n`). */
export const deletionCountSql = (where: readonly string[]): string => `SELECT count(*)::int AS n FROM audit_entry d WHERE ${where.join(' AND ')}`;
