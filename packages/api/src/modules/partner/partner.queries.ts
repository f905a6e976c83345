// The partner module's hand-written SQL; the services keep the logic and call these.

/** A row when a partner is named $1, case-insensitively. */
export const PARTNER_NAMED_SQL = `SELECT 1 FROM partner WHERE lower(name) = lower($1)`;

/** A row when a partner other than $2 (null: any) is named $1, case-insensitively. */
export const OTHER_PARTNER_NAMED_SQL = `SELECT 1 FROM partner WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2)`;

/** The zones partner $1 is active in (`zone_id`). */
export const PARTNER_ZONE_IDS_SQL = `SELECT zone_id FROM partner_zone WHERE partner_id = $1`;
