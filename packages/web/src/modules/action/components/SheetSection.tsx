import type { ReactNode } from 'react';

/** One section of the action sheet template, with its heading as the template words it. */
export function SheetSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="sheet-section" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`}>{title}</h2>
      {children}
    </section>
  );
}
