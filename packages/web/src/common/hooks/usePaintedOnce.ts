import { startTransition, useEffect, useState } from 'react';

/**
 * False until the component's first render has been painted, then true (set in a transition, which
 * React renders in slices). A long page draws its first screen first and the rest right after: the
 * 13 sections of an action sheet (3,500 px on a phone, below the first screen) were rendered and laid
 * out before the header could paint (Lighthouse's LCP, the header's goal line). The caller keeps the
 * rest's place meanwhile (at least a screen high), so nothing on the screen moves when it comes.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}

/**
 * Runs `done` once the next frame has been painted; answers the cancel (an effect's clean-up).
 * A task queued in an animation frame runs after that frame is painted. A hidden tab gets no
 * frames: the fallback timer runs it there.
 */
export function afterPaint(done: () => void): () => void {
  let timer = setTimeout(done, 250);
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(done, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
