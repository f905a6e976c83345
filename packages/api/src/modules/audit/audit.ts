// The audit trail: every change is recorded (who, when, which entity, which fields, before/after),
// inside the same transaction as the change itself.
import type { EntityManager } from 'typeorm';
import { transactionQuery } from '../../db/reader';
import { INSERT_AUDIT_SQL } from './audit.queries';
import type { Viewer } from '../auth/viewer';
import { toGlobalId } from '../../common/global-id';

type Snapshot = Record<string, unknown>;

const IGNORED = new Set(['version', 'createdAt', 'updatedAt', 'id']);

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

/** The fields that differ between two snapshots (ignoring bookkeeping columns). */
export function diff(before: Snapshot | null, after: Snapshot | null): { fields: string[]; before: Snapshot; after: Snapshot } {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out = { fields: [] as string[], before: {} as Snapshot, after: {} as Snapshot };
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const b = before?.[key];
    const a = after?.[key];
    if (comparable(b) === comparable(a)) continue;
    out.fields.push(key);
    if (before) out.before[key] = b ?? null;
    if (after) out.after[key] = a ?? null;
  }
  out.fields.sort();
  return out;
}

/** Writes the audit record of a change; answers false (and writes nothing) for an update that changed no field. */
export async function recordChange(manager: EntityManager, viewer: Viewer, entityType: string, entityId: string, before: Snapshot | null, after: Snapshot | null): Promise<boolean> {
  const changes = diff(before, after);
  const operation = !before ? 'CREATE' : !after ? 'DELETE' : 'UPDATE';
  if (operation === 'UPDATE' && changes.fields.length === 0) return false;
  const actor = viewer.actor;
  // jsonb values as JSON text (pg would write a top-level array as a PostgreSQL array).
  await transactionQuery(manager, INSERT_AUDIT_SQL, [
    entityType,
    entityId,
    operation,
    actor.userId,
    actor.apiTokenId,
    actor.name,
    changes.fields,
    before ? JSON.stringify(changes.before) : null,
    after ? JSON.stringify(changes.after) : null,
  ]);
  return true;
}

/** A plain snapshot of an entity's own columns (relations excluded), for diffs. */
export function snapshot<T extends object>(entity: T): Snapshot {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(entity)) {
    if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)) out[key] = value;
  }
  return out;
}

/** The GraphQL type a recorded reference column points at (its value is shown as a global id). */
const REFERENCE_TYPES: Readonly<Record<string, string>> = {
  zoneId: 'Zone',
  regionId: 'Region',
  multiYearPlanId: 'MultiYearPlan',
  strategicGoalId: 'StrategicGoal',
  operationalGoalId: 'OperationalGoal',
  actionPlanId: 'ActionPlan',
  actionId: 'Action',
  continuedFromId: 'Action',
  fromActionId: 'Action',
  toActionId: 'Action',
  indicatorId: 'ActionIndicator',
  leadZoneId: 'Zone',
  leadPartnerId: 'Partner',
  leadWorkingGroupId: 'WorkingGroup',
  workingGroupId: 'WorkingGroup',
  projectId: 'Project',
  invitedZoneId: 'Zone',
  invitingZoneId: 'Zone',
  // The one reference to a person shown: an action's contact person is public with the action.
  contactUserId: 'User',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Recorded values as clients see them (history, conflict reports): references as global ids;
 * references to people (author, resolver, creator: user ids) and any other raw key left out,
 * so no database uuid and no user id of another zone reaches a client. Applied when read, so
 * entries recorded before this rule follow it too.
 */
export function publicValues(values: Snapshot | null): Snapshot | null {
  if (!values) return values;
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'id') continue; // the row key: the client asked by its global id
    const type = REFERENCE_TYPES[key];
    if (type) out[key] = typeof value === 'string' && UUID.test(value) ? toGlobalId(type, value) : value;
    else if (!(/Id$/.test(key) && (value === null || (typeof value === 'string' && UUID.test(value))))) out[key] = value;
  }
  return out;
}

/** The field names of an entry that `publicValues` keeps. */
export function publicFields(fields: readonly string[]): string[] {
  return fields.filter((key) => REFERENCE_TYPES[key] || !/Id$/.test(key));
}
