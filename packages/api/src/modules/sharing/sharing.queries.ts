// The sharing module's hand-written SQL. Every shared item has an owner table `ownerTable(ownerColumn, zone_id, role)` (see subjects.ts).

/** The owner table of a kind of shared item. */
export interface OwnerTable {
  ownerTable: string;
  ownerColumn: string;
}

/** Removes owner zone $2 from item $1. */
export const deleteOwnerSql = (s: OwnerTable): string => `DELETE FROM ${s.ownerTable} WHERE ${s.ownerColumn} = $1 AND zone_id = $2`;

/** Adds owner zone $2 with role $3 to item $1. */
export const insertOwnerSql = (s: OwnerTable): string => `INSERT INTO ${s.ownerTable} (${s.ownerColumn}, zone_id, role) VALUES ($1, $2, $3)`;

/** A row when zone $1 exists. */
export const ZONE_EXISTS_SQL = `SELECT 1 FROM zone WHERE id = $1`;

/** The owner zones of item $1 with their roles, oldest first. */
export const ownersSql = (s: OwnerTable): string => `SELECT zone_id, role FROM ${s.ownerTable} WHERE ${s.ownerColumn} = $1 ORDER BY created_at, id`;

/** Gives owner zone $2 of item $1 role $3 (a new version). */
export const updateOwnerRoleSql = (s: OwnerTable): string => `UPDATE ${s.ownerTable} SET role = $3, version = version + 1, updated_at = now() WHERE ${s.ownerColumn} = $1 AND zone_id = $2`;
