import { Link } from 'react-router';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { DrawnInTurn } from '@/common/components/DrawnInTurn';
import { formatCount } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { DashboardData } from '../dashboard-data';
import { CoverageSection } from './CoverageSection';
import { DashboardFilters } from './DashboardFilters';
import { ProgressSection } from './ProgressSection';
import { SharedWorkTable } from './SharedWorkTable';
import { ThemeMatrix } from './ThemeMatrix';
import { ZoneTimeline } from './ZoneTimeline';

const SECTIONS = [
  ['themas', 'Thema’s per zone'],
  ['gedeeld', 'Gedeeld werk'],
  ['tijdslijn', 'Tijdslijn'],
  ['evaluatie', 'Evaluatie'],
  ['voortgang', 'Voortgang'],
] as const;

export function RegionDashboardView({ data, explicitYear }: { data: DashboardData; explicitYear: boolean }) {
  const dashboard = data.regionDashboard;
  const { region, year, zones } = dashboard;
  usePageTitle(`Regiodashboard ${region.name} ${year}`);
  const withPlan = zones.filter((zone) => zone.actionPlans.some((plan) => plan.year === year));
  const years = [...new Set([year, ...zones.flatMap((zone) => zone.actionPlans.map((plan) => plan.year))])].sort((a, b) => b - a);

  return (
    <div className="dashboard">
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: `Regiodashboard ${region.name}` }]} />
      <header className="page-header">
        <p className="eyebrow">Regiodashboard</p>
        <h1>
          Regio {region.name} · {year}
        </h1>
        <p className="lead">
          Wie werkt aan welk thema, wat de zones samen dragen en hoe ver hun acties staan, volgens de actieplannen {year}
          {!explicitYear && ' (het jaar waarvoor de meeste zones een plan hebben)'}.
        </p>
        <p className="page-links">
          <Link to={`/regio/${region.slug}/werkruimte?jaar=${year}`}>
            Werkruimte coach: wat de plannen missen, je opmerkingen, {year} tegenover {year - 1}
          </Link>
          {' · '}
          <Link to={`/regio/${region.slug}/rapport/${year}`}>Jaarrapport {year}: afgerond, uitgesteld en stopgezet per zone en thema</Link>
        </p>
        <DashboardFilters key={`${region.slug}-${year}`} regions={data.regions} regionSlug={region.slug} years={years} year={year} />
        <dl className="facts">
          <div>
            <dt>Zones met een actieplan {year}</dt>
            <dd>
              {withPlan.length} van {zones.length}
            </dd>
          </div>
          <div>
            <dt>Acties</dt>
            <dd>{formatCount(dashboard.actionCount, 'actie', 'acties')}</dd>
          </div>
          <div>
            <dt>Gedeelde werkgroepen en projecten</dt>
            <dd>{dashboard.sharedWork.filter((item) => item.ownerCount > 1).length}</dd>
          </div>
        </dl>
      </header>

      <nav className="dashboard-toc" aria-label="Onderdelen van het dashboard">
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      {/* Below the first screen on a phone: drawn once it has painted. */}
      <DrawnInTurn
        parts={[
          <ThemeMatrix key="themes" dashboard={dashboard} themes={data.themes} />,
          <SharedWorkTable key="shared" dashboard={dashboard} />,
          <ZoneTimeline key="timeline" dashboard={dashboard} />,
          <div key="charts" className="dashboard-charts">
            <CoverageSection dashboard={dashboard} />
            <ProgressSection dashboard={dashboard} />
          </div>,
        ]}
      />
    </div>
  );
}
