import { formatNumber } from '@/common/format';

export interface TrendYear {
  year: number;
  targetValue: number | null;
  targetUnit: string | null;
  measuredValue: number | null;
  current: boolean;
}

const describe = (y: TrendYear): string =>
  `${y.year}: ${y.measuredValue != null ? formatNumber(y.measuredValue) : 'niet gemeten'}${y.targetValue != null ? ` van ${formatNumber(y.targetValue)}` : ''}`;

/**
 * The indicator over the years of a carried-over action (ActionIndicator.trend, computed by the API):
 * per year a bar for the target (outline) and one for the latest measured value (filled).
 */
export function IndicatorTrendChart({ name, years }: { name: string; years: readonly TrendYear[] }) {
  if (years.length < 2) return null;
  const barWidth = 16;
  const group = 2 * barWidth + 20;
  const height = 90;
  const top = 14;
  const base = height - 18;
  const width = Math.max(160, years.length * group + 10);
  const max = Math.max(1, ...years.flatMap((y) => [y.targetValue ?? 0, y.measuredValue ?? 0]));
  const h = (value: number): number => ((base - top) * value) / max;
  const unit = years.find((y) => y.targetUnit)?.targetUnit;
  return (
    <figure className="indicator-trend" data-testid="indicator-trend">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${name} per jaar${unit ? ` (${unit})` : ''}: ${years.map(describe).join('; ')}`}>
        <line x1={0} x2={width} y1={base} y2={base} className="indicator-trend__axis" />
        {years.map((y, i) => {
          const x = 10 + i * group;
          return (
            <g key={y.year}>
              {y.targetValue != null && <rect x={x} y={base - h(y.targetValue)} width={barWidth} height={h(y.targetValue)} className="indicator-trend__target" />}
              {y.measuredValue != null && (
                <>
                  <rect x={x + barWidth + 2} y={base - h(y.measuredValue)} width={barWidth} height={h(y.measuredValue)} className="indicator-trend__measured" />
                  <text x={x + barWidth + 2 + barWidth / 2} y={base - h(y.measuredValue) - 3} textAnchor="middle" className="indicator-trend__value">
                    {formatNumber(y.measuredValue)}
                  </text>
                </>
              )}
              <text x={x + barWidth} y={height - 4} textAnchor="middle" className={y.current ? 'indicator-trend__year indicator-trend__year--current' : 'indicator-trend__year'}>
                {y.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        Over de jaren: <span className="indicator-trend__key indicator-trend__key--target" aria-hidden="true" /> streefwaarde{' '}
        <span className="indicator-trend__key indicator-trend__key--measured" aria-hidden="true" /> laatste meting, per jaar ({years.map(describe).join('; ')})
      </figcaption>
    </figure>
  );
}
