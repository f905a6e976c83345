// Everything an action sheet links to, read in one statement per request tick. graphql-js asks
// for the fields of every action of a list in the same tick; each relation asked (steps,
// owners, goals, ...) becomes a column of one query over those actions, its rows built as JSON
// by PostgreSQL. A whole plan or a page of 100 actions costs one statement for all of its
// relations instead of one per kind (eleven for a full sheet), and the rows are parsed by the
// JSON parser instead of row by row.
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { timelineMilestones, type MilestoneStep } from '@kruispunt/shared';
import { fromJson, jsonObjectSql, preparedQuery } from '../../db/reader';
import type { Ownership } from '../collaboration/ownership';
import type { Viewer } from '../auth/viewer';
import { positional, VisibilitySql } from '../auth/visibility';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { Partner } from '../partner/partner.entity';
import { OperationalGoal, StrategicGoal } from '../plan/plan.entity';
import { Project } from '../collaboration/project.entity';
import { Theme } from '../theme/theme.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { Zone } from '../zone/zone.entity';
import { ActionIndicator, ActionMonth, ActionOwner, ActionReview, ActionStep } from './action.entity';
import { groupedRowsSql, oneRowSql, ownerZonesSql, PLAN_ZONES_SQL, relationsSql, timelineSql, withZonesSql } from './action.queries';

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
  sql?: (db: DataSource, scope: Scope, only?: string[]) => string;
  /**
   * Or, for lists, a derived table (`k` the action id, `v` its JSON array) over the actions in
   * `ids` (an SQL parameter): one scan and grouping for all actions rather than a lookup and a
   * sort for each.
   */
  grouped?: (db: DataSource, ids: string, only?: string[]) => string;
  /** A LEFT JOIN onto the action `x` that `sql` reads from (a lookup per action costs more). */
  join?: (scope: Scope) => string;
  /** The entity whose columns a query may narrow to those it asks for (see `relationColumns`). */
  projectable?: EntityTarget<ObjectLiteral>;
  read: (db: DataSource, json: unknown, prime: Prime) => V;
}

const meta = (db: DataSource, entity: EntityTarget<ObjectLiteral>): EntityMetadata => db.getMetadata(entity);

/** A JSON array of `entity` rows (alias `r`) from `from`, whose `key` column holds the action id, in `order`. */
function list<T>(entity: EntityTarget<T & ObjectLiteral>, from: string, key: string, order: string, fixed?: string[]): Relation<T[]> {
  return {
    projectable: fixed ? undefined : entity,
    grouped: (db, ids, only) => groupedRowsSql(jsonObjectSql(meta(db, entity), 'r', fixed ?? only), from, key, order, ids),
    read: (db, json) => ((json ?? []) as Record<string, unknown>[]).map((row) => fromJson<T>(meta(db, entity), row)!),
  };
}

/** Child rows of the action (`table.action_id`), ordered by `column` then id. */
const children = <T>(entity: EntityTarget<T & ObjectLiteral>, table: string, column: string, fixed?: string[]) => list(entity, `${table} r`, 'r.action_id', `r.${column}, r.id`, fixed);

/** Rows linked through a join table (`join.action_id`, `join.<target>_id`), by name then id. */
const linked = <T>(entity: EntityTarget<T & ObjectLiteral>, join: string, table: string) => list(entity, `${join} j JOIN ${table} r ON r.id = j.${table}_id`, 'j.action_id', 'r.name, r.id');

/** One row of `entity` (alias `r`) found by `from … where …`, or null. */
function one<T>(entity: EntityTarget<T & ObjectLiteral>, from: string, where: string): Relation<T | null> {
  return {
    projectable: entity,
    sql: (db, _scope, only) => oneRowSql(jsonObjectSql(meta(db, entity), 'r', only), from, where),
    read: (db, json) => fromJson<T>(meta(db, entity), json as Record<string, unknown> | null),
  };
}

/** What the statement gives per kind: owners come as rows and get their zones afterwards. */
type Read<K extends ActionRelationKind> = K extends 'owners' ? ActionOwner[] : ActionRelations[K];

const RELATIONS: { [K in ActionRelationKind]: Relation<Read<K>> } = {
  actionPlan: {
    join: (scope) => `LEFT JOIN action_plan xp ON xp.id = x.action_plan_id AND ${scope.plan('xp')}`,
    sql: (db) => `CASE WHEN xp.id IS NULL THEN NULL ELSE ${jsonObjectSql(meta(db, ActionPlan), 'xp')} END`,
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
      const lead = {
        zone: fromJson<Zone>(meta(db, Zone), j.zone),
        partner: fromJson<Partner>(meta(db, Partner), j.partner),
        workingGroup: fromJson<WorkingGroup>(meta(db, WorkingGroup), j.workingGroup),
      };
      if (lead.zone) prime(Zone, lead.zone);
      if (lead.partner) prime(Partner, lead.partner);
      if (lead.workingGroup) prime(WorkingGroup, lead.workingGroup);
      return lead;
    },
  },
  // Owner rows; their zones (a few dozen at most, with long texts) come once in the same
  // statement, not copied into every owner row (see loadActionRelations).
  // Only what an ownership shows (zone, role, since): the rows themselves are not handed out.
  owners: children(ActionOwner, 'action_owner', 'created_at', ['id', 'zone_id', 'role', 'created_at']),
  stakeholderPartners: linked(Partner, 'action_stakeholder', 'partner'),
  steps: children(ActionStep, 'action_step', 'position'),
  indicators: children(ActionIndicator, 'action_indicator', 'position'),
  // The months with, per action, its steps' milestones: the timeline's milestones are derived
  // from the steps (packages/shared milestones.ts), never stored twice.
  timeline: {
    grouped: (db, ids) => timelineSql(jsonObjectSql(meta(db, ActionMonth), 'r'), ids),
    read: (db, json) => {
      const value = (json ?? { months: [], steps: [] }) as { months: Record<string, unknown>[]; steps: MilestoneStep[] | null };
      const rows = value.months.map((row) => fromJson<ActionMonth>(meta(db, ActionMonth), row)!);
      const derived = new Map(
        timelineMilestones(
          rows.map((r) => r.month),
          value.steps ?? [],
        ).map((t) => [t.month, t]),
      );
      for (const row of rows) {
        row.milestones = derived.get(row.month)?.milestones ?? [];
        row.milestone = derived.get(row.month)?.milestone ?? null;
      }
      return rows;
    },
  },
  reviews: children(ActionReview, 'action_review', 'reviewed_on'),
  themes: linked(Theme, 'action_theme', 'theme'),
  workingGroups: linked(WorkingGroup, 'action_working_group', 'working_group'),
  projects: linked(Project, 'action_project', 'project'),
};

/**
 * What one relation is read as: `kind|columns`, `columns` the column names read (comma-separated),
 * empty for all. The same relation read with other columns is another part, so no field gets a
 * row read for another.
 */
export const actionRelationPart = (kind: ActionRelationKind, columns = '') => `${kind}|${columns}`;

/** The kind and columns of a part made by `actionRelationPart`. */
export function parseActionRelationPart(part: string): { kind: ActionRelationKind; columns: string } {
  const bar = part.indexOf('|');
  return { kind: part.slice(0, bar) as ActionRelationKind, columns: part.slice(bar + 1) };
}

/** One relation, read with these columns, for these actions. */
export interface RelationRequest {
  kind: ActionRelationKind;
  columns: string;
  ids: ReadonlySet<string>;
}

/** Read relations: by part (see `actionRelationPart`), then by action id. */
export type RelationValues = Map<string, Map<string, unknown>>;

/**
 * The columns a relation must read for the fields selected of it (`fields`), as its key's
 * `columns`: the id and keys always, plain columns when asked; everything ('') when a field is
 * not a plain column (its resolver may need more) or the relation cannot be narrowed.
 */
export function relationColumns(db: DataSource, kind: ActionRelationKind, fields: Set<string>): string {
  const entity = RELATIONS[kind].projectable;
  if (!entity) return '';
  const columns = meta(db, entity).columns.filter((c) => !c.isVirtual && !c.embeddedMetadata);
  const byProperty = new Map(columns.map((c) => [c.propertyName, c]));
  const wanted = new Set(columns.filter((c) => c.propertyName === 'id' || c.type === 'uuid').map((c) => c.databaseName));
  for (const field of fields) {
    if (field === '__typename' || field === 'id' || field === 'uuid') continue;
    const column = byProperty.get(field);
    if (!column) return '';
    wanted.add(column.databaseName);
  }
  return [...wanted].sort().join(',');
}

/**
 * The statement behind `ActionRelationLoaders.get` (action-loaders.ts): every requested relation of every action in one
 * statement; a relation asked for only some of the actions is computed for those only. An
 * action that is gone (deleted in this request) has no value (see `emptyRelation`).
 */
export async function loadActionRelations(db: DataSource, requests: readonly RelationRequest[], prime: Prime, viewer: Viewer): Promise<RelationValues> {
  const all = new Set<string>();
  for (const { ids } of requests) for (const id of ids) all.add(id);
  const parameters: unknown[] = [[...all]];
  const joins: string[] = [];
  const paramOf = new Map<ActionRelationKind, string>();
  // The plan of each action, as the caller may see it (auth/visibility.ts).
  const visibility = new VisibilitySql(viewer, positional(parameters));
  const scope: Scope = { plan: (alias) => visibility.plan(alias) };
  const columns = requests.map(({ kind, columns: only, ids }, i) => {
    const relation: Relation<unknown> = RELATIONS[kind];
    // The actions this part is asked for: all of them ($1), or its own list.
    const param = ids.size === all.size ? '$1' : `$${parameters.push([...ids])}`;
    paramOf.set(kind, param);
    const narrowed = only ? only.split(',') : undefined;
    if (relation.grouped) {
      joins.push(`LEFT JOIN (${relation.grouped(db, param, narrowed)}) c${i} ON c${i}.k = x.id`);
      return `c${i}.v AS c${i}`;
    }
    if (relation.join) joins.push(relation.join(scope));
    const expression = relation.sql!(db, scope, narrowed);
    return param === '$1' ? `${expression} AS c${i}` : `CASE WHEN x.id = ANY(${param}::uuid[]) THEN ${expression} END AS c${i}`;
  });
  // The zones of the owners and of the plans, each once, in the first row only: the inner query
  // hands that row the plans of all rows (a window), the outer one reads their zones once.
  const zoneSources = [...(paramOf.has('owners') ? [ownerZonesSql(paramOf.get('owners')!)] : []), ...(paramOf.has('actionPlan') ? [PLAN_ZONES_SQL] : [])];
  const inner = relationsSql(columns, joins);
  const sql = zoneSources.length ? withZonesSql(jsonObjectSql(meta(db, Zone), 'z'), zoneSources, inner) : inner;
  const rows = await preparedQuery(db, sql, parameters);
  const values: RelationValues = new Map();
  const parts = requests.map(({ kind, columns: only, ids }) => {
    const byId = new Map<string, unknown>();
    values.set(actionRelationPart(kind, only), byId);
    return { kind, ids, byId, read: RELATIONS[kind].read as Relation<unknown>['read'] };
  });
  for (const row of rows) {
    const id = row.id as string;
    parts.forEach(({ ids, byId, read }, i) => {
      if (ids.has(id)) byId.set(id, read(db, row[`c${i}`], prime));
    });
  }
  const owners = parts.filter((p) => p.kind === 'owners').map((p) => p.byId);
  if (zoneSources.length) withZones(owners, db, rows.find((r) => r.zones)?.zones as Record<string, unknown>[] | undefined, prime);
  return values;
}

/** Hands the zones to the other loaders and turns the owner rows (in `owners`) into ownerships. */
function withZones(owners: Map<string, unknown>[], db: DataSource, zoneRows: Record<string, unknown>[] = [], prime: Prime): void {
  const zones = new Map<string, Zone>();
  for (const json of zoneRows) {
    const zone = fromJson<Zone>(meta(db, Zone), json)!;
    zones.set(zone.id, zone);
    prime(Zone, zone);
  }
  for (const byId of owners) {
    for (const [id, rows] of byId) {
      const ownerships: Ownership[] = (rows as ActionOwner[]).flatMap((r) => {
        const zone = zones.get(r.zoneId);
        return zone ? [{ zone, role: r.role, since: r.createdAt }] : [];
      });
      byId.set(id, ownerships);
    }
  }
}

/** The value of a relation for an action that has no row (gone, or deleted in this request). */
export function emptyRelation(kind: ActionRelationKind): unknown {
  if (kind === 'operationalGoal' || kind === 'strategicGoal' || kind === 'actionPlan') return null;
  if (kind === 'lead') return { zone: null, partner: null, workingGroup: null };
  return [];
}

/** Every relation kind (each is also the name of the Action field that shows it). */
export const ACTION_RELATION_KINDS = Object.keys(RELATIONS) as ActionRelationKind[];

/** The relation kinds among a set of selected GraphQL field names of Action (they share names). */
export function relationKindsOf(fields: Set<string>): ActionRelationKind[] {
  return ACTION_RELATION_KINDS.filter((kind) => fields.has(kind));
}
