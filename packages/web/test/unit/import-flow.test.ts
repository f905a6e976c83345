// The import page's reducer, without a browser: a preview becomes the draft, every change goes
// through it, a title filled in is no longer missing, and choosing another file starts over.
import { parsePlanText, toImportJson } from '@kruispunt/shared';
import { unplacedOf } from '@/modules/import/draft';
import { flowReducer, initialFlow, missingTitles, type FlowState } from '@/modules/import/flow';
import { REVIEW_PLAN, REVIEW_YEAR } from '../import-review-plan';

const plan = parsePlanText(REVIEW_PLAN);
const preview = { fileName: 'plan.txt', sourceText: REVIEW_PLAN, plan, importJson: toImportJson(plan), warnings: [] };

describe('the import flow reducer', () => {
  it('reviews a preview, makes an unplaced text an action, and starts over on another file', () => {
    let state: FlowState = flowReducer(initialFlow('zone-1'), { type: 'reading', fileName: 'plan.txt' });
    expect(state.stage).toEqual({ kind: 'reading', fileName: 'plan.txt' });
    state = flowReducer(state, { type: 'previewed', preview, zoneId: 'zone-2', year: REVIEW_YEAR });
    expect(state.stage.kind).toBe('review');
    expect([state.zoneId, state.year, state.draft!.actions.length]).toEqual(['zone-2', REVIEW_YEAR, 2]);

    const fragment = unplacedOf(state.draft!)[1]!;
    state = flowReducer(state, { type: 'edit', change: { kind: 'makeAction', fragment, goal: 'od:1.1', title: '  ', what: '', projects: [] } });
    const made = state.draft!.actions.find((a) => a.fromFragment === fragment.id)!;
    // Saving stops at an action without a title; filling it in clears that.
    expect(missingTitles(state.draft!)).toEqual([made.key]);
    state = flowReducer(state, { type: 'titleErrors', keys: missingTitles(state.draft!) });
    state = flowReducer(state, { type: 'edit', change: { kind: 'action', key: made.key, patch: { title: 'Vorming rouw' } } });
    expect(state.titleErrors).toEqual([]);
    expect(missingTitles(state.draft!)).toEqual([]);

    state = flowReducer(state, { type: 'edit', change: { kind: 'shiftDates', keys: state.draft!.actions.map((a) => a.key), year: REVIEW_YEAR } });
    expect(state.draft!.actions.flatMap((a) => a.parsed.steps.map((s) => s.date)).filter(Boolean)).toEqual([`${REVIEW_YEAR}-03-15`, `${REVIEW_YEAR}-06-20`]);

    state = flowReducer(state, { type: 'restart' });
    expect([state.stage, state.draft, state.zoneId]).toEqual([{ kind: 'choose', problem: null }, null, 'zone-2']);
  });
});
