import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

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

/** How far below the screen a chart starts loading, so that it is drawn by the time it is scrolled to. */
const AHEAD = '600px 0px';

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
  const canvas = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setShown(true);
    }, { rootMargin: AHEAD });
    observer.observe(element);
    // Paper gets every chart, also those not scrolled to yet (drawn before the print layout is made).
    const print = (): void => flushSync(() => setShown(true));
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, []);
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
