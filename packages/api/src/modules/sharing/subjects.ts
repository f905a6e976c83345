// Shared work: working groups, projects and actions can each have several owner zones, with a role
// each (rows in working_group_owner, project_owner, action_owner). This is where the three kinds
// differ; everything else about owning and inviting is one implementation.
import type { EntityManager } from 'typeorm';
import type { OwnerRole } from '@kruispunt/shared';
import { AppError } from '../../common/app-error';
import { toGlobalId } from '../../common/global-id';
import { lockForUpdate } from '../audit/versioned';
import { uuidOf } from '../../common/write';
import type { Viewer } from '../auth/viewer';
import { actionEditorZoneIds } from '../auth/visibility';
import { Action } from '../action/action.entity';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { Project } from '../collaboration/project.entity';
import { WorkingGroup } from '../collaboration/working-group.entity';
import { SHARED_KINDS, type SharedKind } from './invitation.entity';
import { ownersSql } from './sharing.queries';

export interface SubjectKind {
  entity: typeof WorkingGroup | typeof Project | typeof Action;
  ownerTable: string;
  ownerColumn: string;
  /** Dutch, for messages: "Deze werkgroep bestaat niet (meer)." */
  label: string;
}

export const SUBJECTS: Record<SharedKind, SubjectKind> = {
  WorkingGroup: { entity: WorkingGroup, ownerTable: 'working_group_owner', ownerColumn: 'working_group_id', label: 'Deze werkgroep' },
  Project: { entity: Project, ownerTable: 'project_owner', ownerColumn: 'project_id', label: 'Dit project' },
  Action: { entity: Action, ownerTable: 'action_owner', ownerColumn: 'action_id', label: 'Deze actie' },
};

export interface OwnerRowData {
  zoneId: string;
  role: OwnerRole;
}

/** A locked subject with its owners: what every ownership change starts from. */
export interface LockedSubject {
  kind: SharedKind;
  id: string;
  owners: OwnerRowData[];
  /** Zones whose editors may edit it: the owners, and for an action also its plan's zone. */
  editorZoneIds: string[];
  /** For an action: the zone of its plan, which stays an owner. */
  planZoneId: string | null;
}

/** Decodes a subject's global id; its type tells the kind (WorkingGroup, Project or Action). */
export function subjectRef(globalId: string, field = 'subjectId'): { kind: SharedKind; id: string } {
  for (const kind of SHARED_KINDS) {
    try {
      return { kind, id: uuidOf(globalId, kind, field) };
    } catch {
      // try the next kind
    }
  }
  throw new AppError('INVALID_INPUT', 'Dit is geen werkgroep, project of actie.', { field, issues: [{ field, message: 'Dit is geen werkgroep, project of actie.' }] });
}

export async function ownersOf(m: EntityManager, kind: SharedKind, id: string): Promise<OwnerRowData[]> {
  const s = SUBJECTS[kind];
  const rows: { zone_id: string; role: OwnerRole }[] = await m.query(ownersSql(s), [id]);
  return rows.map((r) => ({ zoneId: r.zone_id, role: r.role }));
}

/**
 * Locks the subject row (so concurrent ownership changes run one after the other) and reads its
 * owners. An action in a draft plan that the viewer may not see is NOT_FOUND, as everywhere,
 * unless the viewer answers an invitation to it (`invited`).
 */
export async function lockSubject(m: EntityManager, viewer: Viewer, kind: SharedKind, id: string, options: { invited?: boolean } = {}): Promise<LockedSubject> {
  const s = SUBJECTS[kind];
  const row = (await lockForUpdate(m, s.entity as never, id, s.label)) as { actionPlanId?: string };
  const owners = await ownersOf(m, kind, id);
  let planZoneId: string | null = null;
  let editorZoneIds = owners.map((o) => o.zoneId);
  if (kind === 'Action') {
    const plan = await m.getRepository(ActionPlan).findOneByOrFail({ id: row.actionPlanId! });
    planZoneId = plan.zoneId;
    const access = { plan, ownerZoneIds: editorZoneIds };
    if (!options.invited) viewer.requireVisibleAction(access, s.label);
    editorZoneIds = actionEditorZoneIds(access);
  }
  return { kind, id, owners, editorZoneIds, planZoneId };
}

/** Owners as recorded in the audit trail of the subject. */
export function ownersSnapshot(owners: readonly OwnerRowData[]): { owners: { zoneId: string; role: OwnerRole }[] } {
  return { owners: owners.map((o) => ({ zoneId: toGlobalId('Zone', o.zoneId), role: o.role })).sort((a, b) => a.zoneId.localeCompare(b.zoneId)) };
}
