// Small parts every section of the action editor uses: where a field sits (for the error
// summary's links), a section with its heading, and the move/remove tools of a list row.
import type { ReactNode } from 'react';
import { monthLabel } from '@/common/format';
import type { Option } from './inputs';

export const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
export const MONTH_OPTIONS: Option[] = MONTHS.map((month) => ({ value: String(month), label: monthLabel(month) }));

/** Where each form field sits, to link the error summary to it. */
export function fieldAnchor(key: string): string {
  return `veld-${key.replace(/\./g, '-')}`;
}

export function EditorSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="sheet-section editor-section" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{title}</h2>
      {children}
    </section>
  );
}

export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  const target = index + by;
  if (target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

export function RowTools({ index, count, noun, onMove, onRemove }: { index: number; count: number; noun: string; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  return (
    <div className="row-tools">
      <button type="button" className="link-button" onClick={() => onMove(-1)} disabled={index === 0}>
        Omhoog
        <span className="visually-hidden">
          : {noun} {index + 1}
        </span>
      </button>
      <button type="button" className="link-button" onClick={() => onMove(1)} disabled={index === count - 1}>
        Omlaag
        <span className="visually-hidden">
          : {noun} {index + 1}
        </span>
      </button>
      <button type="button" className="link-button link-button--danger" onClick={onRemove}>
        Verwijderen
        <span className="visually-hidden">
          : {noun} {index + 1}
        </span>
      </button>
    </div>
  );
}
