import { formatMonthRanges, monthLabel } from '@/common/format';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** A small Jan–Dec bar with the active months filled, followed by the months in words. */
export function MonthStrip({ months }: { months: readonly number[] }) {
  const active = new Set(months);
  if (active.size === 0) return <span className="muted">Geen maanden ingevuld</span>;
  return (
    <span className="month-strip">
      <span className="month-strip__bar" aria-hidden="true">
        {MONTHS.map((month) => (
          <span key={month} className="month-strip__cell" data-active={active.has(month)} title={monthLabel(month)} />
        ))}
      </span>
      <span className="month-strip__text">{formatMonthRanges(months)}</span>
    </span>
  );
}
