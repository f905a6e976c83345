// What the caller may do with an object, computed by the server's own rules (Viewer and
// auth/visibility.ts), so that clients show the right controls without copying the rules.
// Working groups and projects have theirs in modules/collaboration/shared-work.resolver.ts.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from './context';
import { Action } from '../action/action.entity';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { MultiYearPlan } from '../plan/plan.entity';
import { Zone } from '../zone/zone.entity';
import { YearReportView } from '../year-report/year-report.types';
import { loadActionAccessMany, type ActionAccess } from './visibility';

export function accessOf(ctx: Context, actionId: string): Promise<ActionAccess | null> {
  return ctx.loaders.custom('actionAccess', (ids) => loadActionAccessMany(ctx.db, ids)).load(actionId);
}

async function regionOf(ctx: Context, zoneId: string): Promise<string | null> {
  return (await ctx.loaders.row(Zone, zoneId))?.regionId ?? null;
}

@Resolver(() => Action)
export class ActionRightsResolver {
  @FieldResolver(() => Boolean, {
    description: "Whether you may edit the sheet: editors of its plan's zone or of any owner zone, also while it stands in another zone's draft plan; nobody while its plan is submitted.",
  })
  async viewerCanEdit(@Root() action: Action, @Ctx() ctx: Context): Promise<boolean> {
    const access = await accessOf(ctx, action.id);
    return access !== null && ctx.viewer.canEditAction(access);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may record its follow-up (reviews, measured values) and resolve its remarks: its sheet's editors, also once its plan is submitted.",
  })
  async viewerCanFollowUp(@Root() action: Action, @Ctx() ctx: Context): Promise<boolean> {
    const access = await accessOf(ctx, action.id);
    return access !== null && ctx.viewer.canFollowUpAction(access);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may invite zones to co-own it, change their roles or remove them (those who record its follow-up).' })
  viewerCanManageOwners(@Root() action: Action, @Ctx() ctx: Context): Promise<boolean> {
    return this.viewerCanFollowUp(action, ctx);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may delete it: editors of its plan's zone, while the plan is not submitted." })
  async viewerCanDelete(@Root() action: Action, @Ctx() ctx: Context): Promise<boolean> {
    const access = await accessOf(ctx, action.id);
    return access !== null && ctx.viewer.canEditPlanContent(access.plan);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may carry it over to next year's plan: editors of its plan's zone (refused when next year's plan is submitted)." })
  async viewerCanCarryOver(@Root() action: Action, @Ctx() ctx: Context): Promise<boolean> {
    const access = await accessOf(ctx, action.id);
    return access !== null && ctx.viewer.canEditPlan(access.plan);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may leave a remark on it: coaches of the plan zone's region, members of its plan zone or of an owner zone." })
  async viewerCanRemark(@Root() action: Action, @Ctx() ctx: Context): Promise<boolean> {
    const access = await accessOf(ctx, action.id);
    if (!access) return false;
    const regionId = await regionOf(ctx, access.plan.zoneId);
    return regionId !== null && ctx.viewer.canRemarkOnAction(access, regionId);
  }
}

@Resolver(() => ActionPlan)
export class ActionPlanRightsResolver {
  @FieldResolver(() => Boolean, { description: "Whether you may edit the plan: its status, its texts, add actions (editors of the plan's zone, while it is not submitted)." })
  viewerCanEdit(@Root() plan: ActionPlan, @Ctx() ctx: Context): boolean {
    return ctx.viewer.canEditPlanContent(plan);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may resolve remarks on the plan (editors of the plan's zone, also once it is submitted)." })
  viewerCanFollowUp(@Root() plan: ActionPlan, @Ctx() ctx: Context): boolean {
    return ctx.viewer.canEditPlan(plan);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may reopen the submitted plan, with a reason (administrators).' })
  viewerCanReopen(@Root() plan: ActionPlan, @Ctx() ctx: Context): boolean {
    return ctx.viewer.canReopenPlan(plan);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may leave a remark on the plan: coaches of the zone's region, the zone's members." })
  async viewerCanRemark(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<boolean> {
    const regionId = await regionOf(ctx, plan.zoneId);
    return regionId !== null && ctx.viewer.canRemarkOn(plan.zoneId, regionId);
  }
}

@Resolver(() => Zone)
export class ZoneRightsResolver {
  @FieldResolver(() => Boolean, { description: "Whether you may edit the zone: its profile, plans, partners' clusters, and create shared work for it (its editors)." })
  viewerCanEdit(@Root() zone: Zone, @Ctx() ctx: Context): boolean {
    return ctx.viewer.canEditZone(zone.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you are a member of the zone (editor or reader): you see its draft plans and its invitations.' })
  viewerIsMember(@Root() zone: Zone, @Ctx() ctx: Context): boolean {
    return ctx.viewer.isMemberOrAdmin(zone.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may invite colleagues into the zone by e-mail (`inviteUser`): its editors, administrators for any zone.' })
  viewerCanInvite(@Root() zone: Zone, @Ctx() ctx: Context): boolean {
    return ctx.viewer.canInviteToZone(zone.id);
  }
}

@Resolver(() => MultiYearPlan)
export class MultiYearPlanRightsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you may edit the multi-year plan: its years and title, add, edit, renumber and retire its goals (editors of its zone).' })
  viewerCanEdit(@Root() plan: MultiYearPlan, @Ctx() ctx: Context): boolean {
    return ctx.viewer.canEditMultiYearPlan(plan);
  }
}

@Resolver(() => YearReportView)
export class YearReportRightsResolver {
  @FieldResolver(() => Boolean, { description: "Whether you may write its narratives and submit it: editors of the plan's zone, while it is not submitted." })
  viewerCanEdit(@Root() report: YearReportView, @Ctx() ctx: Context): boolean {
    return ctx.viewer.canEditYearReport(report.access, report.status);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may reopen the submitted report, with a reason (administrators).' })
  viewerCanReopen(@Root() report: YearReportView, @Ctx() ctx: Context): boolean {
    return ctx.viewer.canReopenYearReport(report.status);
  }
}
