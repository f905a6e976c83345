import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';

/**
 * How many of a page's `total` parts to draw: none in the page's first render, then one more after
 * each painted frame, each in a transition of its own (rendered in slices and committed apart), and
 * all at once for a deep link (#hash), the first Tab (so the tab order holds everything) and printing.
 * A page drawn in one piece (the plan's sections and goal tree, the dashboard's tables, Mijn zone's
 * cards) was one long render and one long commit and layout before its first screen could paint:
 * Lighthouse's LCP waited for them and its blocking time counted them. Find-in-page finds everything
 * a few frames after the page opens. The caller keeps the undrawn parts' place (DrawnInTurn).
 */
export function useDrawnInTurn(total: number): number {
  const [drawn, setDrawn] = useState(0);
  const linked = useLocation().hash.length > 1;
  const all = linked || drawn >= total;
  useEffect(() => {
    if (all) return;
    const next = (): void => startTransition(() => setDrawn((count) => count + 1));
    // A task queued in an animation frame runs after that frame is painted. A hidden tab gets no
    // frames: the fallback timer draws on there.
    let timer = setTimeout(next, 250);
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(next, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn, all]);
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
