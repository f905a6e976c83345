import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PROJECT_STATUS_LABELS, WORKING_GROUP_KIND_LABELS } from '@kruispunt/shared';
import { ErrorState } from '@/common/components/ErrorState';
import { formatCount } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { GlobalSearchQuery as SearchData } from '@/gql/graphql';
import { actionsListUrl } from '@/modules/dashboard/links';
import { joinZoneNames } from '@/modules/zone/owners';
import { GlobalSearchQuery } from '../graphql/search';
import '@/common/cross-zone.css';
import './search.css';
import { HIDDEN_PLAN } from '@/modules/action/hidden-plan';
import { ActionTitleLink } from '@/modules/action/components/ActionTitleLink';

const PER_KIND = 10;

/** Route `/zoeken?q=…`: zones, actions, working groups, projects and partners in one search. */
export function SearchPage() {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  usePageTitle(q ? `Zoeken: ${q}` : 'Zoeken');
  return (
    <>
      <header className="page-header">
        <h1>{q ? `Zoekresultaten voor “${q}”` : 'Zoeken'}</h1>
        <SearchForm key={q} q={q} />
      </header>
      {q.length < 2 ? <p className="state state--empty">Typ minstens twee tekens om te zoeken in zones, acties, werkgroepen, projecten en partners.</p> : <Results q={q} />}
    </>
  );
}

function SearchForm({ q }: { q: string }) {
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(q);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const value = text.trim();
    void navigate(value ? `/zoeken?q=${encodeURIComponent(value)}` : '/zoeken');
  };
  return (
    <form className="filter-bar no-print" onSubmit={submit} aria-label="Opnieuw zoeken">
      <div className="filter-bar__field filter-bar__field--grow">
        <label htmlFor={`${id}-q`}>Zoekterm</label>
        <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="button">
        Zoeken
      </button>
    </form>
  );
}

function Results({ q }: { q: string }) {
  const { data, error, refetch } = useQuery(GlobalSearchQuery, { variables: { text: q, first: PER_KIND } });
  if (error) return <ErrorState error={error} what="de zoekresultaten" onRetry={() => void refetch()} />;
  if (!data)
    return (
      <p className="state state--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Zoeken…
      </p>
    );
  return <ResultGroups q={q} results={data.search} />;
}

function ResultGroups({ q, results }: { q: string; results: SearchData['search'] }) {
  const total = results.zones.length + results.actions.length + results.workingGroups.length + results.projects.length + results.partners.length;
  const groups: Array<[string, string, number]> = [
    ['zones', 'Zones', results.zones.length],
    ['acties', 'Acties', results.actions.length],
    ['werkgroepen', 'Werkgroepen', results.workingGroups.length],
    ['projecten', 'Projecten', results.projects.length],
    ['partners', 'Partners', results.partners.length],
  ];
  return (
    <>
      <p role="status" className="search-summary">
        {total === 0 ? `Niets gevonden voor “${q}”. Probeer een ander woord of een deel van een naam.` : `${formatCount(total, 'resultaat', 'resultaten')} voor “${q}”.`}
      </p>
      {total > 0 && (
        <nav aria-label="Soorten resultaten" className="search-kinds">
          <ul>
            {groups.map(([id, label, count]) => (
              <li key={id}>{count > 0 ? <a href={`#${id}`}>{`${label} (${count})`}</a> : <span className="muted">{`${label} (0)`}</span>}</li>
            ))}
          </ul>
        </nav>
      )}
      {total > 0 && (
        <div className="search-groups">
          <Group id="zones" title="Zones" count={results.zones.length}>
            {results.zones.map((zone) => (
              <li key={zone.id} className="result">
                <h3 className="result__title">
                  <Link to={`/zones/${zone.slug}`}>{zone.name}</Link>
                </h3>
                <p className="result__meta">
                  Regio {zone.region.name}
                  {zone.municipalities.length > 0 && ` · ${zone.municipalities.join(', ')}`}
                </p>
              </li>
            ))}
          </Group>
          <Group
            id="acties"
            title="Acties"
            count={results.actions.length}
            more={
              results.actions.length >= PER_KIND && (
                <Link to={actionsListUrl({ q })}>
                  Alle acties met “{q}”
                </Link>
              )
            }
          >
            {results.actions.map((action) => {
              return (
                <li key={action.id} className="result">
                  <h3 className="result__title">
                    <ActionTitleLink action={action} />
                  </h3>
                  <p className="result__meta">
                    {action.actionPlan ? `${action.actionPlan.zone.name} · Actieplan ${action.actionPlan.year}` : `In een ${HIDDEN_PLAN}`}
                  </p>
                </li>
              );
            })}
          </Group>
          <Group id="werkgroepen" title="Werkgroepen" count={results.workingGroups.length}>
            {results.workingGroups.map((group) => (
              <li key={group.id} className="result">
                <h3 className="result__title">
                  <Link to={`/werkgroepen/${group.id}`}>{group.name}</Link>
                </h3>
                <p className="result__meta">
                  {WORKING_GROUP_KIND_LABELS[group.kind]}
                  {group.owners.length > 0 && ` · ${joinZoneNames(group.owners)}`}
                </p>
              </li>
            ))}
          </Group>
          <Group id="projecten" title="Projecten" count={results.projects.length}>
            {results.projects.map((project) => (
              <li key={project.id} className="result">
                <h3 className="result__title">
                  <Link to={`/projecten/${project.id}`}>{project.name}</Link>
                </h3>
                <p className="result__meta">
                  Project · {PROJECT_STATUS_LABELS[project.status]}
                  {project.owners.length > 0 && ` · ${joinZoneNames(project.owners)}`}
                </p>
              </li>
            ))}
          </Group>
          <Group id="partners" title="Partners" count={results.partners.length}>
            {results.partners.map((partner) => (
              <li key={partner.id} className="result">
                <h3 className="result__title">
                  <Link to={`/partners?q=${encodeURIComponent(partner.name)}`}>{partner.name}</Link>
                </h3>
                <p className="result__meta">
                  {[partner.sector, partner.zones.map((zone) => zone.shortName).join(', ')].filter(Boolean).join(' · ')}
                </p>
              </li>
            ))}
          </Group>
        </div>
      )}
    </>
  );
}

function Group({ id, title, count, more, children }: { id: string; title: string; count: number; more?: ReactNode; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section className="section search-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="search-group__count">({count})</span>
      </h2>
      <ul className="result-list">{children}</ul>
      {more && <p className="search-group__more">{more}</p>}
    </section>
  );
}
