import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';
import { afterPaint } from './usePaintedOnce';

/**
 * How many of a page's `total` parts below its first screen to draw: none in the page's first
 * render, all once that render has painted (in a transition, which React renders in slices); all
 * in the first render for a deep link (#hash), and at once on the first Tab (so the tab order holds
 * everything) and for printing.
 * Drawn in one piece with the header (the plan's texts and goal tree, the dashboard's tables, Mijn
 * zone's cards) they were one long render, commit and layout before the header could paint
 * (Lighthouse's LCP). One part per frame was tried too: its many commits and layouts cost more
 * blocking time than they saved (Lighthouse, plan 85–91 against 92). Nested, a part's own parts
 * come a frame later. The caller keeps the undrawn parts' place (DrawnInTurn).
 */
export function useDrawnInTurn(total: number): number {
  const [drawn, setDrawn] = useState(0);
  const linked = useLocation().hash.length > 1;
  const all = linked || drawn >= total;
  useEffect(() => {
    if (all) return;
    return afterPaint(() => startTransition(() => setDrawn(total)));
  }, [drawn, all, total]);
  useEffect(() => {
    if (all) return;
    // Paper gets every part (rendered before the print layout is made); a keyboard user tabs through all.
    const print = (): void => flushSync(() => setDrawn(total));
    const tab = (event: KeyboardEvent): void => {
      if (event.key === 'Tab') setDrawn(total);
    };
    window.addEventListener('beforeprint', print);
    window.addEventListener('keydown', tab);
    return () => {
      window.removeEventListener('beforeprint', print);
      window.removeEventListener('keydown', tab);
    };
  }, [all, total]);
  return all ? total : drawn;
}
