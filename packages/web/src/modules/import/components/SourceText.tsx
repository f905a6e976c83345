import { memo } from 'react';
import type { Unplaced } from '../draft';

interface SourceTextProps {
  lines: readonly string[];
  /** Lines of text the parser could not place. */
  unplaced: ReadonlyMap<number, Unplaced>;
  /** Lines where an action starts, with its title. */
  actionStarts: ReadonlyMap<number, string>;
  /** The line last jumped to. */
  active: number | null;
}

export const lineId = (line: number) => `regel-${line}`;

/** Bullets of Word's Symbol and Wingdings fonts come through as private-use characters, which no web font draws. */
const SYMBOL_BULLETS: Record<string, string> = { '\uf0b7': '•', '\uf0a7': '▪', '\uf0d8': '➢', '\uf0fc': '✓', '\uf076': '❖', '\uf0a8': '◦' };
const shown = (text: string) => text.replace(/[\uf020-\uf0ff]/g, (c) => SYMBOL_BULLETS[c] ?? '•');

/** The text the parser read, with line numbers; what it could not place is marked. */
export const SourceText = memo(function SourceText({ lines, unplaced, actionStarts, active }: SourceTextProps) {
  const width = String(lines.length).length;
  return (
    <ol className="source" style={{ ['--number-width' as string]: `${width + 1}ch` }}>
      {lines.map((text, i) => {
        const n = i + 1;
        const fragment = unplaced.get(n);
        const starts = actionStarts.get(n);
        const first = fragment && fragment.line === n;
        return (
          <li
            key={n}
            id={lineId(n)}
            tabIndex={-1}
            className="source__line"
            data-unplaced={fragment ? true : undefined}
            data-action={starts !== undefined ? true : undefined}
            data-active={active === n ? true : undefined}
          >
            <span className="source__no" aria-hidden="true">
              {n}
            </span>
            <span className="source__text">
              {first && <span className="visually-hidden">Niet geplaatst: </span>}
              {starts !== undefined && <span className="visually-hidden">Begin van een actie: </span>}
              {shown(text) || '\u00a0'}
            </span>
            {first && (
              <span className="source__flag" aria-hidden="true">
                niet geplaatst
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
});
