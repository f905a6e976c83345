// The collaboration module's hand-written SQL. Working groups and projects have the same tables,
// named after the kind: `<table>_owner(<table>_id, zone_id, role)`, `<table>_member`, `<table>_theme`.

export type SharedWorkTable = 'working_group' | 'project';

/** Adds owner zone $2 with role $3 to item $1. */
export const insertOwnerSql = (table: SharedWorkTable): string => `INSERT INTO ${table}_owner (${table}_id, zone_id, role) VALUES ($1, $2, $3)`;

/** Items (alias e) that zone :ownerZoneId owns or co-owns. */
export const ownedByZoneCondition = (table: SharedWorkTable): string => `EXISTS (SELECT 1 FROM ${table}_owner o WHERE o.${table}_id = e.id AND o.zone_id = :ownerZoneId)`;
