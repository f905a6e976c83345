// One zod schema per input, shared by the API (which enforces them) and the web app (which shows
// the same errors inline). Messages are Dutch and name the field; ids are the API's global ids.
import { z } from 'zod';
import {
  CLUSTER_KINDS,
  EVALUATION_KINDS,
  FUNDING_KINDS,
  GOAL_KINDS,
  OWNER_ROLES,
  PROGRESS_STATUSES,
  PROJECT_STATUSES,
  TOKEN_SCOPES,
  WEBHOOK_EVENTS,
  WORKING_GROUP_KINDS,
  ZONE_ROLES,
} from './domain';

export const isoDate = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: gebruik een geldige datum`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${label}: deze datum bestaat niet`);
export const requiredText = (label: string, max = 500) => z.string(`${label} is verplicht`).trim().min(1, `${label} is verplicht`).max(max, `${label} is te lang (maximaal ${max} tekens)`);
export const optionalText = (label: string, max = 20000) =>
  z
    .string()
    .trim()
    .max(max, `${label} is te lang (maximaal ${max} tekens)`)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));
export const textList = (label: string, maxItems = 100) =>
  z
    .array(z.string().trim().max(2000, `${label}: een regel is te lang`))
    .max(maxItems, `${label}: te veel regels`)
    .transform((items) => items.filter((item) => item.length > 0));
const id = (label: string) => z.string(`${label} is verplicht`).min(1, `${label} is verplicht`).max(200);
const idList = (label: string) => z.array(id(label)).max(200, `${label}: te veel items`);
const yearOf = (label: string) => z.number(`${label} is verplicht`).int(`${label} moet een geheel getal zijn`).min(2000, `${label} is te vroeg`).max(2100, `${label} is te laat`);
const year = yearOf('Jaar');
const position = z.number('Positie moet een getal zijn').int('Positie moet een geheel getal zijn').min(0, 'Positie kan niet negatief zijn');
const month = z.number().int().min(1, 'Maand moet tussen 1 en 12 liggen').max(12, 'Maand moet tussen 1 en 12 liggen');

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Vul een geldig e-mailadres in'),
  password: z.string().min(1, 'Vul je wachtwoord in').max(500),
});

export const passwordSchema = z.string().min(10, 'Het wachtwoord moet minstens 10 tekens lang zijn').max(500, 'Het wachtwoord is te lang');

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Vul je huidige wachtwoord in'),
  newPassword: passwordSchema,
});

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email('Vul een geldig e-mailadres in'),
  name: requiredText('Naam', 200),
  password: passwordSchema,
});

/** The secret of a link in a mail (password reset, invitation); its form only, the server checks the rest. */
const linkToken = z.string('De link is onvolledig').trim().min(20, 'De link is onvolledig: open hem opnieuw vanuit de e-mail').max(200, 'De link is ongeldig');

export const requestPasswordResetSchema = z.object({ email: emailAddress('E-mailadres') });

export const resetPasswordSchema = z.object({ token: linkToken, newPassword: passwordSchema });

export const inviteUserSchema = z.object({
  email: emailAddress('E-mailadres'),
  zoneId: id('Zone'),
  role: z.enum(ZONE_ROLES, 'Kies redacteur of lezer'),
});

export const acceptInvitationSchema = z.object({
  token: linkToken,
  /** Only for a new account; an existing one keeps its name. */
  name: z.string().trim().max(200, 'Naam is te lang (maximaal 200 tekens)').optional().nullable(),
  password: z.string().min(1, 'Vul een wachtwoord in').max(500, 'Het wachtwoord is te lang'),
});

/** An e-mail address as people type it: trimmed, lower case. */
function emailAddress(label: string) {
  return z.string(`${label} is verplicht`).trim().toLowerCase().max(320, `${label} is te lang`).email(`${label}: vul een geldig e-mailadres in`);
}

/** A user as an administrator creates or edits them; the password comes later, through the invitation or reset mail. */
export const userAccountSchema = z.object({
  email: emailAddress('E-mailadres'),
  name: requiredText('Naam', 200),
});

/** A zone's or region's contact address (null clears it): where "Vraag om mee te trekken" and later mails go. */
export const contactEmailSchema = z.object({
  contactEmail: z
    .union([emailAddress('Contactadres'), z.literal('')])
    .nullable()
    .transform((v) => (v ? v : null)),
});

/** The URL-friendly name of a zone: lower case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A new zone, created by an administrator. Short name and slug are derived from the name when left out. */
export const createZoneSchema = z.object({
  name: requiredText('Naam', 200),
  shortName: requiredText('Korte naam', 100)
    .nullish()
    .transform((v) => v ?? undefined),
  slug: z
    .string()
    .trim()
    .max(200, 'Slug is te lang (maximaal 200 tekens)')
    .regex(SLUG_PATTERN, 'Slug: gebruik kleine letters, cijfers en koppeltekens (bv. elz-leuven-zuid)')
    .nullish()
    .transform((v) => v ?? undefined),
  regionId: id('Regio'),
  municipalities: textList('Gemeenten')
    .nullish()
    .transform((v) => v ?? []),
  contactEmail: contactEmailSchema.shape.contactEmail.optional().transform((v) => v ?? null),
});

export const createApiTokenSchema = z.object({
  name: requiredText('Naam', 200),
  scope: z.enum(TOKEN_SCOPES, 'Kies een bereik'),
  expiresAt: isoDate('Vervaldatum')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
});

/** A webhook; whether its address may be reached (scheme, private networks) is the API's to check. */
export const createWebhookSchema = z.object({
  url: z.string('URL is verplicht').trim().min(1, 'URL is verplicht').max(2000, 'URL is te lang (maximaal 2000 tekens)').url('Geef een geldige URL, bv. https://voorbeeld.be/kruispunt'),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, 'Onbekende gebeurtenis'), 'Kies minstens één gebeurtenis')
    .min(1, 'Kies minstens één gebeurtenis')
    .transform((events) => [...new Set(events)]),
  description: optionalText('Omschrijving', 500),
});

export const zoneProfileSchema = z.object({
  name: requiredText('Naam', 200).optional(),
  shortName: requiredText('Korte naam', 100).optional(),
  municipalities: textList('Gemeenten').optional(),
  staffFte: z.number().min(0, 'VTE kan niet negatief zijn').max(100, 'VTE is te hoog').nullable().optional(),
  networkTimeShare: optionalText('Aandeel netwerktijd', 200),
  networkTimePercent: z.number().int().min(0, 'Percentage moet tussen 0 en 100 liggen').max(100, 'Percentage moet tussen 0 en 100 liggen').nullable().optional(),
});

/** The general texts of one action plan (fields left out stay as they are, null clears). */
export const planTextsSchema = z.object({
  introText: optionalText('Inleiding'),
  targetGroupsText: optionalText('Communicatie naar specifieke doelgroepen'),
  networkText: optionalText('Functioneren als netwerkorganisatie'),
});

export const clusterSchema = z.object({
  kind: z.enum(CLUSTER_KINDS, 'Kies een soort cluster'),
  name: requiredText('Naam', 200),
  memberIds: idList('Leden').optional(),
});

export const partnerSchema = z.object({
  name: requiredText('Naam', 300),
  sector: optionalText('Sector', 200),
  zoneIds: idList('Zones').optional(),
});

const sharedWorkFields = {
  name: requiredText('Naam', 300),
  description: optionalText('Omschrijving'),
  cadence: optionalText('Frequentie', 200),
  periodStart: isoDate('Startdatum').nullable().optional(),
  periodEnd: isoDate('Einddatum').nullable().optional(),
  funder: optionalText('Financier', 300),
  memberIds: idList('Leden').optional(),
  themeIds: idList("Thema's").optional(),
};

const periodInOrder = <T extends { periodStart?: string | null; periodEnd?: string | null }>(v: T) => !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd;

export const workingGroupSchema = z
  .object({ ...sharedWorkFields, kind: z.enum(WORKING_GROUP_KINDS, 'Kies een soort groep') })
  .refine(periodInOrder, { message: 'Einddatum ligt voor de startdatum', path: ['periodEnd'] });

export const projectSchema = z
  .object({ ...sharedWorkFields, status: z.enum(PROJECT_STATUSES, 'Kies een status') })
  .refine(periodInOrder, { message: 'Einddatum ligt voor de startdatum', path: ['periodEnd'] });

export const ownerSchema = z.object({
  zoneId: id('Zone'),
  role: z.enum(OWNER_ROLES, 'Kies een rol'),
});

export const invitationSchema = z.object({
  zoneId: id('Uitgenodigde zone'),
  role: z.enum(OWNER_ROLES, 'Kies een rol'),
  message: optionalText('Bericht', 2000),
});

export const multiYearPlanSchema = z
  .object({ yearFrom: yearOf('Eerste jaar'), yearTo: yearOf('Laatste jaar'), title: requiredText('Titel', 300) })
  .refine((v) => v.yearFrom <= v.yearTo, { message: 'Het laatste jaar ligt voor het eerste', path: ['yearTo'] });

export const strategicGoalSchema = z.object({
  number: requiredText('Nummer', 20),
  title: requiredText('Titel', 5000),
  kind: z.enum(GOAL_KINDS, 'Kies governance of inhoudelijk'),
  position: position.optional(),
  /** Retired goals stay for history and existing actions; new actions cannot choose them. */
  retired: z.boolean('Stopgezet moet ja of nee zijn').optional(),
});

export const operationalGoalSchema = z.object({
  number: requiredText('Nummer', 20),
  title: requiredText('Titel', 5000),
  deadline: isoDate('Deadline').nullable().optional(),
  indicators: textList('Indicatoren').optional(),
  position: position.optional(),
  retired: z.boolean('Stopgezet moet ja of nee zijn').optional(),
});

/**
 * The order of a multi-year plan's goals: every strategic goal once, each with all its own
 * operational goals once. Numbers follow from the order ("1", "1.1", ...).
 */
export const goalOrderSchema = z
  .array(z.object({ strategicGoalId: id('Strategische doelstelling'), operationalGoalIds: z.array(id('Operationele doelstelling')).max(100, 'Te veel operationele doelstellingen') }))
  .max(100, 'Te veel strategische doelstellingen');

export const actionPlanSchema = z.object({ year });

/** Reopening a submitted plan: an administrator says why (it goes into the plan's history). */
export const reopenPlanSchema = z.object({ reason: requiredText('Reden', 2000) });

/** The zone's narrative on one strategic goal in its yearly report (empty clears it). */
export const YEAR_REPORT_NARRATIVE_MAX = 5000;
export const yearReportNarrativeSchema = z.object({ text: optionalText('Toelichting', YEAR_REPORT_NARRATIVE_MAX) });

const evaluationPart = z.object({ chosen: z.boolean(), text: optionalText('Evaluatie') });

export const indicatorSchema = z.object({
  /** Present for an existing indicator (its progress values are kept). */
  id: z.string().nullable().optional(),
  name: requiredText('Indicator', 2000),
  method: optionalText('Meetmethode', 2000),
  targetValue: z.number('Streefwaarde moet een getal zijn').finite().nullable().optional(),
  targetUnit: optionalText('Eenheid', 100),
  kind: z.enum(EVALUATION_KINDS, 'Kies het soort evaluatie'),
});

export const stepSchema = z.object({
  text: requiredText('Stap', 5000),
  month: month.nullable().optional(),
  date: isoDate('Datum').nullable().optional(),
});

/** Every section of the action sheet; in an update, absent fields stay as they are. */
export const actionFields = {
  number: optionalText('Nummer', 30),
  title: requiredText('Titel', 1000),
  operationalGoalId: id('Operationele doelstelling').nullable(),
  strategicGoalId: id('Strategische doelstelling').nullable(),
  what: optionalText('Wat?'),
  inScope: textList('Wat ga je wel doen?'),
  outOfScope: textList('Wat ga je niet doen?'),
  why: optionalText('Waarom?'),
  targetGroups: textList('Doelgroepen'),
  lead: z
    .object({
      text: requiredText('Trekker', 1000),
      zoneId: id('Trekker (zone)').nullable().optional(),
      partnerId: id('Trekker (partner)').nullable().optional(),
      workingGroupId: id('Trekker (werkgroep)').nullable().optional(),
    })
    .nullable(),
  councilRole: optionalText('Rol van de zorgraad', 5000),
  stakeholderPartnerIds: idList('Partners'),
  stakeholdersOther: textList('Andere stakeholders'),
  steps: z.array(stepSchema).max(100, 'Te veel stappen'),
  evaluation: z.object({ process: evaluationPart, output: evaluationPart, outcome: evaluationPart }),
  indicators: z.array(indicatorSchema).max(100, 'Te veel indicatoren'),
  timeline: z
    .array(z.object({ month, milestone: optionalText('Mijlpaal', 2000) }))
    .max(12, 'Een jaar heeft 12 maanden')
    .refine((months) => new Set(months.map((m) => m.month)).size === months.length, 'Elke maand mag maar één keer voorkomen'),
  startDate: isoDate('Startdatum').nullable(),
  endDate: isoDate('Einddatum').nullable(),
  funding: z.enum(FUNDING_KINDS, 'Kies een financiering'),
  fundingRemark: optionalText('Opmerking financiering', 5000),
  linkNotes: textList('Koppelingen'),
  communicationChannels: textList('Communicatiekanalen'),
  themeIds: idList("Thema's"),
  workingGroupIds: idList('Werkgroepen'),
  projectIds: idList('Projecten'),
  linkedActionIds: idList('Gekoppelde acties'),
  progressStatus: z.enum(PROGRESS_STATUSES, 'Kies een voortgangsstatus'),
  notes: optionalText('Opmerkingen'),
  /** The person to ask about the action (a user of one of its owner zones; the API checks which). */
  contactPersonId: id('Contactpersoon').nullable(),
  /** Effort in working days for the whole action (capacity.ts spreads it over its running months). */
  estimatedDays: z
    .number('Geschatte werkdagen moet een getal zijn')
    .finite('Geschatte werkdagen moet een getal zijn')
    .min(0, 'Geschatte werkdagen kan niet negatief zijn')
    .max(5000, 'Geschatte werkdagen: hoogstens 5000')
    .nullable(),
};

const datesInOrder = (v: { startDate?: string | null; endDate?: string | null }) => !v.startDate || !v.endDate || v.startDate <= v.endDate;

export const actionCreateSchema = z
  .object({
    ...actionFields,
    operationalGoalId: actionFields.operationalGoalId.optional().transform((v) => v ?? null),
    strategicGoalId: actionFields.strategicGoalId.optional().transform((v) => v ?? null),
    inScope: actionFields.inScope.optional().default([]),
    outOfScope: actionFields.outOfScope.optional().default([]),
    targetGroups: actionFields.targetGroups.optional().default([]),
    lead: actionFields.lead.optional().default(null),
    stakeholderPartnerIds: actionFields.stakeholderPartnerIds.optional().default([]),
    stakeholdersOther: actionFields.stakeholdersOther.optional().default([]),
    steps: actionFields.steps.optional().default([]),
    evaluation: actionFields.evaluation.optional().default({ process: { chosen: false, text: null }, output: { chosen: false, text: null }, outcome: { chosen: false, text: null } }),
    indicators: actionFields.indicators.optional().default([]),
    timeline: actionFields.timeline.optional().default([]),
    startDate: actionFields.startDate.optional().default(null),
    endDate: actionFields.endDate.optional().default(null),
    funding: actionFields.funding.optional().default('REGULAR'),
    linkNotes: actionFields.linkNotes.optional().default([]),
    communicationChannels: actionFields.communicationChannels.optional().default([]),
    themeIds: actionFields.themeIds.optional().default([]),
    workingGroupIds: actionFields.workingGroupIds.optional().default([]),
    projectIds: actionFields.projectIds.optional().default([]),
    linkedActionIds: actionFields.linkedActionIds.optional().default([]),
    progressStatus: actionFields.progressStatus.optional().default('PLANNED'),
    estimatedDays: actionFields.estimatedDays.optional().default(null),
    contactPersonId: actionFields.contactPersonId.optional().default(null),
  })
  .refine(datesInOrder, { message: 'De einddatum ligt voor de startdatum', path: ['endDate'] });

export const actionUpdateSchema = z
  .object(actionFields)
  .partial()
  .refine(datesInOrder, { message: 'De einddatum ligt voor de startdatum', path: ['endDate'] });

export const indicatorValueSchema = z.object({
  value: z.number('Waarde moet een getal zijn').finite('Waarde moet een getal zijn'),
  measuredOn: isoDate('Datum'),
  remark: optionalText('Opmerking', 2000),
});

export const actionReviewSchema = z.object({
  reviewedOn: isoDate('Datum'),
  quarter: z.number().int().min(1, 'Kwartaal moet tussen 1 en 4 liggen').max(4, 'Kwartaal moet tussen 1 en 4 liggen').nullable().optional(),
  status: z.enum(PROGRESS_STATUSES, 'Kies een voortgangsstatus'),
  note: requiredText('Opvolging', 10000),
});

export const remarkSchema = z.object({ text: requiredText('Opmerking', 5000) });
export const remarkReplySchema = z.object({ text: requiredText('Reactie', 5000) });
/** Resolving a remark, with an optional note on how it was resolved. */
export const resolveRemarkSchema = z.object({ note: optionalText('Toelichting', 5000) });

export type ActionCreateInput = z.input<typeof actionCreateSchema>;
export type ActionUpdateInput = z.input<typeof actionUpdateSchema>;

/** A validation problem in a form: the field path ("indicators.0.name") and the Dutch message. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Flattens a zod error into field issues (used by the API for its errors and by the web for inline messages). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '_', message: issue.message }));
}

/** The texts of a sheet being written, for theme suggestions (nothing is saved). */
export const themeSuggestInputSchema = z.object({
  title: optionalText('Titel', 1000),
  what: optionalText('Wat?'),
  why: optionalText('Waarom?'),
  inScope: textList('Wat ga je wel doen?').optional(),
  outOfScope: textList('Wat ga je niet doen?').optional(),
  steps: textList('Stappen').optional(),
  targetGroups: textList('Doelgroepen').optional(),
  indicators: textList('Indicatoren').optional(),
  operationalGoalId: id('Operationele doelstelling').nullable().optional(),
  strategicGoalId: id('Strategische doelstelling').nullable().optional(),
});
