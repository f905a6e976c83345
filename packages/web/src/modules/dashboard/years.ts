import { zoneYear } from '@kruispunt/shared';

/**
 * The year a dashboard opens on when the URL names none: the year for which most zones of the
 * region have a plan, the latest of those on a tie (usually the year being carried out).
 */
export function defaultYear(zones: ReadonlyArray<{ actionPlans: ReadonlyArray<{ year: number }> }>, fallback = zoneYear()): number {
  const perYear = new Map<number, number>();
  for (const zone of zones) {
    for (const year of new Set(zone.actionPlans.map((p) => p.year))) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of perYear) {
    const bestCount = best === null ? -1 : (perYear.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && year > best)) best = year;
  }
  return best ?? fallback;
}

/** A four-digit year from the query string, or null. */
export function parseYear(value: string | null | undefined): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}
