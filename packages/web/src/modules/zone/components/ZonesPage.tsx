import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { ZonesOverviewQuery } from '@/gql/graphql';
import { useZonesOverview } from '../hooks/useZonesOverview';
import { ZoneCard } from './ZoneCard';

/** Route `/`: the regions with their zones. */
export function ZonesPage() {
  const { data, error, refetch } = useZonesOverview();
  if (error) return <ErrorState error={error} what="de zones" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Zones laden…" />;
  return <ZonesOverview regions={data.regions} />;
}

function ZonesOverview({ regions }: { regions: ZonesOverviewQuery['regions'] }) {
  usePageTitle('Zones');
  const withZones = regions.filter((region) => region.zones.length > 0);
  return (
    <>
      <header className="page-header">
        <h1>Zones</h1>
        <p className="lead">De eerstelijnszones per regio, met hun meest recente actieplan.</p>
      </header>
      {withZones.length === 0 ? (
        <EmptyState>Er zijn nog geen zones.</EmptyState>
      ) : (
        withZones.map((region) => (
          <section key={region.id} className="region" aria-labelledby={`regio-${region.slug}`}>
            <h2 id={`regio-${region.slug}`}>Regio {region.name}</h2>
            <ul className="card-grid">
              {region.zones.map((zone) => (
                <li key={zone.id}>
                  <ZoneCard zone={zone} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
