import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { actionPlanSchema } from '@kruispunt/shared';
import { parseInput } from '../../common/validate';
import type { Context } from '../auth/context';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { Region } from '../region/region.entity';
import { AuditEntry } from '../audit/audit.entity';
import { YearReportService } from './year-report.service';
import { RegionYearReport, YearReportView } from './year-report.types';

@Resolver(() => ActionPlan)
export class ActionPlanYearReportResolver {
  @FieldResolver(() => YearReportView, {
    nullable: true,
    description:
      "The plan's yearly report (jaarrapportering, due 1 May of the next year): per action (those you see) its status, indicators against the values measured in the plan year and its reviews, per strategic goal the zone's narrative. Once submitted, exactly as submitted.",
  })
  yearReport(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<YearReportView | null> {
    return new YearReportService(ctx).view(plan);
  }

  @Mutation(() => ActionPlan, {
    description:
      "Writes the zone's narrative on one strategic goal in the plan's yearly report (empty text clears it). Editors of the plan's zone, while the report is not submitted. Answers the plan; read its yearReport.",
  })
  updateYearReportNarrative(
    @Arg('planId', () => ID) planId: string,
    @Arg('strategicGoalId', () => ID) strategicGoalId: string,
    @Arg('text', () => String, { nullable: true }) text: string | null,
    @Arg('version', () => Int, { description: 'The yearReport.version you last saw.' }) version: number,
    @Ctx() ctx: Context,
  ): Promise<ActionPlan> {
    return new YearReportService(ctx).updateNarrative(planId, strategicGoalId, version, { text });
  }

  @Mutation(() => ActionPlan, {
    description: 'Submits the yearly report: it is kept exactly as it is now (JSON and Word, see yearReport.submissions) and becomes read-only until an administrator reopens it.',
  })
  submitYearReport(@Arg('planId', () => ID) planId: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context): Promise<ActionPlan> {
    return new YearReportService(ctx).submit(planId, version);
  }

  @Mutation(() => ActionPlan, { description: 'Reopens a submitted yearly report (administrators), the reason recorded in its history. Its submissions stay downloadable.' })
  reopenYearReport(
    @Arg('planId', () => ID) planId: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { description: 'Why it is reopened (required).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ActionPlan> {
    return new YearReportService(ctx).reopen(planId, version, { reason });
  }
}

@Resolver(() => YearReportView)
export class YearReportHistoryResolver {
  @FieldResolver(() => [AuditEntry], { description: 'What happened to the report, newest first: narratives written, submissions, reopenings with their reason (`reopenReason`).' })
  history(@Root() report: YearReportView, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    return new YearReportService(ctx).history(report.reportId);
  }
}

@Resolver(() => Region)
export class RegionYearReportResolver {
  @FieldResolver(() => RegionYearReport, { description: "The region's year rolled up per zone and per theme (its coaches and administrators; counts only what you see)." })
  yearReport(@Root() region: Region, @Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<RegionYearReport> {
    return new YearReportService(ctx).region(region, parseInput(actionPlanSchema, { year }).year);
  }
}
