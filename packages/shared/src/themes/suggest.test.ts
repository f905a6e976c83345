import { foldWord, suggestThemes, SUGGEST_THRESHOLD } from './suggest';

const themesOf = (input: Parameters<typeof suggestThemes>[0]) => suggestThemes(input).map((s) => s.theme);

describe('foldWord', () => {
  it('folds accents, case and doubled vowels', () => {
    expect(foldWord('Geïntegreerd')).toBe(foldWord('geintegreerd'));
    expect(foldWord('patiënten')).toBe('patienten');
    expect(foldWord('bestuur')).toBe('bestur');
    expect(foldWord('lokaal')).toBe(foldWord('lokale').slice(0, 5));
  });
});

describe('suggestThemes', () => {
  it('matches a stem in its inflections', () => {
    for (const word of ['Mantelzorg', 'mantelzorgers', 'mantelzorgende ouders']) expect(themesOf({ title: `Ondersteuning voor ${word}` })).toContain('mantelzorg');
  });

  it('matches a long stem as a compound part', () => {
    expect(themesOf({ title: 'Het zorgpersoneel behouden' })).toContain('personeelstekort');
    expect(themesOf({ title: 'Personeelstekorten in kaart brengen' })).toContain('personeelstekort');
    expect(themesOf({ title: 'Samenwerking met de jongerenwerking' })).toContain('kwetsbare-kinderen-jongeren');
    expect(themesOf({ title: 'Vereenzaming bij alleenstaanden aanpakken' })).toContain('eenzaamheid');
  });

  it('matches abbreviations as whole words only, in any case', () => {
    expect(themesOf({ title: 'Aanbod GGZ bekend maken' })).toContain('mentaal-welzijn');
    expect(themesOf({ title: 'Aanbod ELP faciliteren' })).toContain('mentaal-welzijn');
    expect(themesOf({ title: 'Overleg met het OCMW en de schepen' })).toContain('lokaal-sociaal-beleid');
    // "help" contains "elp", "ggzorg" is no abbreviation.
    expect(themesOf({ title: 'Iedereen helpt een handje' })).not.toContain('mentaal-welzijn');
  });

  it('folds accents: geïntegreerd and geintegreerd are one word', () => {
    expect(themesOf({ title: 'Uitrol van geïntegreerde zorg' })).toContain('geintegreerde-zorg');
    expect(themesOf({ title: 'Uitrol van geintegreerde zorg' })).toContain('geintegreerde-zorg');
  });

  it('gives the reasons as the words stand in the text', () => {
    const [s] = suggestThemes({ title: 'Toolbox voor jonge mantelzorgers', what: 'Materiaal over mantelzorg op school.' });
    expect(s?.theme).toBe('mantelzorg');
    expect(s?.reasons).toContain('jonge mantelzorgers');
    // "mantelzorgers" alone is in the longer reason already.
    expect(s?.reasons).not.toContain('mantelzorgers');
  });

  it('weighs the title above a long text: one passing mention is not enough', () => {
    const passing = 'We organiseren drie overlegmomenten met de partners en maken een verslag. Ook ouderen zijn welkom.';
    expect(themesOf({ title: 'Overlegmomenten', what: passing })).not.toContain('vergrijzing');
    expect(themesOf({ title: 'Ouderen in de buurt' })).toContain('vergrijzing');
    for (const s of suggestThemes({ title: 'Ouderen in de buurt' })) expect(s.score).toBeGreaterThanOrEqual(SUGGEST_THRESHOLD);
  });

  it('counts one word once per theme, by its strongest term', () => {
    // "personeelstekort" holds personeelstekort, personeel and tekort: one piece of evidence, not three.
    expect(themesOf({ title: 'Werkgroep', what: 'Het personeelstekort.' })).not.toContain('personeelstekort');
    expect(themesOf({ title: 'Werkgroep', what: 'Het personeelstekort en de rekrutering van verpleegkundigen.' })).toContain('personeelstekort');
  });

  it('does not give a long text every theme', () => {
    const long = [
      'In onze zone werken huisartsen, apothekers, thuisverpleging en het OCMW samen.',
      'We bekijken het aanbod, de werking van de clusters en de informatie op de website.',
      'Ook kinderen, ouderen, mantelzorgers en mensen in armoede komen aan bod.',
    ].join(' ');
    expect(suggestThemes({ title: 'Netwerkdag', what: long, why: long }).length).toBeLessThanOrEqual(3);
  });

  it('reads "lokale besturen" as local policy, not as the zone\'s own bestuur', () => {
    const themes = themesOf({ title: 'Contact met de lokale besturen', goalKind: 'CONTENT' });
    expect(themes).toContain('lokaal-sociaal-beleid');
    expect(themes).not.toContain('governance');
  });

  it('takes a GOVERNANCE goal as evidence only when the action says nothing else', () => {
    expect(themesOf({ title: 'Intern reglement opmaken', goalKind: 'GOVERNANCE' })).toEqual(['governance']);
    expect(themesOf({ title: 'Delegatiematrix', goalKind: 'GOVERNANCE' })).toEqual(['governance']);
    expect(themesOf({ title: 'Nieuwsbrief', goalKind: 'GOVERNANCE' })).toEqual(['communicatie']);
  });

  it('uses the goal titles', () => {
    expect(themesOf({ title: 'Sensibiliseringscampagne', operationalGoal: 'Eind 2024 is er meer kennis om jonge mantelzorgers te detecteren.' })).toContain('mantelzorg');
  });

  it('leaves out themes the action already has', () => {
    expect(suggestThemes({ title: 'Aanbod GGZ en ELP' }, ['mentaal-welzijn']).map((s) => s.theme)).not.toContain('mentaal-welzijn');
  });

  it('reads plain titles of the other themes', () => {
    expect(themesOf({ title: 'Valpreventie bij thuiswonende ouderen' })).toEqual(expect.arrayContaining(['preventie', 'vergrijzing']));
    expect(themesOf({ title: 'Digipunten in elke gemeente' })).toContain('digitale-inclusie');
    expect(themesOf({ title: 'Week van de eenzaamheid' })).toContain('eenzaamheid');
    expect(themesOf({ title: 'Jobbeurs voor zorgberoepen' })).toContain('personeelstekort');
    expect(themesOf({ title: 'Communicatieplan en nieuwsbrief' })).toEqual(['communicatie']);
    // "eventueel" is no event, "verloopt" no staff turnover.
    expect(themesOf({ title: 'Eventueel een tweede editie als het goed verloopt' })).toEqual([]);
  });

  it('suggests nothing for an empty sheet', () => {
    expect(suggestThemes({})).toEqual([]);
    expect(suggestThemes({ title: '   ' })).toEqual([]);
  });
});
