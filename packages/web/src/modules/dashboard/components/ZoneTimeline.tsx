import { MONTH_LABELS } from '@kruispunt/shared';
import { heatStep } from '../heat';
import { hasPlan, type Dashboard } from '../dashboard-data';
import { Zero } from './Zero';

const FULL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Zones × months: how many actions run each month (a heat map that is also a plain table). */
export function ZoneTimeline({ dashboard }: { dashboard: Dashboard }) {
  const { zones, year, region } = dashboard;
  const counts = new Map(dashboard.timeline.map((cell) => [`${cell.zone.id}|${cell.month}`, cell.count]));
  const count = (zoneId: string, month: number): number => counts.get(`${zoneId}|${month}`) ?? 0;
  const max = Math.max(0, ...dashboard.timeline.map((cell) => cell.count));
  const months = MONTH_LABELS.map((label, index) => ({ label, month: index + 1, full: FULL_MONTHS[index] ?? label }));
  // The region's actions per month, each once (a shared action runs in several zones' rows).
  const totals = new Map(dashboard.timelineTotals.map((row) => [row.month, row.count]));
  const perMonth = months.map(({ month }) => totals.get(month) ?? 0);
  const busiest = Math.max(0, ...perMonth);
  const busiestMonths = months.filter((_, index) => busiest > 0 && perMonth[index] === busiest).map((m) => m.full);

  return (
    <section className="section dashboard-section" aria-labelledby="tijdslijn">
      <h2 id="tijdslijn">Tijdslijn over de zones</h2>
      <p className="section__intro">
        Aantal acties dat elke maand van {year} loopt, per zone (ook de acties die ze samen trekken): zo zie je wanneer zones tegelijk druk zijn.
        {busiestMonths.length > 0 && ` Drukste maand in de regio: ${busiestMonths.join(', ')} (${busiest} acties).`}
      </p>
      {dashboard.timeline.length === 0 ? (
        <p className="state state--empty">Geen enkele actie van {year} heeft maanden in haar tijdslijn.</p>
      ) : (
        // Wider than a phone and without links: focusable, so a keyboard can scroll it (axe scrollable-region-focusable).
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`Lopende acties per zone en per maand, ${year}`}>
          <table className="data-table heatmap">
            <caption className="visually-hidden">
              Lopende acties per zone en per maand, regio {region.name}, {year}
            </caption>
            <thead>
              <tr>
                <th scope="col">Zone</th>
                {months.map((m) => (
                  <th key={m.month} scope="col" className="num">
                    <abbr title={m.full}>{m.label}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {zones.map((zone) => (
                <tr key={zone.id}>
                  <th scope="row">
                    {zone.name}
                    {!hasPlan(zone, year) && <span className="matrix__no-plan">geen plan {year}</span>}
                  </th>
                  {months.map(({ month }) => {
                    const n = count(zone.id, month);
                    return (
                      <td key={month} className="num heat" data-step={heatStep(n, max)}>
                        {n > 0 ? n : <Zero />}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Alle zones</th>
                {perMonth.map((n, index) => (
                  <td key={index} className="num matrix__total">
                    {n}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <HeatLegend />
    </section>
  );
}

export function HeatLegend() {
  return (
    <p className="heat-legend" aria-hidden="true">
      <span>minder</span>
      {[1, 2, 3, 4].map((step) => (
        <span key={step} className="heat heat-legend__swatch" data-step={step} />
      ))}
      <span>meer acties</span>
    </p>
  );
}
