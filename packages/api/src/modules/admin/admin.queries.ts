// The admin module's hand-written SQL; the services keep the logic and call these.

/** User $1's zone memberships as `slug: ROLE` (`z`), sorted. */
export const USER_ZONE_ROLES_SQL = `SELECT z.slug || ': ' || m.role AS z FROM zone_membership m JOIN zone z ON z.id = m.zone_id WHERE m.user_id = $1 ORDER BY 1`;

/** The slugs of the regions user $1 coaches (`r`), sorted. */
export const USER_COACH_REGIONS_SQL = `SELECT r.slug AS r FROM coach_region c JOIN region r ON r.id = c.region_id WHERE c.user_id = $1 ORDER BY 1`;

/** Signs user $1 out everywhere. */
export const DELETE_SESSIONS_SQL = `DELETE FROM session WHERE user_id = $1`;

/** Revokes user $1's API tokens that are still valid. */
export const REVOKE_API_TOKENS_SQL = `UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`;

/** Gives user $1 role $3 in zone $2 (a new version only when the role changes). */
export const UPSERT_MEMBERSHIP_SQL = `INSERT INTO zone_membership (user_id, zone_id, role) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, zone_id) DO UPDATE SET role = EXCLUDED.role, version = zone_membership.version + 1, updated_at = now()
           WHERE zone_membership.role <> EXCLUDED.role`;

/** Removes user $1 from zone $2. */
export const DELETE_MEMBERSHIP_SQL = `DELETE FROM zone_membership WHERE user_id = $1 AND zone_id = $2`;

/** Makes user $1 a coach of region $2 (once). */
export const INSERT_COACH_REGION_SQL = `INSERT INTO coach_region (user_id, region_id) VALUES ($1, $2) ON CONFLICT (user_id, region_id) DO NOTHING`;

/** User $1 no longer coaches region $2. */
export const DELETE_COACH_REGION_SQL = `DELETE FROM coach_region WHERE user_id = $1 AND region_id = $2`;

/** A row when a user other than $2 (null: any) has e-mail address $1, case-insensitively. */
export const OTHER_USER_WITH_EMAIL_SQL = `SELECT 1 FROM app_user WHERE lower(email) = lower($1) AND ($2::uuid IS NULL OR id <> $2)`;

/** A row when a zone has `column` equal to $1, case-insensitively. */
export const zoneWithSameSql = (column: string): string => `SELECT 1 FROM zone WHERE lower(${column}) = lower($1)`;
