// The import module's hand-written SQL; the services keep the logic and call these.

/** A row when a zone has short name $1 (case-insensitively) or slug $2. */
export const ZONE_NAME_TAKEN_SQL = 'SELECT 1 FROM zone WHERE lower(short_name) = lower($1) OR slug = $2';

/** Of the years $2, those zone $1 already has an action plan for. */
export const EXISTING_PLAN_YEARS_SQL = 'SELECT year FROM action_plan WHERE zone_id = $1 AND year = ANY($2) ORDER BY year';

/** Every partner's id and name (to match names in a plan file). */
export const PARTNER_NAMES_SQL = 'SELECT id, name FROM partner';

/** Every zone's id, name and short name (to match names in a plan file). */
export const ZONE_NAMES_SQL = 'SELECT id, name, short_name AS "shortName" FROM zone';

/** Every project's id. */
export const PROJECT_IDS_SQL = 'SELECT id FROM project';

/** A row when zone $1 has a multi-year plan overlapping the years $2..$3. */
export const OVERLAPPING_PLAN_SQL = 'SELECT 1 FROM multi_year_plan WHERE zone_id = $1 AND year_from <= $3 AND year_to >= $2';
