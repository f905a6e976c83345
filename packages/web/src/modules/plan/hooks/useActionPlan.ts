import { useQuery } from '@apollo/client/react';
import { ActionPlanPageQuery } from '../graphql/action-plan-page';

/** `year` is null when the URL holds no valid year: the query is then skipped. */
export function useActionPlan(zoneSlug: string, year: number | null) {
  return useQuery(ActionPlanPageQuery, { variables: { slug: zoneSlug, year: year ?? 0 }, skip: year === null });
}
