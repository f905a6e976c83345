// The action-plan module's hand-written SQL; the services keep the logic and call these.

/** The actions of plans $1, in plan order, with what the plan checks read (evaluation kinds, indicator and month counts, lead, goal). */
export const PLAN_CHECK_ACTIONS_SQL = `SELECT a.action_plan_id AS plan_id, a.id, a.title,
              a.evaluation_process AS "evaluationProcess", a.evaluation_output AS "evaluationOutput", a.evaluation_outcome AS "evaluationOutcome",
              (SELECT count(*) FROM action_indicator i WHERE i.action_id = a.id)::int AS "indicatorCount",
              (a.lead_text IS NOT NULL) AS "hasLead",
              (SELECT count(*) FROM action_month t WHERE t.action_id = a.id)::int AS "monthCount",
              (a.operational_goal_id IS NOT NULL OR a.strategic_goal_id IS NOT NULL) AS "hasGoal"
       FROM action a WHERE a.action_plan_id = ANY($1) ORDER BY a.position`;

/** From which year the texts of plans $1 were proposed. */
export const PLAN_TEXTS_FROM_SQL = `SELECT id, texts_proposed_from_year AS "textsProposedFromYear" FROM action_plan WHERE id = ANY($1)`;

/** Submission $1's plan JSON and plan. */
export const SUBMISSION_JSON_SQL = `SELECT json, action_plan_id FROM plan_submission WHERE id = $1`;

/** Plans $1 with what the follow-up figures read, in one statement: year, the zone's staff, each action (goal, days, status, end, months, indicators with their latest value) and the multi-year plan's goals. */
export const FOLLOW_UP_PLANS_SQL = `SELECT p.id, p.year, z.staff_fte::float AS fte,
       coalesce((SELECT json_agg(json_build_object(
           'operationalGoalId', a.operational_goal_id,
           'strategicGoalId', coalesce(a.strategic_goal_id, (SELECT g.strategic_goal_id FROM operational_goal g WHERE g.id = a.operational_goal_id)),
           'estimatedDays', a.estimated_days::float, 'progressStatus', a.progress_status, 'endDate', a.end_date,
           'months', array(SELECT m.month FROM action_month m WHERE m.action_id = a.id),
           'indicators', coalesce((SELECT json_agg(json_build_object('name', i.name, 'targetValue', i.target_value::float, 'unit', i.target_unit,
               'latestValue', (SELECT v.value::float FROM indicator_value v WHERE v.indicator_id = i.id ORDER BY v.measured_on DESC, v.created_at DESC LIMIT 1)) ORDER BY i.position)
             FROM action_indicator i WHERE i.action_id = a.id), '[]')) ORDER BY a.position)
         FROM action a WHERE a.action_plan_id = p.id), '[]') AS actions,
       coalesce((SELECT json_agg(json_build_object('id', s.id, 'number', s.number, 'title', s.title,
           'operationalGoals', coalesce((SELECT json_agg(json_build_object('id', o.id, 'number', o.number, 'title', o.title) ORDER BY o.position) FROM operational_goal o WHERE o.strategic_goal_id = s.id), '[]')) ORDER BY s.position)
         FROM strategic_goal s WHERE s.multi_year_plan_id = p.multi_year_plan_id), '[]') AS goals
     FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE p.id = ANY($1::uuid[])`;
