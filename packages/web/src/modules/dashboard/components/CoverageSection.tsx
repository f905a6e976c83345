import { lazy } from 'react';
import { formatNumber } from '@/common/format';
import { hasPlan, type Dashboard } from '../dashboard-data';
import { COVERAGE_COLOURS } from '../chart-colours';
import { chartHeight } from '../chart-size';
import { ChartFigure } from './ChartFigure';

// recharts is large: it loads when the chart comes near the screen, in a chunk of its own (ChartFigure).
const CoverageChart = lazy(async () => ({ default: (await import('./charts')).CoverageChart }));

export interface CoverageRow {
  zone: string;
  indicators: number | null;
  evaluation: number | null;
}

const percent = (share: number | null | undefined): number | null => (share == null ? null : Math.round(share * 100));

/** Per zone: the share of actions with indicators and with an evaluation kind. */
export function CoverageSection({ dashboard }: { dashboard: Dashboard }) {
  const { zones, year } = dashboard;
  const byZone = new Map(dashboard.coverage.map((row) => [row.zone.id, row]));
  const rows = zones.map((zone) => ({ zone, row: byZone.get(zone.id) }));
  const data: CoverageRow[] = rows.map(({ zone, row }) => ({ zone: zone.shortName, indicators: percent(row?.indicatorShare), evaluation: percent(row?.evaluationShare) }));
  const summary = `Evaluatiedekking ${year}: ${rows
    .map(({ zone, row }) =>
      row && row.actionCount > 0 ? `${zone.name} ${percent(row.indicatorShare)}% met indicatoren en ${percent(row.evaluationShare)}% met een evaluatievorm` : `${zone.name} geen acties`,
    )
    .join('; ')}.`;

  return (
    <section className="section dashboard-section" aria-labelledby="evaluatie">
      <h2 id="evaluatie">Evaluatie per zone</h2>
      <p className="section__intro">Aandeel van de actiefiches in het eigen plan van elke zone met minstens één indicator en met een gekozen evaluatievorm (proces, resultaat of impact).</p>
      <ChartFigure
        summary={summary}
        caption={`Aandeel acties met indicatoren en met een evaluatievorm, per zone, ${year} (in %).`}
        chart={<CoverageChart data={data} />}
        height={chartHeight(data.length)}
        legend={[
          { label: 'Met indicatoren', colour: COVERAGE_COLOURS.indicators },
          { label: 'Met evaluatievorm', colour: COVERAGE_COLOURS.evaluation },
        ]}
        table={
          <table className="data-table">
            <caption className="visually-hidden">Evaluatiedekking per zone, {year}</caption>
            <thead>
              <tr>
                <th scope="col">Zone</th>
                <th scope="col" className="num">
                  Acties
                </th>
                <th scope="col" className="num">
                  Met indicatoren
                </th>
                <th scope="col" className="num">
                  Met evaluatievorm
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ zone, row }) => (
                <tr key={zone.id}>
                  <th scope="row">{zone.name}</th>
                  {row && row.actionCount > 0 ? (
                    <>
                      <td className="num">{row.actionCount}</td>
                      <td className="num">
                        {row.withIndicators} ({formatNumber(percent(row.indicatorShare) ?? 0)}%)
                      </td>
                      <td className="num">
                        {row.withEvaluationKind} ({formatNumber(percent(row.evaluationShare) ?? 0)}%)
                      </td>
                    </>
                  ) : (
                    <td colSpan={3} className="muted">
                      {hasPlan(zone, year) ? 'Geen acties' : `Geen actieplan ${year}`}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
