// A plan in the template's style for the import review's tests: an OverHoop paragraph before the
// goals and two paragraphs between a goal and its action that the parser cannot place, steps
// dated the year before the plan's, and under "Met wie?" a partner of the directory, an
// organisation the directory does not know and a zone. Its year is used by no other test.
export const REVIEW_YEAR = 2039;

export const REVIEW_PLAN = `Actieplan ${REVIEW_YEAR} ELZ Leuven Noord

Inleiding
Dit actieplan bouwt verder op het meerjarenplan.

Lopende projecten
OverHoop: in ${REVIEW_YEAR} sluiten we aan bij het OverHoop-traject van de regio en volgen we met een coach de gezinnen op.

Strategische doelstelling 1: Samenwerking met lokale besturen versterken
Operationele doelstelling 1.1: Tegen eind ${REVIEW_YEAR} is er een afsprakenkader

Vorming rond rouw voor mantelzorgers
In het najaar organiseren we een vorming over rouw voor mantelzorgers, samen met de mantelzorgorganisaties.

Actie 1.1.1: Werkgroep sociaal beleid opstarten
Wat?
We brengen de lokale besturen samen in een werkgroep sociaal beleid.
Waarom?
Omdat de lokale besturen dat vragen.
Voor wie?
Lokale besturen
Met wie?
Trekker: ELZ Leuven Noord
Stakeholders:
- Diletti
- Buurtwerk De Brug
- ELZ Leuven Zuid
Hoe?
- 15/03/${REVIEW_YEAR - 1}: eerste overleg met de besturen
- 20/06/${REVIEW_YEAR - 1}: afsprakenkader voorgelegd
Evaluatie
☒ Procesevaluatie
Er is een werkgroep met alle besturen.
☐ Resultaatgerichte evaluatie
☐ Impact evaluatie

Operationele doelstelling 1.2: Tegen eind ${REVIEW_YEAR} kennen de partners elkaar

Ook de apothekers worden uitgenodigd via BAF (Brabants Apothekersforum).

Actie 1.2.1: Netwerkavond voor zorgverleners
Wat?
Een netwerkavond voor huisartsen en apothekers.
Met wie?
Trekker: ELZ Leuven Noord
Hoe?
- September: netwerkavond
Wanneer?
Startdatum: 1 september ${REVIEW_YEAR - 1}
Einddatum: 30 september ${REVIEW_YEAR - 1}
Evaluatie
☒ Resultaatgerichte evaluatie
Er komen 60 deelnemers.
`;
