// The plan module's hand-written SQL; the services keep the logic and call these.

/** How many operational goals (`ods`) and actions (`actions`) strategic goal $1 has. */
export const STRATEGIC_GOAL_USE_SQL = `SELECT (SELECT count(*) FROM operational_goal WHERE strategic_goal_id = $1)::int AS ods, (SELECT count(*) FROM action WHERE strategic_goal_id = $1)::int AS actions`;

/** How many actions operational goal $1 has (`actions`). */
export const OPERATIONAL_GOAL_USE_SQL = `SELECT count(*)::int AS actions FROM action WHERE operational_goal_id = $1`;

/** Gives the goals $1 of `table` a placeholder number ('#' and their place in $1), clear of the unique (parent, number) constraint. */
export const placeholderNumbersSql = (table: string): string => `UPDATE ${table} SET number = '#' || t.i FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, i) WHERE ${table}.id = t.id`;

/** Gives goal $1 of `table` number $2 and position $3 (a new version). */
export const renumberSql = (table: string): string => `UPDATE ${table} SET number = $2, position = $3, version = version + 1, updated_at = now() WHERE id = $1`;

/** The strategic goals of multi-year plan $1 in order, each with its operational goals' ids, numbers and titles (`ods`). */
export const GOAL_NUMBERS_SQL = `SELECT s.id, s.number, s.title, coalesce((SELECT json_agg(json_build_object('id', o.id, 'number', o.number, 'title', o.title) ORDER BY o.position, o.number) FROM operational_goal o WHERE o.strategic_goal_id = s.id), '[]') AS ods
         FROM strategic_goal s WHERE s.multi_year_plan_id = $1 ORDER BY s.position, s.number`;

/** A multi-year plan of zone $1 other than $4 (null: any) whose years overlap $2..$3. */
export const OVERLAPPING_PLAN_SQL = `SELECT year_from, year_to FROM multi_year_plan WHERE zone_id = $1 AND year_from <= $3 AND year_to >= $2 AND ($4::uuid IS NULL OR id <> $4) LIMIT 1`;

/** The first year of an action plan of multi-year plan $1 outside $2..$3. */
export const ACTION_PLAN_OUTSIDE_SQL = `SELECT year FROM action_plan WHERE multi_year_plan_id = $1 AND (year < $2 OR year > $3) ORDER BY year LIMIT 1`;

/** A row when a goal of `table` under parent $1 (through `parentColumn`), other than $3 (null: any), has number $2. */
export const sameNumberSql = (table: string, parentColumn: string): string => `SELECT 1 FROM ${table} WHERE ${parentColumn} = $1 AND number = $2 AND ($3::uuid IS NULL OR id <> $3)`;

/** The position after the last goal of `table` under parent $1 (`next`). */
export const nextPositionSql = (table: string, parentColumn: string): string => `SELECT coalesce(max(position) + 1, 0)::int AS next FROM ${table} WHERE ${parentColumn} = $1`;
