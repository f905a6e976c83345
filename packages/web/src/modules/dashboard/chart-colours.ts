import type { ProgressStatus } from '@kruispunt/shared';

/** Colours that stay apart in greyscale print too; every bar also carries its value as text. */
export const STATUS_COLOURS: Record<ProgressStatus, string> = {
  PLANNED: '#94a3b8',
  RUNNING: '#1d4ed8',
  DONE: '#15803d',
  POSTPONED: '#d97706',
  STOPPED: '#b91c1c',
};

export const COVERAGE_COLOURS = { indicators: '#0b5563', evaluation: '#d97706' } as const;
