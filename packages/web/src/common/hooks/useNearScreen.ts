import { useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';

/** How far below the screen a part starts rendering, so that it is there by the time it is scrolled to. */
const AHEAD = '600px 0px';

/**
 * Whether a part of a page far below the first screen should render yet: once it comes near the
 * screen, and at once when the URL's hash names one of its anchors (a deep link), when the page is
 * printed, or (with `keyboard`) when the reader presses Tab (so the tab order holds everything).
 * Panels under a long action sheet, each with its own query, made the main thread busy while the
 * page loaded (Lighthouse's blocking time); charts load a library of their own. The caller keeps the
 * part's place (a loading state of its size) until then, so nothing moves.
 */
export function useNearScreen<T extends Element>({ anchors = [], keyboard = false }: { anchors?: readonly string[]; keyboard?: boolean } = {}): [ref: RefObject<T | null>, near: boolean] {
  const ref = useRef<T>(null);
  const { hash } = useLocation();
  // Anchors are plain ids: compared as written (a malformed %-escape in a hash must not throw).
  const linked = anchors.includes(hash.slice(1));
  const [seen, setSeen] = useState(false);
  const near = seen || linked;
  useEffect(() => {
    if (near) return;
    const show = (): void => setSeen(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) show();
      },
      { rootMargin: AHEAD },
    );
    if (ref.current) observer.observe(ref.current);
    // Paper gets every part, also those not scrolled to yet (rendered before the print layout is made).
    const print = (): void => flushSync(show);
    const tab = (event: KeyboardEvent): void => {
      if (event.key === 'Tab') show();
    };
    window.addEventListener('beforeprint', print);
    if (keyboard) window.addEventListener('keydown', tab);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
      window.removeEventListener('keydown', tab);
    };
  }, [near, keyboard]);
  return [ref, near];
}
