// The plan page's data as its parts (header, goal tree, status control) read it.
import type { ActionPlanPageQuery } from '@/gql/graphql';

export type PageZone = NonNullable<ActionPlanPageQuery['zone']>;
export type Plan = NonNullable<PageZone['actionPlan']>;
