// The region dashboard answered by PostgreSQL (graphql/sql-answers.ts): the root runs its
// resolver's service calls first — the same sign-in, region lookup, year check and errors — and
// one statement builds the rest from the selection (the figures as in dashboard.queries.ts, the
// visibility as DashboardService builds it). The coach's workspace has no SQL forms: a query
// selecting it goes graphql-js's way, with the figures read together (DashboardService.figures).
import { actionPlanSchema } from '@kruispunt/shared';
import { parseInput } from '../../common/validate';
import type { SqlAnswerSpec } from '../../graphql/sql-answers';
import type { Context } from '../auth/context';
import { DASHBOARD_FIELD_FORMS } from './dashboard-answers.queries';
import { DashboardService } from './dashboard.service';

export const DASHBOARD_ANSWERS: SqlAnswerSpec<Context> = {
  fields: DASHBOARD_FIELD_FORMS,
  roots: {
    regionDashboard: {
      async prepare(ctx, args, build) {
        const service = new DashboardService(ctx);
        // In the resolver's order: an unknown region before an invalid year.
        const region = await service.region(args.regionSlug as string);
        const year = parseInput(actionPlanSchema, { year: args.year as number }).year;
        return service.answerSql(region.id, year, build);
      },
    },
  },
};
