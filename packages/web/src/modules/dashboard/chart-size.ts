/** The height of a dashboard chart with `rows` bars: the chart draws at it, and its place is kept at it while the chart loads. */
export const chartHeight = (rows: number): number => Math.max(160, rows * 56 + 70);
