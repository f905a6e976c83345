import { lazy } from 'react';
import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS, type ProgressStatus } from '@kruispunt/shared';
import { hasPlan, type Dashboard, type ProgressRow } from '../dashboard-data';
import { STATUS_COLOURS } from '../chart-colours';
import { chartHeight } from '../chart-size';
import { ChartFigure } from './ChartFigure';

const ProgressChart = lazy(async () => ({ default: (await import('./charts')).ProgressChart }));

/** Per zone: how many actions are planned, running, done, postponed or stopped. */
export function ProgressSection({ dashboard }: { dashboard: Dashboard }) {
  const { zones, year } = dashboard;
  const byZone = new Map(dashboard.progress.map((row) => [row.zone.id, row]));
  const rows = zones.map((zone) => {
    const progress = byZone.get(zone.id);
    const counts = Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, progress?.counts.find((c) => c.status === status)?.count ?? 0])) as Record<ProgressStatus, number>;
    return { zone, total: progress?.total ?? 0, counts };
  });
  const data: ProgressRow[] = rows.map(({ zone, counts }) => ({ zone: zone.shortName, ...counts }));
  const summary = `Voortgang ${year}: ${rows
    .map(({ zone, total, counts }) =>
      total === 0
        ? `${zone.name} geen acties`
        : `${zone.name} ${PROGRESS_STATUSES.filter((s) => counts[s] > 0)
            .map((s) => `${counts[s]} ${PROGRESS_STATUS_LABELS[s].toLowerCase()}`)
            .join(', ')}`,
    )
    .join('; ')}.`;

  return (
    <section className="section dashboard-section" aria-labelledby="voortgang">
      <h2 id="voortgang">Voortgang per zone</h2>
      <p className="section__intro">Hoeveel acties gepland, lopend, afgerond, uitgesteld of stopgezet zijn, met de acties die een zone samen met een andere trekt.</p>
      <ChartFigure
        summary={summary}
        caption={`Acties per voortgangsstatus, per zone, ${year}.`}
        chart={<ProgressChart data={data} />}
        height={chartHeight(data.length)}
        legend={PROGRESS_STATUSES.map((status) => ({ label: PROGRESS_STATUS_LABELS[status], colour: STATUS_COLOURS[status] }))}
        table={
          <table className="data-table">
            <caption className="visually-hidden">Acties per voortgangsstatus en per zone, {year}</caption>
            <thead>
              <tr>
                <th scope="col">Zone</th>
                {PROGRESS_STATUSES.map((status) => (
                  <th key={status} scope="col" className="num">
                    {PROGRESS_STATUS_LABELS[status]}
                  </th>
                ))}
                <th scope="col" className="num">
                  Totaal
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ zone, total, counts }) => (
                <tr key={zone.id}>
                  <th scope="row">{zone.name}</th>
                  {total > 0 ? (
                    <>
                      {PROGRESS_STATUSES.map((status) => (
                        <td key={status} className="num">
                          {counts[status]}
                        </td>
                      ))}
                      <td className="num">{total}</td>
                    </>
                  ) : (
                    <td colSpan={PROGRESS_STATUSES.length + 1} className="muted">
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
