// The import page's state as one reducer (pure, tested without a browser): the stage (choosing a
// file, reading it, reviewing), the draft under review and every change to it, the zone and year
// it will be saved as, the source line last shown and the actions whose title is missing.
import {
  attachFragment,
  dismissFragment,
  fragmentAsAction,
  shiftDates,
  toDraft,
  undoFragment,
  updateAction,
  type Draft,
  type DraftAction,
  type GoalKey,
  type SectionKey,
  type Unplaced,
} from './draft';
import type { Preview } from './preview';

export type Stage = { kind: 'choose'; problem: string | null; signedOut?: boolean } | { kind: 'reading'; fileName: string } | { kind: 'review'; preview: Preview; original: Draft };

export interface FlowState {
  stage: Stage;
  draft: Draft | null;
  zoneId: string;
  year: number | null;
  activeLine: number | null;
  /** Keys of kept actions without a title, found when saving. */
  titleErrors: string[];
}

/** A change of the draft under review. */
export type DraftChange =
  | { kind: 'action'; key: string; patch: Partial<Omit<DraftAction, 'key' | 'parsed'>> }
  | { kind: 'makeAction'; fragment: Unplaced; goal: GoalKey; title: string; what: string; projects: { id: string; name: string }[] }
  | { kind: 'attach'; fragmentId: string; actionKey: string; section: SectionKey }
  | { kind: 'dismiss'; fragmentId: string }
  | { kind: 'undo'; fragmentId: string }
  | { kind: 'shiftDates'; keys: string[]; year: number };

export type FlowEvent =
  | { type: 'reading'; fileName: string }
  | { type: 'problem'; problem: string | null; signedOut?: boolean }
  | { type: 'previewed'; preview: Preview; zoneId: string; year: number }
  | { type: 'restart' }
  | { type: 'zone'; zoneId: string }
  | { type: 'year'; year: number }
  | { type: 'showLine'; line: number }
  | { type: 'edit'; change: DraftChange }
  | { type: 'titleErrors'; keys: string[] };

export function initialFlow(zoneId: string): FlowState {
  return { stage: { kind: 'choose', problem: null }, draft: null, zoneId, year: null, activeLine: null, titleErrors: [] };
}

export function applyChange(draft: Draft, change: DraftChange): Draft {
  switch (change.kind) {
    case 'action':
      return updateAction(draft, change.key, change.patch);
    case 'makeAction':
      return fragmentAsAction(draft, change.fragment, change);
    case 'attach':
      return attachFragment(draft, change.fragmentId, change.actionKey, change.section);
    case 'dismiss':
      return dismissFragment(draft, change.fragmentId);
    case 'undo':
      return undoFragment(draft, change.fragmentId);
    case 'shiftDates':
      return shiftDates(draft, change.keys, change.year);
  }
}

export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'reading':
      return { ...state, stage: { kind: 'reading', fileName: event.fileName } };
    case 'problem':
      return { ...state, stage: { kind: 'choose', problem: event.problem, signedOut: event.signedOut } };
    case 'previewed': {
      const original = toDraft(event.preview.plan);
      return { ...state, stage: { kind: 'review', preview: event.preview, original }, draft: original, zoneId: event.zoneId, year: event.year, activeLine: null, titleErrors: [] };
    }
    case 'restart':
      return { ...state, stage: { kind: 'choose', problem: null }, draft: null, activeLine: null, titleErrors: [] };
    case 'zone':
      return { ...state, zoneId: event.zoneId };
    case 'year':
      return { ...state, year: event.year };
    case 'showLine':
      return { ...state, activeLine: event.line };
    case 'titleErrors':
      return { ...state, titleErrors: event.keys };
    case 'edit': {
      if (!state.draft) return state;
      const { change } = event;
      // A title filled in is no longer missing.
      const filled = change.kind === 'action' && change.patch.title?.trim() ? change.key : null;
      return { ...state, draft: applyChange(state.draft, change), titleErrors: filled ? state.titleErrors.filter((k) => k !== filled) : state.titleErrors };
    }
  }
}

/** Kept actions without a title: saving stops at the first. */
export function missingTitles(draft: Draft): string[] {
  return draft.actions.filter((a) => !a.removed && !a.title.trim()).map((a) => a.key);
}
