import { Suspense, useEffect, useState, type ReactNode } from 'react';

/**
 * A chart with its words: the drawing is one image with a sentence for screen readers, and the
 * exact figures are in a table that opens under it. The drawing mounts after the first paint, so
 * the chart library (a chunk of its own) never holds up the matrix above it.
 */
export interface LegendItem {
  label: string;
  colour: string;
}

export function ChartFigure({ summary, caption, chart, table, legend }: { summary: string; caption: string; chart: ReactNode; table: ReactNode; legend: LegendItem[] }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  const loading = <p className="chart__loading muted">Grafiek laden…</p>;
  return (
    <figure className="chart">
      <div className="chart__canvas" role="img" aria-label={summary}>
        {painted ? <Suspense fallback={loading}>{chart}</Suspense> : loading}
      </div>
      <ul className="chart__legend" aria-hidden="true">
        {legend.map((item) => (
          <li key={item.label}>
            <span className="chart__swatch" style={{ background: item.colour }} />
            {item.label}
          </li>
        ))}
      </ul>
      <figcaption className="chart__caption">{caption}</figcaption>
      <details className="chart__table">
        <summary>Cijfers als tabel</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </figure>
  );
}
