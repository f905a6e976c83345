// The shared vocabularies as GraphQL enums (values identical to the stored values).
import { registerEnumType } from 'type-graphql';
import {
  ACTION_CHANGE_KINDS,
  CLUSTER_KINDS,
  EVALUATION_KINDS,
  FUNDING_KINDS,
  GOAL_KINDS,
  OWNER_ROLES,
  PLAN_STATUSES,
  PROGRESS_STATUSES,
  PROJECT_STATUSES,
  WORKING_GROUP_KINDS,
  ZONE_ROLES,
  TOKEN_SCOPES,
  INVITATION_STATUSES,
  PLAN_CHECK_CODES,
  PLAN_CHECK_SEVERITIES,
  YEAR_REPORT_STATUSES,
  GOAL_STATUSES,
  WEBHOOK_EVENTS,
  WEBHOOK_DELIVERY_STATUSES,
  NOTIFICATION_EMAIL_MODES,
  NOTIFICATION_KINDS,
} from '@kruispunt/shared';

function asEnum<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ClusterKindEnum = asEnum(CLUSTER_KINDS);
export const WorkingGroupKindEnum = asEnum(WORKING_GROUP_KINDS);
export const OwnerRoleEnum = asEnum(OWNER_ROLES);
export const GoalKindEnum = asEnum(GOAL_KINDS);
export const PlanStatusEnum = asEnum(PLAN_STATUSES);
export const ProgressStatusEnum = asEnum(PROGRESS_STATUSES);
export const YearReportStatusEnum = asEnum(YEAR_REPORT_STATUSES);
export const FundingKindEnum = asEnum(FUNDING_KINDS);
export const EvaluationKindEnum = asEnum(EVALUATION_KINDS);
export const ProjectStatusEnum = asEnum(PROJECT_STATUSES);

registerEnumType(ClusterKindEnum, { name: 'ClusterKind', description: 'Kind of cluster of the general assembly (AV).' });
registerEnumType(WorkingGroupKindEnum, { name: 'WorkingGroupKind', description: 'Werkgroep, stuurgroep, klankbordgroep or projectgroep.' });
registerEnumType(OwnerRoleEnum, { name: 'OwnerRole', description: 'Role of an owner zone in shared work (trekker, penhouder, ...).' });
registerEnumType(GoalKindEnum, { name: 'GoalKind', description: 'Whether a strategic goal is about governance of the zone council or about content.' });
registerEnumType(PlanStatusEnum, { name: 'PlanStatus', description: 'Status of a yearly action plan: draft (ontwerp), published, submitted (ingediend).' });
registerEnumType(YearReportStatusEnum, { name: 'YearReportStatus', description: 'Status of a yearly report: in preparation (DRAFT) or submitted (ingediend, frozen).' });
registerEnumType(ProgressStatusEnum, { name: 'ProgressStatus', description: 'How far an action stands during the year.' });
registerEnumType(FundingKindEnum, {
  name: 'FundingKind',
  description: 'Funding as the template titles show it (regular, met extra financiering, met externe financiering, onder voorbehoud).',
});
registerEnumType(EvaluationKindEnum, { name: 'EvaluationKind', description: 'Process, output (resultaatgericht) or outcome (impact) evaluation.' });
registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus', description: 'Status of a project or programme.' });

export const ZoneRoleEnum = asEnum(ZONE_ROLES);
export const TokenScopeEnum = asEnum(TOKEN_SCOPES);
export const InvitationStatusEnum = asEnum(INVITATION_STATUSES);
registerEnumType(ZoneRoleEnum, { name: 'ZoneRole', description: "A user's role in a zone: editor (redacteur) or viewer (lezer)." });
registerEnumType(TokenScopeEnum, { name: 'TokenScope', description: 'What an API token may do.' });
export const WebhookEventEnum = asEnum(WEBHOOK_EVENTS);
registerEnumType(WebhookEventEnum, {
  name: 'WebhookEvent',
  description: 'What a webhook is told: a plan or an action created, updated (anything under it changed, as its updatedAt moves) or deleted.',
});
export const WebhookDeliveryStatusEnum = asEnum(WEBHOOK_DELIVERY_STATUSES);
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (to be sent or retried), DELIVERED (a 2xx answer), FAILED (gave up, or 410 Gone), CANCELLED (webhook disabled, or the owner may no longer see the object).',
});
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus', description: 'State of an invitation to co-own.' });

export const PlanCheckCodeEnum = asEnum(PLAN_CHECK_CODES);
export const PlanCheckSeverityEnum = asEnum(PLAN_CHECK_SEVERITIES);
registerEnumType(PlanCheckCodeEnum, { name: 'PlanCheckCode', description: 'A check of the Departement Zorg template.' });
registerEnumType(PlanCheckSeverityEnum, { name: 'PlanCheckSeverity', description: 'ERROR blocks submission; WARNING informs.' });

export const ActionChangeKindEnum = asEnum(ACTION_CHANGE_KINDS);
registerEnumType(ActionChangeKindEnum, { name: 'ActionChangeKind', description: 'How an action differs from the submitted version: added, removed or changed.' });
export const GoalProgressStatusEnum = asEnum(GOAL_STATUSES);
export const GoalLevelEnum = asEnum(['SD', 'OD'] as const);
registerEnumType(GoalProgressStatusEnum, {
  name: 'GoalProgressStatus',
  description: "A goal's status rolled up from its actions and indicators: no actions, not started, on track, at risk (aandacht nodig), behind.",
});
registerEnumType(GoalLevelEnum, { name: 'GoalLevel', description: 'Strategic (SD) or operational (OD) goal.' });

export const NotificationKindEnum = asEnum(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'What a notification tells: a remark, a reply, a remark resolved or reopened, an invitation to co-own or its answer, a change by another zone to shared work, a plan submitted in your region, a reminder of the plan (15 October) or report (1 May) deadline.',
});
export const NotificationEmailModeEnum = asEnum(NOTIFICATION_EMAIL_MODES);
registerEnumType(NotificationEmailModeEnum, {
  name: 'NotificationEmailMode',
  description: 'How you get your notifications by e-mail: IMMEDIATE (each within a few minutes, several together in one mail), DAILY (one overview each morning), OFF (none).',
});
