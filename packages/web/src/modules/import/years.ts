// Which zone and year an imported plan goes to, by default: pure, beside the flow that asks.
import { zoneYear } from '@kruispunt/shared';

/** A zone's name as written in a plan text, for comparing ("ELZ Leuven Noord" ~ "Leuven Noord"). */
export const comparableName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(?:elz|eerstelijnszone)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The year to save as, of those the zone has no plan for yet: the text's year; of a multi-year
 * plan next year's, this year's or its other years; else the first free year from next year on.
 */
export function suggestedYear(textYears: readonly number[], taken: readonly number[], now = zoneYear()): number {
  const next = now + 1;
  const candidates = textYears.length === 1 ? textYears : [next, now, ...textYears].filter((y) => textYears.includes(y));
  const free = candidates.find((y) => !taken.includes(y));
  if (free !== undefined) return free;
  let y = next;
  while (taken.includes(y)) y++;
  return y;
}
