// What the review's draft tree (DraftTree, ActionCard, ActionChoices) calls back into the import flow.
import type { DraftAction } from './draft';

export interface TreeHandlers {
  onChange: (key: string, patch: Partial<Pick<DraftAction, 'title' | 'lead' | 'goal' | 'funding' | 'removed' | 'evaluation' | 'themes' | 'partnerChoices'>>) => void;
  onShowLine: (line: number) => void;
  /** Moves the dates of these actions into the plan's year. */
  onShiftDates: (keys: string[]) => void;
}
