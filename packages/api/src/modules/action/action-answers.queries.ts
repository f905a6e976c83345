// SQL forms of the action sheet's fields with resolvers, for answers PostgreSQL builds
// (graphql/sql-answers.ts): the same rows, in the same order, as the relation loaders read
// (action-relations.ts) and the resolvers hand out. Each form is a JSON-valued expression over the
// row `s.row`; `s.object(alias)` is the JSON of what the query selects of the field's type.
import { isoSql, rowById, type FieldScope, type FieldSql, type FinishedField, type SqlAnswerSpec } from '../../graphql/sql-answers';
import type { Context } from '../auth/context';
import { VisibilitySql } from '../auth/visibility';

type Scope = FieldScope<Context>;
type Form = FieldSql<Context>;

/** One row of `table` whose id is the expression `key` over the row (or null). */
const one = (table: string, key: (row: string) => string): Form => rowById<Context>(table, key);

/** Child rows of the row (`table.<parent>` holds its id), as a JSON array in `order` (then id), or the reverse. */
const children =
  (table: string, parent: string, order: string, direction: 'ASC' | 'DESC' = 'ASC'): Form =>
  (s) => {
    const r = s.alias('r');
    return `coalesce((SELECT json_agg(${s.object(r)} ORDER BY ${r}.${order} ${direction}, ${r}.id ${direction}) FROM ${table} ${r} WHERE ${r}.${parent} = ${s.row}.id), '[]')`;
  };

/** Rows linked to the action through a join table (`join.action_id`, `join.<table>_id`), by name then id. */
const linked =
  (join: string, table: string): Form =>
  (s) => {
    const [j, r] = [s.alias('j'), s.alias('r')];
    return `coalesce((SELECT json_agg(${s.object(r)} ORDER BY ${r}.name, ${r}.id) FROM ${join} ${j} JOIN ${table} ${r} ON ${r}.id = ${j}.${table}_id WHERE ${j}.action_id = ${s.row}.id), '[]')`;
  };

/** A section built from columns of the same row: its fields are read from `columns` (field → column). */
const section =
  (columns: Record<string, string>): Form =>
  (s) => {
    const e = s.alias('e');
    const list = Object.entries(columns).map(([field, column]) => `${s.row}.${column} AS "${field}"`);
    return `(SELECT ${s.object(e)} FROM (SELECT ${list.join(', ')}) ${e})`;
  };

/** A field read from a column of the row under the field's own name (built by `section`). */
const own =
  (field: string): Form =>
  (s) =>
    `${s.row}."${field}"`;

/** The timeline's material: the action's months and its steps with a milestone month (finished by the shared milestone rule). */
const timelineMaterial: Form = (s) => {
  const [m, st] = [s.alias('m'), s.alias('s')];
  return (
    `json_build_object('months', coalesce((SELECT json_agg(json_build_object('id', ${m}.id, 'month', ${m}.month) ORDER BY ${m}.month, ${m}.id) FROM action_month ${m} WHERE ${m}.action_id = ${s.row}.id), '[]'),` +
    ` 'steps', coalesce((SELECT json_agg(json_build_object('text', ${st}.text, 'month', ${st}.month) ORDER BY ${st}.position) FROM action_step ${st} WHERE ${st}.action_id = ${s.row}.id AND ${st}.month IS NOT NULL), '[]'))`
  );
};

/** The plan of the action, when the caller may see it (auth/visibility.ts). */
const visiblePlan: Form = (s) => {
  const p = s.alias('p');
  const visibility = new VisibilitySql(s.context.viewer, (value) => s.params.add(value));
  return `(SELECT ${s.object(p)} FROM action_plan ${p} WHERE ${p}.id = ${s.row}.action_plan_id AND ${visibility.plan(p)})`;
};

/** The actions of a plan, in plan order. */
const planActions: Form = (s) => {
  const a = s.alias('a');
  return `coalesce((SELECT json_agg(${s.object(a)} ORDER BY ${a}.position, ${a}.id) FROM action ${a} WHERE ${a}.action_plan_id = ${s.row}.id), '[]')`;
};

/** One plan by id, answered as JSON. */
export const actionPlanAnswerSql = (object: string, row: string, id: string): string => `SELECT ${object}::text AS json FROM action_plan ${row} WHERE ${row}.id = ${id}`;

/** The timeline's months with their milestones, from the material above. */
export function timelineOf(fields: readonly string[], finish: FinishedField<Context>['finish']): FinishedField<Context> {
  return { sql: timelineMaterial, fields, finish };
}

/** SQL forms of the fields with resolvers that a plan or a page of actions selects (see graphql/sql-answers.ts). */
export const ACTION_FIELD_FORMS: NonNullable<SqlAnswerSpec<Context>['fields']> = {
  Action: {
    actionPlan: visiblePlan,
    operationalGoal: one('operational_goal', (row) => `${row}.operational_goal_id`),
    strategicGoal: one('strategic_goal', (row) => `coalesce(${row}.strategic_goal_id, (SELECT g.strategic_goal_id FROM operational_goal g WHERE g.id = ${row}.operational_goal_id))`),
    // The lead's fields read the action's own columns (ActionLead below).
    lead: (s: Scope) => `CASE WHEN ${s.row}.lead_text IS NULL THEN NULL ELSE ${s.object(s.row)} END`,
    owners: children('action_owner', 'action_id', 'created_at'),
    stakeholderPartners: linked('action_stakeholder', 'partner'),
    steps: children('action_step', 'action_id', 'position'),
    evaluation: (s: Scope) => s.object(s.row),
    indicators: children('action_indicator', 'action_id', 'position'),
    // Newest first.
    reviews: children('action_review', 'action_id', 'reviewed_on', 'DESC'),
    themes: linked('action_theme', 'theme'),
    workingGroups: linked('action_working_group', 'working_group'),
    projects: linked('action_project', 'project'),
  },
  ActionLead: {
    text: (s) => `${s.row}.lead_text`,
    zone: one('zone', (row) => `${row}.lead_zone_id`),
    partner: one('partner', (row) => `${row}.lead_partner_id`),
    workingGroup: one('working_group', (row) => `${row}.lead_working_group_id`),
  },
  ActionEvaluation: {
    process: section({ chosen: 'evaluation_process', text: 'evaluation_process_text' }),
    output: section({ chosen: 'evaluation_output', text: 'evaluation_output_text' }),
    outcome: section({ chosen: 'evaluation_outcome', text: 'evaluation_outcome_text' }),
  },
  EvaluationPart: { chosen: own('chosen'), text: own('text') },
  // An owner row of any shared item (action_owner, working_group_owner, project_owner).
  Ownership: {
    role: (s) => `${s.row}.role`,
    since: (s) => isoSql(`${s.row}.created_at`),
    zone: one('zone', (row) => `${row}.zone_id`),
  },
  ActionPlan: {
    zone: one('zone', (row) => `${row}.zone_id`),
    multiYearPlan: one('multi_year_plan', (row) => `${row}.multi_year_plan_id`),
    actions: planActions,
  },
};
