// Small Dutch (Belgian) formatters for the interface. Dates: formatDate from @kruispunt/shared.
import { MONTH_LABELS } from '@kruispunt/shared';

const decimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** "1 actie", "12 acties". */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** Staff in full-time equivalents: "1,7 VTE". */
export function formatFte(fte: number | null | undefined): string | null {
  return fte == null ? null : `${formatNumber(fte)} VTE`;
}

/** The label of a month of the plan year (1-12): "jan". */
export function monthLabel(month: number): string {
  return MONTH_LABELS[month - 1] ?? String(month);
}

const monthNames = new Intl.DateTimeFormat('nl-BE', { month: 'long', timeZone: 'UTC' });
/** The full name of a month (1-12), capitalised to start a sentence: "Oktober". */
export function monthName(month: number): string {
  const name = monthNames.format(new Date(Date.UTC(2000, month - 1, 1)));
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Months of the plan year as ranges: [1,2,3,9] → "jan–mrt, sep". */
export function formatMonthRanges(months: readonly number[]): string {
  const sorted = [...new Set(months)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  const ranges: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const close = (): void => {
    if (start === undefined || previous === undefined) return;
    ranges.push(start === previous ? monthLabel(start) : `${monthLabel(start)}–${monthLabel(previous)}`);
  };
  for (const month of sorted) {
    if (previous !== undefined && month === previous + 1) {
      previous = month;
      continue;
    }
    close();
    start = month;
    previous = month;
  }
  close();
  return ranges.join(', ');
}

/** "Actie 1.1.1"; null when the plan gives the sheet no number (most seed plans do not). */
export function actionLabel(number: string | null | undefined): string | null {
  return number ? `Actie ${number}` : null;
}
