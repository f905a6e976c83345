import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge } from '@/common/components/Badge';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { formatCount } from '@/common/format';
import { AdminRegionsQuery, SetRegionContactEmailMutation } from '../graphql/admin';
import { ContactEmailForm } from './ContactEmailForm';

/** Route `/beheer/regios`: each region's contact address and coaches (coaches are given on a user's page). */
export function RegionsAdminPage() {
  usePageTitle('Regio’s – Beheer');
  const { data, error, refetch } = useQuery(AdminRegionsQuery);
  const [setContact] = useMutation(SetRegionContactEmailMutation);
  return (
    <>
      <h1>Regio’s</h1>
      {error ? (
        <ErrorState error={error} what="de regio’s" onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label="Regio’s laden…" />
      ) : data.regions.length === 0 ? (
        <EmptyState>Er zijn nog geen regio’s.</EmptyState>
      ) : (
        data.regions.map((region) => (
          <section key={region.id} className="section" aria-labelledby={`regio-${region.slug}`} data-testid="region-section">
            <h2 id={`regio-${region.slug}`}>{region.name}</h2>
            <p className="muted">{formatCount(region.zones.length, 'zone', 'zones')}</p>
            <h3>Contactadres</h3>
            <ContactEmailForm
              id={region.id}
              name={region.name}
              value={region.contactEmail ?? null}
              save={(contactEmail) => setContact({ variables: { id: region.id, version: region.version, contactEmail } })}
              reload={() => refetch()}
            />
            <h3>Coaches</h3>
            {region.coaches.length === 0 ? (
              <EmptyState>Nog geen coach. Maak iemand coach op zijn pagina bij Gebruikers.</EmptyState>
            ) : (
              <ul className="admin-list">
                {region.coaches.map((coach) => (
                  <li key={coach.id} className="admin-list__item">
                    <div>
                      <Link to={`/beheer/gebruikers/${coach.id}`} className="admin-list__title">
                        {coach.name}
                      </Link>
                      <span className="admin-list__meta">{coach.email}</span>
                    </div>
                    {coach.disabledAt && <Badge tone="neutral">Gedeactiveerd</Badge>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </>
  );
}
