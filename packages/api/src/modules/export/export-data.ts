// Everything an export needs of one plan, loaded in a fixed handful of statements.
import type { DataSource } from 'typeorm';
import { actionNumbers, timelineMilestones, type EvaluationKind, type FundingKind, type GoalKind, type OwnerRole, type PlanStatus, type ProgressStatus } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { fromGlobalId } from '../../common/global-id';
import type { Viewer } from '../auth/viewer';

export interface ExportAction {
  id: string;
  number: string | null;
  title: string;
  operationalGoalId: string | null;
  strategicGoalId: string | null;
  what: string | null;
  inScope: string[];
  outOfScope: string[];
  why: string | null;
  targetGroups: string[];
  leadText: string | null;
  councilRole: string | null;
  stakeholders: string[];
  steps: { text: string; month: number | null; date: string | null }[];
  evaluation: Record<'process' | 'output' | 'outcome', { chosen: boolean; text: string | null }>;
  indicators: { name: string; method: string | null; targetValue: number | null; targetUnit: string | null; kind: EvaluationKind }[];
  months: { month: number; milestone: string | null }[];
  startDate: string | null;
  endDate: string | null;
  funding: FundingKind;
  fundingRemark: string | null;
  carriedOver: boolean;
  linkNotes: string[];
  communicationChannels: string[];
  themes: string[];
  owners: { zone: string; role: OwnerRole }[];
  progressStatus: ProgressStatus;
  notes: string | null;
}

export interface ExportPlan {
  zone: { name: string; shortName: string; municipalities: string[]; staffFte: number | null; networkTimeShare: string | null };
  year: number;
  /**
   * The plan's own general texts; `proposedFromYear` when they are still the proposal copied from
   * that year's plan, not yet edited or confirmed for this one.
   */
  texts: { introText: string | null; targetGroupsText: string | null; networkText: string | null; proposedFromYear: number | null };
  status: PlanStatus;
  multiYearPlan: { title: string; yearFrom: number; yearTo: number } | null;
  strategicGoals: {
    id: string;
    number: string;
    title: string;
    kind: GoalKind;
    operationalGoals: { id: string; number: string; title: string; indicators: string[]; deadline: string | null }[];
  }[];
  actions: ExportAction[];
}

/** `db` may be a transaction's manager (a submission keeps what that transaction sees). */
export async function loadExportPlan(db: Pick<DataSource, 'query'>, viewer: Viewer, planGlobalId: string): Promise<ExportPlan> {
  viewer.requireSignedIn();
  const planId = fromGlobalId(planGlobalId, 'ActionPlan').id;
  const [plan] = await db.query(
    `SELECT p.year, p.status, p.zone_id, p.multi_year_plan_id,
            json_build_object('name', z.name, 'shortName', z.short_name, 'municipalities', z.municipalities, 'staffFte', z.staff_fte::float,
              'networkTimeShare', z.network_time_share) AS zone,
            json_build_object('introText', p.intro_text, 'targetGroupsText', p.target_groups_text, 'networkText', p.network_text,
              'proposedFromYear', p.texts_proposed_from_year) AS texts,
            (SELECT json_build_object('title', m.title, 'yearFrom', m.year_from, 'yearTo', m.year_to) FROM multi_year_plan m WHERE m.id = p.multi_year_plan_id) AS myp
     FROM action_plan p JOIN zone z ON z.id = p.zone_id WHERE p.id = $1`,
    [planId],
  );
  if (!plan || !viewer.canSeePlan({ status: plan.status, zoneId: plan.zone_id })) throw new AppError('NOT_FOUND', 'Dit actieplan bestaat niet (meer).');
  const goals = plan.multi_year_plan_id
    ? await db.query(
        `SELECT s.id, s.number, s.title, s.kind,
           coalesce((SELECT json_agg(json_build_object('id', o.id, 'number', o.number, 'title', o.title, 'indicators', o.indicators, 'deadline', o.deadline) ORDER BY o.position)
                     FROM operational_goal o WHERE o.strategic_goal_id = s.id), '[]') AS "operationalGoals"
         FROM strategic_goal s WHERE s.multi_year_plan_id = $1 ORDER BY s.position`,
        [plan.multi_year_plan_id],
      )
    : [];
  const actions: ExportAction[] = await db.query(
    `SELECT a.id, a.number, a.title, a.operational_goal_id AS "operationalGoalId", a.strategic_goal_id AS "strategicGoalId",
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
     FROM action a WHERE a.action_plan_id = $1 ORDER BY a.position`,
    [planId],
  );
  // An action without a number gets the one its place under its goal gives it (shared action-numbers.ts),
  // in every format alike: the Word heading "Actie 1.2.3", the timeline's column, the JSON.
  const numbers = actionNumbers(
    (goals as ExportPlan['strategicGoals']).flatMap((sd) => sd.operationalGoals),
    actions,
  );
  return {
    zone: plan.zone,
    year: plan.year,
    texts: plan.texts,
    status: plan.status,
    multiYearPlan: plan.myp,
    strategicGoals: goals,
    // The timeline's milestones are the steps' milestones (packages/shared milestones.ts).
    actions: actions.map((a) => ({
      ...a,
      number: numbers.get(a.id) ?? null,
      months: timelineMilestones(a.months as unknown as number[], a.steps).map(({ month, milestone }) => ({ month, milestone })),
      startDate: isoDate(a.startDate),
      endDate: isoDate(a.endDate),
    })),
  };
}

function isoDate(value: unknown): string | null {
  if (!value) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** Actions grouped the way the template prints them: per SD, per OD, then those without a goal. */
export function groupActions(plan: ExportPlan) {
  const used = new Set<string>();
  const sds = plan.strategicGoals.map((sd) => {
    const ods = sd.operationalGoals.map((od) => {
      const actions = plan.actions.filter((a) => a.operationalGoalId === od.id);
      actions.forEach((a) => used.add(a.id));
      return { ...od, actions };
    });
    const direct = plan.actions.filter((a) => !a.operationalGoalId && a.strategicGoalId === sd.id);
    direct.forEach((a) => used.add(a.id));
    return { ...sd, operationalGoals: ods, actions: direct };
  });
  return { strategicGoals: sds, withoutGoal: plan.actions.filter((a) => !used.has(a.id)) };
}
