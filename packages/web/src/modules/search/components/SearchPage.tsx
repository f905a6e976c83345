import { Fragment, useId, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PROJECT_STATUS_LABELS, WORKING_GROUP_KIND_LABELS } from '@kruispunt/shared';
import { ErrorState } from '@/common/components/ErrorState';
import { ZoneOptions } from '@/common/components/ZoneOptions';
import { formatCount } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { allZones, planYears, useFilterOptions, type FilterOptions } from '@/common/filter-options';
import type { GlobalSearchQuery as SearchData, SearchFilter, SearchKind } from '@/gql/graphql';
import { actionsListUrl } from '@/modules/dashboard/links';
import { joinZoneNames } from '@/modules/zone/owners';
import { GlobalSearchQuery } from '../graphql/search';
import '@/common/cross-zone.css';
import './search.css';
import { HIDDEN_PLAN } from '@/modules/action/hidden-plan';
import { ActionTitleLink } from '@/modules/action/components/ActionTitleLink';

const PER_KIND = 10;

/** The kinds of results, as the URL names them (`?soort=acties`). */
const KINDS: ReadonlyArray<[string, SearchKind, string]> = [
  ['acties', 'ACTION', 'Acties'],
  ['doelstellingen', 'GOAL', 'Doelstellingen'],
  ['zones', 'ZONE', 'Zones'],
  ['werkgroepen', 'WORKING_GROUP', 'Werkgroepen'],
  ['projecten', 'PROJECT', 'Projecten'],
  ['partners', 'PARTNER', 'Partners'],
];

/** The search as the URL holds it: words and slugs, so a link says what it shows. */
interface SearchParams {
  q: string;
  theme: string;
  region: string;
  zone: string;
  year: string;
  kind: string;
}

const FILTER_KEYS = ['thema', 'regio', 'zone', 'jaar', 'soort'] as const;

function readParams(params: URLSearchParams): SearchParams {
  return {
    q: params.get('q')?.trim() ?? '',
    theme: params.get('thema') ?? '',
    region: params.get('regio') ?? '',
    zone: params.get('zone') ?? '',
    year: params.get('jaar') ?? '',
    kind: params.get('soort') ?? '',
  };
}

const isFiltered = (p: SearchParams) => Boolean(p.theme || p.region || p.zone || p.year || p.kind);

/** From the URL's slugs to the ids the API's filter takes (slugs that name nothing are left out). */
function toFilter(p: SearchParams, options: FilterOptions): SearchFilter {
  const filter: SearchFilter = {};
  const zone = allZones(options).find((z) => z.slug === p.zone);
  if (zone) filter.zoneIds = [zone.id];
  const region = options.regions.find((r) => r.slug === p.region);
  if (region) filter.regionIds = [region.id];
  const theme = options.themes.find((t) => t.slug === p.theme);
  if (theme) filter.themeIds = [theme.id];
  const year = Number(p.year);
  if (Number.isInteger(year) && year > 2000) filter.years = [year];
  const kind = KINDS.find(([slug]) => slug === p.kind);
  if (kind) filter.kinds = [kind[1]];
  return filter;
}

/** Route `/zoeken?q=…&thema=…&regio=…&zone=…&jaar=…&soort=…`: zones, actions, working groups, projects and partners in one search. */
export function SearchPage() {
  const [params] = useSearchParams();
  const search = readParams(params);
  const options = useFilterOptions();
  usePageTitle(search.q ? `Zoeken: ${search.q}` : 'Zoeken');
  return (
    <>
      <header className="page-header">
        <h1>{search.q ? `Zoekresultaten voor “${search.q}”` : 'Zoeken'}</h1>
        <SearchForm key={params.toString()} search={search} options={options.data ?? null} />
      </header>
      {search.q.length < 2 ? (
        <p className="state state--empty">Typ minstens twee tekens om te zoeken in zones, acties, werkgroepen, projecten en partners.</p>
      ) : options.error ? (
        <ErrorState error={options.error} what="de filters" onRetry={() => void options.refetch()} />
      ) : !options.data ? (
        <Searching />
      ) : (
        <Results search={search} filter={toFilter(search, options.data)} />
      )}
    </>
  );
}

function SearchForm({ search, options }: { search: SearchParams; options: FilterOptions | null }) {
  const navigate = useNavigate();
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['q', ...FILTER_KEYS]) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    const query = next.toString();
    void navigate(query ? `/zoeken?${query}` : '/zoeken');
  };
  return (
    <form className="filter-bar filter-bar--wide no-print search-form" onSubmit={submit} aria-label="Opnieuw zoeken">
      <div className="filter-bar__field filter-bar__field--grow">
        <label htmlFor={`${id}-q`}>Zoekterm</label>
        <input id={`${id}-q`} name="q" type="search" defaultValue={search.q} />
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-soort`}>Soort</label>
        <select id={`${id}-soort`} name="soort" defaultValue={search.kind}>
          <option value="">Alles</option>
          {KINDS.map(([slug, , label]) => (
            <option key={slug} value={slug}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-thema`}>Thema</label>
        <select id={`${id}-thema`} name="thema" defaultValue={search.theme}>
          <option value="">Alle thema’s</option>
          {options?.themes.map((theme) => (
            <option key={theme.id} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-regio`}>Regio</label>
        <select id={`${id}-regio`} name="regio" defaultValue={search.region}>
          <option value="">Alle regio’s</option>
          {options?.regions.map((region) => (
            <option key={region.id} value={region.slug}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-zone`}>Zone</label>
        <select id={`${id}-zone`} name="zone" defaultValue={search.zone}>
          <option value="">Alle zones</option>
          <ZoneOptions regions={options?.regions} />
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${id}-jaar`}>Jaar</label>
        <select id={`${id}-jaar`} name="jaar" defaultValue={search.year}>
          <option value="">Alle jaren</option>
          {(options ? planYears(options) : []).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__actions">
        <button type="submit" className="button">
          Zoeken
        </button>
        {isFiltered(search) && (
          <Link to={`/zoeken?q=${encodeURIComponent(search.q)}`} className="filter-bar__reset">
            Filters wissen
          </Link>
        )}
      </div>
    </form>
  );
}

function Searching() {
  return (
    <p className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Zoeken…
    </p>
  );
}

function Results({ search, filter }: { search: SearchParams; filter: SearchFilter }) {
  const { data, previousData, error, refetch, loading } = useQuery(GlobalSearchQuery, { variables: { text: search.q, first: PER_KIND, filter } });
  if (error) return <ErrorState error={error} what="de zoekresultaten" onRetry={() => void refetch()} />;
  // While a changed search loads, the previous results stay (dimmed) instead of a jump to a spinner.
  const shown = data ?? previousData;
  if (!shown) return <Searching />;
  return (
    <div className={loading ? 'search-results search-results--stale' : 'search-results'} aria-busy={loading}>
      <ResultGroups search={search} results={shown.search} />
    </div>
  );
}

/** A snippet's text with the words between « and » marked; the text is never read as HTML. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/«([^»]*)»/);
  return <p className="result__snippet">{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>))}</p>;
}

function ResultGroups({ search, results }: { search: SearchParams; results: SearchData['search'] }) {
  const q = search.q;
  const total = results.zones.length + results.actionHits.length + results.goals.length + results.workingGroups.length + results.projects.length + results.partners.length;
  const groups: Array<[string, string, number]> = [
    ['zones', 'Zones', results.zones.length],
    ['acties', 'Acties', results.actionHits.length],
    ['doelstellingen', 'Doelstellingen', results.goals.length],
    ['werkgroepen', 'Werkgroepen', results.workingGroups.length],
    ['projecten', 'Projecten', results.projects.length],
    ['partners', 'Partners', results.partners.length],
  ];
  return (
    <>
      <p role="status" className="search-summary">
        {total === 0 ? `Niets gevonden voor “${q}”${isFiltered(search) ? ' met deze filters' : ''}.` : `${formatCount(total, 'resultaat', 'resultaten')} voor “${q}”.`}
      </p>
      {total === 0 && (
        <div className="state state--empty search-empty">
          <p>Probeer:</p>
          <ul>
            {isFiltered(search) && (
              <li>
                <Link to={`/zoeken?q=${encodeURIComponent(q)}`}>zonder filters te zoeken</Link>
              </li>
            )}
            <li>één woord in plaats van een zin, of het begin van een woord (“mantelz”);</li>
            <li>een afkorting voluit of omgekeerd (“GBO” of “geïntegreerd breed onthaal”);</li>
            <li>de naam van een partner, werkgroep of project.</li>
          </ul>
        </div>
      )}
      {total > 0 && (
        <nav aria-label="Soorten resultaten" className="search-kinds">
          <ul>
            {groups
              .filter(([id]) => !search.kind || id === search.kind)
              .map(([id, label, count]) => (
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
          <Group id="acties" title="Acties" count={results.actionHits.length} more={results.actionHits.length >= PER_KIND && <Link to={actionsListUrl({ q })}>Alle acties met “{q}”</Link>}>
            {results.actionHits.map(({ action, snippet }) => {
              return (
                <li key={action.id} className="result">
                  <h3 className="result__title">
                    <ActionTitleLink action={action} />
                  </h3>
                  <p className="result__meta">{action.actionPlan ? `${action.actionPlan.zone.name} · Actieplan ${action.actionPlan.year}` : `In een ${HIDDEN_PLAN}`}</p>
                  {snippet && <Snippet text={snippet} />}
                </li>
              );
            })}
          </Group>
          <Group id="doelstellingen" title="Doelstellingen" count={results.goals.length}>
            {results.goals.map(({ strategicGoal, operationalGoal }) => {
              const plan = strategicGoal.multiYearPlan;
              const goal = operationalGoal ?? strategicGoal;
              return (
                <li key={goal.id} className="result">
                  <h3 className="result__title">
                    <Link to={`/zones/${plan.zone.slug}/meerjarenplan`}>{`${operationalGoal ? 'OD' : 'SD'} ${goal.number} ${goal.title}`}</Link>
                  </h3>
                  <p className="result__meta">
                    {`${plan.zone.name} · Meerjarenplan ${plan.yearFrom}–${plan.yearTo}`}
                    {operationalGoal && ` · onder SD ${strategicGoal.number}`}
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
                <p className="result__meta">{[partner.sector, partner.zones.map((zone) => zone.shortName).join(', ')].filter(Boolean).join(' · ')}</p>
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
