import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { formatDate } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { RegionYearReportQuery } from '@/gql/graphql';
import { RegionYearReportQuery as Query } from '../graphql/year-report';
import { AchievementBar } from './AchievementBar';
import '@/common/cross-zone.css';
import '@/common/staff.css';
import '../year-report.css';

type Roll = NonNullable<RegionYearReportQuery['region']>['yearReport'];
type Row = Roll['zones'][number] | Roll['themes'][number];

/** Route `/regio/:slug/rapport/:year`: the region's year for its coaches, per zone and per theme. */
export function RegionYearReportPage() {
  const { slug = '', year: yearParam } = useParams();
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const { data, error, refetch } = useQuery(Query, { variables: { slug, year: year ?? 0 }, skip: year === null });
  if (year === null) return <NotFound message="Dit is geen geldig jaartal." />;
  if (error) return <ErrorState error={error} what="het regionale jaarrapport" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Regionaal jaarrapport laden…" />;
  if (!data.region) return <NotFound message="Deze regio bestaat niet." />;
  return <RegionYearReportView region={data.region} roll={data.region.yearReport} />;
}

function RegionYearReportView({ region, roll }: { region: { name: string; slug: string }; roll: Roll }) {
  usePageTitle(`Jaarrapport ${roll.year} – regio ${region.name}`);
  return (
    <div className="year-report">
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: `Regiodashboard ${region.name}`, to: `/regio/${region.slug}?jaar=${roll.year}` }, { label: `Jaarrapport ${roll.year}` }]} />
      <header className="page-header">
        <p className="eyebrow">Regio {region.name}</p>
        <h1>Jaarrapport {roll.year}</h1>
        <p className="lead">
          Wat de zones van hun actieplannen {roll.year} afwerkten, uitstelden of stopzetten, en hoe ver hun indicatoren hun streefwaarde haalden. De zones dienen hun jaarrapport in tegen{' '}
          {formatDate(roll.deadline)}. Ontwerpplannen blijven bij hun zone en tellen hier niet mee.
        </p>
        <p className="page-links">
          <Link to={`/regio/${region.slug}/rapport/${roll.year - 1}`}>Jaarrapport {roll.year - 1}</Link>
          <Link to={`/regio/${region.slug}/rapport/${roll.year + 1}`}>Jaarrapport {roll.year + 1}</Link>
        </p>
      </header>
      <section className="year-report__section" aria-labelledby="per-zone">
        <h2 id="per-zone">Per zone</h2>
        <RollTable rows={roll.zones} total={roll.total} kind="zone" />
      </section>
      <section className="year-report__section" aria-labelledby="per-thema">
        <h2 id="per-thema">Per thema</h2>
        {roll.themes.length ? <RollTable rows={roll.themes} kind="theme" /> : <EmptyState>Geen acties met een thema in {roll.year}.</EmptyState>}
      </section>
    </div>
  );
}

function RollTable({ rows, total, kind }: { rows: Row[]; total?: Roll['total']; kind: 'zone' | 'theme' }) {
  return (
    // Focusable, so the keyboard can scroll it sideways on a phone.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={kind === 'zone' ? 'Per zone (schuift zijwaarts)' : 'Per thema (schuift zijwaarts)'}>
      <table className="data-table year-report__roll" data-testid={`roll-${kind}`}>
        <caption className="visually-hidden">{kind === 'zone' ? 'Acties en indicatoren per zone' : 'Acties en indicatoren per thema'}</caption>
        <thead>
          <tr>
            <th scope="col">{kind === 'zone' ? 'Zone' : 'Thema'}</th>
            <th scope="col" className="num">
              Acties
            </th>
            <th scope="col" className="num">
              Afgerond
            </th>
            <th scope="col" className="num">
              Lopend
            </th>
            <th scope="col" className="num">
              Gepland
            </th>
            <th scope="col" className="num">
              Uitgesteld
            </th>
            <th scope="col" className="num">
              Stopgezet
            </th>
            <th scope="col">Realisatie indicatoren</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {'slug' in row && row.slug ? (
                  <>
                    <Link to={`/zones/${row.slug}`}>{row.name}</Link>{' '}
                    {row.reportStatus === 'SUBMITTED' ? <Badge tone="success">Ingediend</Badge> : row.reportStatus === 'DRAFT' ? <Badge>In opmaak</Badge> : <Badge>Geen plan</Badge>}
                  </>
                ) : (
                  row.name
                )}
              </th>
              <Counts summary={row.summary} />
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row">Regio</th>
              <Counts summary={total} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function Counts({ summary }: { summary: Row['summary'] }) {
  return (
    <>
      <td className="num">{summary.actionCount}</td>
      <td className="num">{summary.done}</td>
      <td className="num">{summary.running}</td>
      <td className="num">{summary.planned}</td>
      <td className="num">{summary.postponed}</td>
      <td className="num">{summary.stopped}</td>
      <td>
        <AchievementBar achievement={summary.averageAchievement} />{' '}
        <span className="muted">
          ({summary.indicatorsWithTarget} met streefwaarde, {summary.indicatorsMeasured} gemeten)
        </span>
      </td>
    </>
  );
}
