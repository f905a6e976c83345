import { Suspense, type ReactNode } from 'react';
import { useNearScreen } from '@/common/hooks/useNearScreen';

/**
 * A chart with its words: the drawing is one image with a sentence for screen readers, and the
 * exact figures are in a table that opens under it. The drawing mounts when it comes near the
 * screen (or the page is printed): the chart library (a chunk of its own, ~90 kB compressed) and
 * its drawing were a 170 ms task on a phone while the reader was still at the matrix above
 * (Lighthouse's blocking time). Its place keeps the chart's height meanwhile, so nothing moves.
 */
export interface LegendItem {
  label: string;
  colour: string;
}

export function ChartFigure({
  summary,
  caption,
  chart,
  height,
  table,
  legend,
}: {
  summary: string;
  caption: string;
  chart: ReactNode;
  /** The drawing's height in pixels. */
  height: number;
  table: ReactNode;
  legend: LegendItem[];
}) {
  // Also drawn for paper, charts not scrolled to yet included.
  const [canvas, shown] = useNearScreen<HTMLDivElement>();
  const loading = <p className="chart__loading muted">Grafiek laden…</p>;
  return (
    <figure className="chart">
      <div ref={canvas} className="chart__canvas" role="img" aria-label={summary} style={{ minHeight: height }}>
        {shown ? <Suspense fallback={loading}>{chart}</Suspense> : loading}
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
