// Dutch names of an action's fields, as the audit trail (entity columns and child lists) and the
// ActionInput name them.
const LABELS: Record<string, string> = {
  number: 'Nummer',
  title: 'Titel',
  position: 'Volgorde',
  operationalGoalId: 'Operationele doelstelling',
  strategicGoalId: 'Strategische doelstelling',
  goal: 'Doelstelling',
  what: 'Wat?',
  inScope: 'Wat gaan we wel doen?',
  outOfScope: 'Wat gaan we niet doen?',
  why: 'Waarom?',
  targetGroups: 'Doelgroepen',
  lead: 'Trekker',
  leadText: 'Trekker',
  leadZoneId: 'Trekker (zone)',
  leadPartnerId: 'Trekker (partner)',
  leadWorkingGroupId: 'Trekker (werkgroep)',
  councilRole: 'Rol van de zorgraad',
  stakeholderPartnerIds: 'Partners',
  stakeholdersOther: 'Andere stakeholders',
  steps: 'Stappen (Hoe?)',
  evaluation: 'Evaluatie',
  evaluationProcess: 'Procesevaluatie',
  evaluationProcessText: 'Procesevaluatie (toelichting)',
  evaluationOutput: 'Resultaatgerichte evaluatie',
  evaluationOutputText: 'Resultaatgerichte evaluatie (toelichting)',
  evaluationOutcome: 'Impact evaluatie',
  evaluationOutcomeText: 'Impact evaluatie (toelichting)',
  indicators: 'Indicatoren',
  timeline: 'Tijdslijn',
  startDate: 'Startdatum',
  endDate: 'Einddatum',
  funding: 'Financiering',
  fundingRemark: 'Opmerking financiering',
  linkNotes: 'Koppelingen',
  linkedActionIds: 'Gekoppelde acties',
  communicationChannels: 'Communicatiekanalen',
  themeIds: 'Thema’s',
  workingGroupIds: 'Werkgroepen',
  projectIds: 'Projecten',
  progressStatus: 'Voortgang',
  notes: 'Opmerkingen',
  estimatedDays: 'Geschatte werkdagen',
  contactPersonId: 'Contactpersoon',
  contactUserId: 'Contactpersoon',
  carriedOver: 'Lopende actie',
  continuedFromId: 'Vervolg op',
  actionPlanId: 'Actieplan',
  owners: 'Eigenaar-zones',
};

export function fieldLabel(field: string): string {
  return LABELS[field] ?? field;
}

const listFormat = new Intl.ListFormat('nl-BE', { type: 'conjunction' });

/** "Titel, Wat? en Tijdslijn". */
export function fieldList(fields: readonly string[]): string {
  return listFormat.format([...new Set(fields.map(fieldLabel))]);
}

/** "“Waarom?” en “Wat gaan we niet doen?”": labels that end in a question mark read well in a sentence. */
export function quotedList(fields: readonly string[]): string {
  return listFormat.format([...new Set(fields.map(fieldLabel))].map((label) => `“${label}”`));
}
