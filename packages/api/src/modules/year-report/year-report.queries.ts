// The year-report module's hand-written SQL; the services keep the logic and call these.

/** The actions of plans $1 that pass the visibility condition `visible` (aliases a, p), in plan order, with their themes, indicators (the latest value measured in the plan year) and reviews. */
export const reportActionsSql = (visible: string): string =>
  `SELECT a.id, a.action_plan_id, p.zone_id, a.number, a.title, a.progress_status, a.operational_goal_id, a.strategic_goal_id,
       array(SELECT t.theme_id FROM action_theme t WHERE t.action_id = a.id) AS theme_ids,
       coalesce((SELECT json_agg(json_build_object('name', i.name, 'kind', i.kind, 'unit', i.target_unit, 'target', i.target_value::float,
                  'measured', lv.value::float, 'measuredOn', lv.measured_on) ORDER BY i.position)
                 FROM action_indicator i
                 LEFT JOIN LATERAL (SELECT v.value, v.measured_on FROM indicator_value v
                                    WHERE v.indicator_id = i.id AND v.measured_on BETWEEN make_date(p.year, 1, 1) AND make_date(p.year, 12, 31)
                                    ORDER BY v.measured_on DESC, v.created_at DESC LIMIT 1) lv ON TRUE
                 WHERE i.action_id = a.id), '[]') AS indicators,
       coalesce((SELECT json_agg(json_build_object('quarter', r.quarter, 'reviewedOn', r.reviewed_on, 'status', r.status, 'note', r.note)
                   ORDER BY r.quarter NULLS LAST, r.reviewed_on, r.created_at)
                 FROM action_review r WHERE r.action_id = a.id), '[]') AS reviews
     FROM action a JOIN action_plan p ON p.id = a.action_plan_id
     WHERE a.action_plan_id = ANY($1) AND ${visible}
     ORDER BY a.position`;

/** Zone $1's name. */
export const ZONE_NAME_SQL = `SELECT name FROM zone WHERE id = $1`;

/** The strategic goals of multi-year plan $1 with their operational goals, in order. */
export const GOALS_SQL = `SELECT s.id, s.number, s.title,
           coalesce((SELECT json_agg(json_build_object('id', o.id, 'number', o.number, 'title', o.title) ORDER BY o.position)
                     FROM operational_goal o WHERE o.strategic_goal_id = s.id), '[]') AS "operationalGoals"
         FROM strategic_goal s WHERE s.multi_year_plan_id = $1 ORDER BY s.position`;

/** Year report submission $1 with its plan's status, zone and year and the stored `bodyColumn` (s.docx or s.json) as `body`. */
export const submissionSql = (bodyColumn: string): string =>
  `SELECT p.status, p.zone_id, z.name AS zone, p.year, s.submitted_at, ${bodyColumn} AS body
           FROM year_report_submission s JOIN year_report r ON r.id = s.year_report_id JOIN action_plan p ON p.id = r.action_plan_id JOIN zone z ON z.id = p.zone_id
          WHERE s.id = $1`;

/** Year report $1's narratives. */
export const NARRATIVES_SQL = `SELECT narratives FROM year_report WHERE id = $1`;

/** Year report submission $1's JSON. */
export const SUBMISSION_JSON_SQL = `SELECT json FROM year_report_submission WHERE id = $1`;

/** A row when strategic goal $1 belongs to multi-year plan $2. */
export const GOAL_IN_PLAN_SQL = `SELECT 1 FROM strategic_goal WHERE id = $1 AND multi_year_plan_id = $2`;

/** The zones of region $1 by name, with their plan for year $2 and its year report's status (null when none). */
export const REGION_REPORTS_SQL = `SELECT z.id, z.name, z.slug, p.id AS plan_id, p.status AS plan_status, r.status AS report_status
         FROM zone z LEFT JOIN action_plan p ON p.zone_id = z.id AND p.year = $2 LEFT JOIN year_report r ON r.action_plan_id = p.id
        WHERE z.region_id = $1 ORDER BY z.name`;

/** Themes $1 by name. */
export const THEME_NAMES_SQL = `SELECT id, name FROM theme WHERE id = ANY($1) ORDER BY name`;

/** Plan $1's year report (once). */
export const INSERT_YEAR_REPORT_SQL = `INSERT INTO year_report (action_plan_id) VALUES ($1) ON CONFLICT (action_plan_id) DO NOTHING`;

/** The id of plan $1's year report. */
export const PLAN_YEAR_REPORT_SQL = `SELECT id FROM year_report WHERE action_plan_id = $1`;
