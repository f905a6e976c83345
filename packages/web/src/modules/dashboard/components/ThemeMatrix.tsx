import { Link } from 'react-router';
import { formatCount } from '@/common/format';
import { heatStep } from '../heat';
import { actionsListUrl } from '../links';
import { hasPlan, type Dashboard } from '../dashboard-data';
import { Zero } from './Zero';

interface Theme {
  id: string;
  name: string;
  slug: string;
}

/**
 * Themes × zones: the number of actions of each zone on each theme, every number a link to those
 * actions. Every theme of the vocabulary is a row, so a theme nobody works on shows too.
 */
export function ThemeMatrix({ dashboard, themes }: { dashboard: Dashboard; themes: readonly Theme[] }) {
  const { zones, year, region } = dashboard;
  const counts = new Map(dashboard.themeMatrix.map((cell) => [`${cell.theme.id}|${cell.zone.id}`, cell.count]));
  const count = (themeId: string, zoneId: string): number => counts.get(`${themeId}|${zoneId}`) ?? 0;
  const max = Math.max(0, ...dashboard.themeMatrix.map((cell) => cell.count));
  // Totals come from the server: an action two zones share counts in both columns but once in a total.
  const themeTotals = new Map(dashboard.themeTotals.map((row) => [row.theme.id, row.count]));
  const actionsOf = new Map(dashboard.progress.map((row) => [row.zone.id, row.total]));
  const total = dashboard.actionCount;

  return (
    <section className="section dashboard-section" aria-labelledby="themas">
      <h2 id="themas">Thema’s per zone</h2>
      <p className="section__intro">
        Aantal acties per thema in de actieplannen {year}. Een actie met twee thema’s telt in beide rijen; een actie die zones samen trekken, telt bij elke eigenaar-zone en één keer in “Alle
        zones”. Kies een getal om die acties te zien.
      </p>
      <div className="table-scroll">
        <table className="data-table matrix" data-testid="theme-matrix">
          <caption className="visually-hidden">
            Acties per thema en per zone, regio {region.name}, {year}
          </caption>
          <thead>
            <tr>
              <th scope="col">Thema</th>
              {zones.map((zone) => (
                <th key={zone.id} scope="col" className="num">
                  {zone.name}
                  {!hasPlan(zone, year) && <span className="matrix__no-plan">geen plan {year}</span>}
                </th>
              ))}
              <th scope="col" className="num">
                Alle zones
              </th>
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => {
              const rowTotal = themeTotals.get(theme.id) ?? 0;
              return (
                <tr key={theme.id} data-empty={rowTotal === 0 || undefined}>
                  <th scope="row">{theme.name}</th>
                  {zones.map((zone) => {
                    const n = count(theme.id, zone.id);
                    return (
                      <td key={zone.id} className="num heat" data-step={heatStep(n, max)} data-theme={theme.slug} data-zone={zone.slug}>
                        {n > 0 ? (
                          <Link to={actionsListUrl({ thema: theme.slug, zone: zone.slug, jaar: year })}>
                            {n}
                            <span className="visually-hidden">
                              {' '}
                              {n === 1 ? 'actie' : 'acties'} van {zone.name} over {theme.name}
                            </span>
                          </Link>
                        ) : (
                          <Zero />
                        )}
                      </td>
                    );
                  })}
                  <td className="num matrix__total">
                    {rowTotal > 0 ? (
                      <Link to={actionsListUrl({ thema: theme.slug, regio: region.slug, jaar: year })}>
                        {rowTotal}
                        <span className="visually-hidden"> acties over {theme.name} in de regio</span>
                      </Link>
                    ) : (
                      <Zero />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Alle acties</th>
              {zones.map((zone) => {
                const n = actionsOf.get(zone.id) ?? 0;
                return (
                  <td key={zone.id} className="num matrix__total">
                    {n > 0 ? (
                      <Link to={actionsListUrl({ zone: zone.slug, jaar: year })}>
                        {n}
                        <span className="visually-hidden"> acties van {zone.name}, eigen en gedeelde</span>
                      </Link>
                    ) : (
                      '0'
                    )}
                  </td>
                );
              })}
              <td className="num matrix__total">
                {total > 0 ? (
                  <Link to={actionsListUrl({ regio: region.slug, jaar: year })}>
                    {total}
                    <span className="visually-hidden"> acties in de regio</span>
                  </Link>
                ) : (
                  '0'
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {total === 0 && <p className="state state--empty">Geen enkele zone van de regio heeft acties in een actieplan {year}.</p>}
      <p className="muted small">{formatCount(zones.length, 'zone', 'zones')} · de laatste kolom en de laatste rij tellen elke actie één keer.</p>
    </section>
  );
}
