// What an event is about (the `data` of its body) and who may be told: the visibility rule of
// auth/visibility.ts, asked of the webhook's owner as a Viewer. Read when an event becomes
// deliveries and again before every attempt ("only what the owner may see now").
import type { PlanStatus } from '@kruispunt/shared';
import { toGlobalId } from '../../common/global-id';
import type { Viewer } from '../auth/viewer';
import type { ActionAccess, PlanAccess } from '../auth/visibility';
import { ACTION_SUBJECTS_SQL, PLAN_SUBJECTS_SQL } from './webhook.queries';

export interface SubjectRef {
  entity_type: string;
  entity_id: string;
  /** Present for a deletion: the object as it was (the triggers of migration 1796900000000-Webhooks). */
  snapshot: { zoneId: string; zoneSlug: string | null; year: number; status: PlanStatus } | null;
  /** When the event happened (a deletion's `updatedAt`). */
  last_at?: Date;
}

export interface SubjectData {
  id: string;
  type: 'Action' | 'ActionPlan';
  zoneSlug: string | null;
  year: number;
  updatedAt: string;
}

export type Subject = { data: SubjectData } & ({ type: 'Action'; access: ActionAccess } | { type: 'ActionPlan'; access: PlanAccess });

type Query = (sql: string, params: unknown[]) => Promise<unknown[]>;

interface Row {
  id: string;
  updated_at: Date;
  status: PlanStatus;
  zone_id: string;
  year: number;
  slug: string;
  owners?: string[];
}

/** The subjects of events by entity id; an object gone since (and not a deletion) is absent. */
export async function loadSubjects(query: Query, refs: readonly SubjectRef[]): Promise<Map<string, Subject>> {
  const out = new Map<string, Subject>();
  const live = (type: string) => [...new Set(refs.filter((r) => r.entity_type === type && !r.snapshot).map((r) => r.entity_id))];
  const actionIds = live('Action');
  const planIds = live('ActionPlan');
  if (actionIds.length) {
    const rows = (await query(ACTION_SUBJECTS_SQL, [actionIds])) as Row[];
    for (const r of rows) {
      out.set(r.id, { type: 'Action', access: { plan: { status: r.status, zoneId: r.zone_id }, ownerZoneIds: r.owners ?? [] }, data: dataOf('Action', r.id, r.slug, r.year, r.updated_at) });
    }
  }
  if (planIds.length) {
    const rows = (await query(PLAN_SUBJECTS_SQL, [planIds])) as Row[];
    for (const r of rows) out.set(r.id, { type: 'ActionPlan', access: { status: r.status, zoneId: r.zone_id }, data: dataOf('ActionPlan', r.id, r.slug, r.year, r.updated_at) });
  }
  for (const r of refs) {
    if (!r.snapshot) continue;
    const plan: PlanAccess = { status: r.snapshot.status, zoneId: r.snapshot.zoneId };
    const data = dataOf(r.entity_type as SubjectData['type'], r.entity_id, r.snapshot.zoneSlug, r.snapshot.year, r.last_at ?? new Date());
    // A deleted action's co-owner zones are not told (its owner rows are gone with it), as in the deletions feed.
    out.set(r.entity_id, r.entity_type === 'Action' ? { type: 'Action', access: { plan, ownerZoneIds: [] }, data } : { type: 'ActionPlan', access: plan, data });
  }
  return out;
}

function dataOf(type: SubjectData['type'], id: string, zoneSlug: string | null, year: number, updatedAt: Date): SubjectData {
  return { id: toGlobalId(type, id), type, zoneSlug, year: Number(year), updatedAt: new Date(updatedAt).toISOString() };
}

/** The one question: may this owner be told about this object (auth/visibility.ts)? */
export function mayBeTold(viewer: Viewer | null, subject: Subject): boolean {
  if (!viewer) return false;
  return subject.type === 'Action' ? viewer.canSeeAction(subject.access) : viewer.canSeePlan(subject.access);
}
