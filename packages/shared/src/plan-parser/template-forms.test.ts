// The forms the template's sections take in plans the parser was not written against (issue 16
// part 1), each on a small synthetic plan: action numbers with a trailing dot or "Actieplan",
// "Wie trekt?", steps and timelines by month, indicators in every form of the Evaluatie section,
// a boilerplate sentence repeated in every sheet, funding from the Financiering section and prose.
import { allActions, parsePlanText, type ParsedAction } from './index';
import { boxesOf } from './classify';
import { fundingOfText, monthLead, monthSpan, targetOf } from './values';

function sheet(title: string, evaluation: string[], extra: string[] = []): string[] {
  return [title, '', 'Wat?', `We doen ${title.toLowerCase()}.`, '', 'Voor wie?', 'Huisartsen', '', 'Hoe?', '1. Maart: voorbereiden', '', ...extra, 'Evaluatie', ...evaluation, ''];
}

function parse(lines: string[]): ParsedAction[] {
  return allActions(
    parsePlanText(['Actieplan 2026', 'ELZ Proefzone', '', 'Strategische doelstelling 1: Iets bereiken', '', 'Operationele doelstelling 1.1: Iets doen', '', ...lines].join('\n')),
  );
}

describe('action headings', () => {
  it('"Actie 4.2.1." with a trailing dot is one action with its number, and its title is the rest', () => {
    const actions = parse(sheet('Actie 1.1.1. Sociale kaart actualiseren', ['☒ Output', '- 2 updates']));
    expect(actions.map((a) => [a.number, a.title])).toEqual([['1.1.1', 'Sociale kaart actualiseren']]);
    expect(actions[0]!.what).toBe('We doen actie 1.1.1. sociale kaart actualiseren.');
  });

  it('an overview listing the action headings before the sheets gives each action once, with its sheet', () => {
    const plan = parsePlanText(
      [
        'Actieplan 2026',
        'ELZ Proefzone',
        '',
        'SD 1 – Toegang',
        'OD 1.1 – Sociale kaart',
        'Actie 1.1.1. Sociale kaart actualiseren',
        'Actie 1.1.2. Infosessies',
        '',
        'SD 1 – Toegang',
        '',
        'OD 1.1 – Sociale kaart',
        '',
      ]
        .concat(sheet('Actie 1.1.1. Sociale kaart actualiseren', ['☒ Output', '- 2 updates']), sheet('Actie 1.1.2. Infosessies', ['☒ Output', '- 3 sessies']))
        .join('\n'),
    );
    expect(allActions(plan).map((a) => [a.number, a.title, a.indicators.map((i) => i.text)])).toEqual([
      ['1.1.1', 'Sociale kaart actualiseren', ['2 updates']],
      ['1.1.2', 'Infosessies', ['3 sessies']],
    ]);
    expect(plan.outline.map((o) => [o.operationalGoal, o.text])).toEqual([
      ['1.1', 'Sociale kaart actualiseren'],
      ['1.1', 'Infosessies'],
    ]);
  });

  it('"Actieplan 3.2.1:" gets its number; "Actieplan 2026" stays the document title', () => {
    const actions = parse(sheet('Actieplan 1.1.2: Nieuwsbrief', ['☒ Output', '- 11 nieuwsbrieven']));
    expect(actions.map((a) => [a.number, a.title, a.year])).toEqual([['1.1.2', 'Nieuwsbrief', 2026]]);
  });
});

describe('lead, steps and timeline as the template lays them out', () => {
  it('reads "Wie trekt? (lead)" as the lead prompt and "Met wie?" after it as the stakeholders', () => {
    const [a] = parse(sheet('Actie: Overleg', ['☒ Proces'], ['Wie trekt? (lead)', 'Huisartsenkring Noord', '', 'Met wie?', '- CAW', '- OCMW', '']));
    expect(a!.lead).toBe('Huisartsenkring Noord');
    expect(a!.stakeholders).toEqual(['CAW', 'OCMW']);
    expect(a!.targetGroups).toEqual(['Huisartsen']);
  });

  it('reads a sheet laid out as a two-column table: label, tab, content ("Lead:", "Doelgroep:", "Rol zorgraad:")', () => {
    const [a] = parse([
      "Actie 1.1.1 – Buddy's",
      "Wat?\tBuddy's begeleiden klanten.",
      'Doelgroep:\tKlanten van de sociale kruidenier',
      'Lead:\tStafmedewerker armoede',
      'Rol zorgraad:\tbrengt de partners samen',
      'Partners:\tOCMW Eeklo, Huisartsenkring',
      "Hoe?\t1) Voorjaar: buddy's werven",
      '\t2) Tegen eind juni: eerste koppels',
      '☒ Proces ☐ Output ☐ Impact',
      "1) 12 buddy's opgeleid",
    ]);
    expect(a).toMatchObject({
      what: "Buddy's begeleiden klanten.",
      targetGroups: ['Klanten van de sociale kruidenier'],
      lead: 'Stafmedewerker armoede',
      councilRole: 'brengt de partners samen',
    });
    expect(a!.steps.map((s) => [s.month, s.text])).toEqual([
      [null, "Buddy's werven"],
      [6, 'Eerste koppels'],
    ]);
    expect(a!.timeline.map((t) => t.month)).toEqual([3, 4, 5, 6]);
    expect(a!.indicators.map((i) => [i.kind, i.text])).toEqual([['process', "12 buddy's opgeleid"]]);
  });

  it('takes the plan year from the title on the first lines, not from a year the text looks ahead to', () => {
    const plan = parsePlanText(
      ['JAARACTIEPLAN 2026 – ELZ PROEFZONE', '', ...[1, 2, 3].flatMap((n) => sheet(`Actie 1.1.${n}: Actie ${n}`, ['☒ Output', '- Gebruikt voor het actieplan 2027']))].join('\n'),
    );
    expect(plan.years).toEqual([2026]);
  });

  it('takes a step\'s leading months as its month and the timeline\'s, and a span under "Wanneer?"', () => {
    const [a] = parse(sheet('Actie: Vorming', ['☒ Output'], ['- Juli en augustus: infostand op de markt', '- Elke maand: nieuwsbrief', '', 'Wanneer?', 'September tot november 2026', '']));
    expect(a!.steps.map((s) => [s.month, s.text])).toEqual([
      [3, 'Voorbereiden'],
      [7, 'Infostand op de markt'],
      [null, 'Nieuwsbrief'],
    ]);
    expect(a!.timeline.map((t) => t.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(a!.timeline.find((t) => t.month === 7)!.milestone).toBe('Infostand op de markt');
  });

  it('reads month spans and leads', () => {
    expect(monthSpan('Maart tot november: follow-up')?.months).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(monthSpan('juni – november 2026')).toMatchObject({ months: [6, 7, 8, 9, 10, 11], year: 2026 });
    expect(monthSpan('Juli en augustus')?.months).toEqual([7, 8]);
    expect(monthLead('Mei: de nieuwe versie gaat online')).toMatchObject({ months: [5], rest: 'De nieuwe versie gaat online' });
    expect(monthSpan('Maart, juni, september en december: overlegavond')?.months).toEqual([3, 6, 9, 12]);
    expect(monthLead('Tegen eind juni: eerste koppels')).toMatchObject({ months: [6], rest: 'Eerste koppels', every: false });
    expect(monthLead('Vanaf april: pakket bezorgen')).toMatchObject({ months: [4, 5, 6, 7, 8, 9, 10, 11, 12], every: false });
    // A season or "elke maand" gives the timeline its months, the step no month of its own.
    expect(monthLead('Najaar: intervisie')).toMatchObject({ months: [9, 10, 11], every: true });
    expect(monthLead('Mei is een drukke maand')).toBeNull();
    expect(monthLead('Maandag: overleg')).toBeNull();
  });
});

describe('indicators in every form of the Evaluatie section', () => {
  it('lines prefixed by their kind under boxes on one line: the kind from the prefix, without it', () => {
    const [a] = parse(sheet('Actie: Infosessies', ['☐ Proces ☒ Output ☒ Impact', 'Output: 3 infosessies', 'Impact: 70% van de deelnemers gebruikt de kaart']));
    expect(a!.evaluation.output.chosen && a!.evaluation.outcome.chosen && !a!.evaluation.process.chosen).toBe(true);
    expect(a!.indicators.map((i) => [i.kind, i.text, i.target])).toEqual([
      ['output', '3 infosessies', { value: 3, unit: 'infosessies' }],
      ['outcome', '70% van de deelnemers gebruikt de kaart', { value: 70, unit: '%' }],
    ]);
  });

  it('KPI lines per step before the evaluation, and a reference to them under the boxes, which is no indicator', () => {
    const [a] = parse(
      sheet(
        'Actie: Ontslag',
        ['☒ Procesevaluatie', '☒ Resultaatgerichte evaluatie (Output)', "Zie de KPI's hierboven."],
        ["KPI's", '1. KPI stap 1: 1 gedeeld ontslagprotocol', '2. KPI stap 2: 20 verpleegkundigen opgeleid', ''],
      ),
    );
    expect(a!.steps.map((s) => s.text)).toEqual(['Voorbereiden']);
    expect(a!.indicators.map((i) => [i.text, i.target])).toEqual([
      ['1 gedeeld ontslagprotocol', { value: 1, unit: 'ontslagprotocol' }],
      ['20 verpleegkundigen opgeleid', { value: 20, unit: 'verpleegkundigen' }],
    ]);
  });

  it('lists per topic or sub-project, and "Kwantitatief:"/"Kwalitatief:", without the headings', () => {
    const [a] = parse(
      sheet('Actie: Gezond ouder', [
        '☒ Output',
        'Deelproject 1 – Valpreventie',
        '- 200 valrisico-screenings',
        '- 10 kinesitherapeuten volgen de vorming',
        'Deelproject 2 – Beweging aan zee',
        '- 40 beweegmomenten',
        'Kwalitatief:',
        '- Deelnemers voelen zich zekerder',
        'We evalueren samen met de partners op de stuurgroep.',
      ]),
    );
    expect(a!.indicators.map((i) => i.text)).toEqual(['200 valrisico-screenings', '10 kinesitherapeuten volgen de vorming', '40 beweegmomenten', 'Deelnemers voelen zich zekerder']);
    expect(a!.evaluation.output.text).toContain('We evalueren samen met de partners op de stuurgroep.');
  });

  it('"Communicatie" as a topic among the indicators is no section; after the evaluation with nothing but its list, it is', () => {
    const [topic] = parse(sheet('Actie: Dementie', ['☒ Output', 'Vorming', '- 5 vormingen', 'Communicatie', '- 1 campagne', 'Impact', '- 80% voelt zich zekerder']));
    expect(topic!.indicators.map((i) => [i.kind, i.text])).toEqual([
      ['output', '5 vormingen'],
      ['output', '1 campagne'],
      ['outcome', '80% voelt zich zekerder'],
    ]);
    expect(topic!.communicationChannels).toEqual([]);
    const [section] = parse(sheet('Actie: Nieuwsbrief', ['☒ Output', '- 11 nieuwsbrieven', 'Communicatie', '- Website', '- Nieuwsbrief', 'Financiering', 'Reguliere middelen']));
    expect(section!.indicators.map((i) => i.text)).toEqual(['11 nieuwsbrieven']);
    expect(section!.communicationChannels).toEqual(['Website', 'Nieuwsbrief']);
  });

  it('after the indicators, a heading with a list one level down ("◦" under "•") is the remark, as the export writes the evaluation text', () => {
    const evaluation = [
      '☒ Procesevaluatie',
      '• Tevredenheid van de deelnemers (meetmethode: bevraging)',
      'Werkgroep poolen van personeel:',
      '◦ Voorjaar 2025: tevredenheid navragen',
      '◦ Najaar 2025: werkpunten aanpakken',
      'Werkgroep verpleegposten:',
      '◦ Manier van evaluatie nog niet duidelijk',
    ];
    const [a] = parse(sheet('Actie: Werkgroepen opvolgen', evaluation));
    expect(a!.indicators.map((i) => [i.kind, i.text, i.method])).toEqual([['process', 'Tevredenheid van de deelnemers', 'bevraging']]);
    expect(a!.evaluation.process.text).toContain('Werkgroep verpleegposten:');
    // Topics with lists of the same level stay topics of indicators.
    const [b] = parse(sheet('Actie: Vorming', ['☒ Output', '• 5 vormingen', 'Kwalitatief:', '• 80% tevreden']));
    expect(b!.indicators.map((i) => i.text)).toEqual(['5 vormingen', '80% tevreden']);
  });

  it('labels with their content after a colon, the box after its label, "Meetbare doelen:", quarters and "doorlopend"', () => {
    const [a] = parse([
      'Actie 1.1.1: Praatcafés',
      'Wat: Een praatcafé per maand.',
      'Voor wie: jongeren',
      'Trekker: Stafmedewerker',
      'Betrokken partners: Jeugddienst, Jeugdhuis De Kelder',
      'Stappenplan:',
      '• Q1: afspraken maken',
      '• Q4: evaluatie',
      'Wanneer: doorlopend',
      'Evaluatie:',
      'Procesevaluatie ☒',
      'Outputevaluatie ☐',
      'Impactevaluatie ☐',
      'Meetbare doelen:',
      '• 4 jeugdhuizen doen mee',
      'Financiering: met steun van het Vlaams Instituut Gezond Leven (projectsubsidie)',
    ]);
    expect(a).toMatchObject({ what: 'Een praatcafé per maand.', lead: 'Stafmedewerker', stakeholders: ['Jeugddienst, Jeugdhuis De Kelder'], funding: 'external' });
    expect([a!.evaluation.process.chosen, a!.evaluation.output.chosen, a!.evaluation.outcome.chosen]).toEqual([true, false, false]);
    expect(a!.indicators.map((i) => [i.kind, i.text])).toEqual([['process', '4 jeugdhuizen doen mee']]);
    expect(a!.steps.map((s) => [s.month, s.text])).toEqual([
      [1, 'Afspraken maken'],
      [10, 'Evaluatie'],
    ]);
    expect(a!.timeline.map((t) => t.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('reads boxes written after their labels', () => {
    expect(boxesOf('Proces ☒ Output ☐ Impact ☐')?.boxes).toEqual([
      { checked: true, label: 'Proces' },
      { checked: false, label: 'Output' },
      { checked: false, label: 'Impact' },
    ]);
    expect(boxesOf('Resultaatgerichte evaluatie (Output) ☒')?.boxes).toEqual([{ checked: true, label: 'Resultaatgerichte evaluatie (Output)' }]);
    expect(boxesOf('Dit is een lange zin over de evaluatie die toevallig eindigt op een vakje ☐')).toBeNull();
  });

  it('a table of indicators: a row per indicator, the target and method from their columns, the header no indicator', () => {
    const [a] = parse(sheet('Actie: Vorming', ['☒ Output', 'Indicator\tStreefwaarde\tMeetmethode', 'Aantal deelnemers\t60\taanwezigheidslijst', 'Tevredenheid | 7/10 | bevraging']));
    expect(a!.indicators.map((i) => [i.text, i.target, i.method])).toEqual([
      ['Aantal deelnemers', { value: 60, unit: 'deelnemers' }, 'aanwezigheidslijst'],
      ['Tevredenheid', { value: 7, unit: '/10' }, 'bevraging'],
    ]);
  });

  it("a sentence repeated in every sheet's evaluation is no indicator, and stays in the evaluation text", () => {
    const same = '- De evaluatie gebeurt jaarlijks door het bestuursorgaan op basis van het opvolgingsdocument';
    const actions = parse([
      ...sheet('Actie 1.1.1: Een', ['☒ Output', same, '- 3 infosessies']),
      ...sheet('Actie 1.1.2: Twee', ['☒ Output', same, '- 60 deelnemers']),
      ...sheet('Actie 1.1.3: Drie', ['☒ Output', same, '- 2 updates']),
    ]);
    expect(actions.map((a) => a.indicators.map((i) => i.text))).toEqual([['3 infosessies'], ['60 deelnemers'], ['2 updates']]);
    for (const a of actions) expect(a.evaluation.output.text).toContain('De evaluatie gebeurt jaarlijks');
    // In one sheet alone the same line is an indicator like any other.
    expect(parse(sheet('Actie 1.1.1: Een', ['☒ Output', same]))[0]!.indicators).toHaveLength(1);
  });

  it('reads targets with thousands, counts that look like years, and adjectives in the unit', () => {
    expect(targetOf('10.000 flyers verdeeld')).toEqual({ value: 10000, unit: 'flyers' });
    expect(targetOf('2000 scans van de QR-code')).toEqual({ value: 2000, unit: 'scans' });
    expect(targetOf('Evaluatie in 2026 met 7 sociale huizen')).toEqual({ value: 7, unit: 'sociale huizen' });
    expect(targetOf('5 nieuwe leden in de algemene vergadering')).toEqual({ value: 5, unit: 'nieuwe leden' });
    expect(targetOf('1 campagne in de lokale media')).toEqual({ value: 1, unit: 'campagne' });
    expect(targetOf('Minimaal 1 georganiseerd event')).toEqual({ value: 1, unit: 'event' });
    expect(targetOf('Klaar tegen 2026')).toBeNull();
  });
});

describe('funding from the Financiering section and the prose', () => {
  it.each([
    ['Projectmiddelen van de Koning Boudewijnstichting (projectoproep "Samen zorgen").', 'external'],
    ['Europees project Interreg Vlaanderen-Nederland.', 'external'],
    ['Volledig gefinancierd door het provinciaal project van de provincie West-Vlaanderen.', 'external'],
    ['Onder voorbehoud van subsidie door de provincie Oost-Vlaanderen.', 'conditional'],
    ['De actie start enkel als de subsidie van de Vlaamse overheid wordt toegekend.', 'conditional'],
    ['Met extra financiering van de gemeente Mol voor de buurtwerker.', 'extra'],
    ['Reguliere middelen', 'regular'],
    ['Nog te bepalen', null],
  ])('section "%s" → %s', (text, funding) => {
    expect(fundingOfText(text, false)).toBe(funding);
  });

  it.each([
    ['Het project werd ingediend bij de projectoproep van de Koning Boudewijnstichting en goedgekeurd.', 'external'],
    ['Binnen het Europese Interreg-project testen we een follow-up.', 'external'],
    ['Deze actie gaat enkel door onder voorbehoud van subsidie.', 'conditional'],
    ['The pilot is funded by the European Interreg programme.', 'external'],
    ['Start subject to funding by the province.', 'conditional'],
    // Naming a funder, or project money still to ask for, says nothing about this action's money.
    ['KBS werkt aan een traject rond trauma.', null],
    ['We vragen projectmiddelen aan en werken een plan van aanpak uit.', null],
  ])('prose "%s" → %s', (text, funding) => {
    expect(fundingOfText(text, true)).toBe(funding);
  });

  it('a title label wins over the section; without one the section decides', () => {
    const [labelled, section] = parse([
      ...sheet('Actie 1.1.1: Een (met extra financiering)', ['☒ Output'], []),
      'Financiering',
      'Projectmiddelen van de KBS',
      '',
      ...sheet('Actie 1.1.2: Twee', ['☒ Output']),
      'Financiering',
      'Onder voorbehoud van subsidie',
      '',
    ]);
    expect([labelled!.funding, section!.funding]).toEqual(['extra', 'conditional']);
  });

  it("a line that is only a kind's label decides over the words of the remark under it, as the export writes the section", () => {
    expect(fundingOfText('Reguliere middelen\nHoe we de projectmiddelen gaan inzetten, bepalen we in het voorjaar.', false)).toBe('regular');
    expect(fundingOfText('We zoeken nog middelen.\n☒ Met externe financiering', false)).toBe('external');
    // A label inside a sentence is no label line: the remark's words decide.
    expect(fundingOfText('Reguliere middelen aangevuld met projectmiddelen van de KBS', false)).toBe('external');
    const [a] = parse([
      ...sheet('Actie 1.1.1: Overhoop', ['☒ Output', '- 2 overlegmomenten']),
      'Financiering',
      'Reguliere middelen',
      'Hoe we de projectmiddelen gaan inzetten, bepalen we samen met de partners.',
      '',
    ]);
    expect(a!.funding).toBe('regular');
  });
});
