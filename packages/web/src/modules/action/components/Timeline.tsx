import { formatDate } from '@kruispunt/shared';
import { monthLabel } from '@/common/format';

interface TimelineProps {
  /** The plan year (null when the plan is not visible). */
  year: number | null;
  months: ReadonlyArray<{ id: string; month: number; milestone: string | null }>;
  startDate: string | null;
  endDate: string | null;
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** The sheet's timeline: a January–December strip with the active months and their milestones. */
export function Timeline({ year, months, startDate, endDate }: TimelineProps) {
  const byMonth = new Map(months.map((entry) => [entry.month, entry]));
  const milestones = [...months].filter((entry) => entry.milestone).sort((a, b) => a.month - b.month);
  return (
    <div className="timeline">
      {(startDate || endDate) && (
        <p className="timeline__period">
          {startDate && endDate ? `Van ${formatDate(startDate)} tot ${formatDate(endDate)}` : startDate ? `Vanaf ${formatDate(startDate)}` : `Tot ${formatDate(endDate)}`}
        </p>
      )}
      <ol className="timeline__strip" aria-label={year ? `Maanden van ${year}` : 'Maanden'}>
        {MONTHS.map((month) => {
          const entry = byMonth.get(month);
          return (
            <li key={month} className="timeline__month" data-active={Boolean(entry)} data-milestone={Boolean(entry?.milestone)}>
              <span className="timeline__label">{monthLabel(month)}</span>
              <span className="visually-hidden">{entry ? (entry.milestone ? ': actief, met mijlpaal' : ': actief') : ': niet actief'}</span>
              {entry?.milestone && (
                <span className="timeline__marker" aria-hidden="true">
                  ◆
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {months.length === 0 && <p className="muted">Geen maanden ingevuld.</p>}
      {milestones.length > 0 && (
        <>
          <h3>Mijlpalen</h3>
          <dl className="milestones">
            {milestones.map((entry) => (
              <div key={entry.id}>
                <dt>{monthLabel(entry.month)}</dt>
                <dd className="prose-item">{entry.milestone}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
