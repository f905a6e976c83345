// Everything an action sheet links to, read in one statement per request tick. graphql-js asks
// for the fields of every action of a list in the same tick; each relation asked (steps,
// owners, goals, ...) becomes a column of one query over those actions, its rows built as JSON
// by PostgreSQL. A whole plan or a page of 100 actions costs one statement for all of its
// relations instead of one per kind (eleven for a full sheet), and the rows are parsed by the
// JSON parser instead of row by row.
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { fromJson, jsonObjectSql } from '../../db/json-rows';
import { preparedQuery } from '../../db/fast-rows';
import type { Ownership } from '../../common/ownership';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { Partner } from '../partner/partner.entity';
import { OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import { Project } from '../project/project.entity';
import { Theme } from '../theme/theme.entity';
import { WorkingGroup } from '../working-group/working-group.entity';
import { Zone } from '../zone/zone.entity';
import { ActionIndicator, ActionMonth, ActionOwner, ActionReview, ActionStep } from './action.entity';

export interface ActionLeadRows {
  zone: Zone | null;
  partner: Partner | null;
  workingGroup: WorkingGroup | null;
}

export interface ActionRelations {
  /** The plan, when the caller may see it (a draft plan only for its zone's members). */
  actionPlan: ActionPlan | null;
  operationalGoal: OperationalGoal | null;
  strategicGoal: StrategicGoal | null;
  lead: ActionLeadRows;
  owners: Ownership[];
  stakeholderPartners: Partner[];
  steps: ActionStep[];
  indicators: ActionIndicator[];
  timeline: ActionMonth[];
  reviews: ActionReview[];
  themes: Theme[];
  workingGroups: WorkingGroup[];
  projects: Project[];
}

export type ActionRelationKind = keyof ActionRelations;

/** Rows other loaders may ask for next (an owner's zone, a lead's partner): handed to them. */
export type Prime = (entity: EntityTarget<ObjectLiteral> & { name: string }, row: ObjectLiteral & { id: string }) => void;

/** What a relation's SQL may depend on besides the actions: the caller's plan visibility. */
interface Scope {
  /** An SQL condition on the plan aliased `alias` that the caller may see it. */
  plan: (alias: string) => string;
}

interface Relation<V> {
  /** An SQL expression over the action `x` giving the relation as JSON (a row or two per action). */
  sql?: (db: DataSource, scope: Scope) => string;
  /**
   * Or, for lists, a derived table (`k` the action id, `v` its JSON array) over the actions in
   * `ids` (an SQL parameter): one scan and grouping for all actions rather than a lookup and a
   * sort for each.
   */
  grouped?: (db: DataSource, ids: string) => string;
  read: (db: DataSource, json: unknown, prime: Prime) => V;
}

const meta = (db: DataSource, entity: EntityTarget<ObjectLiteral>): EntityMetadata => db.getMetadata(entity);

/** A JSON array of `entity` rows (alias `r`) from `from … where …`, in `order`. */
/** A JSON array of `entity` rows (alias `r`) from `from`, whose `key` column holds the action id, in `order`. */
function list<T>(entity: EntityTarget<T & ObjectLiteral>, from: string, key: string, order: string): Relation<T[]> {
  return {
    grouped: (db, ids) => `SELECT ${key} AS k, json_agg(${jsonObjectSql(meta(db, entity), 'r')} ORDER BY ${order}) AS v FROM ${from} WHERE ${key} = ANY(${ids}::uuid[]) GROUP BY ${key}`,
    read: (db, json) => ((json ?? []) as Record<string, unknown>[]).map((row) => fromJson<T>(meta(db, entity), row)!),
  };
}

/** Child rows of the action (`table.action_id`), ordered by `column` then id. */
const children = <T>(entity: EntityTarget<T & ObjectLiteral>, table: string, column: string) => list(entity, `${table} r`, 'r.action_id', `r.${column}, r.id`);

/** Rows linked through a join table (`join.action_id`, `join.<target>_id`), by name then id. */
const linked = <T>(entity: EntityTarget<T & ObjectLiteral>, join: string, table: string) =>
  list(entity, `${join} j JOIN ${table} r ON r.id = j.${table}_id`, 'j.action_id', 'r.name, r.id');

/** One row of `entity` (alias `r`) found by `from … where …`, or null. */
function one<T>(entity: EntityTarget<T & ObjectLiteral>, from: string, where: string): Relation<T | null> {
  return {
    sql: (db) => `(SELECT ${jsonObjectSql(meta(db, entity), 'r')} FROM ${from} WHERE ${where})`,
    read: (db, json) => fromJson<T>(meta(db, entity), json as Record<string, unknown> | null),
  };
}

/** What the statement gives per kind: owners come as rows and get their zones afterwards. */
type Read<K extends ActionRelationKind> = K extends 'owners' ? ActionOwner[] : ActionRelations[K];

const RELATIONS: { [K in ActionRelationKind]: Relation<Read<K>> } = {
  actionPlan: {
    sql: (db, scope) => `(SELECT ${jsonObjectSql(meta(db, ActionPlan), 'r')} FROM action_plan r WHERE r.id = x.action_plan_id AND ${scope.plan('r')})`,
    read: (db, json, prime) => {
      const plan = fromJson<ActionPlan>(meta(db, ActionPlan), json as Record<string, unknown> | null);
      if (plan) prime(ActionPlan, plan);
      return plan;
    },
  },
  operationalGoal: one(OperationalGoal, 'operational_goal r', 'r.id = x.operational_goal_id'),
  strategicGoal: one(StrategicGoal, 'strategic_goal r', 'r.id = coalesce(x.strategic_goal_id, (SELECT g.strategic_goal_id FROM operational_goal g WHERE g.id = x.operational_goal_id))'),
  lead: {
    sql: (db) =>
      `json_build_object('zone', (SELECT ${jsonObjectSql(meta(db, Zone), 'r')} FROM zone r WHERE r.id = x.lead_zone_id),` +
      ` 'partner', (SELECT ${jsonObjectSql(meta(db, Partner), 'r')} FROM partner r WHERE r.id = x.lead_partner_id),` +
      ` 'workingGroup', (SELECT ${jsonObjectSql(meta(db, WorkingGroup), 'r')} FROM working_group r WHERE r.id = x.lead_working_group_id))`,
    read: (db, json, prime) => {
      const j = json as Record<'zone' | 'partner' | 'workingGroup', Record<string, unknown> | null>;
      const lead = { zone: fromJson<Zone>(meta(db, Zone), j.zone), partner: fromJson<Partner>(meta(db, Partner), j.partner), workingGroup: fromJson<WorkingGroup>(meta(db, WorkingGroup), j.workingGroup) };
      if (lead.zone) prime(Zone, lead.zone);
      if (lead.partner) prime(Partner, lead.partner);
      if (lead.workingGroup) prime(WorkingGroup, lead.workingGroup);
      return lead;
    },
  },
  // Owner rows; their zones (a few dozen at most, with long texts) come once in the same
  // statement, not copied into every owner row (see loadActionRelations).
  owners: children(ActionOwner, 'action_owner', 'created_at'),
  stakeholderPartners: linked(Partner, 'action_stakeholder', 'partner'),
  steps: children(ActionStep, 'action_step', 'position'),
  indicators: children(ActionIndicator, 'action_indicator', 'position'),
  timeline: children(ActionMonth, 'action_month', 'month'),
  reviews: children(ActionReview, 'action_review', 'reviewed_on'),
  themes: linked(Theme, 'action_theme', 'theme'),
  workingGroups: linked(WorkingGroup, 'action_working_group', 'working_group'),
  projects: linked(Project, 'action_project', 'project'),
};

const KEY_SEPARATOR = '|';

export const actionRelationKey = (kind: ActionRelationKind, actionId: string) => `${kind}${KEY_SEPARATOR}${actionId}`;

/**
 * The batch behind `Loaders.actionRelation`: keys are `kind|actionId`. One statement; a relation
 * asked for only some of the actions is computed for those only.
 */
export async function loadActionRelations(db: DataSource, keys: readonly string[], prime: Prime, draftZoneIds: string[] | null): Promise<unknown[]> {
  const idsByKind = new Map<ActionRelationKind, Set<string>>();
  const all = new Set<string>();
  for (const key of keys) {
    const at = key.indexOf(KEY_SEPARATOR);
    const kind = key.slice(0, at) as ActionRelationKind;
    const id = key.slice(at + 1);
    if (!idsByKind.has(kind)) idsByKind.set(kind, new Set());
    idsByKind.get(kind)!.add(id);
    all.add(id);
  }
  const kinds = [...idsByKind.keys()];
  const parameters: unknown[] = [[...all]];
  const joins: string[] = [];
  const paramOf = new Map<ActionRelationKind, string>();
  // The same rule as scopeActionPlans (auth/visibility.ts), for the plan of each action.
  let draftZones: string | null = null;
  const scope: Scope = {
    plan: (alias) => (draftZoneIds === null ? 'TRUE' : `(${alias}.status <> 'DRAFT' OR ${alias}.zone_id = ANY(${(draftZones ??= `$${parameters.push(draftZoneIds)}`)}::uuid[]))`),
  };
  const columns = kinds.map((kind, i) => {
    const ids = idsByKind.get(kind)!;
    const relation: Relation<unknown> = RELATIONS[kind];
    // The actions this kind is asked for: all of them ($1), or its own list.
    const param = ids.size === all.size ? '$1' : `$${parameters.push([...ids])}`;
    paramOf.set(kind, param);
    if (relation.grouped) {
      joins.push(`LEFT JOIN (${relation.grouped(db, param)}) c${i} ON c${i}.k = x.id`);
      return `c${i}.v AS c${i}`;
    }
    const expression = relation.sql!(db, scope);
    return param === '$1' ? `${expression} AS c${i}` : `CASE WHEN x.id = ANY(${param}::uuid[]) THEN ${expression} END AS c${i}`;
  });
  // The zones of the owners and of the plans, each once, in the first row only (the subquery
  // runs once: it does not depend on the row).
  const zoneSources = [
    ...(paramOf.has('owners') ? [`SELECT o.zone_id FROM action_owner o WHERE o.action_id = ANY(${paramOf.get('owners')}::uuid[])`] : []),
    ...(paramOf.has('actionPlan') ? [`SELECT p.zone_id FROM action a JOIN action_plan p ON p.id = a.action_plan_id WHERE a.id = ANY(${paramOf.get('actionPlan')}::uuid[])`] : []),
  ];
  if (zoneSources.length) {
    columns.push(
      `CASE WHEN row_number() OVER () = 1 THEN (SELECT json_agg(${jsonObjectSql(meta(db, Zone), 'z')}) FROM zone z WHERE z.id IN (${zoneSources.join(' UNION ')})) END AS zones`,
    );
  }
  const rows = await preparedQuery(db, `SELECT x.id, ${columns.join(', ')} FROM action x ${joins.join(' ')} WHERE x.id = ANY($1::uuid[])`, parameters);
  const values = new Map<string, unknown>();
  for (const row of rows) {
    kinds.forEach((kind, i) => {
      if (idsByKind.get(kind)!.has(row.id as string)) values.set(actionRelationKey(kind, row.id as string), RELATIONS[kind].read(db, row[`c${i}`], prime));
    });
  }
  if (zoneSources.length) withZones(values, db, rows.find((r) => r.zones)?.zones as Record<string, unknown>[] | undefined, prime);
  // An action that is gone (deleted in this request) has no relations.
  return keys.map((key) => (values.has(key) ? values.get(key) : emptyOf(key.slice(0, key.indexOf(KEY_SEPARATOR)) as ActionRelationKind)));
}

/** Hands the zones to the other loaders and turns the owner rows among `values` into ownerships. */
function withZones(values: Map<string, unknown>, db: DataSource, zoneRows: Record<string, unknown>[] = [], prime: Prime): void {
  const zones = new Map<string, Zone>();
  for (const json of zoneRows) {
    const zone = fromJson<Zone>(meta(db, Zone), json)!;
    zones.set(zone.id, zone);
    prime(Zone, zone);
  }
  const owners = [...values].filter(([key]) => key.startsWith(`owners${KEY_SEPARATOR}`)) as [string, ActionOwner[]][];
  for (const [key, rows] of owners) {
    const ownerships: Ownership[] = rows.flatMap((r) => {
      const zone = zones.get(r.zoneId);
      return zone ? [{ zone, role: r.role, since: r.createdAt }] : [];
    });
    values.set(key, ownerships);
  }
}

function emptyOf(kind: ActionRelationKind): unknown {
  if (kind === 'operationalGoal' || kind === 'strategicGoal' || kind === 'actionPlan') return null;
  if (kind === 'lead') return { zone: null, partner: null, workingGroup: null };
  return [];
}

/** The relation kinds among a set of selected GraphQL field names of Action (they share names). */
export function relationKindsOf(fields: Set<string>): ActionRelationKind[] {
  return (Object.keys(RELATIONS) as ActionRelationKind[]).filter((kind) => fields.has(kind));
}
