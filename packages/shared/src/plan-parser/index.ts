// The plan-text parser: the text of a zone's action plan or multi-year plan (a .txt dump or the
// raw text of a .docx) → goals, action sheets and what could not be placed. Pure: no I/O.
export { parsePlanText, allActions, emptyAction } from './parser';
export { toImportJson } from './import-json';
export type * from './types';
export { parsedPlanSchema, parsedActionSchema, type ParsedPlanInput } from './schema';
export { importYearWarning } from './import-year';
export {
  organisationKey,
  organisationName,
  isOrganisationName,
  matchOrganisation,
  findOrganisations,
  type FoundOrganisations,
  projectsNamed,
  otherDateYears,
  dateInYear,
  shiftDatesToYear,
  importMatchesSchema,
  type OrganisationMatch,
} from './import-review';
export { actionAgreement, meanAgreement, formatAgreement, textAgreement, matchActions, normTitle, AGREEMENT_FIELDS, type AgreementField } from './agreement';
