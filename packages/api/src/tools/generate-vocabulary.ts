// Word lists for the synthetic data set (tools/generate.ts): plausible Flemish names and the
// phrases action sheets are made of. Real municipality names, grouped by province, so zones of
// one generated region lie side by side as real ones do.

export const REGION_MUNICIPALITIES: ReadonlyArray<{ region: string; description: string; municipalities: readonly string[] }> = [
  {
    region: 'Antwerpen',
    description: 'Zones in de provincie Antwerpen: de Kempen, de Rupelstreek en de rand rond Antwerpen en Mechelen.',
    municipalities: [
      'Mechelen', 'Bonheiden', 'Duffel', 'Sint-Katelijne-Waver', 'Turnhout', 'Beerse', 'Vosselaar', 'Oud-Turnhout', 'Kasterlee',
      'Geel', 'Laakdal', 'Meerhout', 'Westerlo', 'Mol', 'Balen', 'Dessel', 'Retie', 'Herentals', 'Grobbendonk', 'Vorselaar',
      'Herenthout', 'Olen', 'Lier', 'Berlaar', 'Nijlen', 'Heist-op-den-Berg', 'Putte', 'Boom', 'Niel', 'Schelle', 'Hemiksem',
      'Rumst', 'Aartselaar', 'Willebroek', 'Puurs-Sint-Amands', 'Bornem', 'Brasschaat', 'Kapellen', 'Stabroek', 'Kalmthout',
      'Essen', 'Wuustwezel', 'Brecht', 'Schoten', 'Hoogstraten', 'Rijkevorsel', 'Malle', 'Zoersel', 'Ranst', 'Zandhoven',
      'Wijnegem', 'Wommelgem', 'Mortsel', 'Edegem', 'Kontich', 'Hove', 'Boechout', 'Lint', 'Arendonk', 'Ravels', 'Lille',
    ],
  },
  {
    region: 'Limburg',
    description: 'Zones in de provincie Limburg: Noord- en Zuid-Limburg, het Maasland en de Haspengouw.',
    municipalities: [
      'Hasselt', 'Diepenbeek', 'Zonhoven', 'Genk', 'As', 'Zutendaal', 'Sint-Truiden', 'Gingelom', 'Nieuwerkerken', 'Heers',
      'Tongeren', 'Riemst', 'Voeren', 'Herstappe', 'Bilzen', 'Hoeselt', 'Kortessem', 'Borgloon', 'Wellen', 'Alken', 'Beringen',
      'Leopoldsburg', 'Tessenderlo', 'Ham', 'Heusden-Zolder', 'Houthalen-Helchteren', 'Lummen', 'Herk-de-Stad', 'Halen',
      'Lommel', 'Pelt', 'Hamont-Achel', 'Hechtel-Eksel', 'Peer', 'Bree', 'Bocholt', 'Oudsbergen', 'Maaseik', 'Kinrooi',
      'Dilsen-Stokkem', 'Maasmechelen', 'Lanaken',
    ],
  },
  {
    region: 'Oost-Vlaanderen',
    description: 'Zones in de provincie Oost-Vlaanderen: het Waasland, het Meetjesland, de Vlaamse Ardennen en de Denderstreek.',
    municipalities: [
      'Gent', 'Merelbeke', 'Melle', 'Destelbergen', 'Lochristi', 'Evergem', 'Zelzate', 'Lievegem', 'Eeklo', 'Kaprijke',
      'Assenede', 'Maldegem', 'Sint-Laureins', 'Deinze', 'Nazareth', 'Sint-Martens-Latem', 'Zulte', 'Kruisem', 'Oudenaarde',
      'Wortegem-Petegem', 'Zwalm', 'Ronse', 'Brakel', 'Maarkedal', 'Horebeke', 'Geraardsbergen', 'Lierde', 'Zottegem',
      'Herzele', 'Sint-Lievens-Houtem', 'Oosterzele', 'Gavere', 'Aalst', 'Erpe-Mere', 'Lede', 'Haaltert', 'Denderleeuw',
      'Ninove', 'Dendermonde', 'Buggenhout', 'Lebbeke', 'Berlare', 'Zele', 'Hamme', 'Wetteren', 'Wichelen', 'Laarne',
      'Lokeren', 'Moerbeke', 'Wachtebeke', 'Sint-Niklaas', 'Temse', 'Waasmunster', 'Beveren', 'Kruibeke', 'Sint-Gillis-Waas',
      'Stekene',
    ],
  },
  {
    region: 'West-Vlaanderen',
    description: 'Zones in de provincie West-Vlaanderen: de kust, de Westhoek, het Brugse Ommeland en Zuid-West-Vlaanderen.',
    municipalities: [
      'Brugge', 'Damme', 'Oostkamp', 'Beernem', 'Zedelgem', 'Jabbeke', 'Knokke-Heist', 'Blankenberge', 'De Haan', 'Oostende',
      'Bredene', 'Oudenburg', 'Gistel', 'Middelkerke', 'Nieuwpoort', 'Koksijde', 'De Panne', 'Veurne', 'Alveringem',
      'Diksmuide', 'Lo-Reninge', 'Houthulst', 'Ieper', 'Poperinge', 'Vleteren', 'Heuvelland', 'Mesen', 'Zonnebeke',
      'Langemark-Poelkapelle', 'Wervik', 'Menen', 'Wevelgem', 'Kortrijk', 'Kuurne', 'Harelbeke', 'Lendelede', 'Zwevegem',
      'Deerlijk', 'Anzegem', 'Avelgem', 'Spiere-Helkijn', 'Waregem', 'Wielsbeke', 'Oostrozebeke', 'Dentergem', 'Tielt',
      'Pittem', 'Meulebeke', 'Ardooie', 'Wingene', 'Ruiselede', 'Roeselare', 'Izegem', 'Ingelmunster', 'Hooglede',
      'Staden', 'Moorslede', 'Ledegem', 'Lichtervelde', 'Torhout', 'Kortemark', 'Koekelare', 'Ichtegem',
    ],
  },
  {
    region: 'Vlaams-Brabant',
    description: 'Zones in de provincie Vlaams-Brabant buiten Oost-Brabant: de Noordrand, het Pajottenland en de Druivenstreek.',
    municipalities: [
      'Vilvoorde', 'Machelen', 'Zaventem', 'Steenokkerzeel', 'Grimbergen', 'Meise', 'Wemmel', 'Zemst', 'Kapelle-op-den-Bos',
      'Londerzeel', 'Merchtem', 'Opwijk', 'Asse', 'Affligem', 'Liedekerke', 'Ternat', 'Roosdaal', 'Dilbeek', 'Lennik',
      'Gooik', 'Pepingen', 'Galmaarden', 'Bever', 'Herne', 'Halle', 'Beersel', 'Sint-Pieters-Leeuw', 'Drogenbos',
      'Linkebeek', 'Sint-Genesius-Rode', 'Overijse', 'Hoeilaart', 'Tervuren', 'Kraainem', 'Wezembeek-Oppem', 'Tienen',
      'Hoegaarden', 'Boutersem', 'Landen', 'Linter', 'Zoutleeuw', 'Geetbets', 'Kortenaken',
    ],
  },
];

/** Landscape names zones take after; used before falling back to the main municipality's name. */
export const AREA_NAMES: Readonly<Record<string, readonly string[]>> = {
  Antwerpen: ['Kempen', 'Noorderkempen', 'Zuiderkempen', 'Rupelstreek', 'Klein-Brabant', 'Voorkempen', 'Netevallei', 'Antwerpse Rand'],
  Limburg: ['Haspengouw', 'Maasland', 'Noord-Limburg', 'Midden-Limburg', 'Demervallei', 'Limburgse Kempen', 'Herkvallei'],
  'Oost-Vlaanderen': ['Meetjesland', 'Waasland', 'Vlaamse Ardennen', 'Denderstreek', 'Scheldeland', 'Leiestreek', 'Gentse Rand'],
  'West-Vlaanderen': ['Westhoek', 'Brugse Ommeland', 'Oostkust', 'Westkust', 'Leiedal', 'Mandelstreek', 'Houtland'],
  'Vlaams-Brabant': ['Pajottenland', 'Druivenstreek', 'Noordrand', 'Zennevallei', 'Getevallei', 'Dijleland', 'Groene Gordel'],
};

export const NAME_SUFFIXES = ['Centrum', 'Noord', 'Zuid', 'Oost', 'West', 'Rand', 'Midden'];

export const SURNAMES = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois',
  'Hermans', 'Aerts', 'Pauwels', 'Vermeulen', 'Van Damme', 'De Clercq', 'Martens', 'Lambrechts', 'Verstraete', 'Cools',
  'Desmet', 'Van den Broeck', 'Michiels', 'Vandenberghe', 'Smets', 'De Backer', 'Coppens', 'Declercq', 'Verhoeven',
  'Thys', 'Baert', 'Van Dyck', 'Segers', 'Vermeiren', 'Stevens', 'Leemans', 'Verbeke', 'Mattheus', 'Vanhoutte',
];

export const SAINTS = ['Sint-Jozef', 'Sint-Elisabeth', 'Sint-Vincentius', 'Heilig Hart', 'Sint-Anna', 'De Linde', 'Ter Beuken', 'Den Olm', 'Zonnebloem', 'De Wingerd', 'Hofstede', 'Ter Meeren'];

/** Local partners: `{m}` is a municipality of the zone, `{s}` a surname, `{h}` a home's name. */
export const LOCAL_PARTNERS: ReadonlyArray<{ pattern: string; sector: string; cluster: 'LOCAL_GOVERNMENT' | 'WELFARE' | 'CARE' | 'PZON' | null }> = [
  { pattern: 'Lokaal bestuur {m}', sector: 'lokaal bestuur', cluster: 'LOCAL_GOVERNMENT' },
  { pattern: 'Sociaal Huis {m}', sector: 'lokaal bestuur', cluster: 'LOCAL_GOVERNMENT' },
  { pattern: 'Woonzorgcentrum {h} {m}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Lokaal dienstencentrum {h} {m}', sector: 'welzijn', cluster: 'WELFARE' },
  { pattern: 'Huisartsenpraktijk {s} {m}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Apotheek {s} {m}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Kinesitherapie {s} {m}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Thuisverpleging {s} {m}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Huis van het Kind {m}', sector: 'welzijn', cluster: 'WELFARE' },
  { pattern: 'Vrije Basisschool {h} {m}', sector: 'onderwijs', cluster: null },
  { pattern: 'Mantelzorgvereniging {m}', sector: 'PZON', cluster: 'PZON' },
  { pattern: 'Seniorenraad {m}', sector: 'PZON', cluster: 'PZON' },
  { pattern: 'Buurtwerk {m}', sector: 'welzijn', cluster: 'WELFARE' },
  { pattern: 'Gezinszorg {s} {m}', sector: 'welzijn', cluster: 'WELFARE' },
  { pattern: 'Tandartspraktijk {s} {m}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Vroedvrouwenpraktijk {s} {m}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Psychologenpraktijk {s} {m}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Diëtistenpraktijk {s} {m}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Welzijnsschakel {m}', sector: 'welzijn', cluster: 'WELFARE' },
  { pattern: 'Sportdienst {m}', sector: 'lokaal bestuur', cluster: 'LOCAL_GOVERNMENT' },
  { pattern: 'Bibliotheek {m}', sector: 'lokaal bestuur', cluster: null },
  { pattern: 'Patiëntenvereniging {h} {m}', sector: 'PZON', cluster: 'PZON' },
];

/** Partners of an area shared by several zones: `{a}` is the zone's area name. */
export const AREA_PARTNERS: ReadonlyArray<{ pattern: string; sector: string; cluster: 'LOCAL_GOVERNMENT' | 'WELFARE' | 'CARE' | 'PZON' | null }> = [
  { pattern: 'Huisartsenkring {a}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'CAW {a}', sector: 'welzijn', cluster: 'WELFARE' },
  { pattern: 'CGG {a}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Netwerk geestelijke gezondheid {a}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Logo {a}', sector: 'preventie', cluster: null },
  { pattern: 'Kring apothekers {a}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Kinesitherapeutenkring {a}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Vrijwilligerspunt {a}', sector: 'welzijn', cluster: 'WELFARE' },
  { pattern: 'Ziekenhuis {a}', sector: 'zorg', cluster: 'CARE' },
  { pattern: 'Dienst maatschappelijk werk ziekenfonds {a}', sector: 'welzijn', cluster: 'WELFARE' },
  { pattern: 'Vereniging jonge mantelzorgers {a}', sector: 'PZON', cluster: 'PZON' },
  { pattern: 'Ervaringsdeskundigen armoede {a}', sector: 'PZON', cluster: 'PZON' },
  { pattern: 'Centrum voor leerlingenbegeleiding {a}', sector: 'onderwijs', cluster: null },
  { pattern: 'Dienst ondersteuningsplan {a}', sector: 'welzijn', cluster: 'WELFARE' },
];

/** Per theme slug (DEFAULT_THEMES): titles (`{m}` municipality, `{a}` area), target groups, steps, indicators. */
export const THEME_CONTENT: Readonly<
  Record<string, { titles: readonly string[]; targets: readonly string[]; steps: readonly string[]; indicators: ReadonlyArray<[string, number, string]> }>
> = {
  personeelstekort: {
    titles: ['Poolen en delen van verpleegkundigen in {a}', 'Coöperatieve verpleegpost {m}', 'Opleidingstraject zorgcontinuüm voor zorgkundigen', 'Jobbeurs zorg en welzijn {m}', 'Zij-instromers begeleiden naar de thuiszorg'],
    targets: ['thuisverpleegkundigen', 'zorgkundigen in woonzorgcentra', 'studenten verpleegkunde', 'werkzoekenden met interesse in de zorg'],
    steps: ['Noden van de zorgorganisaties in kaart brengen via een bevraging', 'Afsprakenkader voor het delen van personeel uitwerken met de werkgevers', 'Pilootproject starten met twee woonzorgcentra', 'Jobbeurs organiseren met VDAB en de hogeschool'],
    indicators: [['Aantal deelnemende zorgorganisaties', 8, 'organisaties'], ['Aantal gedeelde diensten', 40, 'diensten'], ['Bezoekers van de jobbeurs', 150, 'bezoekers']],
  },
  'mentaal-welzijn': {
    titles: ['Laagdrempelige eerstelijnspsychologische zorg (ELP) in {m}', 'Netwerk geestelijke gezondheid jongeren {a}', 'Vorming eerste hulp bij psychische problemen voor eerstelijnswerkers', 'Suïcidepreventie in de eerste lijn van {a}'],
    targets: ['jongeren tussen 12 en 25 jaar', 'eerstelijnswerkers', 'huisartsen', 'personen met psychische kwetsbaarheid'],
    steps: ['Bestaand aanbod geestelijke gezondheid in kaart brengen', 'Afstemmen met het netwerk geestelijke gezondheid over doorverwijzing', 'Vormingsreeks voor eerstelijnswerkers organiseren', 'Aanbod bekendmaken via huisartsen en scholen'],
    indicators: [['Deelnemers aan de vorming', 60, 'professionals'], ['Doorverwijzingen naar ELP', 120, 'doorverwijzingen'], ['Tevredenheid van de deelnemers', 80, '%']],
  },
  mantelzorg: {
    titles: ['Mantelzorgcafé {m}', 'Jonge mantelzorgers ondersteunen op school', 'Mantelzorgpunt in elk sociaal huis van {a}', 'Respijtzorg in kaart brengen in {a}'],
    targets: ['mantelzorgers', 'jonge mantelzorgers', 'leerkrachten en CLB-medewerkers'],
    steps: ['Mantelzorgers bevragen over hun noden', 'Aanbod respijtzorg bundelen in een overzicht', 'Mantelzorgcafé opstarten met een vaste kalender', 'Scholen informeren over jonge mantelzorgers'],
    indicators: [['Bereikte mantelzorgers', 200, 'mantelzorgers'], ['Mantelzorgcafés', 6, 'bijeenkomsten'], ['Scholen met een aanspreekpunt', 10, 'scholen']],
  },
  eenzaamheid: {
    titles: ['Week van de eenzaamheid in {m}', 'Buurtnetwerken tegen eenzaamheid in {a}', 'Huisbezoeken bij 80-plussers in {m}'],
    targets: ['alleenwonende ouderen', 'buurtbewoners', 'vrijwilligers'],
    steps: ['Signaalfiche eenzaamheid verspreiden bij de partners', 'Vrijwilligers werven en vormen voor huisbezoeken', 'Activiteiten organiseren tijdens de Week van de eenzaamheid'],
    indicators: [['Huisbezoeken', 300, 'bezoeken'], ['Actieve vrijwilligers', 25, 'vrijwilligers'], ['Deelnemers aan de activiteiten', 250, 'deelnemers']],
  },
  toegankelijkheid: {
    titles: ['Toegankelijkheid van de eerste lijn volgens de 7 B\'s', 'Geïntegreerd breed onthaal (GBO) {a}', 'Tolken en vertaalhulp in de huisartspraktijk'],
    targets: ['kwetsbare burgers', 'anderstaligen', 'onthaalmedewerkers'],
    steps: ['Drempels in kaart brengen met de 7 B\'s', 'Casusoverleg GBO maandelijks organiseren', 'Afspraken over tolken maken met de huisartsenkring'],
    indicators: [['Casusoverleggen GBO', 10, 'overleggen'], ['Partners in het GBO', 12, 'partners'], ['Gebruik van tolken', 50, 'consultaties']],
  },
  vergrijzing: {
    titles: ['Valpreventie bij thuiswonende ouderen in {m}', 'Zorgzame buurt {m}', 'Dementievriendelijke gemeente {m}'],
    targets: ['thuiswonende 65-plussers', 'personen met dementie en hun omgeving', 'thuiszorgmedewerkers'],
    steps: ['Screeningsinstrument valrisico invoeren bij thuiszorg', 'Buurtbewoners samenbrengen rond een zorgzame buurt', 'Sensibiliseringscampagne dementie lanceren'],
    indicators: [['Gescreende ouderen', 400, 'ouderen'], ['Betrokken buurtpartners', 15, 'partners'], ['Deelnemers aan de campagne', 500, 'deelnemers']],
  },
  'kwetsbare-kinderen-jongeren': {
    titles: ['Eerste 1000 dagen: netwerk rond kwetsbare gezinnen in {a}', 'OverHoop: traumasensitief werken in {a}', 'Huis van het Kind {m}: afstemming met de eerste lijn'],
    targets: ['kwetsbare gezinnen met jonge kinderen', 'kinderen en jongeren met ontwikkelingstrauma', 'professionals rond het gezin'],
    steps: ['Netwerk rond de eerste 1000 dagen samenbrengen', 'OverHoop-coach inzetten voor intervisie', 'Afspraken maken over warme overdracht tussen partners'],
    indicators: [['Bereikte gezinnen', 80, 'gezinnen'], ['Professionals getraind in traumasensitief werken', 45, 'professionals'], ['Intervisiemomenten', 6, 'momenten']],
  },
  preventie: {
    titles: ['Bewegen op verwijzing in {m}', 'Bereik van de borstkankerscreening verhogen in {a}', 'Tabakspreventie in de scholen van {a}', 'Gezonde gemeente {m}'],
    targets: ['inactieve volwassenen', 'vrouwen tussen 50 en 69 jaar', 'scholieren', 'inwoners van {a}'],
    steps: ['Coach bewegen op verwijzing aanstellen', 'Huisartsen informeren over de screening', 'Preventiecampagne uitrollen met Logo', 'Resultaten evalueren met de partners'],
    indicators: [['Deelnemers bewegen op verwijzing', 90, 'deelnemers'], ['Deelname aan de screening', 60, '%'], ['Scholen met een tabaksbeleid', 12, 'scholen']],
  },
  'geintegreerde-zorg': {
    titles: ['Doelgerichte zorg: vorming voor huisartsen en thuisverpleging', 'Zorgplan voor personen met een chronische aandoening', 'Multidisciplinair overleg versterken in {a}'],
    targets: ['personen met een chronische aandoening', 'huisartsen en thuisverpleegkundigen', 'zorgteams rond de patiënt'],
    steps: ['Vorming doelgerichte zorg organiseren', 'Werken met een gedeeld zorgplan testen', 'Multidisciplinair overleg evalueren met de zorgverleners'],
    indicators: [['Opgestelde zorgplannen', 50, 'zorgplannen'], ['Multidisciplinaire overleggen', 30, 'overleggen'], ['Getrainde zorgverleners', 70, 'zorgverleners']],
  },
  'digitale-inclusie': {
    titles: ['Digibanken in {m}', 'Digitale vaardigheden voor zorgvragers', 'Vlot gebruik van e-gezondheidstoepassingen in {a}'],
    targets: ['digitaal kwetsbare burgers', 'ouderen', 'vrijwilligers in de digibanken'],
    steps: ['Digibank inrichten in de bibliotheek', 'Vrijwilligers opleiden als digicoach', 'Infosessies over e-gezondheid organiseren'],
    indicators: [['Bezoekers van de digibank', 240, 'bezoekers'], ['Opgeleide digicoaches', 15, 'digicoaches'], ['Infosessies', 8, 'sessies']],
  },
  governance: {
    titles: ['Werking van de zorgraad en de clusters', 'Algemene vergadering: inspraak van de clusters versterken', 'Jaarlijkse evaluatie van het bestuursorgaan', 'Nieuwe leden voor de algemene vergadering werven'],
    targets: ['leden van de algemene vergadering', 'bestuursorgaan', 'clusters van de zorgraad'],
    steps: ['Zelfevaluatie van het bestuursorgaan uitvoeren', 'Clusters afzonderlijk samenroepen', 'Huishoudelijk reglement bijwerken', 'Algemene vergadering voorbereiden'],
    indicators: [['Vergaderingen van het bestuursorgaan', 8, 'vergaderingen'], ['Aanwezigheid op de algemene vergadering', 70, '%'], ['Nieuwe leden', 5, 'leden']],
  },
  communicatie: {
    titles: ['Nieuwsbrief en website van de zorgraad', 'Sociale kaart {a} actualiseren', 'Communicatieplan naar specifieke doelgroepen'],
    targets: ['partners van de zorgraad', 'inwoners', 'zorg- en welzijnsprofessionals'],
    steps: ['Communicatieplan opstellen', 'Nieuwsbrief driemaandelijks versturen', 'Sociale kaart nakijken met de partners'],
    indicators: [['Abonnees op de nieuwsbrief', 800, 'abonnees'], ['Bijgewerkte fiches in de sociale kaart', 150, 'fiches'], ['Websitebezoekers per maand', 1200, 'bezoekers']],
  },
  'lokaal-sociaal-beleid': {
    titles: ['Afstemming met het lokaal sociaal beleid van {m}', 'Gezamenlijke omgevingsanalyse met de lokale besturen van {a}', 'Memorandum voor de lokale besturen'],
    targets: ['lokale besturen', 'schepenen van welzijn', 'diensthoofden sociale dienst'],
    steps: ['Bezoekronde bij elk lokaal bestuur', 'Afsprakennota opstellen met de lokale besturen', 'Gezamenlijke focusgroepen organiseren'],
    indicators: [['Bezochte lokale besturen', 6, 'besturen'], ['Focusgroepen', 4, 'focusgroepen'], ['Ondertekende afsprakennota', 1, 'nota']],
  },
};

export const WHAT_SENTENCES = [
  'We brengen de partners samen rond een gedeelde aanpak en maken duidelijke afspraken over wie wat opneemt.',
  'De zorgraad neemt de rol van regisseur op en bewaakt de voortgang.',
  'We bouwen verder op wat vorig jaar is opgestart en breiden het uit naar alle gemeenten van de zone.',
  'Het aanbod wordt laagdrempelig en dicht bij de burger georganiseerd, in samenwerking met de lokale besturen.',
  'We kijken hoe andere zones dit aanpakken en nemen over wat werkt.',
  'We verzamelen signalen van de partners en vertalen ze naar concrete acties.',
  'De stafmedewerker volgt de werkgroep op en koppelt terug naar het bestuursorgaan.',
];

export const WHY_SENTENCES = [
  'De omgevingsanalyse toont dat dit thema een van de grootste noden is in onze zone.',
  'Partners geven aan dat de samenwerking hierrond versnipperd is.',
  'Het sluit aan bij de Vlaamse doelstellingen voor de eerste lijn en bij het lokaal sociaal beleid.',
  'Na de evaluatie van vorig jaar bleek dat er nog onvoldoende bereik is bij de doelgroep.',
  'Het personeelstekort maakt een gezamenlijke aanpak over organisaties heen noodzakelijk.',
  'Lokale besturen vragen de zorgraad om hierin een trekkende rol op te nemen.',
];

export const IN_SCOPE = [
  'Partners samenbrengen en overleg faciliteren', 'Een gedeeld afsprakenkader opstellen', 'Bestaand aanbod bundelen en bekendmaken',
  'Vorming organiseren voor professionals', 'Signalen verzamelen en doorgeven aan het beleid', 'Een pilootproject opvolgen en evalueren',
];

export const OUT_OF_SCOPE = ['Zelf hulpverlening aanbieden', 'Individuele dossiers opvolgen', 'Financiering van het aanbod van partners', 'Beslissingen nemen in de plaats van de lokale besturen'];

export const MILESTONES = ['Kick-off met de partners', 'Bevraging afgerond', 'Werkgroep samengeroepen', 'Vorming georganiseerd', 'Tussentijdse evaluatie', 'Rapport aan het bestuursorgaan', 'Communicatiecampagne gestart', 'Eindevaluatie'];

export const MEASUREMENT_METHODS = ['aanwezigheidslijst', 'bevraging van de deelnemers', 'registratie door de partners', 'verslag van de werkgroep', 'telling in de sociale kaart', 'jaarverslag'];

export const COMMUNICATION_CHANNELS = ['nieuwsbrief', 'website van de zorgraad', 'sociale media', 'infosessie', 'gemeentelijk infoblad', 'mailing naar de partners'];

export const STAKEHOLDERS_OTHER = ['Vrijwilligers uit de buurt', 'Scholen van de zone', 'Lokale verenigingen', 'Jeugdwerk', 'Ervaringsdeskundigen'];

export const COUNCIL_ROLES = ['Faciliterend: de zorgraad brengt de partners samen.', 'Ondersteunend: de zorgraad helpt bij communicatie en logistiek.', 'Regisserend: de zorgraad bewaakt de afspraken.'];

export const REVIEW_NOTES = [
  'Loopt volgens plan; de werkgroep kwam samen en de volgende stap is voorbereid.',
  'Vertraging door personeelswissels bij een partner; planning aangepast.',
  'Eerste resultaten zijn positief; we breiden uit naar een tweede gemeente.',
  'Minder deelnemers dan verwacht; communicatie wordt bijgestuurd.',
  'Afgerond en geëvalueerd met de partners.',
];

/** Working groups of one zone (names repeat across zones, as in real life). */
export const ZONE_GROUPS: ReadonlyArray<{ name: string; kind: 'WORKING_GROUP' | 'STEERING_GROUP' | 'SOUNDING_BOARD' | 'PROJECT_GROUP'; theme: string }> = [
  { name: 'Werkgroep Governance', kind: 'WORKING_GROUP', theme: 'governance' },
  { name: 'Klankbordgroep PZON', kind: 'SOUNDING_BOARD', theme: 'toegankelijkheid' },
  { name: 'Werkgroep Mantelzorg', kind: 'WORKING_GROUP', theme: 'mantelzorg' },
  { name: 'Werkgroep Communicatie', kind: 'WORKING_GROUP', theme: 'communicatie' },
  { name: 'Stuurgroep GBO', kind: 'STEERING_GROUP', theme: 'toegankelijkheid' },
  { name: 'Werkgroep Eenzaamheid', kind: 'WORKING_GROUP', theme: 'eenzaamheid' },
  { name: 'Werkgroep Valpreventie', kind: 'WORKING_GROUP', theme: 'vergrijzing' },
  { name: 'Projectgroep Digibanken', kind: 'PROJECT_GROUP', theme: 'digitale-inclusie' },
];

/** Working groups shared by neighbouring zones of a region (`{r}`: the region). */
export const SHARED_GROUPS: ReadonlyArray<{ name: string; kind: 'WORKING_GROUP' | 'STEERING_GROUP' | 'SOUNDING_BOARD' | 'PROJECT_GROUP'; theme: string }> = [
  { name: 'Poolen/delen van personeel {r}', kind: 'WORKING_GROUP', theme: 'personeelstekort' },
  { name: 'Coöperatieve verpleegposten {r}', kind: 'WORKING_GROUP', theme: 'personeelstekort' },
  { name: 'Opleidingen en zorgcontinuüm {r}', kind: 'WORKING_GROUP', theme: 'personeelstekort' },
  { name: 'Regionaal overleg geestelijke gezondheid {r}', kind: 'STEERING_GROUP', theme: 'mentaal-welzijn' },
  { name: 'Intervisie stafmedewerkers {r}', kind: 'WORKING_GROUP', theme: 'governance' },
  { name: 'Klankbordgroep mantelzorg {r}', kind: 'SOUNDING_BOARD', theme: 'mantelzorg' },
];

/** Projects that zones of a region join (`{r}`: the region). */
export const REGION_PROJECTS: ReadonlyArray<{ name: string; theme: string; funder: string }> = [
  { name: 'GBO {r}', theme: 'toegankelijkheid', funder: 'Lokale besturen (extra financiering)' },
  { name: 'ELP {r}', theme: 'mentaal-welzijn', funder: 'Netwerk geestelijke gezondheid' },
  { name: 'OverHoop {r}', theme: 'kwetsbare-kinderen-jongeren', funder: 'Koning Boudewijnstichting' },
  { name: 'Zorgzame Buurten {r}', theme: 'vergrijzing', funder: 'Vlaamse overheid' },
  { name: 'Digibanken {r}', theme: 'digitale-inclusie', funder: 'Vlaamse overheid' },
  { name: 'Eerste 1000 dagen {r}', theme: 'kwetsbare-kinderen-jongeren', funder: 'Interfederaal plan' },
];

export const NETWORK_TIME_SHARES: ReadonlyArray<[string, number]> = [['meer dan 50%', 50], ['ongeveer 40%', 40], ['ongeveer 60%', 60], ['meer dan 70%', 70], ['ongeveer 30%', 30]];

export const SD_TITLES = [
  'De zorgraad werkt als een sterke, gedragen netwerkorganisatie.',
  'Elke inwoner vindt vlot de weg naar zorg en ondersteuning op maat.',
  'Zorg- en welzijnsprofessionals werken geïntegreerd en doelgericht samen.',
  'We versterken het welzijn en de gezondheid van kwetsbare groepen.',
  'We werken samen met de lokale besturen en de buurzones aan een gezonde regio.',
  'We zetten in op preventie en gezond leven in alle gemeenten van de zone.',
];

export const OD_TITLES = [
  'Tegen eind {y} is er een gedragen afsprakenkader met de partners.',
  'Tegen eind {y} kennen de partners het aanbod van elkaar.',
  'Tegen eind {y} is het bereik van de doelgroep met een vijfde gestegen.',
  'Tegen eind {y} is er een structureel overleg met de buurzones.',
  'Tegen eind {y} is de werking geëvalueerd en bijgestuurd.',
];
