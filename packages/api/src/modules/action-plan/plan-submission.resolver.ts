import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth/context';
import { ActionPlanService } from './action-plan.service';
import { PlanChangesResult } from './plan-changes.types';
import { PlanSubmission } from './plan-submission.entity';

@Resolver(() => PlanSubmission)
export class PlanSubmissionResolver {
  @FieldResolver(() => PlanChangesResult, {
    description: "What changed since this submission: the kept import-shape JSON against the plan's export now (actions matched by number, then title). Readable by whoever reads the plan.",
  })
  changesSinceSubmission(@Root() submission: PlanSubmission, @Ctx() ctx: Context): Promise<PlanChangesResult> {
    return new ActionPlanService(ctx).changesSinceSubmission(submission.id);
  }
}
