import type { ReactElement } from 'react';
import { useDrawnInTurn } from '@/common/hooks/useDrawnInTurn';

/**
 * A page's parts below its first screen, drawn once that screen has painted (useDrawnInTurn).
 * Until then a place a screen high stands for them, so the footer stays below the screen and
 * nothing on the screen moves. Each part carries its own key; a part that
 * is not there is `null` or `false`, so the others keep their turn.
 */
export function DrawnInTurn({ parts }: { parts: readonly (ReactElement | null | false)[] }) {
  const drawn = useDrawnInTurn(parts.length);
  return (
    <>
      {parts.slice(0, drawn)}
      {drawn < parts.length && <div className="drawn-in-turn__pending" aria-hidden="true" data-testid="drawing" />}
    </>
  );
}
