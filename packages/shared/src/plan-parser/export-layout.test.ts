// The parser on the layout of Kruispunt's own Word export (as the import reads a .docx: one
// paragraph per line, a blank line after each, Word's list items with a bullet), so that an exported plan can be
// brought in again: the zone as the title's subtitle, a goals overview before the actions, goals
// named in general texts, links that name a goal, indicators with method and target, steps with
// the month or date the export adds, and the actions without a goal. The full round trip of the
// seeded plans runs in packages/api (src/modules/import/round-trip.test.ts).
import { allActions, parsePlanText, parsedPlanSchema, toImportJson } from './index';

/** Paragraphs as the import's .docx reader gives them (packages/api, plan-file.ts). */
const docx = (paragraphs: string[]) => paragraphs.map((p) => `${p}\n\n`).join('');

const text = docx([
  'Actieplan 2026',
  'ELZ Demerland',
  'Algemeen',
  'We werken sinds 2024 aan Strategische doelstelling 2.',
  'Strategische doelstelling 2 – Mantelzorgers voelen zich gesteund',
  'Communicatie naar specifieke doelgroepen',
  'Via de klankbordgroep.',
  'Doelstellingen',
  'Strategische doelstelling 1: Goed bestuur',
  'Operationele doelstelling 1.1 De zorgraad is breed samengesteld',
  'Indicatoren',
  '• Aantal leden per cluster',
  'Operationele doelstelling 1.2 Het bestuur is opgeleid',
  'Strategische doelstelling 2: Mantelzorgers voelen zich gesteund',
  'Operationele doelstelling 2.1 Elke huisarts kent het aanbod',
  'Tijdslijn 2026',
  'Actie',
  'JAN',
  'Ledenwerving',
  'communicatie',
  'Acties 2026',
  'Strategische doelstelling 1: Goed bestuur',
  'Operationele doelstelling 1.1 De zorgraad is breed samengesteld',
  'Actie 2026 (lopende actie): Ledenwerving (met extra financiering)',
  'Wat?',
  'We werven leden.',
  'Met wie?',
  'Wie is de trekker van de actie? De stafmedewerker',
  'Hoe?',
  '1. Uitnodiging versturen (maart)',
  '2. Infomoment op 12/05/2026',
  '3. Evaluatie eind 2026 (december)',
  'Link met andere acties',
  '• Operationele doelstelling 2 – Werkgroep mantelzorg',
  'Evaluatie',
  '☒ Procesevaluatie',
  '• Aantal nieuwe leden (meetmethode: ledenlijst) – streefwaarde: 12 leden',
  '☐ Resultaatgerichte evaluatie (Output)',
  '• Aantal clusters met een trekker',
  '☐ Impact evaluatie (Outcome)',
  'Tijdslijn',
  '• maart: Uitnodiging versturen',
  'Strategische doelstelling 2: Mantelzorgers voelen zich gesteund',
  'Operationele doelstelling 2.1 Elke huisarts kent het aanbod',
  'Actie 2.1.1: Infofiche voor huisartsen',
  'Wat?',
  'Een fiche.',
  'Evaluatie',
  '☒ Resultaatgerichte evaluatie (Output)',
  '• Aantal verspreide fiches',
  'Tijdslijn',
  'Geen maanden opgegeven.',
  'Acties zonder doelstelling',
  'Actie 2026: communicatie',
  'Wat?',
  'De nieuwsbrief.',
  'Evaluatie',
  '☒ Procesevaluatie',
  '• Vier nieuwsbrieven',
  'De evaluatie per werkgroep volgt later.',
  '◦ Werkgroep vorming',
]);

describe('the layout of the Word export', () => {
  const plan = parsePlanText(text);
  const actions = allActions(plan);

  it('reads the zone from the line under the title, and the year from "Acties 2026"', () => {
    expect(plan.zone).toBe('ELZ Demerland');
    expect(plan.years).toEqual([2026]);
    // The title block is read, not flagged as text to place.
    expect(plan.unplaced.filter((f) => f.line <= 3)).toEqual([]);
  });

  it("keeps the goals in the order of their numbers, also when a general text names one first, with the overview's indicators once", () => {
    // (The heading of the actions without a goal stays last, as an unnumbered goal-level heading.)
    expect(plan.strategicGoals.map((s) => s.number)).toEqual(['1', '2', null]);
    expect(plan.strategicGoals[0]!.operationalGoals.map((o) => [o.number, o.indicators])).toEqual([
      ['1.1', ['Aantal leden per cluster']],
      ['1.2', []],
    ]);
    expect(plan.strategicGoals[1]!.operationalGoals.map((o) => o.number)).toEqual(['2.1']);
  });

  it('finds each sheet under its goal, with its number or year, carried-over mark and funding', () => {
    expect(actions.map((a) => [a.number, a.title, a.operationalGoal, a.carriedOver, a.funding])).toEqual([
      [null, 'Ledenwerving', '1.1', true, 'extra'],
      ['2.1.1', 'Infofiche voor huisartsen', '2.1', false, 'regular'],
      [null, 'communicatie', null, false, 'regular'],
    ]);
    // The export's empty timeline is no text to place.
    expect(actions[1]!.unplaced).toEqual([]);
    // An action called "communicatie" in the timeline table opens no sheet of its own.
    expect(actions.filter((a) => a.title.startsWith('Actie zonder titel'))).toEqual([]);
    expect(plan.actionsWithoutGoal.map((a) => [a.title, a.group])).toEqual([['communicatie', 'Acties zonder doelstelling']]);
  });

  it('reads a goal named in the link section as a link when the sheet goes on after it', () => {
    const a = actions[0]!;
    expect(a.links).toEqual(['Operationele doelstelling 2 – Werkgroep mantelzorg']);
    expect(a.evaluation.process.chosen).toBe(true);
    expect(a.lead).toBe('De stafmedewerker');
  });

  it('reads method and target of an indicator, and the indicators under an unticked box', () => {
    expect(actions[0]!.indicators).toEqual([
      { text: 'Aantal nieuwe leden', method: 'ledenlijst', target: { value: 12, unit: 'leden' }, kind: 'process', line: expect.any(Number) },
      { text: 'Aantal clusters met een trekker', method: null, target: null, kind: 'output', line: expect.any(Number) },
    ]);
    expect(actions[0]!.evaluation.output.chosen).toBe(false);
  });

  it('reads the text after the indicator list as a remark, its own bullets included', () => {
    expect(actions[2]!.indicators.map((i) => i.text)).toEqual(['Vier nieuwsbrieven']);
    expect(actions[2]!.evaluation.process.text).toBe('Vier nieuwsbrieven\nDe evaluatie per werkgroep volgt later.\nWerkgroep vorming');
  });

  it('takes the month or date an export adds to a step off its text', () => {
    expect(actions[0]!.steps.map((s) => [s.text, s.month, s.date])).toEqual([
      ['Uitnodiging versturen', 3, null],
      ['Infomoment op 12/05/2026', 5, '2026-05-12'],
      ['Evaluatie eind 2026', 12, null],
    ]);
  });

  it('gives a plan the schema takes as it is', () => {
    const checked = parsedPlanSchema.parse(JSON.parse(JSON.stringify(plan)));
    expect(checked).toEqual(plan);
    expect(toImportJson(checked)).toEqual(toImportJson(plan));
  });
});

describe('the schema of a plan sent back to be stored', () => {
  const plan = parsePlanText(text);

  it('names the field of every problem', () => {
    const broken = JSON.parse(JSON.stringify(plan));
    broken.strategicGoals[0].operationalGoals[0].actions[0].title = ' ';
    broken.strategicGoals[0].operationalGoals[0].actions[0].steps[0].month = 13;
    broken.strategicGoals[1].number = '1';
    const result = parsedPlanSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['strategicGoals.0.operationalGoals.0.actions.0.title', 'Titel is verplicht'],
      ['strategicGoals.0.operationalGoals.0.actions.0.steps.0.month', 'Maand moet tussen 1 en 12 liggen'],
      ['strategicGoals.1.number', 'Strategische doelstelling 1 staat er twee keer in'],
    ]);
  });

  it('fills what a client may leave out', () => {
    const minimal = parsedPlanSchema.parse({
      actionsWithoutGoal: [{ title: 'Een actie', evaluation: { process: { chosen: true, text: null }, output: { chosen: false, text: null }, outcome: { chosen: false, text: null } } }],
    });
    expect(minimal.actionsWithoutGoal[0]).toMatchObject({ title: 'Een actie', funding: 'regular', steps: [], indicators: [], unplaced: [], lead: null });
    expect(minimal.removedLines).toEqual({ furniture: [], template: [] });
  });
});
