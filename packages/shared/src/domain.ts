// The domain's closed vocabularies, with their Dutch labels for the interface.
// Values are stable English identifiers (stored in PostgreSQL and exposed as GraphQL enums).

export const CLUSTER_KINDS = ['LOCAL_GOVERNMENT', 'WELFARE', 'CARE', 'PZON', 'OTHER'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export const CLUSTER_KIND_LABELS: Record<ClusterKind, string> = {
  LOCAL_GOVERNMENT: 'Lokale besturen',
  WELFARE: 'Welzijn',
  CARE: 'Zorg / Gezondheid',
  PZON: 'PZON',
  OTHER: 'Andere',
};

export const WORKING_GROUP_KINDS = ['WORKING_GROUP', 'STEERING_GROUP', 'SOUNDING_BOARD', 'PROJECT_GROUP'] as const;
export type WorkingGroupKind = (typeof WORKING_GROUP_KINDS)[number];
export const WORKING_GROUP_KIND_LABELS: Record<WorkingGroupKind, string> = {
  WORKING_GROUP: 'Werkgroep',
  STEERING_GROUP: 'Stuurgroep',
  SOUNDING_BOARD: 'Klankbordgroep',
  PROJECT_GROUP: 'Projectgroep',
};

/** The role an owner zone takes in a shared working group, project or action. */
export const OWNER_ROLES = ['LEAD', 'CO_LEAD', 'PENHOLDER', 'COORDINATOR', 'PARTICIPANT', 'SUPPORTING'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];
export const OWNER_ROLE_LABELS: Record<OwnerRole, string> = {
  LEAD: 'Trekker',
  CO_LEAD: 'Mede-trekker',
  PENHOLDER: 'Penhouder',
  COORDINATOR: 'Coördinator',
  PARTICIPANT: 'Deelnemer',
  SUPPORTING: 'Ondersteunende partner',
};

export const GOAL_KINDS = ['GOVERNANCE', 'CONTENT'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];
export const GOAL_KIND_LABELS: Record<GoalKind, string> = {
  GOVERNANCE: 'Werking zorgraad (governance)',
  CONTENT: 'Inhoudelijk',
};

export const PLAN_STATUSES = ['DRAFT', 'PUBLISHED', 'SUBMITTED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/**
 * The status changes a zone's editors may make, most likely first (the web offers them in this
 * order; the API refuses the others). A submitted plan leaves that status only through an
 * administrator's reopening, with a reason.
 */
export const PLAN_STATUS_TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  DRAFT: ['PUBLISHED', 'SUBMITTED'],
  PUBLISHED: ['SUBMITTED', 'DRAFT'],
  SUBMITTED: [],
};
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: 'Ontwerp',
  PUBLISHED: 'Gepubliceerd',
  SUBMITTED: 'Ingediend',
};

export const PROGRESS_STATUSES = ['PLANNED', 'RUNNING', 'DONE', 'POSTPONED', 'STOPPED'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  PLANNED: 'Gepland',
  RUNNING: 'Lopend',
  DONE: 'Afgerond',
  POSTPONED: 'Uitgesteld',
  STOPPED: 'Stopgezet',
};

/** Funding as the template's titles show it. */
export const FUNDING_KINDS = ['REGULAR', 'EXTRA', 'EXTERNAL', 'CONDITIONAL'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];
export const FUNDING_KIND_LABELS: Record<FundingKind, string> = {
  REGULAR: 'Reguliere middelen',
  EXTRA: 'Met extra financiering',
  EXTERNAL: 'Met externe financiering',
  CONDITIONAL: 'Onder voorbehoud',
};

/** The three evaluation kinds of the action sheet. */
export const EVALUATION_KINDS = ['PROCESS', 'OUTPUT', 'OUTCOME'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export const EVALUATION_KIND_LABELS: Record<EvaluationKind, string> = {
  PROCESS: 'Procesevaluatie',
  OUTPUT: 'Resultaatgerichte evaluatie (output)',
  OUTCOME: 'Impact evaluatie (outcome)',
};

export const PROJECT_STATUSES = ['PREPARING', 'RUNNING', 'ENDED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  PREPARING: 'In voorbereiding',
  RUNNING: 'Lopend',
  ENDED: 'Afgelopen',
};

/** The shared theme vocabulary (domain.md, "Recurring themes"); zones can add more. */
export const DEFAULT_THEMES: ReadonlyArray<{ slug: string; name: string }> = [
  { slug: 'personeelstekort', name: 'Personeelstekort' },
  { slug: 'mentaal-welzijn', name: 'Mentaal welzijn / GGZ' },
  { slug: 'mantelzorg', name: 'Mantelzorg en jonge mantelzorgers' },
  { slug: 'eenzaamheid', name: 'Eenzaamheid' },
  { slug: 'toegankelijkheid', name: 'Toegankelijkheid van zorg' },
  { slug: 'vergrijzing', name: 'Vergrijzing' },
  { slug: 'kwetsbare-kinderen-jongeren', name: 'Kwetsbare kinderen en jongeren' },
  { slug: 'preventie', name: 'Preventie' },
  { slug: 'geintegreerde-zorg', name: 'Geïntegreerde en doelgerichte zorg' },
  { slug: 'digitale-inclusie', name: 'Digitale inclusie' },
  { slug: 'governance', name: 'Governance' },
  { slug: 'communicatie', name: 'Communicatie' },
  { slug: 'lokaal-sociaal-beleid', name: 'Samenwerking met lokale besturen' },
];

export const MONTH_LABELS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

/** The action plan for year Y is due at the Departement Zorg on 15 October of Y-1. */
export function planDeadline(year: number): string {
  return `${year - 1}-10-15`;
}

/** The yearly report (jaarrapportering) on plan year Y is due on 1 May of Y+1. */
export function reportDeadline(year: number): string {
  return `${year + 1}-05-01`;
}

export const YEAR_REPORT_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type YearReportStatus = (typeof YEAR_REPORT_STATUSES)[number];
export const YEAR_REPORT_STATUS_LABELS: Record<YearReportStatus, string> = { DRAFT: 'In opmaak', SUBMITTED: 'Ingediend' };

/**
 * How far an indicator reached its target, in whole percent: the measured value against the
 * target, null without a target above zero or without a measurement. Not capped (130% is news).
 */
export function achievementPercent(target: number | null | undefined, measured: number | null | undefined): number | null {
  if (target == null || measured == null || !(target > 0)) return null;
  return Math.round((measured / target) * 100);
}

/**
 * The time zone deadlines are counted in. Every Flemish eerstelijnszone lies in Belgium, so they all
 * share it: "today", a countdown and whether a deadline passed follow the calendar in Brussels,
 * never the browser's or the server's zone (a server in UTC or a laptop abroad would be a day off
 * around midnight). A deadline passes at the end of its day in Brussels.
 */
export const ZONE_TIME_ZONE = 'Europe/Brussels';

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one (a page's cards ask for today many times). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (ISO yyyy-mm-dd) at instant `now` in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in the zones' time zone (Brussels). */
export function zoneToday(now: Date = new Date()): string {
  return todayIn(ZONE_TIME_ZONE, now);
}

/** The current year in the zones' time zone (Brussels): the "this year" of plans and cards. */
export function zoneYear(now: Date = new Date()): number {
  return Number(zoneToday(now).slice(0, 4));
}

/** Whole calendar days from `today` to `isoDate` (both ISO dates; negative once it has passed). */
export function daysBetween(today: string, isoDate: string): number {
  return Math.round((Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** A deadline (ISO date) has passed once its day has ended in Brussels. */
export function deadlinePassed(deadline: string, now: Date = new Date()): boolean {
  return zoneToday(now) > deadline.slice(0, 10);
}

/** The plan year has ended (in Brussels): from 1 January of the next year on, its report is due. */
export function planYearEnded(year: number, now: Date = new Date()): boolean {
  return zoneToday(now) > `${year}-12-31`;
}

/**
 * Progress statuses an action can be carried over to next year with: everything still running
 * (not done, not stopped). The API offers and accepts exactly these; the web only shows them.
 */
export const CARRY_OVER_STATUSES: readonly ProgressStatus[] = ['PLANNED', 'RUNNING', 'POSTPONED'];

/** An ISO date (yyyy-mm-dd) moved by whole years; 29 February becomes 28 February in a common year. */
export function shiftIsoDateYears(iso: string, years: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Belgian date format: 15/10/2025. Accepts an ISO date (yyyy-mm-dd) or a Date. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value == null) return '';
  const iso = typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return '';
  return `${d}/${m}/${y}`;
}

/**
 * Belgian number format: a decimal comma and a dot between thousands (2,5 VTE; 1.250 deelnemers),
 * at most `decimals` decimals, no trailing zeros. Not for years or codes ("2025" would read 2.025).
 */
export function formatNumber(value: number, decimals = 2): string {
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(decimals).split('.');
  const digits = fraction.replace(/0+$/, '');
  const sign = value < 0 && (Number(whole) > 0 || digits) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, '.')}${digits ? `,${digits}` : ''}`;
}

/** A user's role in a zone. */
export const ZONE_ROLES = ['EDITOR', 'VIEWER'] as const;
export type ZoneRole = (typeof ZONE_ROLES)[number];
export const ZONE_ROLE_LABELS: Record<ZoneRole, string> = {
  EDITOR: 'Redacteur',
  VIEWER: 'Lezer',
};

/** What an API token may do: read, or read and write on its creator's zones. */
export const TOKEN_SCOPES = ['READ', 'READ_WRITE'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export const TOKEN_SCOPE_LABELS: Record<TokenScope, string> = {
  READ: 'Alleen lezen',
  READ_WRITE: 'Lezen en schrijven (eigen zones)',
};

/** What a webhook may be told (docs/api.md, "Webhooks"); an update is anything under the object changing, as its updatedAt moves. */
export const WEBHOOK_EVENTS = ['PLAN_CREATED', 'PLAN_UPDATED', 'PLAN_DELETED', 'ACTION_CREATED', 'ACTION_UPDATED', 'ACTION_DELETED'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Where one delivery of an event to a webhook stands. */
export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED', 'CANCELLED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  PENDING: 'In afwachting',
  ACCEPTED: 'Aanvaard',
  DECLINED: 'Geweigerd',
  WITHDRAWN: 'Ingetrokken',
};
