import { Navigate } from 'react-router';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { useFilterOptions } from '@/common/filter-options';
import { useViewer } from '@/modules/auth/hooks/useViewer';
import { dashboardUrl } from '../links';

/** Route `/regio`: the region a coach coaches, or the region of the user's own zone, else the first. */
export function RegionIndexPage() {
  const viewer = useViewer();
  const me = viewer.data?.me;
  const own = me?.coachedRegions[0]?.slug ?? me?.zones[0]?.zone.region.slug;
  const options = useFilterOptions();
  if (!viewer.data) return <LoadingState label="Regio zoeken…" />;
  if (own) return <Navigate to={dashboardUrl(own)} replace />;
  if (options.error) return <ErrorState error={options.error} what="de regio's" onRetry={() => void options.refetch()} />;
  if (!options.data) return <LoadingState label="Regio zoeken…" />;
  const first = options.data.regions.find((region) => region.zones.length > 0) ?? options.data.regions[0];
  if (!first) return <EmptyState>Er zijn nog geen regio’s.</EmptyState>;
  return <Navigate to={dashboardUrl(first.slug)} replace />;
}
