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

/** One audit record: $1 entity type, $2 id, $3 operation, $4 user, $5 API token, $6 actor's name, $7 fields, $8 before, $9 after (jsonb text). */
export const INSERT_AUDIT_SQL = `INSERT INTO audit_entry (entity_type, entity_id, operation, user_id, api_token_id, actor_name, fields, before, after)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`;
