/** The years Mijn zone shows a plan card for, in order. */
export function planCardYears(current: number, planYears: readonly number[]): number[] {
  // Next year's plan (being written) and this year's (running) first, even before they exist (to
  // create them); then every other plan of the zone, newest first.
  const others = [...new Set(planYears)].filter((y) => y !== current + 1 && y !== current);
  return [current + 1, current, ...others.sort((a, b) => b - a)];
}

/** What a plan card calls its year, seen from `current`. */
export function planCardRole(year: number, current: number): string {
  if (year === current + 1) return 'volgend jaar';
  if (year === current) return 'dit jaar';
  return year > current ? 'later jaar' : 'eerder jaar';
}
