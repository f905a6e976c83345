import type { LoaderFunctionArgs } from 'react-router';
import { ViewerQuery } from '@/modules/auth/graphql/viewer';
import { apolloClient } from './apollo';

/**
 * Route loaders that start a page's main query at navigation, beside the sign-in gate's viewer
 * query and the page's own chunk, instead of after both (one round trip less before the page
 * shows: Lighthouse's LCP). They never wait and never fail: the page's own `useQuery` with the same
 * document and variables picks up the request in flight or its cached answer (Apollo deduplicates)
 * and shows loading and error states itself. Each document comes in a small chunk of its own.
 */
function prefetch(load: () => Promise<unknown>): null {
  load().catch(() => undefined);
  return null;
}

/** The sign-in gate's question (who is signed in), asked at navigation instead of after the page's chunk. */
export const prefetchViewer = () => prefetch(() => apolloClient.query({ query: ViewerQuery }));

export const prefetchMyZone = ({ params }: LoaderFunctionArgs) =>
  prefetch(async () => {
    const { MyZoneQuery } = await import('@/modules/zone/graphql/my-zone');
    return apolloClient.query({ query: MyZoneQuery, variables: { slug: params.slug ?? '' } });
  });

export const prefetchActionPlan = ({ params }: LoaderFunctionArgs) =>
  prefetch(async () => {
    const year = /^\d{4}$/.test(params.year ?? '') ? Number(params.year) : null;
    if (year === null) return;
    const { ActionPlanPageQuery } = await import('@/modules/plan/graphql/action-plan-page');
    return apolloClient.query({ query: ActionPlanPageQuery, variables: { slug: params.slug ?? '', year } });
  });

export const prefetchAction = ({ params }: LoaderFunctionArgs) =>
  prefetch(async () => {
    const { ActionPageQuery } = await import('@/modules/action/graphql/action-page');
    return apolloClient.query({ query: ActionPageQuery, variables: { id: params.id ?? '' } });
  });

/** `/regio/:slug[?jaar=]`: without a year, the region's years first, then the dashboard of the default year. */
export const prefetchRegionDashboard = ({ params, request }: LoaderFunctionArgs) =>
  prefetch(async () => {
    const [{ RegionDashboardQuery, RegionYearsQuery }, { defaultYear, parseYear }] = await Promise.all([
      import('@/modules/dashboard/graphql/region-dashboard'),
      import('@/modules/dashboard/years'),
    ]);
    const slug = params.slug ?? '';
    let year = parseYear(new URL(request.url).searchParams.get('jaar'));
    if (year === null) {
      const { data } = await apolloClient.query({ query: RegionYearsQuery, variables: { slug } });
      if (!data?.region) return;
      year = defaultYear(data.region.zones);
    }
    return apolloClient.query({ query: RegionDashboardQuery, variables: { slug, year } });
  });
