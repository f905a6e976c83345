import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../auth/context';
import { ActionPlan } from '../action-plan/action-plan.entity';
import { ImportMatches } from './import-matches.types';
import { PlanImportService } from './import.service';

@Resolver()
export class PlanImportResolver {
  @Query(() => ImportMatches, {
    description:
      'For the import review, before saving: the names under "Met wie?" matched against the partner directory (a zone is never taken for a partner; ' +
      'an unmatched organisation name can be created with the import) and the texts that name a project. For zone editors.',
  })
  importMatches(
    @Arg('partnerNames', () => [String], { description: 'Lines under "Met wie?" (stakeholders).' }) partnerNames: string[],
    @Arg('texts', () => [String], { description: 'Texts the parser could not place.' }) texts: string[],
    @Ctx() ctx: Context,
  ): Promise<ImportMatches> {
    return new PlanImportService(ctx.db, ctx.viewer).matches({ partnerNames, texts });
  }

  @Mutation(() => ActionPlan, {
    description:
      'Stores a parsed plan (the `plan` of POST /api/imports/preview, possibly corrected) as the draft action plan of a zone for one year: ' +
      'its goals (added to the multi-year plan where missing) and every action with its sections, in one transaction. ' +
      'An action may name `partners` ([{ name, create }]: linked as stakeholder partners; a new one, when `create`, is made in the same transaction, active in the zone; a zone is never a partner) and `projects` (project ids). ' +
      'For editors of the zone. A plan that already exists for that zone and year is INVALID_INPUT on `year`; a malformed plan is INVALID_INPUT naming the field (e.g. "plan.strategicGoals.0.operationalGoals.1.actions.2.title").',
  })
  importPlan(
    @Arg('zoneId', () => ID, { description: 'The zone to import into.' }) zoneId: string,
    @Arg('year', () => Int, { description: 'The plan year; every action goes into this plan.' }) year: number,
    @Arg('plan', () => GraphQLJSON, { description: 'The parsed plan (see @kruispunt/shared parsedPlanSchema).' }) plan: unknown,
    @Arg('fileName', () => String, { nullable: true, description: 'The name of the imported file, kept in the history of the plan.' }) fileName: string | null,
    @Ctx() ctx: Context,
  ): Promise<ActionPlan> {
    return new PlanImportService(ctx.db, ctx.viewer).importIntoZone(zoneId, year, plan, { source: fileName?.slice(0, 255) ?? null });
  }
}
