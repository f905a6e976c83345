/**
 * Shading of a heat-map cell: five steps of the primary colour, with text colours that keep AA
 * contrast on each step. Step 0 is an empty cell.
 */
export function heatStep(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  const ratio = count / max;
  if (ratio > 0.75) return 4;
  if (ratio > 0.5) return 3;
  if (ratio > 0.25) return 2;
  return 1;
}
