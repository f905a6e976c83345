// THE visibility rule, once. Every reader (TypeORM query builders, hand-written SQL, JS checks in
// services) takes it from here; nothing else in the code base names the draft status in a rule.
//
// - A plan in status DRAFT is visible to its own zone's members (and administrators) only; a
//   published or submitted plan to every signed-in caller.
// - An action is visible with its plan, and also to members of the action's other owner zones:
//   a co-owner zone sees and edits a shared action, its history and its remarks even while it
//   stands in another zone's draft plan, but not that plan's other actions or texts.
// - Every child of an action (steps, indicators and their measured values, timeline months,
//   reviews, links) follows its action; a remark follows its action, or its plan when it is a
//   remark on the plan as a whole, and its replies follow it; invitations concern the inviting and the invited zone only.
// - Coaches read what every signed-in caller reads: published and submitted plans (docs/api.md).
//
// And the one rule of what a submission freezes: a SUBMITTED plan's content (its action sheets,
// which actions it holds and in what order) is read-only for everybody until an administrator
// reopens it. Its follow-up (reviews, measured values, remarks) goes on: the plan is carried out
// after it is handed in.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PlanStatus } from '@kruispunt/shared';
import type { Viewer } from './viewer';
import { ACTIONS_ACCESS_SQL, ACTION_ACCESS_SQL } from './auth.queries';

const DRAFT: PlanStatus = 'DRAFT';
const SUBMITTED: PlanStatus = 'SUBMITTED';

/** A plan as the JS checks need it. */
export interface PlanAccess {
  status: PlanStatus;
  zoneId: string;
}

/** An action as the JS checks need it: its plan and its owner zones. */
export interface ActionAccess {
  plan: PlanAccess;
  ownerZoneIds: readonly string[];
}

/** `ActionAccess` with the plan's id and year: what a write needs of the plan besides the rule. */
export interface ActionPlanAccess extends ActionAccess {
  plan: PlanAccess & { id: string; year: number };
}

/** Zones whose editors edit an action: its plan's zone and every owner zone. The one place this is computed. */
export function actionEditorZoneIds(access: ActionAccess): string[] {
  return [...new Set([access.plan.zoneId, ...access.ownerZoneIds])];
}

/** JS form of the plan rule (for rows already read, e.g. locked for an update). */
export function canSeePlan(viewer: Viewer, plan: PlanAccess): boolean {
  return plan.status !== DRAFT || viewer.isMemberOrAdmin(plan.zoneId);
}

/** A submitted plan's content is frozen (see the top of this file). */
export function isPlanContentFrozen(plan: Pick<PlanAccess, 'status'>): boolean {
  return plan.status === SUBMITTED;
}

/** JS form of the action rule. */
export function canSeeAction(viewer: Viewer, action: ActionAccess): boolean {
  return canSeePlan(viewer, action.plan) || action.ownerZoneIds.some((zoneId) => viewer.isMemberOrAdmin(zoneId));
}

/** Adds a value as a statement parameter and answers its placeholder (`$3`, `:vis0`). */
export type Bind = (value: unknown) => string;

/** Placeholders for hand-written SQL with positional parameters: pushes onto `params`. */
export function positional(params: unknown[]): Bind {
  return (value) => `$${params.push(value)}`;
}

/** Placeholders for a TypeORM query builder (named parameters). */
export function named<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, prefix = 'vis'): Bind {
  let n = 0;
  return (value) => {
    const name = `${prefix}${n++}`;
    qb.setParameter(name, value);
    return `:${name}`;
  };
}

/**
 * SQL conditions of the rule for one statement and one viewer. The viewer's zones become one
 * parameter, bound the first time a condition needs it (administrators need none: every condition
 * is TRUE, so a statement never carries an unused, untyped parameter).
 */
export class VisibilitySql {
  private zonesRef: string | null = null;

  constructor(
    private readonly viewer: Viewer,
    private readonly bind: Bind,
  ) {}

  /** True for administrators: no condition applies. */
  get unrestricted(): boolean {
    return this.viewer.draftZoneIds === null;
  }

  private zones(): string {
    return (this.zonesRef ??= `${this.bind(this.viewer.draftZoneIds)}::uuid[]`);
  }

  /** The plan aliased `p` is visible. */
  plan(p: string): string {
    if (this.unrestricted) return 'TRUE';
    return `(${p}.status <> '${DRAFT}' OR ${p}.zone_id = ANY(${this.zones()}))`;
  }

  /** The action aliased `a`, whose plan is aliased `p` in the same statement, is visible. */
  actionWithPlan(a: string, p: string): string {
    if (this.unrestricted) return 'TRUE';
    return `(${this.plan(p)} OR EXISTS (SELECT 1 FROM action_owner vo WHERE vo.action_id = ${a}.id AND vo.zone_id = ANY(${this.zones()})))`;
  }

  /** The action aliased `a` is visible (its plan looked up). */
  action(a: string): string {
    if (this.unrestricted) return 'TRUE';
    return `EXISTS (SELECT 1 FROM action_plan vp WHERE vp.id = ${a}.action_plan_id AND ${this.actionWithPlan(a, 'vp')})`;
  }

  /** The action whose id is the SQL expression `actionId` is visible. */
  actionById(actionId: string): string {
    if (this.unrestricted) return 'TRUE';
    return `EXISTS (SELECT 1 FROM action va JOIN action_plan vp ON vp.id = va.action_plan_id WHERE va.id = ${actionId} AND ${this.actionWithPlan('va', 'vp')})`;
  }

  /** The remark aliased `r` is visible: with its action, or with its plan when it is on the plan. */
  remark(r: string): string {
    if (this.unrestricted) return 'TRUE';
    return `(CASE WHEN ${r}.action_id IS NULL THEN EXISTS (SELECT 1 FROM action_plan rp WHERE rp.id = ${r}.action_plan_id AND ${this.plan('rp')}) ELSE ${this.actionById(`${r}.action_id`)} END)`;
  }

  /**
   * The DELETE audit entry aliased `d` (of an action or a plan; other types are public) concerns
   * something the viewer may see: a deleted action with its plan (as it is now, or as it was when
   * deleted too), a deleted plan by its status and zone at deletion. Co-owner zones of an action
   * deleted from another zone's draft do not see its deletion (its owner rows are gone with it).
   */
  deletion(d: string): string {
    if (this.unrestricted) return 'TRUE';
    const deletedPlan = (e: string) => `(${e}.before->>'status' IS DISTINCT FROM '${DRAFT}' OR (${e}.before->>'zoneId')::uuid = ANY(${this.zones()}))`;
    const planId = `(${d}.before->>'actionPlanId')::uuid`;
    return `(CASE ${d}.entity_type
      WHEN 'ActionPlan' THEN ${deletedPlan(d)}
      WHEN 'Action' THEN (EXISTS (SELECT 1 FROM action_plan dp WHERE dp.id = ${planId} AND ${this.plan('dp')})
        OR EXISTS (SELECT 1 FROM audit_entry dpe WHERE dpe.entity_type = 'ActionPlan' AND dpe.entity_id = ${planId} AND dpe.operation = 'DELETE' AND ${deletedPlan('dpe')}))
      ELSE TRUE END)`;
  }

  /** The invitation aliased `i` concerns one of the viewer's zones. */
  invitation(i: string): string {
    if (this.unrestricted) return 'TRUE';
    return `(${i}.invited_zone_id = ANY(${this.zones()}) OR ${i}.inviting_zone_id = ANY(${this.zones()}))`;
  }

  /**
   * The condition for a row of the entity named `entity` (aliased `alias`), or null when every
   * signed-in caller may read its rows (zones, partners, working groups, goals, ...).
   */
  forEntity(entity: string, alias: string): string | null {
    switch (entity) {
      case 'ActionPlan':
        return this.plan(alias);
      case 'Action':
        return this.action(alias);
      case 'ActionStep':
      case 'ActionIndicator':
      case 'ActionMonth':
      case 'ActionReview':
      case 'ActionOwner':
        return this.actionById(`${alias}.action_id`);
      case 'ActionLink':
        return `(${this.actionById(`${alias}.from_action_id`)} AND ${this.actionById(`${alias}.to_action_id`)})`;
      case 'IndicatorValue':
        return this.unrestricted ? 'TRUE' : `EXISTS (SELECT 1 FROM action_indicator vi WHERE vi.id = ${alias}.indicator_id AND ${this.actionById('vi.action_id')})`;
      case 'Remark':
        return this.remark(alias);
      case 'RemarkReply':
        // A reply follows its remark.
        return this.unrestricted ? 'TRUE' : `EXISTS (SELECT 1 FROM remark vr WHERE vr.id = ${alias}.remark_id AND ${this.remark('vr')})`;
      case 'OwnershipInvitation':
        return this.invitation(alias);
      case 'PlanSubmission':
        // Readable by whoever reads the plan now (a reopened plan may be a draft again).
        return this.unrestricted ? 'TRUE' : `EXISTS (SELECT 1 FROM action_plan sp WHERE sp.id = ${alias}.action_plan_id AND ${this.plan('sp')})`;
      default:
        return null;
    }
  }
}

/** Entity types whose rows are visible to some callers only (see `VisibilitySql.forEntity`). */
export const SCOPED_ENTITIES: ReadonlySet<string> = new Set([
  'ActionPlan',
  'Action',
  'ActionStep',
  'ActionIndicator',
  'ActionMonth',
  'ActionReview',
  'ActionOwner',
  'ActionLink',
  'IndicatorValue',
  'Remark',
  'RemarkReply',
  'OwnershipInvitation',
  'PlanSubmission',
]);

/** Restricts a TypeORM query over `entity` (aliased `alias`) to the rows the viewer may see. */
export function scopeQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, entity: string, alias: string, viewer: Viewer): SelectQueryBuilder<T> {
  const condition = new VisibilitySql(viewer, named(qb)).forEntity(entity, alias);
  return condition && condition !== 'TRUE' ? qb.andWhere(condition) : qb;
}

/** Reads what the JS checks need of an action: its plan's status and zone, its owner zones (null when it does not exist). */
export async function loadActionAccess(db: { query: (sql: string, params: unknown[]) => Promise<unknown[]> }, actionId: string): Promise<ActionPlanAccess | null> {
  const rows = (await db.query(ACTION_ACCESS_SQL, [actionId])) as { id: string; year: number; status: PlanStatus; zone_id: string; owners: string[] }[];
  const row = rows[0];
  return row ? { plan: { id: row.id, year: row.year, status: row.status, zoneId: row.zone_id }, ownerZoneIds: row.owners } : null;
}

/** `loadActionAccess` for many actions in one statement (for the `viewerCan…` fields of a list). */
export async function loadActionAccessMany(db: { query: (sql: string, params: unknown[]) => Promise<unknown[]> }, actionIds: readonly string[]): Promise<(ActionAccess | null)[]> {
  const rows = (await db.query(ACTIONS_ACCESS_SQL, [actionIds])) as { id: string; status: PlanStatus; zone_id: string; owners: string[] }[];
  const byId = new Map(rows.map((r) => [r.id, { plan: { status: r.status, zoneId: r.zone_id }, ownerZoneIds: r.owners }]));
  return actionIds.map((id) => byId.get(id) ?? null);
}
