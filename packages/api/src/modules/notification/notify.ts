// The write side of notifications: services call these inside the transaction of the event, so a
// rolled-back write notifies nobody. Recipients are the people the event concerns, narrowed to
// those who may read the item now (the rule of auth/visibility.ts, through each one's Viewer) and
// never the actor. Kept apart from what is read (notification.service.ts).
import type { EntityManager } from 'typeorm';
import { excerpt, type NotificationKind, type NotificationParams } from '@kruispunt/shared';
import { AuthService } from '../auth/auth.service';
import type { Viewer } from '../auth/viewer';
import { loadActionAccess, type ActionAccess } from '../auth/visibility';
import type { NotificationTargetData } from './notification.entity';
import {
  ACTION_NAME_SQL,
  INSERT_NOTIFICATIONS_SQL,
  PLAN_WITH_ZONE_SQL,
  REGION_COACHES_SQL,
  REPLY_AUTHORS_SQL,
  TOLD_USERS_SQL,
  ZONE_MEMBERS_SQL,
  ZONE_NAME_SQL,
  ZONE_SUMMARY_SQL,
  nameOfSql,
  ownerZonesSql,
} from './notification.queries';

type Db = Pick<EntityManager, 'query'>;

export interface NotifyEvent {
  kind: NotificationKind;
  /** The entity the event is about (a remark, an invitation, the changed item, the plan). */
  subjectType: string;
  subjectId: string;
  /** The people the event concerns; the actor and those who may not read the item are left out. */
  candidates: readonly string[];
  canRead: (viewer: Viewer) => boolean;
  params: NotificationParams & NotificationTargetData;
  /** At most one unread notification of this kind per subject and recipient per hour (changes to shared work). */
  coalesce?: boolean;
}

/** Writes one notification per recipient; answers how many were written. */
export async function notify(m: Db, actor: Viewer, event: NotifyEvent): Promise<number> {
  const actorId = actor.data.userId;
  const candidates = [...new Set(event.candidates)].filter((id) => id !== actorId);
  const recipients = (await AuthService.viewersOfUsers(m, candidates)).filter((v) => event.canRead(v)).map((v) => v.data.userId!);
  if (recipients.length === 0) return 0;
  const rows = (await m.query(INSERT_NOTIFICATIONS_SQL, [
    recipients,
    event.kind,
    event.subjectType,
    event.subjectId,
    actorId,
    actor.actor.name ?? '',
    JSON.stringify(event.params),
    event.coalesce ?? false,
  ])) as unknown[];
  return rows.length;
}

/** Members (editors and readers) of these zones. */
export async function zoneMembers(m: Db, zoneIds: readonly string[]): Promise<string[]> {
  const rows = (await m.query(ZONE_MEMBERS_SQL, [zoneIds])) as { user_id: string }[];
  return rows.map((r) => r.user_id);
}

/** The coaches of a region. */
export async function regionCoaches(m: Db, regionId: string): Promise<string[]> {
  const rows = (await m.query(REGION_COACHES_SQL, [regionId])) as { user_id: string }[];
  return rows.map((r) => r.user_id);
}

/** How a person names an action: "Actie 1.2.3", else its title. */
function actionName(action: { number: string | null; title: string }): string {
  return action.number ? `Actie ${action.number}` : `actie „${action.title}”`;
}

interface RemarkLike {
  id: string;
  actionPlanId: string;
  actionId: string | null;
  authorId: string;
}

/** What a remark's notifications need: who reads it, how to name it, where it leads, whose zone it is. */
async function remarkSubject(m: Db, remark: RemarkLike) {
  const plan = (
    (await m.query(PLAN_WITH_ZONE_SQL, [remark.actionPlanId])) as {
      id: string;
      status: ActionAccess['plan']['status'];
      zone_id: string;
      year: number;
      slug: string;
      zone_name: string;
    }[]
  )[0]!;
  const planAccess = { status: plan.status, zoneId: plan.zone_id };
  if (remark.actionId) {
    const access = (await loadActionAccess(m, remark.actionId))!;
    const action = ((await m.query(ACTION_NAME_SQL, [remark.actionId])) as { number: string | null; title: string }[])[0]!;
    return {
      zoneIds: [plan.zone_id, ...access.ownerZoneIds],
      canRead: (v: Viewer) => v.canSeeAction(access),
      params: { subject: actionName(action), targetType: 'Action' as const, targetId: remark.actionId },
    };
  }
  return {
    zoneIds: [plan.zone_id],
    canRead: (v: Viewer) => v.canSeePlan(planAccess),
    params: { subject: `het actieplan ${plan.year} van ${plan.zone_name}`, targetType: 'ActionPlan' as const, targetId: plan.id, zoneSlug: plan.slug, year: plan.year },
  };
}

/** A new remark: the members of the zones whose plan or action it is on. */
export async function notifyRemarkAdded(m: Db, actor: Viewer, remark: RemarkLike & { text: string }): Promise<void> {
  const subject = await remarkSubject(m, remark);
  await notify(m, actor, {
    kind: 'REMARK_ADDED',
    subjectType: 'Remark',
    subjectId: remark.id,
    candidates: await zoneMembers(m, subject.zoneIds),
    canRead: subject.canRead,
    params: { ...subject.params, excerpt: excerpt(remark.text) },
  });
}

/** A reply, a resolution, a reopening: the remark's author and everyone who replied before. */
export async function notifyRemarkConversation(m: Db, actor: Viewer, kind: 'REMARK_REPLIED' | 'REMARK_RESOLVED' | 'REMARK_REOPENED', remark: RemarkLike, text: string | null): Promise<void> {
  const subject = await remarkSubject(m, remark);
  const repliers = (await m.query(REPLY_AUTHORS_SQL, [remark.id])) as { author_id: string }[];
  await notify(m, actor, {
    kind,
    subjectType: 'Remark',
    subjectId: remark.id,
    candidates: [remark.authorId, ...repliers.map((r) => r.author_id)],
    canRead: subject.canRead,
    params: { ...subject.params, excerpt: text ? excerpt(text) : null },
  });
}

/** How a person names shared work, and where it leads. */
async function sharedSubject(m: Db, kind: 'WorkingGroup' | 'Project' | 'Action', id: string): Promise<NotificationParams & NotificationTargetData> {
  if (kind === 'Action') {
    const action = ((await m.query(ACTION_NAME_SQL, [id])) as { number: string | null; title: string }[])[0]!;
    return { subject: actionName(action), targetType: 'Action', targetId: id };
  }
  const table = kind === 'WorkingGroup' ? 'working_group' : 'project';
  const name = ((await m.query(nameOfSql(table), [id])) as { name: string }[])[0]!.name;
  return { subject: `${kind === 'WorkingGroup' ? 'werkgroep' : 'project'} „${name}”`, targetType: kind, targetId: id };
}

async function zoneName(m: Db, zoneId: string): Promise<string> {
  return ((await m.query(ZONE_NAME_SQL, [zoneId])) as { name: string }[])[0]?.name ?? '';
}

interface InvitationLike {
  id: string;
  subjectType: 'WorkingGroup' | 'Project' | 'Action';
  subjectId: string;
  invitedZoneId: string;
  invitingZoneId: string;
}

/** An invitation to co-own: the members of the invited zone. Its answer: those of the inviting zone. */
export async function notifyInvitation(m: Db, actor: Viewer, kind: 'INVITATION_RECEIVED' | 'INVITATION_ACCEPTED' | 'INVITATION_DECLINED', invitation: InvitationLike): Promise<void> {
  const to = kind === 'INVITATION_RECEIVED' ? invitation.invitingZoneId : invitation.invitedZoneId;
  const recipientZone = kind === 'INVITATION_RECEIVED' ? invitation.invitedZoneId : invitation.invitingZoneId;
  await notify(m, actor, {
    kind,
    subjectType: 'OwnershipInvitation',
    subjectId: invitation.id,
    candidates: await zoneMembers(m, [recipientZone]),
    canRead: (v) => v.canSeeInvitationsOf(recipientZone),
    // `zone` names the other side: who invites, or who answered.
    params: { ...(await sharedSubject(m, invitation.subjectType, invitation.subjectId)), zone: await zoneName(m, to) },
  });
}

/**
 * A change to shared work: the members of its other owner zones (zones the actor is not a member
 * of), and the people who follow it; at most one unread notification per item and hour. An
 * action's plan zone counts as an owner. Called on every change of an action, working group or
 * project (also one nobody shares: it may have followers).
 */
export async function notifySharedChange(
  m: Db,
  actor: Viewer,
  kind: 'WorkingGroup' | 'Project' | 'Action',
  id: string,
  options: { recorded?: boolean; access?: ActionAccess } = {},
): Promise<void> {
  // A save that changed nothing recorded no history (the caller knows): no news.
  if (options.recorded === false) return;
  let ownerZoneIds: string[];
  let canRead: (v: Viewer) => boolean = () => true;
  if (kind === 'Action') {
    // The caller may pass what it read under the row lock (an update changes neither plan nor owners).
    const access = options.access ?? (await loadActionAccess(m, id));
    if (!access) return;
    ownerZoneIds = [access.plan.zoneId, ...access.ownerZoneIds];
    canRead = (v) => v.canSeeAction(access);
  } else {
    const table = kind === 'WorkingGroup' ? 'working_group_owner' : 'project_owner';
    const column = kind === 'WorkingGroup' ? 'working_group_id' : 'project_id';
    ownerZoneIds = ((await m.query(ownerZonesSql(table, column), [id])) as { zone_id: string }[]).map((r) => r.zone_id);
  }
  const others = [...new Set(ownerZoneIds)].filter((z) => !actor.memberZones.has(z));
  // In one statement: the members of the other owner zones, and those who follow it ("volgen")
  // unless their zone is told already as an owner.
  const people = (await m.query(TOLD_USERS_SQL, [others, id])) as { user_id: string; owner: boolean }[];
  const owners = people.filter((p) => p.owner).map((p) => p.user_id);
  const followers = people.filter((p) => !p.owner).map((p) => p.user_id);
  // Only the actor's own zones own it and nobody follows it: nobody else to tell.
  if (owners.length === 0 && followers.length === 0) return;
  const actorZone = ownerZoneIds.find((z) => actor.memberZones.has(z));
  const params = { ...(await sharedSubject(m, kind, id)), zone: actorZone ? await zoneName(m, actorZone) : null };
  if (owners.length) await notify(m, actor, { kind: 'SHARED_WORK_CHANGED', subjectType: kind, subjectId: id, candidates: owners, canRead, params, coalesce: true });
  if (followers.length) await notify(m, actor, { kind: 'FOLLOWED_CHANGED', subjectType: kind, subjectId: id, candidates: followers, canRead, params, coalesce: true });
}

/** A plan submitted: the coaches of its zone's region. */
export async function notifyPlanSubmitted(m: Db, actor: Viewer, plan: { id: string; zoneId: string; year: number; status: ActionAccess['plan']['status'] }): Promise<void> {
  const zone = ((await m.query(ZONE_SUMMARY_SQL, [plan.zoneId])) as { name: string; slug: string; region_id: string }[])[0]!;
  await notify(m, actor, {
    kind: 'PLAN_SUBMITTED',
    subjectType: 'ActionPlan',
    subjectId: plan.id,
    candidates: await regionCoaches(m, zone.region_id),
    canRead: (v) => v.canSeePlan({ status: plan.status, zoneId: plan.zoneId }),
    params: { subject: `het actieplan ${plan.year}`, zone: zone.name, targetType: 'ActionPlan', targetId: plan.id, zoneSlug: zone.slug, year: plan.year },
  });
}
