// The action sheet's merge after a conflict (finding 2): an imported action whose lists have
// sub-bullets; the other person changed only "Waarom?", I changed "Waarom?" and "Wat niet".
import { threeWay } from '../../src/common/merge/three-way';
import { VALUE_KEYS, changedKeys, formFromAction, formWith, milestoneMonths, sameValue, valuesOf, type ActionForm } from '../../src/modules/action/form/action-form';

const stored = {
  id: 'QWN0aW9uOjE',
  version: 3,
  number: '1.1.1',
  title: 'Werkgroepen personeelstekort nauwgezet opvolgen',
  startDate: null,
  endDate: null,
  funding: 'REGULAR',
  fundingRemark: null,
  progressStatus: 'PLANNED',
  notes: null,
  what: null,
  inScope: [
    'Samen met ELZ Leuven is ELZ Leuven-Zuid de trekker van de werkgroep “Coöperatieve verpleegposten”.\n◦ Inventariseren van ontstane initiatieven binnen de gemeenten.\n◦ In geval van good practices, deze delen/voorstellen aan andere gemeenten.',
    'Contact zoeken met de beroepsgroep(en) van logopedisten\n◦ ELZ Leuven Zuid voorstellen\n◦ Vertegenwoordiging vragen vanuit de beroepsgroep',
  ],
  outOfScope: ['Zelf personeel aanwerven\n◦ ook niet tijdelijk'],
  why: 'Het personeelstekort treft alle zones.',
  targetGroups: [],
  councilRole: null,
  stakeholdersOther: [],
  linkNotes: [],
  communicationChannels: [],
  steps: [],
  evaluation: { process: { chosen: true, text: null }, output: { chosen: false, text: null }, outcome: { chosen: false, text: null } },
  indicators: [],
  timeline: [{ month: 3, milestone: null }],
  operationalGoal: null,
  strategicGoal: null,
  lead: null,
  stakeholderPartners: [],
  themes: [],
  workingGroups: [],
  projects: [],
  linkedActions: [],
  owners: [],
};
const action = (patch: Partial<typeof stored> = {}) => ({ ...stored, ...patch }) as unknown as Parameters<typeof formFromAction>[0];

describe('merging an action sheet', () => {
  it('keeps sub-bullets through the form, so an untouched list is no change', () => {
    const form = formFromAction(action());
    expect(valuesOf(form).inScope).toEqual(stored.inScope);
    expect(valuesOf(form).outOfScope).toEqual(stored.outOfScope);
  });

  it('asks only about "Waarom?", takes nothing of "Wat gaan we wel doen?", keeps my "Wat niet" with its structure', () => {
    const baseForm = formFromAction(action());
    const base = valuesOf(baseForm);
    const theirForm = formFromAction(action({ version: 4, why: 'Het personeelstekort treft alle zones, ook de ziekenhuizen.' }));
    const mineForm: ActionForm = {
      ...baseForm,
      why: 'Het personeelstekort treft alle zones van Oost-Brabant.',
      outOfScope: `${baseForm.outOfScope}\n  ◦ ook geen interim\nGeen opleidingen`,
    };
    const merge = threeWay(VALUE_KEYS, base, valuesOf(mineForm), valuesOf(theirForm), sameValue);
    expect(merge.conflicts).toEqual(['why']);
    expect(merge.mine).toEqual(['outOfScope']);
    expect(merge.theirs).toEqual([]);
    expect(merge.outcomes.inScope).toBe('unchanged');

    const resolved = valuesOf(formWith(theirForm, mineForm, ['outOfScope', 'why']));
    expect(resolved.inScope).toEqual(stored.inScope);
    expect(resolved.outOfScope).toEqual(['Zelf personeel aanwerven\n◦ ook niet tijdelijk\n◦ ook geen interim', 'Geen opleidingen']);
    expect(resolved.why).toBe('Het personeelstekort treft alle zones van Oost-Brabant.');
  });

  it('takes over what only the other person changed, including fields spread over several inputs', () => {
    const baseForm = formFromAction(action());
    const theirForm = formFromAction(
      action({
        lead: { text: 'CAW', zone: null, partner: null, workingGroup: null },
        timeline: [
          { month: 3, milestone: null },
          { month: 4, milestone: null },
        ],
      } as never),
    );
    const mineForm: ActionForm = { ...baseForm, title: 'Nieuwe titel' };
    const merge = threeWay(VALUE_KEYS, valuesOf(baseForm), valuesOf(mineForm), valuesOf(theirForm), sameValue);
    expect(merge.theirs.sort()).toEqual(['lead', 'timeline']);
    const resolved = valuesOf(formWith(theirForm, mineForm, merge.mine));
    expect(resolved.title).toBe('Nieuwe titel');
    expect(resolved.lead?.text).toBe('CAW');
    expect(resolved.timeline).toEqual([{ month: 3 }, { month: 4 }]);
  });

  it('sends a step milestone month as a running month, and lets the merge treat a new milestone as a step change', () => {
    const baseForm = formFromAction(action());
    const mineForm: ActionForm = { ...baseForm, steps: [{ key: 'k1', text: 'Startvergadering', month: '9', date: '' }] };
    expect(milestoneMonths(mineForm.steps)).toEqual(new Set([9]));
    const mine = valuesOf(mineForm);
    // The month picker still has only March ticked; September runs because it holds a milestone.
    expect(mine.timeline).toEqual([{ month: 3 }, { month: 9 }]);
    expect(changedKeys(valuesOf(baseForm), mine).sort()).toEqual(['steps', 'timeline']);
  });
});
