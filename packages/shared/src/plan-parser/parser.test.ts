// The whole parser on synthetic plans of zones that do not exist, written in the template's
// structure but with other numbering, wording and layout than the four seed plans: proof that
// the parser reads the template, not those four files.
import { allActions, parsePlanText, toImportJson, type ParsedAction, type ParsedPlan } from './index';

function byTitle(plan: ParsedPlan, start: string): ParsedAction {
  const a = allActions(plan).find((x) => x.title.startsWith(start));
  if (!a)
    throw new Error(
      `No action "${start}" in ${allActions(plan)
        .map((x) => x.title)
        .join(' | ')}`,
    );
  return a;
}

/** An action plan of an imaginary zone, as a text dump of a Word document (wrapped lines, page footers). */
const KEMPENLAND = `Jaaractieplan 2026 ELZ Kempenland

Voorwoord
Dit actieplan werd opgemaakt door het bestuursorgaan van ELZ Kempenland en
goedgekeurd door de algemene vergadering.

Communicatie naar specifieke doelgroepen
We bereiken kwetsbare inwoners via de sociale huizen en het
OCMW van elke gemeente.

Functioneren als netwerkorganisatie
Ongeveer 60% van de tijd van onze stafmedewerkers gaat naar het netwerk: overleg,
werkgroepen en bezoeken aan partners.

Acties 2026

SD 1 – ELZ Kempenland werkt samen over de gemeentegrenzen heen

OD 1.1 – Tegen eind juni 2026 is er een gedeelde agenda met alle lokale
besturen

Actie 1.1.1 – Rondetafel met de schepenen van welzijn (met externe financiering)

Wat?
Geef een korte beschrijving van wat je gaat doen.
We brengen de schepenen van welzijn van de acht gemeenten samen rond een
gedeelde agenda.
Wat ga je wel doen?
• Een rondetafel organiseren
• Een verslag maken voor het bestuursorgaan
Wat ga je niet doen?
• Beslissingen nemen in naam van de gemeenten
Waarom?
Lokale besturen vragen al langer om samen te werken rond
woonzorg.
Voor wie?
- Schepenen van welzijn
- Diensthoofden sociale dienst
Met wie?
Trekker: Stafmedewerker ELZ Kempenland
Rol van de zorgraad: faciliterend en verbindend
Partners: Logo Kempen, CAW De Kempen
Hoe?
1. Uitnodiging versturen (januari 2026)
2. Rondetafel op 12/03/2026
3. Verslag naar het bestuursorgaan
Links
SD 2 – OD 2.1
Actie: Kempens woonzorgoverleg
Evaluatie
[x] Procesevaluatie
- Minstens 5 gemeenten zijn aanwezig
[ ] Resultaatgerichte evaluatie (output)
[x] Impactevaluatie (outcome)
- 80% van de deelnemers vindt de rondetafel nuttig
Wanneer?
Startdatum: 15 januari 2026
Einddatum: 30 juni 2026


Jaaractieplan 2026 – ELZ Kempenland | p. 3


Lopende actie 1.1.2: Gedeelde agenda uitschrijven
Korte omschrijving
Omschrijf hier kort je actie.
We schrijven de gedeelde agenda uit samen met de diensthoofden en leggen
die voor aan de schepenen.
Voor wie?
Lokale besturen
Met wie?
Wie is de trekker van de actie? CAW De Kempen
Welke rol neem je zelf op?
Ondersteunend
Evaluatie
☐ Proces evaluatie
☒ Resultaatgerichte evaluatie (Output)
- Er is een gedragen agenda tegen eind juni 2026

Deze tekst staat los onder de evaluatie en hoort bij geen rubriek.

Strategische doelstelling 2: Mantelzorgers voelen zich ondersteund

Inventaris van het mantelzorgaanbod (onder voorbehoud)

Wat?
We maken een overzicht van het aanbod voor mantelzorgers en
jonge mantelzorgers in de regio.
Hoe?
- Aanbod opvragen bij de partners
- Overzicht publiceren op de website
☒ Procesevaluatie
- Aantal partners dat antwoordt

Operationele doelstelling 2.1: Tegen 2027 kent elke huisarts het aanbod
Actie 2.1.1: Samen-
werking met de huisartsenkring
Wat?
Een infomoment op de huisartsenkring.
☒ Resultaatgerichte evaluatie (Output)
- 40 huisartsen op het infomoment


Jaaractieplan 2026 – ELZ Kempenland | p. 4
`;

describe('a plan of an imaginary zone in the template structure', () => {
  const plan = parsePlanText(KEMPENLAND);
  const json = toImportJson(plan);

  it('reads the zone, the year and the general texts', () => {
    expect(plan.zone).toBe('ELZ Kempenland');
    expect(plan.years).toEqual([2026]);
    expect(plan.kind).toBe('action-plan');
    expect(plan.introText).toBe('Dit actieplan werd opgemaakt door het bestuursorgaan van ELZ Kempenland en goedgekeurd door de algemene vergadering.');
    expect(plan.targetGroupsText).toBe('We bereiken kwetsbare inwoners via de sociale huizen en het OCMW van elke gemeente.');
    expect(plan.networkTimeShare).toBe('Ongeveer 60%');
    expect(plan.networkTimePercent).toBe(60);
    expect(plan.removedLines.furniture).toEqual([61, 104]);
  });

  it('builds the goal tree with numbered, carried-over, bare-titled and SD-level actions', () => {
    expect(json.strategicGoals.map((s) => [s.number, s.title])).toEqual([
      ['1', 'ELZ Kempenland werkt samen over de gemeentegrenzen heen'],
      ['2', 'Mantelzorgers voelen zich ondersteund'],
    ]);
    const od11 = json.strategicGoals[0]!.operationalGoals[0]!;
    expect(od11).toMatchObject({ number: '1.1', title: 'Tegen eind juni 2026 is er een gedeelde agenda met alle lokale besturen' });
    expect(od11.actions.map((a) => [a.number, a.title])).toEqual([
      ['1.1.1', 'Rondetafel met de schepenen van welzijn'],
      ['1.1.2', 'Gedeelde agenda uitschrijven'],
    ]);
    expect(json.strategicGoals[1]!.operationalGoals[0]!.actions.map((a) => a.title)).toEqual(['Samenwerking met de huisartsenkring']);
    // Directly under SD 2, without an operational goal.
    expect(json.actionsWithoutGoal.map((a) => a.title)).toEqual(['Inventaris van het mantelzorgaanbod']);
    expect(byTitle(plan, 'Inventaris')).toMatchObject({ strategicGoal: '2', operationalGoal: null, funding: 'conditional' });
    expect(byTitle(plan, 'Gedeelde agenda')).toMatchObject({ carriedOver: true, year: 2026 });
    expect(plan.strategicGoals[0]!.operationalGoals[0]!.deadline).toBe('2026-06-30');
  });

  it('fills every section of a full sheet', () => {
    const a = byTitle(plan, 'Rondetafel');
    expect(a).toMatchObject({
      funding: 'external',
      what: 'We brengen de schepenen van welzijn van de acht gemeenten samen rond een gedeelde agenda.',
      inScope: ['Een rondetafel organiseren', 'Een verslag maken voor het bestuursorgaan'],
      outOfScope: ['Beslissingen nemen in naam van de gemeenten'],
      why: 'Lokale besturen vragen al langer om samen te werken rond woonzorg.',
      targetGroups: ['Schepenen van welzijn', 'Diensthoofden sociale dienst'],
      lead: 'Stafmedewerker ELZ Kempenland',
      councilRole: 'faciliterend en verbindend',
      stakeholders: ['Logo Kempen, CAW De Kempen'],
      links: ['SD 2 – OD 2.1', 'Actie: Kempens woonzorgoverleg'],
      startDate: '2026-01-15',
      endDate: '2026-06-30',
    });
    expect(a.steps.map((s) => [s.text, s.month, s.date])).toEqual([
      ['Uitnodiging versturen (januari 2026)', null, null],
      ['Rondetafel op 12/03/2026', 3, '2026-03-12'],
      ['Verslag naar het bestuursorgaan', null, null],
    ]);
    expect(a.evaluation).toEqual({
      process: { chosen: true, text: 'Minstens 5 gemeenten zijn aanwezig' },
      output: { chosen: false, text: null },
      outcome: { chosen: true, text: '80% van de deelnemers vindt de rondetafel nuttig' },
    });
    expect(a.indicators.map((i) => [i.kind, i.target])).toEqual([
      ['process', { value: 5, unit: 'gemeenten' }],
      ['outcome', { value: 80, unit: '%' }],
    ]);
    expect(a.timeline).toEqual([{ month: 3, milestone: 'Rondetafel op 12/03/2026' }]);
    expect(a.unplaced).toEqual([]);
  });

  it('reads the 2024 template wording (short description, lead prompt with answer, own role)', () => {
    const a = byTitle(plan, 'Gedeelde agenda');
    expect(a.what).toBe('We schrijven de gedeelde agenda uit samen met de diensthoofden en leggen die voor aan de schepenen.');
    expect(a.lead).toBe('CAW De Kempen');
    expect(a.councilRole).toBe('Ondersteunend');
    expect(a.targetGroups).toEqual(['Lokale besturen']);
    expect(a.evaluation.output.chosen).toBe(true);
    expect(a.evaluation.process.chosen).toBe(false);
  });

  it('keeps what it cannot place, with its line number, and never takes template text as content', () => {
    const all = JSON.stringify(plan);
    expect(all).not.toMatch(/Geef een korte beschrijving|Omschrijf hier kort|Wie is de trekker|Welke rol neem je/);
    const a = byTitle(plan, 'Gedeelde agenda');
    // A remark under the indicator list is no indicator, but it is kept with the evaluation.
    expect(a.indicators.map((i) => i.text)).toEqual(['Er is een gedragen agenda tegen eind juni 2026']);
    expect(a.evaluation.output.text).toContain('Deze tekst staat los onder de evaluatie');
    expect(plan.unplaced).toEqual([]);
  });

  it('mends a title broken over two lines with a hyphen', () => {
    expect(byTitle(plan, 'Samenwerking')).toMatchObject({ number: '2.1.1', operationalGoal: '2.1' });
  });

  it('prints exactly the import shape', () => {
    expect(Object.keys(json)).toEqual(['zone', 'years', 'strategicGoals', 'actionsWithoutGoal']);
    expect(Object.keys(json.strategicGoals[0]!)).toEqual(['number', 'title', 'operationalGoals']);
    expect(Object.keys(json.strategicGoals[0]!.operationalGoals[0]!)).toEqual(['number', 'title', 'indicators', 'actions']);
    expect(Object.keys(json.strategicGoals[0]!.operationalGoals[0]!.actions[0]!)).toEqual([
      'number',
      'title',
      'lead',
      'targetGroups',
      'inScope',
      'outOfScope',
      'steps',
      'evaluation',
      'indicators',
      'funding',
      'startDate',
      'endDate',
    ]);
    expect(json.strategicGoals[0]!.operationalGoals[0]!.actions[0]!.evaluation).toEqual({ process: true, output: false, outcome: true });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('bare titles, an overview of the multi-year plan and local goal numbers', () => {
  // Actions without "Actie:" heading (the title is the paragraph before "Wat?"); an overview of
  // the multi-year plan's goals first, so that a local "Operationele doelstelling 2" that is not
  // in it is a grouping heading, not a goal.
  const text = `Overzicht van het meerjarenplan

1. Strategische doelstelling 1: Gezonde gemeenten

a. Operationele doelstelling 1.1 Beweegaanbod in elke gemeente

i. Wandelclubs ondersteunen

b. Operationele doelstelling 1.2 Rookvrije speelpleinen

Acties 2027

Strategische doelstelling 1: Gezonde gemeenten

Operationele doelstelling 1 – Beweegaanbod in elke gemeente

Wandelclubs ondersteunen

Wat?
We ondersteunen drie wandelclubs.
☒ Procesevaluatie
• Aantal clubs
Fietsdag
Wat?
Een fietsdag in mei.
☐ Procesevaluatie
☒ Resultaatgerichte evaluatie (Output)
• 200 deelnemers

Operationele doelstelling 2 – Communicatie

Nieuwsbrief

Wat?
Vier keer per jaar.
`;
  const plan = parsePlanText(text);

  it('takes the paragraph before "Wat?" as the title, also straight after an indicator list', () => {
    expect(allActions(plan).map((a) => [a.title, a.operationalGoal, a.strategicGoal, a.group])).toEqual([
      ['Wandelclubs ondersteunen', '1.1', '1', null],
      ['Fietsdag', '1.1', '1', null],
      ['Nieuwsbrief', null, '1', 'Operationele doelstelling 2 – Communicatie'],
    ]);
    expect(byTitle(plan, 'Wandelclubs').indicators.map((i) => i.text)).toEqual(['Aantal clubs']);
    expect(byTitle(plan, 'Fietsdag').indicators.map((i) => [i.kind, i.target])).toEqual([['output', { value: 200, unit: 'deelnemers' }]]);
  });

  it('keeps the overview items apart from the actions, and both goals of the overview', () => {
    expect(plan.years).toEqual([2027]);
    expect(plan.outline.map((o) => [o.text, o.operationalGoal])).toEqual([['Wandelclubs ondersteunen', '1.1']]);
    expect(plan.strategicGoals[0]!.operationalGoals.map((o) => o.number)).toEqual(['1.1', '1.2']);
    expect(toImportJson(plan).actionsWithoutGoal.map((a) => a.title)).toEqual(['Nieuwsbrief']);
  });
});

describe('a multi-year plan with its actions in goal tables', () => {
  const text = `Meerjarenplan 2026-2028 ELZ Heuvelland
Het meerjarenplan 2026-2028 van ELZ Heuvelland werd goedgekeurd.

Strategische doelstelling 1: Toegankelijke zorg
Operationele doelstelling 1.1: Eind 2026 kent elke inwoner het
sociaal huis.
Acties: Infomarkt in elke deelgemeente
Folder voor nieuwkomers
Indicatoren: Aantal bezoekers
Aantal verspreide folders
Operationele doelstelling 1.2: Eind 2028 is er een
zorgloket.
Acties: Zorgloket openen volgens het plan van
aanpak:
• Locatie zoeken
• Personeel aanwerven
Indicatoren: Zorgloket open
`;
  const plan = parsePlanText(text);

  it('reads every line of an "Acties" cell as an action of that goal, and the "Indicatoren" cell as its indicators', () => {
    expect(plan.kind).toBe('multi-year-plan');
    expect(plan.years).toEqual([2026, 2027, 2028]);
    expect(plan.zone).toBe('ELZ Heuvelland');
    const ods = plan.strategicGoals[0]!.operationalGoals;
    expect(ods.map((o) => [o.number, o.title, o.deadline, o.indicators])).toEqual([
      ['1.1', 'Eind 2026 kent elke inwoner het sociaal huis.', '2026-12-31', ['Aantal bezoekers', 'Aantal verspreide folders']],
      ['1.2', 'Eind 2028 is er een zorgloket.', '2028-12-31', ['Zorgloket open']],
    ]);
    expect(allActions(plan).map((a) => [a.title, a.operationalGoal, a.year, a.source])).toEqual([
      ['Infomarkt in elke deelgemeente', '1.1', 2026, 'table'],
      ['Folder voor nieuwkomers', '1.1', 2026, 'table'],
      ['Zorgloket openen volgens het plan van aanpak', '1.2', 2028, 'table'],
    ]);
    expect(byTitle(plan, 'Zorgloket').steps.map((s) => s.text)).toEqual(['Locatie zoeken', 'Personeel aanwerven']);
  });
});

describe('the raw text of a .docx (one paragraph per line, list markers gone)', () => {
  // What mammoth's extractRawText gives: paragraphs separated by a blank line, Word's bullets and
  // numbering dropped, check boxes as ☒ / ☐.
  const paragraphs = [
    'Actieplan 2025',
    'Strategische doelstelling 3: Iedereen digitaal mee',
    'Operationele doelstelling 3.1: Digipunten in alle gemeenten',
    'Actie 3.1.1: Digipunt in de bibliotheek',
    'Wat?',
    'We openen een digipunt in de bibliotheek van elke gemeente, met vrijwilligers die inwoners helpen met hun smartphone, de mutualiteit en de bank.',
    'Voor wie?',
    'senioren zonder digitale vaardigheden',
    'nieuwkomers',
    'Met wie?',
    'Wie is de trekker van de actie?',
    'De bibliotheken',
    'Evaluatie',
    '☒ Procesevaluatie',
    'Aantal vrijwilligers',
    '☐ Resultaatgerichte evaluatie (Output)',
    '☐ Impact evaluatie (Outcome)',
  ];
  const plan = parsePlanText(paragraphs.join('\n\n') + '\n');

  it('treats every paragraph as its own item (no joining of a lowercase list item)', () => {
    const a = byTitle(plan, 'Digipunt');
    expect(a).toMatchObject({ number: '3.1.1', operationalGoal: '3.1', lead: 'De bibliotheken', targetGroups: ['senioren zonder digitale vaardigheden', 'nieuwkomers'] });
    expect(a.evaluation.process.chosen).toBe(true);
    expect(a.indicators.map((i) => i.text)).toEqual(['Aantal vrijwilligers']);
    expect(plan.years).toEqual([2025]);
  });
});

describe('unplaced text', () => {
  it('keeps text before the first goal and text between sheets, each with its source line', () => {
    const text = `Bijlage bij de aanvraag

Een losse opmerking van het bestuur.

Strategische doelstelling 1: Samen sterk

Een zin onder de doelstelling die geen actie is.

Actie: Netwerkdag
Wat?
Een netwerkdag in oktober.
`;
    const plan = parsePlanText(text);
    expect(plan.unplaced).toEqual([{ text: 'Bijlage bij de aanvraag\nEen losse opmerking van het bestuur.', line: 1, context: 'Bijlage bij de aanvraag' }]);
    expect(byTitle(plan, 'Netwerkdag').unplaced).toEqual([{ text: 'Een zin onder de doelstelling die geen actie is.', line: 7, context: 'SD 1' }]);
  });
});

describe('actions continued from earlier plans, named only in the prose', () => {
  // A plan with its actions in goal tables: the prose is the only place these actions are named.
  const plan = parsePlanText(`Actieplan 2026 ELZ Maasvallei

Inleiding
Dit actieplan bouwt verder op wat de voorbije jaren groeide in onze zes
gemeenten. Naast de nieuwe acties zetten we de verderzetting van enkele
acties uit vorige actieplannen voort: de buurtcafés, Digipunt Maasvallei en
valpreventie bij 65-plussers. Die acties vragen weinig tijd van de staf.

Communicatie naar specifieke doelgroepen
We werken met de sociale huizen. Het gaat om inwoners zonder netwerk en
mensen in armoede.

Functioneren als netwerkorganisatie
Ook in 2026 blijven we inzetten op de voortzetting van acties uit eerdere
actieplannen. Het gaat om de buurtcafés en het Mantelzorgcafé.

Strategische doelstelling 1: Samen voor mantelzorgers
Operationele doelstelling 1.1: Mantelzorgers vinden hun weg naar ondersteuning
Acties: Mantelzorgcafé
Indicatoren: Aantal bezoekers
`);
  const continued = allActions(plan).filter((a) => a.source === 'outline');

  it('makes each enumerated item an action without goal, carried over, in the plan year', () => {
    expect(continued.map((a) => [a.title, a.operationalGoal, a.strategicGoal, a.carriedOver, a.year, a.line])).toEqual([
      ['de buurtcafés', null, null, true, 2026, 4],
      ['Digipunt Maasvallei', null, null, true, 2026, 4],
      ['valpreventie bij 65-plussers', null, null, true, 2026, 4],
    ]);
  });

  it('takes an item stated twice, or an action the plan already has, once', () => {
    expect(
      allActions(plan)
        .map((a) => a.title)
        .filter((t) => /buurtcaf|Mantelzorgcaf/i.test(t)),
    ).toEqual(['de buurtcafés', 'Mantelzorgcafé']);
    expect(byTitle(plan, 'Mantelzorgcafé')).toMatchObject({ source: 'table', operationalGoal: '1.1', carriedOver: false });
  });

  it('leaves ordinary prose with "en" and "Het gaat om" alone', () => {
    expect(allActions(plan).some((a) => /armoede|netwerk/.test(a.title))).toBe(false);
  });

  it('keeps the import JSON shape and lists them as actions without goal', () => {
    const json = toImportJson(plan);
    expect(json.actionsWithoutGoal.map((a) => a.title)).toEqual(['de buurtcafés', 'Digipunt Maasvallei', 'valpreventie bij 65-plussers']);
    expect(Object.keys(json.actionsWithoutGoal[0]!)).toEqual(Object.keys(json.strategicGoals[0]!.operationalGoals[0]!.actions[0]!));
  });

  it('reads a list after the statement, in the year of the heading it stands under, without a glued footnote number', () => {
    const multi = parsePlanText(`Meerjarenplan 2025-2027 ELZ Dijleland

2026
Daarnaast zetten we de volgende acties uit het vorige actieplan verder:
• Vormingsreeks voor mantelzorgers
• Huisbezoeken bij 80-plussers2
• Digitale nieuwsbrief

Strategische doelstelling 1: Toegankelijke zorg
Operationele doelstelling 1.1: Eind 2026 kent elke inwoner het zorgloket
Acties: Infomarkt in elke deelgemeente

2 Een huisbezoek gebeurt door een vrijwilliger van de gemeente.
`);
    expect(
      allActions(multi)
        .filter((a) => a.carriedOver)
        .map((a) => [a.title, a.year, a.operationalGoal]),
    ).toEqual([
      ['Vormingsreeks voor mantelzorgers', 2026, null],
      ['Huisbezoeken bij 80-plussers', 2026, null],
      ['Digitale nieuwsbrief', 2026, null],
    ]);
  });

  it('adds none in a plan with action sheets, where every action has its sheet', () => {
    const sheets = parsePlanText(`Actieplan 2026 ELZ Maasvallei

Inleiding
We zetten de verderzetting van acties uit vorige actieplannen voort: de buurtcafés en valpreventie.

Actie 2026 (lopende actie): De buurtcafés
Wat?
Elke maand een buurtcafé.
`);
    expect(allActions(sheets).map((a) => [a.title, a.source, a.carriedOver])).toEqual([['De buurtcafés', 'sheet', true]]);
  });

  it('finds no actions in a statement that names none, or a long clause after it', () => {
    const none = parsePlanText(`Actieplan 2026 ELZ Maasvallei

Inleiding
We blijven inzetten op de continuering van een aantal acties uit voorgaande actieplannen.
Die zijn intussen ingebed in onze dagelijkse werking.

Daarnaast zetten we acties uit het vorige actieplan verder. Het gaat om acties die we samen
met de lokale besturen en de partners uit de regio hebben opgezet en geëvalueerd.
`);
    expect(allActions(none)).toEqual([]);
  });
});
