// The roots a zone's plan and the pages of actions are answered from by PostgreSQL
// (graphql/sql-answers.ts): each runs its resolver's service call first — the same arguments,
// rights, visibility and errors — and the statement builds the rest from the selection.
import { actionPlanSchema, timelineMilestones, type MilestoneStep } from '@kruispunt/shared';
import { toGlobalId } from '../../common/global-id';
import { parseInput } from '../../common/validate';
import { connectionAnswer, type SqlAnswerSpec } from '../../graphql/sql-answers';
import { ActionPlanService } from '../action-plan/action-plan.service';
import type { Context } from '../auth/context';
import { ACTION_FIELD_FORMS, actionPlanAnswerSql, timelineOf } from './action-answers.queries';
import type { ActionFilter, ActionSort } from './action-search.inputs';
import { ActionSearchService } from './action-search.service';

/** The months of the timeline with their milestones, derived from the steps by the shared rule (as action-relations.ts does). */
const timeline = timelineOf(['id', 'month', 'milestones', 'milestone'], (material) => {
  const { months, steps } = material as { months: { id: string; month: number }[]; steps: MilestoneStep[] };
  const derived = new Map(
    timelineMilestones(
      months.map((m) => m.month),
      steps,
    ).map((t) => [t.month, t]),
  );
  return months.map((m) => ({
    id: toGlobalId('ActionMonth', m.id),
    month: m.month,
    milestones: derived.get(m.month)?.milestones ?? [],
    milestone: derived.get(m.month)?.milestone ?? null,
  }));
});

export const ACTION_ANSWERS: SqlAnswerSpec<Context> = {
  fields: { ...ACTION_FIELD_FORMS, Action: { ...ACTION_FIELD_FORMS.Action, timeline } },
  roots: {
    actionPlan: {
      async prepare(ctx, args, build) {
        const year = parseInput(actionPlanSchema, { year: args.year as number }).year;
        const plan = await new ActionPlanService(ctx).byZoneAndYear(args.zoneSlug as string, year);
        if (!plan) return null;
        const row = build.alias('x');
        return actionPlanAnswerSql(build.object(row), row, build.params.add(plan.id, '::uuid'));
      },
    },
    actions: {
      // One statement: the page's keys (the search's own, with its filters and visibility) and
      // each selected node's JSON; the connection is assembled from its rows.
      async prepare(ctx, args, build) {
        const connection = connectionAnswer(build.selection(), 'e');
        const statement = new ActionSearchService(ctx).pageStatement(
          (args.filter as ActionFilter | null) ?? {},
          (args.sort as ActionSort | undefined) ?? 'PLAN',
          (args.descending as boolean | undefined) ?? false,
          { first: args.first as number | null, after: args.after as string | null },
          () => ['e.id AS e_id', ...connection.select].join(', '),
          build.params,
        );
        return {
          sql: statement.sql,
          text: (rows) => {
            const page = statement.connection(rows, (row) => row);
            return connection.text(
              page.edges.map((e) => e.node),
              page.edges.map((e) => e.cursor),
              page.pageInfo,
            );
          },
        };
      },
    },
  },
};
