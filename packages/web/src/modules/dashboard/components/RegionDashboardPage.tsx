import { useDeferredValue } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { RegionDashboardQuery, RegionYearsQuery } from '../graphql/region-dashboard';
import { defaultYear, parseYear } from '../years';
import { RegionDashboardView } from './RegionDashboardView';
import '../dashboard.css';

const MISSING = 'Deze regio bestaat niet.';

/** Route `/regio/:slug?jaar=2025`. Without a year, the year most of the region's zones have a plan for. */
export function RegionDashboardPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const year = parseYear(params.get('jaar'));
  return year === null ? <WithDefaultYear slug={slug} /> : <Dashboard slug={slug} year={year} explicitYear />;
}

function WithDefaultYear({ slug }: { slug: string }) {
  const { data, error, refetch } = useQuery(RegionYearsQuery, { variables: { slug } });
  if (error) return <ErrorState error={error} what="de regio" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Regiodashboard laden…" />;
  if (!data.region) return <NotFound message={MISSING} />;
  return <Dashboard slug={slug} year={defaultYear(data.region.zones)} explicitYear={false} />;
}

function Dashboard({ slug, year, explicitYear }: { slug: string; year: number; explicitYear: boolean }) {
  const { data: answer, error, refetch } = useQuery(RegionDashboardQuery, { variables: { slug, year } });
  // Rendered in slices, like the plan page (ActionPlanPage).
  const data = useDeferredValue(answer);
  if (error && isNotFoundError(error)) return <NotFound message={MISSING} />;
  if (error) return <ErrorState error={error} what="het regiodashboard" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Regiodashboard laden…" />;
  return <RegionDashboardView data={data} explicitYear={explicitYear} />;
}
