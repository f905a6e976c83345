import { useId, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Breadcrumbs, type Crumb } from '@/common/components/Breadcrumbs';
import { ErrorState } from '@/common/components/ErrorState';
import { ZoneOptions } from '@/common/components/ZoneOptions';
import { LoadMore } from '@/common/components/LoadMore';
import { allZones, type FilterOptions } from '@/common/filter-options';
import { formatCount } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { ActionListItemFieldsFragment } from '@/gql/graphql';
import { ProgressBadge } from '@/modules/action/components/ProgressBadge';
import { SharedWithBadge } from '@/modules/zone/components/SharedWithBadge';
import { useActionsList } from '../hooks/useActionsList';
import { dashboardUrl } from '../links';
import type { ListParams, ResolvedFilter } from '../list-params';
import { HIDDEN_PLAN } from '@/modules/action/hidden-plan';
import { ActionTitleLink } from '@/modules/action/components/ActionTitleLink';

export function ActionsListView({ list, options, resolved, years }: { list: ListParams; options: FilterOptions; resolved: ResolvedFilter; years: number[] }) {
  const zones = allZones(options);
  const themeNames = list.themes.map((slug) => options.themes.find((t) => t.slug === slug)?.name ?? slug);
  const zoneNames = list.zones.map((slug) => zones.find((z) => z.slug === slug)?.name ?? slug);
  const regionNames = list.regions.map((slug) => options.regions.find((r) => r.slug === slug)?.name ?? slug);
  const described = [
    ...themeNames,
    ...zoneNames,
    ...regionNames.map((name) => `regio ${name}`),
    ...list.years.map(String),
    ...(list.shared === true ? ['gedeeld'] : list.shared === false ? ['niet gedeeld'] : []),
    ...(list.q ? [`“${list.q}”`] : []),
  ];
  usePageTitle(described.length ? `Acties: ${described.join(' · ')}` : 'Acties');

  // Back to the dashboard the list was opened from: the region of the zone, or the region asked for.
  const regionSlug = list.regions[0] ?? zones.find((z) => z.slug === list.zones[0])?.region.slug;
  const region = options.regions.find((r) => r.slug === regionSlug);
  const crumbs: Crumb[] = [{ label: 'Zones', to: '/' }];
  if (region) crumbs.push({ label: `Regiodashboard ${region.name}`, to: dashboardUrl(region.slug, list.years[0]) });
  crumbs.push({ label: 'Acties' });

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <header className="page-header">
        <p className="eyebrow">Acties van alle zones</p>
        <h1>{described.length ? `Acties: ${described.join(' · ')}` : 'Alle acties'}</h1>
        <ActionFilterForm key={JSON.stringify(list)} list={list} options={options} years={years} />
      </header>
      {resolved.unknown.length > 0 ? (
        <div className="state state--error" role="alert">
          <h2>Onbekende filter</h2>
          <p>Kruispunt kent {resolved.unknown.join(', ')} niet. Misschien is de link verouderd.</p>
          <p>
            <Link to="/acties">Alle acties tonen</Link>
          </p>
        </div>
      ) : (
        <Results resolved={resolved} />
      )}
    </>
  );
}

function Results({ resolved }: { resolved: ResolvedFilter }) {
  const { connection, error, refetch, loadMore, loadingMore } = useActionsList(resolved.filter);
  if (error) return <ErrorState error={error} what="de acties" onRetry={() => void refetch()} />;
  if (!connection)
    return (
      <p className="state state--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Acties zoeken…
      </p>
    );
  const actions = connection.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="resultaten" className="section">
      <h2 id="resultaten" className="results-count" data-testid="results-count" data-count={connection.totalCount}>
        {formatCount(connection.totalCount, 'actie', 'acties')}
      </h2>
      {actions.length === 0 ? (
        <p className="state state--empty">Geen acties met deze filters. Verruim de filters of wis ze.</p>
      ) : (
        <>
          <ol className="result-list">
            {actions.map((action) => (
              <li key={action.id}>
                <ActionRow action={action} />
              </li>
            ))}
          </ol>
          <LoadMore shown={actions.length} total={connection.totalCount} hasMore={connection.pageInfo.hasNextPage} loading={loadingMore} onLoadMore={() => void loadMore()} noun="acties" />
        </>
      )}
    </section>
  );
}

function ActionRow({ action }: { action: ActionListItemFieldsFragment }) {
  const plan = action.actionPlan;
  const zone = plan?.zone;
  return (
    <article className="result" data-testid="action-row">
      <h3 className="result__title">
        <ActionTitleLink action={action} />
      </h3>
      <p className="result__meta">
        {plan && zone ? (
          <>
            <Link to={`/zones/${zone.slug}`} data-field="zone">
              {zone.name}
            </Link>{' '}
            · <Link to={`/zones/${zone.slug}/plannen/${plan.year}`}>Actieplan {plan.year}</Link>
          </>
        ) : (
          `In een ${HIDDEN_PLAN}`
        )}
      </p>
      <div className="badge-row">
        <ProgressBadge status={action.progressStatus} />
        <SharedWithBadge owners={action.owners} zoneId={zone?.id} />
      </div>
      {action.themes.length > 0 && (
        <ul className="tag-list tag-list--small" aria-label="Thema’s" data-field="themes">
          {action.themes.map((theme) => (
            <li key={theme.id} data-slug={theme.slug}>
              {theme.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function ActionFilterForm({ list, options, years }: { list: ListParams; options: FilterOptions; years: number[] }) {
  const navigate = useNavigate();
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const key of ['q', 'thema', 'zone', 'regio', 'jaar', 'gedeeld']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) params.set(key, value);
    }
    const query = params.toString();
    void navigate(query ? `/acties?${query}` : '/acties');
  };

  return (
    <form className="filter-bar filter-bar--wide no-print" onSubmit={submit} aria-label="Acties filteren">
      <div className="filter-bar__field filter-bar__field--grow">
        <label htmlFor={`${id}-q`}>Zoekterm</label>
        <input id={`${id}-q`} name="q" type="search" defaultValue={list.q} />
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-thema`}>Thema</label>
        <select id={`${id}-thema`} name="thema" defaultValue={list.themes[0] ?? ''}>
          <option value="">Alle thema’s</option>
          {options.themes.map((theme) => (
            <option key={theme.id} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-regio`}>Regio</label>
        <select id={`${id}-regio`} name="regio" defaultValue={list.regions[0] ?? ''}>
          <option value="">Alle regio’s</option>
          {options.regions.map((region) => (
            <option key={region.id} value={region.slug}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-zone`}>Zone</label>
        <select id={`${id}-zone`} name="zone" defaultValue={list.zones[0] ?? ''}>
          <option value="">Alle zones</option>
          <ZoneOptions regions={options.regions} />
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-jaar`}>Jaar</label>
        <select id={`${id}-jaar`} name="jaar" defaultValue={list.years[0] ? String(list.years[0]) : ''}>
          <option value="">Alle jaren</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-gedeeld`}>Gedeeld</label>
        <select id={`${id}-gedeeld`} name="gedeeld" defaultValue={list.shared === true ? 'ja' : list.shared === false ? 'nee' : ''}>
          <option value="">Alle acties</option>
          <option value="ja">Gedeeld met een andere zone</option>
          <option value="nee">Niet gedeeld</option>
        </select>
      </div>
      <div className="filter-bar__actions">
        <button type="submit" className="button">
          Filteren
        </button>
        <Link to="/acties" className="filter-bar__reset">
          Filters wissen
        </Link>
      </div>
    </form>
  );
}
