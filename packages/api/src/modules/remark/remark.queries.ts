// The remark module's hand-written SQL; the services keep the logic and call these.

/** The plan of action $1 (`id`). */
export const ACTION_PLAN_ID_SQL = `SELECT action_plan_id AS id FROM action WHERE id = $1`;

/** A row when action $1 belongs to plan $2. */
export const ACTION_IN_PLAN_SQL = `SELECT 1 FROM action WHERE id = $1 AND action_plan_id = $2`;
