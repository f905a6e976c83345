import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CLUSTER_KIND_LABELS } from '@kruispunt/shared';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { ErrorState } from '@/common/components/ErrorState';
import { ZoneOptions } from '@/common/components/ZoneOptions';
import { LoadingState } from '@/common/components/LoadingState';
import { LoadMore } from '@/common/components/LoadMore';
import { allZones, useFilterOptions, type FilterOptions } from '@/common/filter-options';
import { formatCount } from '@/common/format';
import { useLoadMore } from '@/common/hooks/useLoadMore';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { PartnerDirectoryQuery } from '@/gql/graphql';
import { PartnerDirectoryQuery as DirectoryQuery } from '../graphql/partners';
import '@/common/cross-zone.css';
import './partners.css';

const PAGE_SIZE = 25;

type Partner = PartnerDirectoryQuery['partners']['edges'][number]['node'];

/** Route `/partners?q=…&zone=…`: the organisations of the network, with their zones and clusters. */
export function PartnersPage() {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const zoneSlug = params.get('zone') ?? '';
  const options = useFilterOptions();
  if (options.error) return <ErrorState error={options.error} what="de zones" onRetry={() => void options.refetch()} />;
  if (!options.data) return <LoadingState label="Partners laden…" />;
  const zone = zoneSlug ? allZones(options.data).find((z) => z.slug === zoneSlug) : undefined;
  return <Directory q={q} zoneSlug={zoneSlug} zoneId={zone?.id ?? null} zoneName={zone?.name ?? null} options={options.data} />;
}

function Directory({ q, zoneSlug, zoneId, zoneName, options }: { q: string; zoneSlug: string; zoneId: string | null; zoneName: string | null; options: FilterOptions }) {
  usePageTitle(['Partners', q && `“${q}”`, zoneName].filter(Boolean).join(' · '));
  const unknownZone = zoneSlug !== '' && zoneId === null;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: 'Partners' }]} />
      <header className="page-header">
        <h1>Partners</h1>
        <p className="lead">De organisaties in het netwerk van de zones: in welke zones ze actief zijn en in welke clusters van de zorgraad ze zitten.</p>
        <PartnerFilter key={`${q}|${zoneSlug}`} q={q} zoneSlug={zoneSlug} options={options} />
      </header>
      {unknownZone ? (
        <div className="state state--error" role="alert">
          <h2>Onbekende zone</h2>
          <p>Kruispunt kent de zone “{zoneSlug}” niet.</p>
          <p>
            <Link to="/partners">Alle partners tonen</Link>
          </p>
        </div>
      ) : (
        <PartnerList q={q} zoneId={zoneId} />
      )}
    </>
  );
}

function PartnerList({ q, zoneId }: { q: string; zoneId: string | null }) {
  const { data, error, refetch, fetchMore } = useQuery(DirectoryQuery, { variables: { search: q || null, zoneId, first: PAGE_SIZE } });
  const { loadingMore, loadMore } = useLoadMore<PartnerDirectoryQuery, 'partners'>(fetchMore, 'partners');
  if (error) return <ErrorState error={error} what="de partners" onRetry={() => void refetch()} />;
  if (!data)
    return (
      <p className="state state--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Partners zoeken…
      </p>
    );
  const { partners } = data;
  return (
    <section className="section" aria-labelledby="partners-resultaten">
      <h2 id="partners-resultaten" className="results-count">
        {formatCount(partners.totalCount, 'partner', 'partners')}
      </h2>
      {partners.edges.length === 0 ? (
        <p className="state state--empty">{q ? `Geen partner gevonden voor “${q}”.` : 'Geen partners gevonden.'}</p>
      ) : (
        <>
          <ul className="partner-grid">
            {partners.edges.map(({ node }) => (
              <li key={node.id}>
                <PartnerCard partner={node} />
              </li>
            ))}
          </ul>
          <LoadMore
            shown={partners.edges.length}
            total={partners.totalCount}
            hasMore={partners.pageInfo.hasNextPage}
            loading={loadingMore}
            onLoadMore={() => void loadMore(partners)}
            noun="partners"
          />
        </>
      )}
    </section>
  );
}

function PartnerCard({ partner }: { partner: Partner }) {
  return (
    <article className="result partner" data-testid="partner">
      <h3 className="result__title">{partner.name}</h3>
      {partner.sector && <p className="result__meta">{partner.sector}</p>}
      <dl className="partner__facts">
        <div>
          <dt>Actief in</dt>
          <dd>
            {partner.zones.length === 0 ? (
              <span className="muted">Geen zone opgegeven</span>
            ) : (
              <ul className="inline-list">
                {partner.zones.map((zone) => (
                  <li key={zone.id}>
                    <Link to={`/zones/${zone.slug}`}>{zone.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Clusters</dt>
          <dd>
            {partner.clusters.length === 0 ? (
              <span className="muted">In geen cluster</span>
            ) : (
              <ul className="inline-list">
                {partner.clusters.map((cluster) => (
                  <li key={cluster.id}>
                    {cluster.zone.shortName}: {cluster.name}
                    {cluster.name !== CLUSTER_KIND_LABELS[cluster.kind] && ` (${CLUSTER_KIND_LABELS[cluster.kind]})`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}

function PartnerFilter({ q, zoneSlug, options }: { q: string; zoneSlug: string; options: FilterOptions }) {
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(q);
  const [zone, setZone] = useState(zoneSlug);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (text.trim()) params.set('q', text.trim());
    if (zone) params.set('zone', zone);
    const query = params.toString();
    void navigate(query ? `/partners?${query}` : '/partners');
  };
  return (
    <form className="filter-bar no-print" onSubmit={submit} aria-label="Partners zoeken">
      <div className="filter-bar__field filter-bar__field--grow">
        <label htmlFor={`${id}-q`}>Naam of sector</label>
        <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-zone`}>Actief in zone</label>
        <select id={`${id}-zone`} value={zone} onChange={(e) => setZone(e.target.value)}>
          <option value="">Alle zones</option>
          <ZoneOptions regions={options.regions} />
        </select>
      </div>
      <div className="filter-bar__actions">
        <button type="submit" className="button">
          Zoeken
        </button>
        {(q || zoneSlug) && (
          <Link to="/partners" className="filter-bar__reset">
            Filters wissen
          </Link>
        )}
      </div>
    </form>
  );
}
