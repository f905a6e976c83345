// Row-level visibility, applied in SQL wherever plans and actions are read: a plan in status
// DRAFT is visible to its own zone's members only (and administrators); a draft plan's action is
// also visible to members of the action's other owner zones, who may edit it.
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { Viewer } from './viewer';

export function scopeActionPlans<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, viewer: Viewer): SelectQueryBuilder<T> {
  const zones = viewer.draftZoneIds;
  if (zones === null) return qb;
  return qb.andWhere(`(${alias}.status <> 'DRAFT' OR ${alias}.zone_id = ANY(:visibleZones))`, { visibleZones: zones });
}

export function scopeActions<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, viewer: Viewer): SelectQueryBuilder<T> {
  const zones = viewer.draftZoneIds;
  if (zones === null) return qb;
  return qb.andWhere(
    `EXISTS (SELECT 1 FROM action_plan vp WHERE vp.id = ${alias}.action_plan_id AND (vp.status <> 'DRAFT' OR vp.zone_id = ANY(:visibleZones)
       OR EXISTS (SELECT 1 FROM action_owner vo WHERE vo.action_id = ${alias}.id AND vo.zone_id = ANY(:visibleZones))))`,
    { visibleZones: zones },
  );
}

/** Remarks are visible with their plan. */
export function scopeRemarks<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, viewer: Viewer): SelectQueryBuilder<T> {
  const zones = viewer.draftZoneIds;
  if (zones === null) return qb;
  return qb.andWhere(`EXISTS (SELECT 1 FROM action_plan rp WHERE rp.id = ${alias}.action_plan_id AND (rp.status <> 'DRAFT' OR rp.zone_id = ANY(:visibleZones)))`, {
    visibleZones: zones,
  });
}

/** Invitations concern the inviting and the invited zone only. */
export function scopeInvitations<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, viewer: Viewer): SelectQueryBuilder<T> {
  const zones = viewer.draftZoneIds;
  if (zones === null) return qb;
  return qb.andWhere(`(${alias}.invited_zone_id = ANY(:memberZones) OR ${alias}.inviting_zone_id = ANY(:memberZones))`, { memberZones: zones });
}
