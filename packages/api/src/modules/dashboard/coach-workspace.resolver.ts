// The coach's workspace on the region dashboard: per zone what its plan still lacks, the coach's
// own remarks across the zones, and each zone's year against the year before. Figures come from
// DashboardService (one statement each); objects through the loaders.
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import { intInRange } from '../../common/validate';
import type { Context } from '../auth/context';
import { Action } from '../action/action.entity';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { OperationalGoal } from '../plan/plan.entity';
import { Remark } from '../remark/remark.entity';
import { Theme } from '../theme/theme.entity';
import { Zone } from '../zone/zone.entity';
import { RegionDashboard } from './dashboard.resolver';
import { DashboardService, type QualityGapKind } from './dashboard.service';

const QualityGapKindEnum = { INDICATORS: 'INDICATORS', EVALUATION_KIND: 'EVALUATION_KIND', LEAD: 'LEAD', MONTHS: 'MONTHS' } as const;
registerEnumType(QualityGapKindEnum, {
  name: 'QualityGapKind',
  description: 'What an action sheet lacks for a complete plan.',
  valuesConfig: {
    INDICATORS: { description: 'No indicator.' },
    EVALUATION_KIND: { description: 'No evaluation kind ticked.' },
    LEAD: { description: 'No lead (trekker): no text and no leading working group.' },
    MONTHS: { description: 'No month in the timeline.' },
  },
});

@ObjectType({ description: "An action of a zone's plan with what its sheet lacks." })
export class ActionQualityGap {
  @Field(() => Action, { description: 'The action.' })
  action: Action;

  @Field(() => [QualityGapKindEnum], { description: 'What it lacks, in the order indicators, evaluation kind, lead, months.' })
  missing: QualityGapKind[];
}

@ObjectType({ description: "How complete a zone's own plan of the year is: what its sheets lack, and goals no action works on." })
export class ZoneQuality {
  @Field(() => Zone, { description: 'The zone.' })
  zone: Zone;

  @Field(() => ActionPlan, { nullable: true, description: "The zone's plan of the year; null when it has none you may see." })
  plan: ActionPlan | null;

  @Field(() => Int, { description: 'Actions in the plan.' })
  actionCount: number;

  @Field(() => Int, { description: 'Actions without an indicator.' })
  withoutIndicators: number;

  @Field(() => Int, { description: 'Actions without an evaluation kind.' })
  withoutEvaluationKind: number;

  @Field(() => Int, { description: 'Actions without a lead.' })
  withoutLead: number;

  @Field(() => Int, { description: 'Actions without months in the timeline.' })
  withoutMonths: number;

  @Field(() => [ActionQualityGap], { description: 'The actions that lack something, in plan order.' })
  gaps: ActionQualityGap[];

  @Field(() => [OperationalGoal], { description: "Operational goals of the plan's multi-year plan (not retired) that no action of the plan works on." })
  goalsWithoutActions: OperationalGoal[];
}

@ObjectType({ description: "A zone's own plan of the year against its plan of the year before." })
export class ZoneYearComparison {
  @Field(() => Zone, { description: 'The zone.' })
  zone: Zone;

  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => Int, { description: 'Actions in the plan of the year.' })
  actionCount: number;

  @Field(() => Int, { description: 'Actions in the plan of the year before.' })
  previousActionCount: number;

  @Field(() => Int, { description: 'Actions of the year marked done.' })
  doneCount: number;

  @Field(() => Int, { description: 'Actions of the year before marked done.' })
  previousDoneCount: number;

  @Field(() => [Theme], { description: "Themes of the year's actions that the year before had not." })
  themesGained: Theme[];

  @Field(() => [Theme], { description: "Themes of the year before that the year's actions no longer have." })
  themesDropped: Theme[];

  @Field(() => [Theme], { description: 'Themes of both years.' })
  themesKept: Theme[];
}

@ObjectType({ description: 'Two actions of different zones of a region on the same subject that share no owner zone ("deze zones werken apart aan hetzelfde").' })
export class ActionOverlap {
  @Field(() => [Action], { description: 'The two actions, each of another zone.' })
  actions: Action[];

  @Field(() => Float, { description: 'How alike they are (higher is more alike); comparable within one list only.' })
  score: number;

  @Field(() => [String], { description: 'The words both are most about, as written in their titles or texts where found.' })
  words: string[];

  @Field(() => [Theme], { description: 'Themes both actions have.' })
  sharedThemes: Theme[];
}

/** A stem as a word the actions use ("mantelzorg" for "mantelzorgers"), else the stem. */
function asWritten(stem: string, texts: string[]): string {
  const words = texts.flatMap((text) => text.split(/[^\p{L}\p{N}-]+/u));
  // The Dutch stemmer also changes a word's end ("overhoop" → "overhop"): try a shorter start too.
  for (const start of [stem, stem.slice(0, -1), stem.slice(0, -2)].filter((s) => s.length >= 3)) {
    const word = words.find((w) => w.toLowerCase().startsWith(start));
    if (word) return word;
  }
  return stem;
}

const count = (gaps: { missing: QualityGapKind[] }[], kind: QualityGapKind) => gaps.filter((g) => g.missing.includes(kind)).length;

@Resolver(() => RegionDashboard)
export class CoachWorkspaceResolver {
  @FieldResolver(() => [ZoneQuality], { description: 'Per zone (by name): what its own plan of the year still lacks.' })
  async quality(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<ZoneQuality[]> {
    const rows = await new DashboardService(ctx).quality(d.region.id, d.year);
    const [zones, plans, actions, goals] = await Promise.all([
      ctx.loaders.byId(Zone).loadMany(rows.map((r) => r.zoneId)),
      ctx.loaders.byId(ActionPlan).loadMany(rows.flatMap((r) => (r.planId ? [r.planId] : []))),
      ctx.loaders.byId(Action).loadMany(rows.flatMap((r) => r.gaps.map((g) => g.actionId))),
      ctx.loaders.byId(OperationalGoal).loadMany(rows.flatMap((r) => r.goalIds)),
    ]);
    const byId = <T extends { id: string }>(list: (T | Error | null)[]) => new Map(list.filter((x): x is T => !!x && !(x instanceof Error)).map((x) => [x.id, x]));
    const [planOf, actionOf, goalOf] = [byId(plans as (ActionPlan | Error)[]), byId(actions as (Action | Error)[]), byId(goals as (OperationalGoal | Error)[])];
    return rows.map((r, i) => ({
      zone: zones[i] as Zone,
      plan: r.planId ? (planOf.get(r.planId) ?? null) : null,
      actionCount: r.actionCount,
      withoutIndicators: count(r.gaps, 'INDICATORS'),
      withoutEvaluationKind: count(r.gaps, 'EVALUATION_KIND'),
      withoutLead: count(r.gaps, 'LEAD'),
      withoutMonths: count(r.gaps, 'MONTHS'),
      gaps: r.gaps.flatMap((g) => (actionOf.has(g.actionId) ? [{ action: actionOf.get(g.actionId)!, missing: g.missing }] : [])),
      goalsWithoutActions: r.goalIds.flatMap((id) => (goalOf.has(id) ? [goalOf.get(id)!] : [])),
    }));
  }

  @FieldResolver(() => [ZoneYearComparison], { description: 'Per zone (by name): its plan of the year against the year before (actions, done, themes).' })
  async yearOverYear(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<ZoneYearComparison[]> {
    const rows = await new DashboardService(ctx).yearOverYear(d.region.id, d.year);
    const zoneIds = [...new Set(rows.map((r) => r.zoneId))];
    const [zones, themes] = await Promise.all([ctx.loaders.byId(Zone).loadMany(zoneIds), ctx.loaders.byId(Theme).loadMany([...new Set(rows.flatMap((r) => r.themeIds))])]);
    const themeOf = new Map((themes.filter((t) => t instanceof Theme) as Theme[]).map((t) => [t.id, t]));
    const byName = (ids: string[]) => ids.flatMap((id) => (themeOf.has(id) ? [themeOf.get(id)!] : [])).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return zoneIds.map((zoneId, i) => {
      const now = rows.find((r) => r.zoneId === zoneId && r.year === d.year)!;
      const before = rows.find((r) => r.zoneId === zoneId && r.year === d.year - 1)!;
      return {
        zone: zones[i] as Zone,
        year: d.year,
        actionCount: now.actionCount,
        previousActionCount: before.actionCount,
        doneCount: now.doneCount,
        previousDoneCount: before.doneCount,
        themesGained: byName(now.themeIds.filter((id) => !before.themeIds.includes(id))),
        themesDropped: byName(before.themeIds.filter((id) => !now.themeIds.includes(id))),
        themesKept: byName(now.themeIds.filter((id) => before.themeIds.includes(id))),
      };
    });
  }

  @FieldResolver(() => [ActionOverlap], {
    description: 'Actions of the year in different zones of the region about the same subject that share no owner zone, most alike first: candidates to work on together.',
  })
  async overlaps(
    @Root() d: RegionDashboard,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many pairs (1 to 50; more or fewer is INVALID_INPUT).' }) first: number,
  ): Promise<ActionOverlap[]> {
    const rows = await new DashboardService(ctx).overlaps(d.region.id, d.year, intInRange(first, 'first', 1, 50));
    const [actions, themes] = await Promise.all([
      ctx.loaders.byId(Action).loadMany([...new Set(rows.flatMap((r) => [r.a, r.b]))]),
      ctx.loaders.byId(Theme).loadMany([...new Set(rows.flatMap((r) => r.themeIds))]),
    ]);
    const actionOf = new Map((actions.filter((a) => a instanceof Action) as Action[]).map((a) => [a.id, a]));
    const themeOf = new Map((themes.filter((t) => t instanceof Theme) as Theme[]).map((t) => [t.id, t]));
    return rows.flatMap((r) => {
      const pair = [actionOf.get(r.a), actionOf.get(r.b)];
      if (!pair[0] || !pair[1]) return [];
      const texts = pair.flatMap((a) => [a!.title, a!.what ?? '']);
      return [
        { actions: pair as Action[], score: r.score, words: r.words.map((w) => asWritten(w, texts)), sharedThemes: r.themeIds.flatMap((id) => (themeOf.has(id) ? [themeOf.get(id)!] : [])) },
      ];
    });
  }

  @FieldResolver(() => [Remark], { description: "Your own remarks on the plans of the year of the region's zones: open ones first, newest first." })
  async myRemarks(@Root() d: RegionDashboard, @Ctx() ctx: Context): Promise<Remark[]> {
    const ids = await new DashboardService(ctx).myRemarkIds(d.region.id, d.year);
    return (await ctx.loaders.byId(Remark).loadMany(ids)).filter((r): r is Remark => r instanceof Remark);
  }
}
