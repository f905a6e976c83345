// The import review's draft logic, without a browser: unplaced text made an action or attached to
// a section (and taken back), dates moved into the plan's year, partners linked or created, and
// the plan sent to the API built from all of it.
import { allActions, parsePlanText, type ParsedPlan } from '@kruispunt/shared';
import {
  attachedStakeholders,
  attachFragment,
  buildPlan,
  dismissFragment,
  fragmentAsAction,
  isEdited,
  titleAndWhat,
  openFragments,
  otherYearDates,
  partnerOptions,
  shiftDates,
  toDraft,
  undoFragment,
  unplacedOf,
  updateAction,
  type PartnerMatch,
} from '@/modules/import/draft';
import { REVIEW_PLAN, REVIEW_YEAR } from '../import-review-plan';

const plan: ParsedPlan = parsePlanText(REVIEW_PLAN);
const original = toDraft(plan);
const fragments = unplacedOf(original);
const [project, title, paragraph, pharmacists] = fragments;
const [sheet, evening] = original.actions;

describe('the import review draft', () => {
  it('finds the test plan as expected: two actions, four unplaced texts', () => {
    expect(original.actions.map((a) => a.title)).toEqual(['Werkgroep sociaal beleid opstarten', 'Netwerkavond voor zorgverleners']);
    expect(fragments.map((f) => [f.line, f.text.split('\n')[0]])).toEqual([
      [6, 'Lopende projecten'],
      [12, 'Vorming rond rouw voor mantelzorgers'],
      [13, 'In het najaar organiseren we een vorming over rouw voor mantelzorgers, samen met de mantelzorgorganisaties.'],
      [39, 'Ook de apothekers worden uitgenodigd via BAF (Brabants Apothekersforum).'],
    ]);
  });

  it('makes an unplaced text an action under the chosen goal, and attaches another to a section of it', () => {
    let draft = fragmentAsAction(original, title!, { goal: 'od:1.1', title: 'Vorming rouw', what: 'Voor mantelzorgers.', projects: [] });
    draft = attachFragment(draft, paragraph!.id, 'n-' + title!.id, 'what');
    draft = attachFragment(draft, pharmacists!.id, evening!.key, 'stakeholders');
    draft = fragmentAsAction(draft, project!, { goal: 'od:1.2', title: 'OverHoop', what: '', projects: [{ id: 'UHJvamVjdDox', name: 'OverHoop' }] });
    expect(openFragments(draft, fragments)).toEqual([]);
    expect(isEdited(draft, original)).toBe(true);
    // Themes are proposed for a new action as for the file's own (ticked; the user unticks what does not fit).
    const made = draft.actions.find((a) => a.key === 'n-' + title!.id)!;
    expect(made.themes).toEqual(made.parsed.suggestedThemes!.map((t) => t.theme));
    expect(made.themes).toContain('mentaal-welzijn');

    const built = buildPlan(draft).plan;
    const od11 = built.strategicGoals[0]!.operationalGoals[0]!.actions;
    expect(od11.map((a) => a.title)).toEqual(['Vorming rouw', 'Werkgroep sociaal beleid opstarten']);
    expect(od11[0]).toMatchObject({ what: `Voor mantelzorgers.\n${paragraph!.text}`, line: 12, strategicGoal: '1', operationalGoal: '1.1' });
    const od12 = built.strategicGoals[0]!.operationalGoals[1]!.actions;
    expect(od12.map((a) => a.title)).toEqual(['OverHoop', 'Netwerkavond voor zorgverleners']);
    expect(od12[0]!.projects).toEqual(['UHJvamVjdDox']);
    expect(od12[1]!.stakeholders).toEqual(['Ook de apothekers worden uitgenodigd via BAF (Brabants Apothekersforum).']);
    // What was placed is no longer sent as unplaced text (which would land in the notes).
    expect(built.unplaced).toEqual([]);
    expect(allActions(built).flatMap((a) => a.unplaced)).toEqual([]);
  });

  it('starts a new action with the first line as title and the rest as "Wat?"; a paragraph gives its first sentence', () => {
    expect(titleAndWhat(project!.text)).toEqual({ title: 'Lopende projecten', what: project!.text.split('\n')[1] });
    const paragraph =
      'Zuidoost Hageland neemt een trekkersrol op zich om de pionier te zijn met betrekking op sensibilisatie van preventie. Daarna volgt de rest van de uitleg over het project.';
    expect(titleAndWhat(paragraph)).toEqual({
      title: 'Zuidoost Hageland neemt een trekkersrol op zich om de pionier te zijn met betrekking op sensibilisatie van preventie',
      what: paragraph,
    });
    const long = `${'woord '.repeat(40)}einde`;
    expect(titleAndWhat(long).title).toMatch(/^(woord ){15}woord…$/);
  });

  it('takes a decision back: an action made of a text goes, with what was attached to it', () => {
    let draft = fragmentAsAction(original, title!, { goal: 'od:1.1', title: 'Vorming rouw', what: '', projects: [] });
    draft = attachFragment(draft, paragraph!.id, 'n-' + title!.id, 'what');
    draft = dismissFragment(draft, pharmacists!.id);
    draft = undoFragment(draft, title!.id);
    expect(draft.actions).toHaveLength(2);
    expect(openFragments(draft, fragments).map((f) => f.id)).toEqual([project!.id, title!.id, paragraph!.id]);
    // A dismissed text is not kept; the others stay unplaced, with their action's notes.
    const built = buildPlan(draft).plan;
    expect(built.unplaced.map((f) => f.line)).toEqual([6]);
    expect(allActions(built)[0]!.unplaced.map((f) => f.line)).toEqual([12, 13]);
    expect(allActions(built)[1]!.unplaced).toEqual([]);
  });

  it('loses no text when an action is removed: what was attached to it, or made into it, is unplaced again', () => {
    let draft = attachFragment(original, pharmacists!.id, sheet!.key, 'why');
    draft = fragmentAsAction(draft, title!, { goal: 'od:1.1', title: 'Vorming rouw', what: '', projects: [] });
    draft = updateAction(draft, sheet!.key, { removed: true });
    draft = updateAction(draft, 'n-' + title!.id, { removed: true });
    expect(openFragments(draft, fragments).map((f) => f.id)).toEqual([project!.id, title!.id, paragraph!.id, pharmacists!.id]);
    const built = buildPlan(draft).plan;
    expect(allActions(built).map((a) => a.title)).toEqual(['Netwerkavond voor zorgverleners']);
    // The removed sheet's own unplaced text is gone with it (as before); the text made an action stays with the plan's or its owner's notes.
    expect(allActions(built)[0]!.unplaced.map((f) => f.line)).toEqual([39]);
  });

  it('says which dates fall in another year and moves them into the plan year only when asked', () => {
    expect(otherYearDates(original, REVIEW_YEAR)).toEqual([
      { key: sheet!.key, years: [REVIEW_YEAR - 1] },
      { key: evening!.key, years: [REVIEW_YEAR - 1] },
    ]);
    expect(otherYearDates(original, REVIEW_YEAR - 1)).toEqual([]);
    expect(buildPlan(original).plan.strategicGoals[0]!.operationalGoals[0]!.actions[0]!.steps.map((s) => s.date)).toEqual([`${REVIEW_YEAR - 1}-03-15`, `${REVIEW_YEAR - 1}-06-20`]);
    // One action at a time: the other keeps its dates.
    const shifted = shiftDates(original, [sheet!.key], REVIEW_YEAR);
    expect(otherYearDates(shifted, REVIEW_YEAR)).toEqual([{ key: evening!.key, years: [REVIEW_YEAR - 1] }]);
    const all = shiftDates(shifted, [evening!.key], REVIEW_YEAR);
    expect(otherYearDates(all, REVIEW_YEAR)).toEqual([]);
    expect(buildPlan(all).plan.strategicGoals[0]!.operationalGoals[1]!.actions[0]!).toMatchObject({
      startDate: `${REVIEW_YEAR}-09-01`,
      endDate: `${REVIEW_YEAR}-09-30`,
      timeline: [{ month: 9, milestone: 'Netwerkavond' }],
    });
    expect(isEdited(shifted, original)).toBe(true);
    const steps = buildPlan(shifted).plan.strategicGoals[0]!.operationalGoals[0]!.actions[0]!.steps;
    expect(steps.map((s) => [s.date, s.text])).toEqual([
      [`${REVIEW_YEAR}-03-15`, `15/03/${REVIEW_YEAR - 1}: eerste overleg met de besturen`],
      [`${REVIEW_YEAR}-06-20`, `20/06/${REVIEW_YEAR - 1}: afsprakenkader voorgelegd`],
    ]);
  });

  it('links the matched partners, creates a new one only when ticked, and never takes a zone for a partner', () => {
    const matches = new Map<string, PartnerMatch>([
      ['Diletti', { partners: [{ name: 'Diletti' }], zones: [], newName: null }],
      ['Buurtwerk De Brug', { partners: [], zones: [], newName: 'Buurtwerk De Brug' }],
      ['ELZ Leuven Zuid', { partners: [], zones: [{ name: 'ELZ Leuven Zuid' }], newName: null }],
    ]);
    expect(partnerOptions(sheet!, matches).map((p) => [p.name, p.kind, p.chosen])).toEqual([
      ['Diletti', 'partner', true],
      ['Buurtwerk De Brug', 'new', false],
      ['ELZ Leuven Zuid', 'zone', false],
    ]);
    const first = (d: typeof original) => buildPlan(d, matches).plan.strategicGoals[0]!.operationalGoals[0]!.actions[0]!;
    expect(first(original).partners).toEqual([{ name: 'Diletti', create: false }]);
    const ticked = updateAction(original, sheet!.key, { partnerChoices: { 'Buurtwerk De Brug': true, Diletti: false, 'ELZ Leuven Zuid': true } });
    expect(first(ticked).partners).toEqual([{ name: 'Buurtwerk De Brug', create: true }]);
    // A line naming two partners offers both; a partner named on two lines is offered once.
    const listed = { ...sheet!, parsed: { ...sheet!.parsed, stakeholders: ['VAPH en Opgroeien', 'Opgroeien (voorzieningen)'] } };
    const both = new Map<string, PartnerMatch>([
      ['VAPH en Opgroeien', { partners: [{ name: 'Opgroeien' }, { name: 'VAPH' }], zones: [], newName: null }],
      ['Opgroeien (voorzieningen)', { partners: [{ name: 'Opgroeien' }], zones: [], newName: null }],
    ]);
    expect(partnerOptions(listed, both).map((p) => p.name)).toEqual(['Opgroeien', 'VAPH']);
    // A line attached to "Met wie?" in the review is read for partners too.
    const attached = attachFragment(original, pharmacists!.id, evening!.key, 'stakeholders');
    expect(attachedStakeholders(attached, fragments)).toEqual(new Map([[evening!.key, [pharmacists!.text]]]));
    const baf = new Map<string, PartnerMatch>([[pharmacists!.text, { partners: [{ name: 'BAF (Brabants Apothekersforum)' }], zones: [], newName: null }]]);
    expect(buildPlan(attached, baf).plan.strategicGoals[0]!.operationalGoals[1]!.actions[0]!.partners).toEqual([{ name: 'BAF (Brabants Apothekersforum)', create: false }]);
    // Without an answer from the API nothing is linked.
    expect(first(original).stakeholders).toEqual(['Diletti', 'Buurtwerk De Brug', 'ELZ Leuven Zuid']);
    expect(buildPlan(original).plan.strategicGoals[0]!.operationalGoals[0]!.actions[0]!.partners).toBeUndefined();
  });
});
