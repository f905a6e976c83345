import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, NavLink, useNavigate, useSearchParams } from 'react-router';
import { PROJECT_STATUS_LABELS, WORKING_GROUP_KIND_LABELS } from '@kruispunt/shared';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadMore } from '@/common/components/LoadMore';
import { formatCount } from '@/common/format';
import { useLoadMore } from '@/common/hooks/useLoadMore';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { OwnerFieldsFragment, ProjectListQuery as ProjectListQueryData, WorkingGroupListQuery as WorkingGroupListQueryData } from '@/gql/graphql';
import { OwnerList } from '@/modules/zone/components/OwnerList';
import { ProjectListQuery, WorkingGroupListQuery } from '../graphql/shared-work';
import '@/common/cross-zone.css';
import './shared-work.css';

const PAGE_SIZE = 25;

interface ListItem {
  id: string;
  name: string;
  meta: string;
  owners: readonly OwnerFieldsFragment[];
}

type Kind = 'werkgroepen' | 'projecten';

/** Routes `/werkgroepen?q=…` and `/projecten?q=…`: shared work of every zone, with its owner zones. */
export function WorkingGroupsPage() {
  return <SharedWorkListPage kind="werkgroepen" />;
}

export function ProjectsPage() {
  return <SharedWorkListPage kind="projecten" />;
}

function SharedWorkListPage({ kind }: { kind: Kind }) {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const title = kind === 'werkgroepen' ? 'Werkgroepen' : 'Projecten';
  usePageTitle(q ? `${title}: “${q}”` : title);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: title }]} />
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lead">
          {kind === 'werkgroepen'
            ? 'Werkgroepen, stuurgroepen en klankbordgroepen van alle zones, met de zones die ze trekken.'
            : 'Projecten en programma’s waaraan zones samen deelnemen, met de rol van elke zone.'}
        </p>
        <nav aria-label="Gedeeld werk" className="kind-tabs no-print">
          <ul>
            <li>
              <NavLink to="/werkgroepen">Werkgroepen</NavLink>
            </li>
            <li>
              <NavLink to="/projecten">Projecten</NavLink>
            </li>
          </ul>
        </nav>
        <ListSearch key={`${kind}|${q}`} kind={kind} q={q} />
      </header>
      {kind === 'werkgroepen' ? <WorkingGroupResults q={q} /> : <ProjectResults q={q} />}
    </>
  );
}

function ListSearch({ kind, q }: { kind: Kind; q: string }) {
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(q);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const value = text.trim();
    void navigate(value ? `/${kind}?q=${encodeURIComponent(value)}` : `/${kind}`);
  };
  return (
    <form className="filter-bar no-print" onSubmit={submit} aria-label={kind === 'werkgroepen' ? 'Werkgroepen zoeken' : 'Projecten zoeken'}>
      <div className="filter-bar__field filter-bar__field--grow">
        <label htmlFor={`${id}-q`}>Naam of opdracht</label>
        <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="button">
        Zoeken
      </button>
    </form>
  );
}

function WorkingGroupResults({ q }: { q: string }) {
  const { data, error, refetch, fetchMore } = useQuery(WorkingGroupListQuery, { variables: { search: q || null, first: PAGE_SIZE } });
  const { loadingMore, loadMore } = useLoadMore<WorkingGroupListQueryData, 'workingGroups'>(fetchMore, 'workingGroups');
  if (error) return <ErrorState error={error} what="de werkgroepen" onRetry={() => void refetch()} />;
  if (!data) return <Searching />;
  const connection = data.workingGroups;
  const items: ListItem[] = connection.edges.map(({ node }) => ({
    id: node.id,
    name: node.name,
    meta: [WORKING_GROUP_KIND_LABELS[node.kind], node.cadence].filter(Boolean).join(' · '),
    owners: node.owners,
  }));
  return (
    <Results
      basePath="/werkgroepen"
      noun={['werkgroep', 'werkgroepen']}
      items={items}
      total={connection.totalCount}
      hasMore={connection.pageInfo.hasNextPage}
      loadingMore={loadingMore}
      onLoadMore={() => void loadMore(connection)}
      q={q}
    />
  );
}

function ProjectResults({ q }: { q: string }) {
  const { data, error, refetch, fetchMore } = useQuery(ProjectListQuery, { variables: { search: q || null, first: PAGE_SIZE } });
  const { loadingMore, loadMore } = useLoadMore<ProjectListQueryData, 'projects'>(fetchMore, 'projects');
  if (error) return <ErrorState error={error} what="de projecten" onRetry={() => void refetch()} />;
  if (!data) return <Searching />;
  const connection = data.projects;
  const items: ListItem[] = connection.edges.map(({ node }) => ({
    id: node.id,
    name: node.name,
    meta: [PROJECT_STATUS_LABELS[node.status], node.funder && `financier: ${node.funder}`].filter(Boolean).join(' · '),
    owners: node.owners,
  }));
  return (
    <Results
      basePath="/projecten"
      noun={['project', 'projecten']}
      items={items}
      total={connection.totalCount}
      hasMore={connection.pageInfo.hasNextPage}
      loadingMore={loadingMore}
      onLoadMore={() => void loadMore(connection)}
      q={q}
    />
  );
}

function Searching() {
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Laden…
    </p>
  );
}

function Results(props: { basePath: string; noun: [string, string]; items: ListItem[]; total: number; hasMore: boolean; loadingMore: boolean; onLoadMore: () => void; q: string }) {
  const { basePath, noun, items, total } = props;
  return (
    <section className="section" aria-labelledby="lijst">
      <h2 id="lijst" className="results-count">
        {formatCount(total, noun[0], noun[1])}
      </h2>
      {items.length === 0 ? (
        <p className="state state--empty">{props.q ? `Niets gevonden voor “${props.q}”.` : `Er zijn nog geen ${noun[1]}.`}</p>
      ) : (
        <>
          <ul className="result-list">
            {items.map((item) => (
              <li key={item.id} className="result">
                <h3 className="result__title">
                  <Link to={`${basePath}/${item.id}`}>{item.name}</Link>
                </h3>
                {item.meta && <p className="result__meta">{item.meta}</p>}
                {item.owners.length > 0 && (
                  <div className="owners-line">
                    <span className="owners-line__label">{item.owners.length > 1 ? 'Eigenaar-zones' : 'Eigenaar-zone'}</span>
                    <OwnerList owners={item.owners} />
                  </div>
                )}
              </li>
            ))}
          </ul>
          <LoadMore shown={items.length} total={total} hasMore={props.hasMore} loading={props.loadingMore} onLoadMore={props.onLoadMore} noun={noun[1]} />
        </>
      )}
    </section>
  );
}
