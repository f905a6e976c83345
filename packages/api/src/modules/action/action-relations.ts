// Everything an action sheet links to, read in one statement per request tick. graphql-js asks
// for the fields of every action of a list in the same tick; each relation asked (steps,
// owners, goals, ...) becomes a column of one query over those actions, its rows built as JSON
// by PostgreSQL. A whole plan or a page of 100 actions costs one statement for all of its
// relations instead of one per kind (eleven for a full sheet), and the rows are parsed by the
// JSON parser instead of row by row.
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { fromJson, jsonObjectSql } from '../../db/json-rows';
import type { Ownership } from '../../common/ownership';
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

interface Relation<V> {
  /** An SQL expression over the action `x` giving the relation as JSON. */
  sql: (db: DataSource) => string;
  read: (db: DataSource, json: unknown, prime: Prime) => V;
}

const meta = (db: DataSource, entity: EntityTarget<ObjectLiteral>): EntityMetadata => db.getMetadata(entity);

/** A JSON array of `entity` rows (alias `r`) from `from … where …`, in `order`. */
function list<T>(entity: EntityTarget<T & ObjectLiteral>, from: string, where: string, order: string): Relation<T[]> {
  return {
    sql: (db) => `coalesce((SELECT json_agg(${jsonObjectSql(meta(db, entity), 'r')} ORDER BY ${order}) FROM ${from} WHERE ${where}), '[]'::json)`,
    read: (db, json) => (json as Record<string, unknown>[]).map((row) => fromJson<T>(meta(db, entity), row)!),
  };
}

/** Child rows of the action (`table.action_id`), ordered by `column` then id. */
const children = <T>(entity: EntityTarget<T & ObjectLiteral>, table: string, column: string) => list(entity, `${table} r`, 'r.action_id = x.id', `r.${column}, r.id`);

/** Rows linked through a join table (`join.action_id`, `join.<target>_id`), by name then id. */
const linked = <T>(entity: EntityTarget<T & ObjectLiteral>, join: string, table: string) =>
  list(entity, `${join} j JOIN ${table} r ON r.id = j.${table}_id`, 'j.action_id = x.id', 'r.name, r.id');

/** One row of `entity` (alias `r`) found by `from … where …`, or null. */
function one<T>(entity: EntityTarget<T & ObjectLiteral>, from: string, where: string): Relation<T | null> {
  return {
    sql: (db) => `(SELECT ${jsonObjectSql(meta(db, entity), 'r')} FROM ${from} WHERE ${where})`,
    read: (db, json) => fromJson<T>(meta(db, entity), json as Record<string, unknown> | null),
  };
}

const RELATIONS: { [K in ActionRelationKind]: Relation<ActionRelations[K]> } = {
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
  owners: {
    // Each owner row with its zone, which `owners { zone }` reads next.
    sql: (db) =>
      `coalesce((SELECT json_agg(json_build_object('o', ${jsonObjectSql(meta(db, ActionOwner), 'r')}, 'z', ${jsonObjectSql(meta(db, Zone), 'z')}) ORDER BY r.created_at, r.id)` +
      ` FROM action_owner r JOIN zone z ON z.id = r.zone_id WHERE r.action_id = x.id), '[]'::json)`,
    read: (db, json, prime) =>
      (json as { o: Record<string, unknown>; z: Record<string, unknown> }[]).map(({ o, z }) => {
        const zone = fromJson<Zone>(meta(db, Zone), z)!;
        const row = fromJson<ActionOwner>(meta(db, ActionOwner), o)!;
        prime(Zone, zone);
        return { zone, role: row.role, since: row.createdAt };
      }),
  },
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
export async function loadActionRelations(db: DataSource, keys: readonly string[], prime: Prime): Promise<unknown[]> {
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
  const columns = kinds.map((kind, i) => {
    const ids = idsByKind.get(kind)!;
    const expression = RELATIONS[kind].sql(db);
    if (ids.size === all.size) return `${expression} AS c${i}`;
    parameters.push([...ids]);
    return `CASE WHEN x.id = ANY($${parameters.length}::uuid[]) THEN ${expression} END AS c${i}`;
  });
  const rows: Record<string, unknown>[] = await db.query(`SELECT x.id, ${columns.join(', ')} FROM action x WHERE x.id = ANY($1::uuid[])`, parameters);
  const values = new Map<string, unknown>();
  for (const row of rows) {
    kinds.forEach((kind, i) => {
      if (idsByKind.get(kind)!.has(row.id as string)) values.set(actionRelationKey(kind, row.id as string), RELATIONS[kind].read(db, row[`c${i}`], prime));
    });
  }
  // An action that is gone (deleted in this request) has no relations.
  return keys.map((key) => (values.has(key) ? values.get(key) : emptyOf(key.slice(0, key.indexOf(KEY_SEPARATOR)) as ActionRelationKind)));
}

function emptyOf(kind: ActionRelationKind): unknown {
  if (kind === 'operationalGoal' || kind === 'strategicGoal') return null;
  if (kind === 'lead') return { zone: null, partner: null, workingGroup: null };
  return [];
}

/** The relation kinds among a set of selected GraphQL field names of Action (they share names). */
export function relationKindsOf(fields: Set<string>): ActionRelationKind[] {
  return (Object.keys(RELATIONS) as ActionRelationKind[]).filter((kind) => fields.has(kind));
}
