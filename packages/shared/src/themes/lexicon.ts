// The Dutch lexicon per theme (slugs of DEFAULT_THEMES), as the plans of Flemish eerstelijnszones
// write about them. Written per theme from the vocabulary of the field, not from single actions.
//
// A term is a stem, compared after folding (accents off, lower case, doubled vowels undoubled):
//   'mantelzorg'      a word starting with it; 6+ letters also as a compound part (jongerenwerking)
//   '^bestuur'        only at the start of a word (not inside "gemeentebestuur")
//   '=ggz'            an abbreviation: the whole word only
//   'sociale media'   a phrase: consecutive words, each starting with its stem
// `hides`: a phrase whose words say something else for those themes ("lokale besturen" is
// local policy, not the zone's own bestuur; "digitale nieuwsbrief" is no digital inclusion).
// Weights: 2.5 names the theme, 1.5 points to it, 1 belongs to it among other things, 0.5 hints.

export type LexiconEntry = string | { term: string; hides?: string[] };
export interface LexiconTier {
  weight: number;
  terms: LexiconEntry[];
}

export const THEME_LEXICON: Record<string, LexiconTier[]> = {
  personeelstekort: [
    { weight: 2.5, terms: ['personeelstekort', 'personeel', 'arbeidsmarkt', 'knelpuntberoep', 'tekort aan zorg', 'zorgverlenerstekort'] },
    { weight: 1.5, terms: ['rekrutering', 'retentie', 'werkdruk', 'zorgberoep', 'vacature', 'instroom', 'uitstroom', 'handen aan het bed', 'jobcoach', 'zij-instromer', 'tekort', '=vdab', 'jobbeurs', 'uitval'] },
    { weight: 1, terms: ['werving', 'verpleegkundig', 'zorgkundig', 'werkbaar', 'loopbaan', 'taakdifferentiatie', 'talent', 'stage', 'stagiair', 'zorgstudent'] },
  ],
  'mentaal-welzijn': [
    { weight: 2.5, terms: ['=ggz', 'mentaal welzijn', 'mentale gezondheid', 'geestelijke gezondheid', 'psychisch', 'psychische', '=elp', 'eerstelijnspsycholo', 'mentaal', 'mentale'] },
    { weight: 1.5, terms: ['psycholo', 'psychiat', 'psychosociaal', 'trauma', 'suicid', 'zelfdoding', 'depressi', 'burn-out', 'burnout', 'veerkracht', 'welbevinden', 'verslaving', '=caw', '=cgg', 'zelfmoord', 'suicide', 'psy107', 'overkop', 'angst'] },
    { weight: 1, terms: ['stress', 'emotione', 'rouw', 'zingeving'] },
  ],
  mantelzorg: [
    { weight: 2.5, terms: ['mantelzorg', 'jonge mantelzorger'] },
    { weight: 1.5, terms: ['respijt', 'oppashulp', 'zorgende naaste', 'naasten', 'young carer', 'mantelzorgpremie', 'mantelzorgwerking', 'zorgverlof'] },
    { weight: 1, terms: ['thuiszorg', 'gezinszorg', 'zorgvrijwilliger'] },
  ],
  eenzaamheid: [
    { weight: 2.5, terms: ['eenzaam', 'eenzam', 'vereenzam', 'sociaal isolement'] },
    { weight: 1.5, terms: ['isolement', 'zorgzame buurt', 'sociale contacten', 'sociaal netwerk', 'buurtwerk', 'ontmoetingsplek', 'ontmoetingsruimte', 'warme buurt', 'buddy', 'huisbezoek', 'alleenstaand'] },
    { weight: 1, terms: ['verbondenheid', 'buurt', 'ontmoeting'] },
  ],
  toegankelijkheid: [
    { weight: 2.5, terms: ['toegankelijk', 'laagdrempelig', 'drempel', 'ondertoegang', 'onderbescherming', 'toegang tot zorg', 'toegang tot de zorg'] },
    { weight: 1.5, terms: ['armoede', 'kansarm', 'sociale rechten', 'rechtenverkenning', 'rechtenuitputting', 'kwetsbare doelgroep', 'kwetsbare groep', 'kwetsbare burger', 'zorgmijd', 'betaalbaar', 'bereikbaar', 'vindplaats', 'toeleiding', 'toeleiden', 'doorverwijz', 'onthaal', '=gbo', 'wegwijs', 'sociale kaart', 'anderstalig', 'nieuwkomer', 'laaggeletterd', 'derdebetaler', 'verhoogde tegemoetkoming', 'tolk', 'gezondheidsvaardig', 'gezondheidsgeletterd', 'rolstoel', 'mindermobiel'] },
    { weight: 1, terms: ['=caw', 'bereiken', 'kwetsbar', 'aanbod', 'signaal', 'signalen', 'overheid', 'overheden', 'outreach', 'zorgaanbod', 'welzijnsaanbod', 'vervoer', 'mobiliteit', 'betaalbaarheid'] },
  ],
  vergrijzing: [
    { weight: 2.5, terms: ['vergrijzing', 'ouderen', 'senior', 'ouderenzorg', 'dementie', 'langer thuis'] },
    { weight: 1.5, terms: ['=ldc', 'dienstencentr', 'woonzorg', '=wzc', 'thuiswonend', 'valpreventie', 'zorgzame buurt', 'kwetsbare ouder', '65', '75', 'assistentiewoning', 'serviceflat', 'ouderenraad', 'dementievriendelijk'] },
    { weight: 1, terms: ['thuiszorg', 'gezinszorg', 'zelfstandig wonen', 'levenseinde', 'palliatie'] },
  ],
  'kwetsbare-kinderen-jongeren': [
    { weight: 2.5, terms: ['kinderen', 'jongere', 'jongeren', 'jeugd', 'kinderarmoede', 'jonge mantelzorger', 'huis van het kind', 'opvoed', 'kind en gezin'] },
    { weight: 1.5, terms: ['^kind', 'school', 'leerling', 'tiener', 'adolescent', 'baby', 'zwanger', 'prenata', '1000 dagen', 'eerste 1000', 'kinderopvang', 'jeugdhulp', 'ouderschap', 'jongvolwassen', '=clb', '=jac', 'peuter', 'kleuter', 'consultatiebureau', 'leerlingenbegeleiding'] },
    { weight: 1, terms: ['gezin', 'ouders', 'trauma', 'opgroei'] },
  ],
  preventie: [
    { weight: 2.5, terms: ['preventie', 'preventief', 'gezondheidsbevorder', 'gezondheidspromotie', 'valpreventie'] },
    { weight: 1.5, terms: ['vaccin', 'screening', 'bevolkingsonderzoek', 'vroegdetectie', 'vroegtijdig', 'detecter', 'levensstijl', 'gezond leven', 'gezonde voeding', 'roken', 'tabak', 'alcohol', '=logo', 'sensibilis', 'gezondheidsdoelstelling', 'rookstop', 'tabakstop', 'kanker', 'diabetes', 'obesitas', 'vroegsignal', 'bewegen op verwijzing'] },
    { weight: 1, terms: ['beweging', 'voeding', 'gezondheidswijzer', 'bewustwording', 'voorkomen'] },
  ],
  'geintegreerde-zorg': [
    { weight: 2.5, terms: ['geintegreerde zorg', 'geintegreerd', 'doelgericht', 'interfederaal plan', 'zorgcontinuiteit', 'integratorteam', 'geintegreerde zorg en welzijn'] },
    { weight: 1.5, terms: ['multidisciplinair', '=mdo', 'interdisciplinair', 'zorgpad', 'casemanag', 'zorgcoordinat', 'zorgtraject', 'transmuraal', 'ontslagmanagement', 'samenwerking tussen zorg', 'zorg en welzijn', 'levensdoel', 'integratie', 'zorgplan', 'chronisch', 'belrai', 'casusoverleg', 'zorgoverleg', 'gegevensdeling', 'zorgregie', 'casuisti'] },
    { weight: 1, terms: ['huisarts', 'tandarts', 'apotheker', 'thuisverpleg', 'zorgprofessional', 'welzijnsprofessional', 'afstemming', 'nulde', 'charter'] },
  ],
  'digitale-inclusie': [
    { weight: 2.5, terms: ['digitale inclusie', 'digitale kloof', 'digitale vaardigheden', 'digitale drempel', 'e-inclusie', '^digi', 'digitaal kwetsbar'] },
    { weight: 1.5, terms: ['smartphone', 'computer', 'tablet', 'itsme', 'internet', 'e-health', 'ehealth', 'mijn gezondheid', 'digitaal', 'digitale', '=eid', 'kaartlezer', 'laptop', 'e-loket', 'digibank'] },
    { weight: 1, terms: ['online', '=app', 'laaggeletterd'] },
  ],
  governance: [
    { weight: 2.5, terms: ['governance', 'bestuursorgaan', 'algemene vergadering', 'dagelijks bestuur', '=av', '=bo', '=db', 'intern reglement', 'huishoudelijk reglement', 'statuten', 'delegatiematrix', 'zorgraad'] },
    { weight: 1.5, terms: ['reglement', 'delegatie', 'klachtenprocedure', 'mandaten', 'mandaat', '=vzw', 'vzw-wetgeving', '=gdpr', 'werkgever', 'lidmaatschap', 'verkiezing', 'stemrecht', 'organisatienetwerk', 'kerngroep', 'fusie', '^bestuur', 'bestuurder', 'clusters', 'cluster', 'vertegenwoordig', 'nieuwe partners', 'netwerkorganisatie', 'samenwerking met andere elz', 'omgevingsanalyse', 'beleidsplan'] },
    { weight: 1, terms: ['=pzon', 'klankbordgroep', 'stuurgroep', '=vaph', 'opgroeien', 'leden', 'achterban', 'betrokkenheid', 'verwelkom', '^werking', '=intern', 'interne', 'structuur', 'proeftuin', 'administrati', 'boekhoud', '=hr', 'financ', '=it', 'evaluer', 'rollen', 'professionaliser', 'patientenvereniging', 'vrijwilligersbeleid'] },
  ],
  communicatie: [
    { weight: 2.5, terms: ['communicatie', 'communicer', 'nieuwsbrief', 'sociale media', 'social media', 'imago', 'branding', 'huisstijl', 'communicatiekanal'] },
    { weight: 1.5, terms: ['website', 'facebook', 'linkedin', 'instagram', 'bekendmak', 'bekendheid', 'bekend maken', 'bekend te maken', 'naambekendheid', 'campagne', 'media', '=pers', 'persbericht', 'informatiedeling', 'netwerkevent', 'infosessie', 'infomoment', 'folder', 'flyer', 'affiche', 'magazine', 'nieuws', 'zichtbaarheid', 'zichtbaar', 'infoavond', 'infomarkt', 'mailing', 'newsletter', 'persmoment'] },
    { weight: 1, terms: ['informatie', 'informer', 'verspreid', 'sensibilis', '=event', '=events', 'evenement', 'podcast', 'video', 'filmpje', 'artikel', 'boer op'] },
  ],
  'lokaal-sociaal-beleid': [
    { weight: 2.5, terms: [{ term: 'lokale besturen', hides: ['governance'] }, { term: 'lokaal bestuur', hides: ['governance'] }, { term: 'lokaal sociaal beleid', hides: ['governance'] }, { term: 'lokale overheid', hides: ['toegankelijkheid'] }, { term: 'lokale overheden', hides: ['toegankelijkheid'] }, 'gemeentebestuur', 'schepen', 'burgemeester'] },
    { weight: 1.5, terms: ['=ocmw', 'gemeente', 'gemeenteraad', 'sociale dienst', 'beleidscyclus', 'ambtenar', 'verkozen', 'welzijnsraad', 'sociaal huis', 'stadsbestuur', 'lokale beleid', 'lokaal beleid', 'gemeentelijk', 'lokale welzijnsraad', 'lokaal sociaal beleidsplan'] },
    { weight: 1, terms: ['deelgemeente', 'stad', 'steden', 'meerjarenplan', '=gbo', 'beleidsmaker', 'politiek'] },
  ],
};
