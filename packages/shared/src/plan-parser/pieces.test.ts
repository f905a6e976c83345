// The parser's pieces on small synthetic texts: list markers and wrapped lines, values, the
// line classifier, the page-furniture stripper, the zone and year detection.
import { continuedActions } from './continued';
import { boxesOf, classify, evaluationKind, matchPrompt, type ClassifyContext } from './classify';
import { stripFurniture } from './furniture';
import { detectPeriod, detectZone } from './meta';
import { blockText, itemTexts, joinHyphenated, joinTitle, listMarker, toItems, toLines } from './text';
import { dateRange, fundingOf, goalDeadline, networkShare, parseDate, targetOf } from './values';

const lines = (text: string) => toLines(text);
const outside: ClassifyContext = { inSheet: false, section: null, tableAllowed: false };
const inSheet = (section: ClassifyContext['section'] = null): ClassifyContext => ({ inSheet: true, section, tableAllowed: false });
const kindOf = (text: string, ctx = outside) => classify(lines(text), 0, ctx);

describe('list markers', () => {
  it.each([
    ['• Een rondetafel', 'bullet', 'Een rondetafel'],
    ['- Schepenen', 'dash', 'Schepenen'],
    ['o Burgemeesters', 'circle', 'Burgemeesters'],
    ['1) Wat ga je wel doen?', 'number', 'Wat ga je wel doen?'],
    ['7. Het kader wordt ingediend', 'number', 'Het kader wordt ingediend'],
    ['3: we maken gebruik', 'number', 'we maken gebruik'],
    ['b. Operationele doelstelling', 'alpha', 'Operationele doelstelling'],
    ['iii. ELZ maakt een klachtenprocedure.', 'roman', 'ELZ maakt een klachtenprocedure.'],
  ])('%s', (text, kind, rest) => {
    expect(listMarker(text)).toMatchObject({ kind, rest });
  });

  it.each(['1.1 Eind 2024 is ...', 'i.s.m. de partners', 'o.a. huisartsen', 'ELZ Leuven', '2025: start'])('no marker in "%s"', (text) => {
    expect(listMarker(text)).toBeNull();
  });
});

describe('putting wrapped lines back together', () => {
  it('joins on a lowercase start, a trailing function word or an open bracket, and splits finished lines', () => {
    const items = toItems(
      lines(
        [
          'Er is gelegenheid tot overleg',
          'Er is een tendens ontstaan om beter te gaan samenwerken met de',
          'partners (CAW, OCMW,',
          'mutualiteiten) in de regio.',
          'Een tweede indicator',
        ].join('\n'),
      ),
      100,
    );
    expect(itemTexts(items)).toEqual([
      'Er is gelegenheid tot overleg',
      'Er is een tendens ontstaan om beter te gaan samenwerken met de partners (CAW, OCMW, mutualiteiten) in de regio.',
      'Een tweede indicator',
    ]);
  });

  it('splits table-cell lines into items by width, leading word and names running over the line end', () => {
    // A cell 46 characters wide: every line that filled it was wrapped.
    const cell = [
      'Aantal bezochte organisaties VAPH via “ELZ',
      'Leuven on tour”',
      'Afronding opleiding Copywriter teamlid ELZ',
      'Leuven in mei 2024',
      'Aantal deelnemende scholen aan het project',
      'Mantelzorgvriendelijke school van Samana',
      'Aantal verdeelde toolboxen',
    ];
    expect(itemTexts(toItems(lines(cell.join('\n')), 46, { leadWord: true }))).toEqual([
      'Aantal bezochte organisaties VAPH via “ELZ Leuven on tour”',
      'Afronding opleiding Copywriter teamlid ELZ Leuven in mei 2024',
      'Aantal deelnemende scholen aan het project Mantelzorgvriendelijke school van Samana',
      'Aantal verdeelde toolboxen',
    ]);
  });

  it('does not join a verb particle that ends a sentence ("nodigt uit") with the next item', () => {
    const cell = ['Aantal organisaties aanwezig op “ELZ', 'Leuven nodigt uit”', 'Aantal nieuwe volgers'];
    expect(itemTexts(toItems(lines(cell.join('\n')), 46, { leadWord: true }))).toHaveLength(2);
  });

  it('joins across blank lines only with a clear signal', () => {
    const text = [
      '- Afspraken maken, een kader creëren,',
      '',
      'partners beluisteren',
      '',
      '- Samen bepalen hoe we de plannen',
      '',
      'vormgeven.',
      '',
      'Deze werkgroepen worden opgevolgd.',
    ].join('\n');
    expect(itemTexts(toItems(lines(text), 100))).toEqual([
      'Afspraken maken, een kader creëren, partners beluisteren',
      'Samen bepalen hoe we de plannen vormgeven.',
      'Deze werkgroepen worden opgevolgd.',
    ]);
  });

  it('folds a sub-list under an item that ends in ":" and keeps it on its own lines in a text block', () => {
    const text = ['- De lokale besturen van onze ELZ:', 'o Burgemeesters', 'o Schepenen', '- De PZON'].join('\n');
    const items = toItems(lines(text), 100);
    expect(itemTexts(items)).toEqual(['De lokale besturen van onze ELZ: Burgemeesters, Schepenen', 'De PZON']);
    expect(blockText(toItems(lines('1) Poolen\n2) Delen'), 100))).toBe('1) Poolen\n2) Delen');
  });

  it('mends words broken at the line end, but keeps real hyphens', () => {
    expect(joinHyphenated('personeels-', 'tekort')).toBe('personeelstekort');
    expect(joinHyphenated('De meeste vzw-', 'verplichtingen')).toBe('De meeste vzw-verplichtingen');
    expect(joinHyphenated('het aantal 80-', 'plussers')).toBe('het aantal 80-plussers');
    expect(joinHyphenated('ook om VAPH-', 'voorzieningen')).toBe('ook om VAPH-voorzieningen');
    expect(joinTitle(['Samen-', 'werking met de', 'gemeenten'])).toBe('Samenwerking met de gemeenten');
  });
});

describe('actions continued from earlier plans', () => {
  const titles = (text: string, footnotes: string[] = []) => continuedActions(toItems(lines(text), 100), new Set(footnotes)).map((a) => a.title);

  it.each([
    ['Verder zetten we de voortzetting van acties uit vorige jaren door, namelijk GBO, Eerste 1000 dagen en Digibanken.', ['GBO', 'Eerste 1000 dagen', 'Digibanken']],
    ['De verderzetting van eerdere acties: Zorgzame Buurten; het netwerkevent.', ['Zorgzame Buurten', 'het netwerkevent']],
    ['Acties uit het vorige actieplan zetten we verder. Het betreft de buurtteams.', ['de buurtteams']],
  ])('"%s"', (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it('drops a glued footnote number only when the text has that footnote and the word is lowercase before it', () => {
    const text = 'We blijven inzetten op acties uit voorgaande actieplannen. Concreet gaat het over buurtwerking1, COVID19 en de Zorgwijzer2.';
    expect(titles(text, ['1'])).toEqual(['buurtwerking', 'COVID19', 'de Zorgwijzer2']);
  });

  it('needs a verb of continuing, actions and an earlier plan in one sentence', () => {
    expect(titles('In het vorige actieplan stonden acties. Het gaat om GBO en ELP.')).toEqual([]);
    expect(titles('We zetten ons netwerk verder uit. Het gaat om GBO en ELP.')).toEqual([]);
    expect(titles('We blijven inzetten op de acties uit voorgaande jaren, want ze werken goed en de partners vragen het.')).toEqual([]);
  });
});

describe('values', () => {
  it('reads dates', () => {
    expect(parseDate('Startdatum: 1/03/2024')).toBe('2024-03-01');
    expect(parseDate('15.11.2024')).toBe('2024-11-15');
    expect(parseDate('op dinsdag 14 februari 2024')).toBe('2024-02-14');
    expect(parseDate('maart 2025')).toBe('2025-03-01');
    expect(parseDate('juni 2025', true)).toBe('2025-06-30');
    expect(parseDate('31/02/2025')).toBeNull();
    expect(dateRange('de projectperiode (1/12/2024 – 31/12/2025)')).toEqual({ start: '2024-12-01', end: '2025-12-31' });
  });

  it('reads the deadline an operational goal names', () => {
    expect(goalDeadline('Eind 2024 is onze werking kenbaar gemaakt')).toBe('2024-12-31');
    expect(goalDeadline('Tegen eind juni 2024 is een samenwerking geëxploreerd')).toBe('2024-06-30');
    expect(goalDeadline('Professionaliseren – Tegen medio 2025 aligneren we')).toBe('2025-06-30');
    expect(goalDeadline('In 2025 wordt een bredere samenwerking geëxploreerd')).toBe('2025-12-31');
    expect(goalDeadline('We verminderen eenzaamheid')).toBeNull();
  });

  it('takes the funding label out of a title', () => {
    expect(fundingOf('(met extra financiering)')).toMatchObject({ funding: 'extra' });
    expect(fundingOf('Digi-zone (met externe financiering)')).toEqual({ funding: 'external', remark: 'met externe financiering', title: 'Digi-zone' });
    expect(fundingOf('Warmste Week (onder voorbehoud)')).toMatchObject({ funding: 'conditional', title: 'Warmste Week' });
    expect(fundingOf('Nieuwsbrief')).toEqual({ funding: 'regular', remark: null, title: 'Nieuwsbrief' });
  });

  it('reads the share of network time', () => {
    expect(networkShare('Het grootste deel van de tijd, meer dan 50%, besteden de medewerkers')).toEqual({ share: 'meer dan 50%', percent: 50 });
    expect(networkShare('ongeveer 60 procent van onze tijd')).toEqual({ share: 'ongeveer 60 procent', percent: 60 });
    expect(networkShare('geen schatting')).toBeNull();
  });

  it('reads targets, not years or dates', () => {
    expect(targetOf('Er zijn minimaal 2 overlegmomenten geweest')).toEqual({ value: 2, unit: 'overlegmomenten' });
    expect(targetOf('Er liggen vernieuwde statuten klaar tegen 15/11/2024')).toBeNull();
    expect(targetOf('de tevredenheid bij de deelnemers (minimaal 7/10)')).toEqual({ value: 7, unit: '/10' });
    expect(targetOf('0,5% van de bevolking antwoordt')).toEqual({ value: 0.5, unit: '%' });
    expect(targetOf('December 2025 is er een applicatie')).toBeNull();
  });
});

describe('recognising the template', () => {
  it('reads evaluation boxes whatever the label wording', () => {
    expect(boxesOf('☒ Procesevaluatie')).toEqual({ boxes: [{ checked: true, label: 'Procesevaluatie' }], rest: '' });
    expect(boxesOf('☐ Impact evaluatie (Outcome)')!.boxes[0]).toEqual({ checked: false, label: 'Impact evaluatie (Outcome)' });
    expect(boxesOf('[x] Resultaatgerichte evaluatie (output): 60 deelnemers')).toEqual({ boxes: [{ checked: true, label: 'Resultaatgerichte evaluatie (output)' }], rest: '60 deelnemers' });
    expect(evaluationKind('Proces evaluatie')).toBe('process');
    expect(evaluationKind('Resultaatgerichte evaluatie (Output)')).toBe('output');
    expect(evaluationKind('Impact evaluatie (Outcome)')).toBe('outcome');
    expect(boxesOf('Procesevaluatie')).toBeNull();
  });

  it('recognises goal and action headings in their variants', () => {
    expect(kindOf('1. Strategische doelstelling 1:  ELZ hervormt de zorgraad')).toMatchObject({ kind: 'sd', number: '1', title: 'ELZ hervormt de zorgraad' });
    expect(kindOf('SD 2 – Samen sterker')).toMatchObject({ kind: 'sd', number: '2', title: 'Samen sterker' });
    expect(kindOf('Extra doelstelling – Projecten')).toMatchObject({ kind: 'sd', number: null });
    expect(kindOf('Nieuw O.D. 2.4 Er wordt een proces gelopen')).toMatchObject({ kind: 'od', number: '2.4', isNew: true });
    expect(kindOf('Operationele doelstelling 1.2 :ELZ maakt gebruik')).toMatchObject({ kind: 'od', number: '1.2', title: 'ELZ maakt gebruik' });
    expect(kindOf('Operationele doelstelling 1.1 Operationele doelstelling 1.1 De AV')).toMatchObject({ kind: 'od', number: '1.1', title: 'De AV' });
    expect(kindOf('Actie 2025 (met extra financiering): De stafmedewerker ondersteunt')).toMatchObject({ kind: 'action', year: 2025, number: null, label: 'met extra financiering' });
    expect(kindOf('Actie 1.2.3 – Rondetafel')).toMatchObject({ kind: 'action', number: '1.2.3', title: 'Rondetafel' });
    expect(kindOf('Actie:')).toMatchObject({ kind: 'action', title: '' });
    expect(kindOf('Lopende actie 2.1.1: Nieuwsbrief')).toMatchObject({ kind: 'action', carried: true });
    expect(kindOf('Acties 2025')).toMatchObject({ kind: 'year', year: 2025, what: 'actions' });
    expect(kindOf('Strategische doelstellingen uit het beleidsplan').kind).toBe('text');
    expect(kindOf('Actie ondernemen bij signalen').kind).toBe('text');
  });

  it('reads references in a link section as text, not as headings', () => {
    expect(kindOf('SD 1 – OD 3', inSheet('link')).kind).toBe('text');
    expect(kindOf('OD 1.2, actie: afstemmen met sociaal beleid', inSheet('link')).kind).toBe('text');
  });

  it('recognises the sheet sections and the template prompts of both editions', () => {
    expect(kindOf('Wat?', inSheet())).toMatchObject({ kind: 'section', section: 'what' });
    expect(kindOf('Korte omschrijving', inSheet())).toMatchObject({ kind: 'section', section: 'summary' });
    expect(kindOf('Waarom? We willen een doorstart maken', inSheet())).toMatchObject({ kind: 'section', section: 'why', rest: 'We willen een doorstart maken' });
    expect(kindOf('Geef een korte beschrijving van wat je gaat doen.', inSheet())).toMatchObject({ kind: 'prompt', section: 'what' });
    expect(kindOf('• Wat ga je wel doen?', inSheet())).toMatchObject({ kind: 'prompt', sub: 'inScope' });
    expect(kindOf('Wie is de trekker van de actie? Zorgraad', inSheet())).toMatchObject({ kind: 'prompt', sub: 'lead', rest: 'Zorgraad' });
    expect(kindOf('Eindverantwoordelijke: ELZ', inSheet())).toMatchObject({ kind: 'prompt', sub: 'lead', rest: 'ELZ' });
    expect(kindOf('Doelgroep(en)', inSheet())).toMatchObject({ kind: 'prompt', section: 'targetGroups' });
    // A label word inside content is content.
    expect(kindOf('doelgroepen)', inSheet()).kind).toBe('text');
    expect(kindOf('Trekker', inSheet()).kind).toBe('text');
    expect(kindOf('Startdatum: 1/03/2024 Einddatum: 1/12/2024', inSheet())).toMatchObject({ kind: 'dates', start: '1/03/2024', end: '1/12/2024' });
    expect(kindOf('Jan Feb Mrt Apr Mei Jun Jul Aug Sep Okt Nov Dec', inSheet()).kind).toBe('months');
    // An instruction of an unknown template edition is template text too.
    expect(kindOf('Beschrijf hier kort hoe je de actie evalueert.', inSheet())).toMatchObject({ kind: 'prompt', section: null });
  });

  it('matches a prompt that wraps over two lines and keeps what follows it', () => {
    const l = lines(
      [
        'Noteer hier de context en waarom je deze actie waardevol vindt? Welke argumenten heb je om deze actie te',
        'verdedigen. Maak hier de link naar je omgevingsanalyse,…',
        'De eigenlijke tekst.',
      ].join('\n'),
    );
    expect(matchPrompt(l, 0)).toMatchObject({ lines: 2, rest: '' });
    expect(classify(l, 2, inSheet('why')).kind).toBe('text');
  });

  it('recognises table rows only under an operational goal', () => {
    expect(classify(lines('Acties  Wervingscampagne AV'), 0, { ...outside, tableAllowed: true })).toMatchObject({ kind: 'cell', cell: 'actions', rest: 'Wervingscampagne AV' });
    expect(classify(lines('Indicatoren Aantal leden'), 0, { ...outside, tableAllowed: true })).toMatchObject({ kind: 'cell', cell: 'indicators' });
    expect(classify(lines('Acties  Wervingscampagne AV'), 0, outside).kind).toBe('text');
    expect(classify(lines('actie'), 0, { ...outside, tableAllowed: true }).kind).toBe('text');
  });
});

describe('page furniture', () => {
  it('removes page numbers with the running header next to them, and keeps the text around them', () => {
    const text = [
      'Waarom?',
      'Omdat het nodig is en we',
      '',
      '',
      'Jaarplan ELZ Rivierenland',
      '',
      '  Pagina 3 van 12',
      '',
      'dit al lang willen.',
      'Jaarplan ELZ Rivierenland',
      'Jaarplan ELZ Rivierenland wordt elk jaar gemaakt.',
      '',
      'Jaarplan ELZ Rivierenland',
      '',
      'Pagina 4 van 12',
    ].join('\n');
    const { lines: kept, furniture } = stripFurniture(lines(text));
    expect(furniture.map((l) => l.no)).toEqual([5, 7, 10, 13, 15]);
    expect(kept.map((l) => l.text).filter(Boolean)).toEqual(['Waarom?', 'Omdat het nodig is en we', 'dit al lang willen.', 'Jaarplan ELZ Rivierenland wordt elk jaar gemaakt.']);
  });

  it('removes Word placeholders and broken field codes', () => {
    const { lines: kept } = stripFurniture(lines('Eindverantwoordelijke: ELZ Klik of tik om tekst in te voeren.\nverbeterenFout! Ongeldig resultaat voor tabel.).'));
    expect(kept.map((l) => l.text)).toEqual(['Eindverantwoordelijke: ELZ', 'verbeteren).']);
  });
});

describe('zone and years', () => {
  it('takes the zone from the running header, else the zone named most', () => {
    const header = lines('Actieplan 2024 Eerstelijnszone Zuiderkempen');
    expect(detectZone(lines('ELZ Noord doet mee.'), header)).toBe('Eerstelijnszone Zuiderkempen');
    expect(detectZone(lines('ELZ Maasland Oost werkt samen met ELZ Limburg.\nDe ELZ Maasland Oost organiseert.\nELZ’s van de regio'), [])).toBe('ELZ Maasland Oost');
  });

  it('reads one plan year from "Acties 2025", or the period of a multi-year plan', () => {
    expect(detectPeriod(lines('beleidsplan 2024-2026\nActies 2025\nbeleidsplan 2024-2026'), [])).toMatchObject({
      years: [2025],
      kind: 'action-plan',
      multiYear: { yearFrom: 2024, yearTo: 2026 },
    });
    expect(detectPeriod(lines('Ons beleids- en actieplan 2024-2026 zet in op ...\nhet beleids- en actieplan 2024-2026'), [])).toMatchObject({
      years: [2024, 2025, 2026],
      kind: 'multi-year-plan',
    });
  });
});
