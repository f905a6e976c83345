// The export module's hand-written SQL; the services keep the logic and call these.

/** Plan $1 with its zone, texts and multi-year plan as the export writes them. */
export const EXPORT_PLAN_SQL = `SELECT p.year, p.status, p.zone_id, p.multi_year_plan_id,
            json_build_object('name', z.name, 'shortName', z.short_name, 'municipalities', z.municipalities, 'staffFte', z.staff_fte::float,
              'networkTimeShare', z.network_time_share) AS zone,
            json_build_object('introText', p.intro_text, 'targetGroupsText', p.target_groups_text, 'networkText', p.network_text,
              'proposedFromYear', p.texts_proposed_from_year) AS texts,
            (SELECT json_build_object('title', m.title, 'yearFrom', m.year_from, 'yearTo', m.year_to) FROM multi_year_plan m WHERE m.id = p.multi_year_plan_id) AS myp
     FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE p.id = $1`;

/** The strategic goals of multi-year plan $1 with their operational goals (indicators, deadline), in order. */
export const EXPORT_GOALS_SQL = `SELECT s.id, s.number, s.title, s.kind,
           coalesce((SELECT json_agg(json_build_object('id', o.id, 'number', o.number, 'title', o.title, 'indicators', o.indicators, 'deadline', o.deadline) ORDER BY o.position)
                     FROM operational_goal o WHERE o.strategic_goal_id = s.id), '[]') AS "operationalGoals"
         FROM strategic_goal s WHERE s.multi_year_plan_id = $1 ORDER BY s.position`;

/** The actions of plan $1 in plan order, every field the export writes (stakeholders, steps, evaluation, indicators, months, themes, owners) in one row each. */
export const EXPORT_ACTIONS_SQL = `SELECT a.id, a.number, a.title, a.operational_goal_id AS "operationalGoalId", a.strategic_goal_id AS "strategicGoalId",
       a.what, a.in_scope AS "inScope", a.out_of_scope AS "outOfScope", a.why, a.target_groups AS "targetGroups",
       a.lead_text AS "leadText", a.council_role AS "councilRole",
       array(SELECT pa.name FROM action_stakeholder s JOIN partner pa ON pa.id = s.partner_id WHERE s.action_id = a.id ORDER BY pa.name) || a.stakeholders_other AS stakeholders,
       coalesce((SELECT json_agg(json_build_object('text', s.text, 'month', s.month, 'date', s.date) ORDER BY s.position) FROM action_step s WHERE s.action_id = a.id), '[]') AS steps,
       json_build_object(
         'process', json_build_object('chosen', a.evaluation_process, 'text', a.evaluation_process_text),
         'output', json_build_object('chosen', a.evaluation_output, 'text', a.evaluation_output_text),
         'outcome', json_build_object('chosen', a.evaluation_outcome, 'text', a.evaluation_outcome_text)) AS evaluation,
       coalesce((SELECT json_agg(json_build_object('name', i.name, 'method', i.method, 'targetValue', i.target_value::float, 'targetUnit', i.target_unit, 'kind', i.kind) ORDER BY i.position)
                 FROM action_indicator i WHERE i.action_id = a.id), '[]') AS indicators,
       array(SELECT m.month FROM action_month m WHERE m.action_id = a.id ORDER BY m.month) AS months,
       a.start_date AS "startDate", a.end_date AS "endDate", a.funding, a.funding_remark AS "fundingRemark", a.carried_over AS "carriedOver",
       a.link_notes AS "linkNotes", a.communication_channels AS "communicationChannels",
       array(SELECT t.name FROM action_theme at JOIN theme t ON t.id = at.theme_id WHERE at.action_id = a.id ORDER BY t.name) AS themes,
       coalesce((SELECT json_agg(json_build_object('zone', z.name, 'role', o.role) ORDER BY o.created_at) FROM action_owner o JOIN zone z ON z.id = o.zone_id WHERE o.action_id = a.id), '[]') AS owners,
       a.progress_status AS "progressStatus", a.notes
     FROM action a WHERE a.action_plan_id = $1 ORDER BY a.position`;

/** Plan submission $1 with its plan's status, zone and year and the stored `bodyColumn` (s.docx or s.json) as `body`. */
export const submissionSql = (bodyColumn: string): string =>
  `SELECT p.status, p.zone_id, z.name AS zone, p.year, s.submitted_at, ${bodyColumn} AS body
           FROM plan_submission s JOIN action_plan p ON p.id = s.action_plan_id JOIN zone z ON z.id = p.zone_id WHERE s.id = $1`;

/** The plans of year $2 in the zones of region (slug) $1, by zone name. */
export const REGION_PLANS_SQL = `SELECT p.id, p.status, p.zone_id, z.slug AS zone_slug FROM action_plan p JOIN zone z ON z.id = p.zone_id JOIN region r ON r.id = z.region_id
          WHERE r.slug = $1 AND p.year = $2 ORDER BY z.name`;

/** A row when a region has slug $1. */
export const REGION_EXISTS_SQL = 'SELECT 1 FROM region WHERE slug = $1';
