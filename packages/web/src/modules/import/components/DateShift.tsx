import { useEffect, useRef, useState } from 'react';
import { formatCount } from '@/common/format';
import { otherYearDates, type Draft } from '../draft';

interface DateShiftProps {
  draft: Draft;
  /** The year the plan is saved as. */
  year: number;
  onShift: (keys: string[]) => void;
}

/**
 * Dates the text puts in another year than the plan's (a 2025 step in a 2026 plan): said, and
 * moved to the plan's year only on request, all at once here or per action at the action.
 */
export function DateShift({ draft, year, onShift }: DateShiftProps) {
  const other = otherYearDates(draft, year);
  const [done, setDone] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done]);
  useEffect(() => setDone(null), [year]);

  if (other.length === 0) {
    return done ? (
      <p ref={status} tabIndex={-1} className="notice import-dates" role="status">
        {done}
      </p>
    ) : null;
  }
  const years = [...new Set(other.flatMap((o) => o.years))].sort();
  return (
    <div className="notice notice--warning import-dates" data-testid="import-other-dates">
      <p>
        {formatCount(other.length, 'actie heeft', 'acties hebben')} datums in {years.join(' en ')}, niet in {year}, het jaar van dit plan. Kruispunt verschuift niets vanzelf: verschuif ze
        hier of bij de actie, of pas ze na het opslaan aan.
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          onShift(other.map((o) => o.key));
          setDone(`De datums van ${formatCount(other.length, 'actie', 'acties')} staan nu in ${year} (dag en maand bleven).`);
        }}
      >
        Alle datums naar {year} verschuiven
      </button>
    </div>
  );
}
