import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDate, relativeTime } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { formatCount } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { CoachWorkspaceQuery as Data, QualityGapKind } from '@/gql/graphql';
import { mutationMessage } from '@/common/mutation-errors';
import { CoachWorkspaceQuery, InviteOverlapMutation, ProposeTogetherMutation } from '../graphql/coach-workspace';
import { RegionYearsQuery } from '../graphql/region-dashboard';
import { defaultYear, parseYear } from '../years';
import '../dashboard.css';

type Workspace = Data['regionDashboard'];

const MISSING = 'Deze regio bestaat niet.';

/** What a sheet lacks, as a coach says it. */
const GAP_LABELS: Record<QualityGapKind, string> = {
  INDICATORS: 'indicatoren',
  EVALUATION_KIND: 'evaluatievorm',
  LEAD: 'trekker',
  MONTHS: 'maanden in de tijdslijn',
};

/** Route `/regio/:slug/werkruimte?jaar=2025`: the coach's workspace. */
export function CoachWorkspacePage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const year = parseYear(params.get('jaar'));
  return year === null ? <WithDefaultYear slug={slug} /> : <Loaded slug={slug} year={year} />;
}

function WithDefaultYear({ slug }: { slug: string }) {
  const { data, error, refetch } = useQuery(RegionYearsQuery, { variables: { slug } });
  if (error) return <ErrorState error={error} what="de regio" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Werkruimte laden…" />;
  if (!data.region) return <NotFound message={MISSING} />;
  return <Loaded slug={slug} year={defaultYear(data.region.zones)} />;
}

function Loaded({ slug, year }: { slug: string; year: number }) {
  const { data, error, refetch } = useQuery(CoachWorkspaceQuery, { variables: { slug, year } });
  if (error && isNotFoundError(error)) return <NotFound message={MISSING} />;
  if (error) return <ErrorState error={error} what="de werkruimte" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Werkruimte laden…" />;
  return <CoachWorkspace workspace={data.regionDashboard} />;
}

function CoachWorkspace({ workspace }: { workspace: Workspace }) {
  const { region, year } = workspace;
  usePageTitle(`Werkruimte ${region.name} ${year}`);
  const base = `/regio/${region.slug}/werkruimte`;
  return (
    <div className="dashboard coach-workspace">
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: `Regiodashboard ${region.name}`, to: `/regio/${region.slug}?jaar=${year}` }, { label: 'Werkruimte' }]} />
      <header className="page-header">
        <p className="eyebrow">Werkruimte coach</p>
        <h1>
          Regio {region.name} · {year}
        </h1>
        <p className="lead">
          Wat de plannen {year} van de zones nog missen, je eigen opmerkingen en hoe elke zone verschilt van {year - 1}.
        </p>
        <nav className="page-links" aria-label="Jaar">
          <Link to={`${base}?jaar=${year - 1}`}>← {year - 1}</Link> · <Link to={`${base}?jaar=${year + 1}`}>{year + 1} →</Link>
        </nav>
      </header>
      <QualitySection workspace={workspace} />
      <OverlapSection workspace={workspace} />
      <RemarksSection workspace={workspace} />
      <ComparisonSection workspace={workspace} />
    </div>
  );
}

function QualitySection({ workspace }: { workspace: Workspace }) {
  const { year } = workspace;
  const columns = [
    ['withoutIndicators', 'Zonder indicatoren'],
    ['withoutEvaluationKind', 'Zonder evaluatievorm'],
    ['withoutLead', 'Zonder trekker'],
    ['withoutMonths', 'Zonder maanden'],
  ] as const;
  return (
    <section className="section dashboard-section" aria-labelledby="kwaliteit">
      <h2 id="kwaliteit">Kwaliteit van de plannen {year}</h2>
      <p className="section__intro">Per zone de actiefiches van het eigen plan die nog iets missen, en de operationele doelstellingen waar nog geen actie aan werkt.</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Wat de actieplannen {year} nog missen, per zone</caption>
          <thead>
            <tr>
              <th scope="col">Zone</th>
              <th scope="col" className="num">
                Acties
              </th>
              {columns.map(([, label]) => (
                <th key={label} scope="col" className="num">
                  {label}
                </th>
              ))}
              <th scope="col" className="num">
                Doelstellingen zonder actie
              </th>
            </tr>
          </thead>
          <tbody>
            {workspace.quality.map((row) => (
              <tr key={row.zone.id}>
                <th scope="row">{row.plan ? <Link to={`/zones/${row.zone.slug}/plannen/${year}`}>{row.zone.name}</Link> : row.zone.name}</th>
                {row.plan ? (
                  <>
                    <td className="num">{row.actionCount}</td>
                    {columns.map(([key]) => (
                      <td key={key} className="num" data-tone={row[key] > 0 ? 'warning' : undefined}>
                        {row[key]}
                      </td>
                    ))}
                    <td className="num" data-tone={row.goalsWithoutActions.length > 0 ? 'warning' : undefined}>
                      {row.goalsWithoutActions.length}
                    </td>
                  </>
                ) : (
                  <td colSpan={columns.length + 2}>Geen actieplan {year}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {workspace.quality
        .filter((row) => row.gaps.length > 0 || row.goalsWithoutActions.length > 0)
        .map((row) => (
          <details key={row.zone.id} className="quality-details">
            <summary>
              {row.zone.name}:{' '}
              {[
                row.gaps.length > 0 && `${formatCount(row.gaps.length, 'fiche', 'fiches')} om aan te vullen`,
                row.goalsWithoutActions.length > 0 && `${formatCount(row.goalsWithoutActions.length, 'doelstelling', 'doelstellingen')} zonder actie`,
              ]
                .filter(Boolean)
                .join(', ')}
            </summary>
            {row.gaps.length > 0 && (
              <ul className="quality-list">
                {row.gaps.map((gap) => (
                  <li key={gap.action.id}>
                    <Link to={`/acties/${gap.action.id}`}>
                      {gap.action.number ? `${gap.action.number} ` : ''}
                      {gap.action.title}
                    </Link>{' '}
                    <span className="quality-list__missing">mist {gap.missing.map((kind) => GAP_LABELS[kind]).join(', ')}</span>
                  </li>
                ))}
              </ul>
            )}
            {row.goalsWithoutActions.length > 0 && (
              <>
                <h3 className="quality-details__heading">Doelstellingen zonder actie in {year}</h3>
                <ul className="quality-list">
                  {row.goalsWithoutActions.map((goal) => (
                    <li key={goal.id}>
                      OD {goal.number} {goal.title}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </details>
        ))}
    </section>
  );
}

type Overlap = Workspace['overlaps'][number];

function OverlapSection({ workspace }: { workspace: Workspace }) {
  const { year, overlaps } = workspace;
  return (
    <section className="section dashboard-section" aria-labelledby="overlap">
      <h2 id="overlap">Deze zones werken apart aan hetzelfde</h2>
      <p className="section__intro">Acties {year} van verschillende zones over hetzelfde onderwerp, zonder gemeenschappelijke eigenaar: kansen om samen te trekken.</p>
      {overlaps.length === 0 ? (
        <EmptyState>Geen acties {year} gevonden die apart aan hetzelfde werken.</EmptyState>
      ) : (
        <ul className="overlap-list">
          {overlaps.map((overlap) => (
            <OverlapItem key={overlap.actions.map((action) => action.id).join('|')} overlap={overlap} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OverlapItem({ overlap }: { overlap: Overlap }) {
  const [a, b] = overlap.actions as [Overlap['actions'][number], Overlap['actions'][number]];
  // The workspace is read again once, after both remarks are saved: a refetch per mutation races
  // (the second is folded into the first, still in flight, which saw only one remark).
  const client = useApolloClient();
  const [propose, proposing] = useMutation(ProposeTogetherMutation);
  const [invite, inviting] = useMutation(InviteOverlapMutation);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const why = [
    overlap.words.length > 0 && `woorden: ${overlap.words.join(', ')}`,
    overlap.sharedThemes.length > 0 && `zelfde thema: ${overlap.sharedThemes.map((theme) => theme.name).join(', ')}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const run = async (action: () => Promise<unknown>, success: string) => {
    setError(null);
    try {
      await action();
      setDone(success);
    } catch (e) {
      setError(mutationMessage(e));
    }
  };
  // Zone staff who manage one of the two invite the other zone; a coach proposes it to both.
  const own = [a, b].find((action) => action.viewerCanManageOwners);
  const other = own === a ? b : a;
  const canPropose = !own && a.viewerCanRemark && b.viewerCanRemark;
  const remarkAbout = (about: typeof a) =>
    `Ook ${about.actionPlan?.zone.name} werkt hieraan: "${about.title}" (actieplan ${about.actionPlan?.year}). Misschien samen trekken? (voorstel uit de werkruimte van de coach)`;
  return (
    <li className="overlap-item">
      <div className="overlap-item__pair">
        {[a, b].map((action) => (
          <p key={action.id}>
            <strong>{action.actionPlan?.zone.name}</strong> · <Link to={`/acties/${action.id}`}>{action.title}</Link>
          </p>
        ))}
      </div>
      {why && <p className="overlap-item__why">Waarom: {why}</p>}
      <div className="overlap-item__actions" aria-live="polite">
        {done ? (
          <p className="overlap-item__done">{done}</p>
        ) : own ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={inviting.loading}
            onClick={() =>
              void run(
                () =>
                  invite({
                    variables: {
                      subjectId: own.id,
                      input: { zoneId: other.actionPlan?.zone.id ?? '', role: 'CO_LEAD', message: `Jullie actie "${other.title}" gaat over hetzelfde. Trekken we deze samen?` },
                    },
                  }),
                `${other.actionPlan?.zone.name} is uitgenodigd als mede-trekker van "${own.title}".`,
              )
            }
          >
            {inviting.loading ? 'Uitnodigen…' : `Nodig ${other.actionPlan?.zone.name} uit als mede-trekker`}
          </button>
        ) : canPropose ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={proposing.loading}
            onClick={() =>
              void run(async () => {
                await Promise.all([propose({ variables: { actionId: a.id, text: remarkAbout(b) } }), propose({ variables: { actionId: b.id, text: remarkAbout(a) } })]);
                await client.refetchQueries({ include: ['CoachWorkspace'] });
              }, 'Voorgesteld: beide zones zien je opmerking bij hun actie.')
            }
          >
            {proposing.loading ? 'Bezig…' : 'Stel samenwerking voor aan beide zones'}
          </button>
        ) : null}
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}

function RemarksSection({ workspace }: { workspace: Workspace }) {
  const { year, myRemarks } = workspace;
  const open = myRemarks.filter((remark) => !remark.resolved).length;
  return (
    <section className="section dashboard-section" aria-labelledby="opmerkingen">
      <h2 id="opmerkingen">Mijn opmerkingen</h2>
      {myRemarks.length === 0 ? (
        <EmptyState>Je maakte nog geen opmerkingen bij de plannen {year} van deze regio. Dat kan op de pagina van een plan of een actie.</EmptyState>
      ) : (
        <>
          <p className="section__intro">
            {formatCount(open, 'open opmerking', 'open opmerkingen')} en {formatCount(myRemarks.length - open, 'afgehandelde', 'afgehandelde')} bij de plannen {year}.
          </p>
          <ul className="remark-overview">
            {myRemarks.map((remark) => (
              <li key={remark.id}>
                <div className="remark-overview__head">
                  <Badge tone={remark.resolved ? 'success' : 'warning'}>{remark.resolved ? 'Afgehandeld' : 'Open'}</Badge> <strong>{remark.actionPlan.zone.name}</strong> ·{' '}
                  {remark.action ? (
                    <Link to={`/acties/${remark.action.id}`}>{remark.action.title}</Link>
                  ) : (
                    <Link to={`/zones/${remark.actionPlan.zone.slug}/plannen/${remark.actionPlan.year}`}>Actieplan {remark.actionPlan.year}</Link>
                  )}{' '}
                  · <time dateTime={remark.createdAt}>{formatDate(remark.createdAt)}</time>
                </div>
                <p>{remark.text}</p>
                {remark.lastReply && (
                  <p className="remark-overview__reply" data-testid="remark-last-reply">
                    {formatCount(remark.replyCount, 'reactie', 'reacties')} · laatste van {remark.lastReply.authorName || 'onbekend'},{' '}
                    <time dateTime={remark.lastReply.createdAt} title={formatDate(remark.lastReply.createdAt)}>
                      {relativeTime(remark.lastReply.createdAt)}
                    </time>
                    : “{remark.lastReply.text}”
                  </p>
                )}
                {remark.resolved && remark.resolutionNote && <p className="remark-overview__reply">Opgelost: {remark.resolutionNote}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ComparisonSection({ workspace }: { workspace: Workspace }) {
  const { year } = workspace;
  const names = (themes: { name: string }[]) => (themes.length ? themes.map((theme) => theme.name).join(', ') : '–');
  const delta = (now: number, before: number) => (now === before ? '=' : `${now > before ? '+' : '−'}${Math.abs(now - before)}`);
  return (
    <section className="section dashboard-section" aria-labelledby="vergelijking">
      <h2 id="vergelijking">
        {year} tegenover {year - 1}
      </h2>
      <p className="section__intro">
        Per zone het eigen plan van {year} naast dat van {year - 1}: acties, afgeronde acties en thema’s.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">
            Actieplannen {year} tegenover {year - 1}, per zone
          </caption>
          <thead>
            <tr>
              <th scope="col">Zone</th>
              <th scope="col" className="num">
                Acties {year - 1} → {year}
              </th>
              <th scope="col" className="num">
                Afgerond {year - 1} → {year}
              </th>
              <th scope="col" className="themes-col">
                Nieuwe thema’s
              </th>
              <th scope="col" className="themes-col">
                Weggevallen thema’s
              </th>
            </tr>
          </thead>
          <tbody>
            {workspace.yearOverYear.map((row) => (
              <tr key={row.zone.id}>
                <th scope="row">{row.zone.name}</th>
                <td className="num">
                  {row.previousActionCount} → {row.actionCount} <span className="delta">({delta(row.actionCount, row.previousActionCount)})</span>
                </td>
                <td className="num">
                  {row.previousDoneCount} → {row.doneCount}
                </td>
                <td>{names(row.themesGained)}</td>
                <td>{names(row.themesDropped)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
