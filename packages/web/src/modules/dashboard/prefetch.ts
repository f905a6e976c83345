import type { LoaderFunctionArgs } from 'react-router';
import { apolloClient } from '@/app/apollo';
import { RegionDashboardQuery, RegionYearsQuery } from './graphql/region-dashboard';
import { parseYear } from './years';

/**
 * Route loader of `/regio/:slug`: starts the dashboard's request while the sign-in gate still
 * asks who is signed in, instead of after it. It does not wait: the page's own query picks up
 * the request in flight (Apollo deduplicates it) and shows loading and error states itself.
 */
export function prefetchRegionDashboard({ params, request }: LoaderFunctionArgs): null {
  const slug = params.slug ?? '';
  const year = parseYear(new URL(request.url).searchParams.get('jaar'));
  const pending = year === null ? apolloClient.query({ query: RegionYearsQuery, variables: { slug } }) : apolloClient.query({ query: RegionDashboardQuery, variables: { slug, year } });
  // A failure (not signed in, unknown region) is the page's to show.
  pending.catch(() => undefined);
  return null;
}
