import 'reflect-metadata';
import path from 'node:path';
import { buildSchemaSync } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import './graphql/enums';
import { ActionIndicatorResolver, ActionMutationResolver, ActionResolver } from './modules/action/action.resolver';
import { ActionSearchResolver } from './modules/action/action-search.resolver';
import { NodeResolver } from './modules/auth/node.resolver';
import { ActionContactResolver } from './modules/action/action-contact.resolver';
import { ActionPlanRightsResolver, ActionRightsResolver, MultiYearPlanRightsResolver, YearReportRightsResolver, ZoneRightsResolver } from './modules/auth/rights.resolver';
import { ActionSimilarResolver } from './modules/action/action-similar.resolver';
import { DashboardResolver, SharedWorkSummaryResolver } from './modules/dashboard/dashboard.resolver';
import { CoachWorkspaceResolver } from './modules/dashboard/coach-workspace.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { AccountLinksResolver, ZoneAccountInvitationsResolver } from './modules/auth/account-links.resolver';
import { SessionResolver } from './modules/auth/session.resolver';
import { AdminMutationResolver, AdminRegionResolver, AdminUserResolver } from './modules/admin/admin.resolver';
import { WebhookResolver } from './modules/webhook/webhook.resolver';
import { requireSignInOnRootFields } from './modules/auth/auth-middleware';
import { callFieldResolversDirectly, readPlainFieldsDirectly } from './graphql/plain-fields';
import { ActionPlanResolver } from './modules/action-plan/action-plan.resolver';
import { PlanSubmissionResolver } from './modules/action-plan/plan-submission.resolver';
import { ClusterMutationResolver, ClusterResolver } from './modules/cluster/cluster.resolver';
import { PartnerMutationResolver, PartnerResolver } from './modules/partner/partner.resolver';
import { MultiYearPlanResolver, OperationalGoalResolver, PlanMutationResolver, StrategicGoalResolver } from './modules/plan/plan.resolver';
import { ProjectResolver, ProjectWriteResolver } from './modules/collaboration/project.resolver';
import { RegionResolver } from './modules/region/region.resolver';
import { ActionThemeSuggestionResolver, ThemeResolver } from './modules/theme/theme.resolver';
import { WorkingGroupResolver, WorkingGroupWriteResolver } from './modules/collaboration/working-group.resolver';
import { ZoneMutationResolver, ZoneResolver } from './modules/zone/zone.resolver';
import { ActionPlanRemarksResolver, ActionRemarksResolver, RemarkReplyResolver, RemarkResolver } from './modules/remark/remark.resolver';
import { NotificationResolver } from './modules/notification/notification.resolver';
import { ActionFollowResolver, FollowResolver, ProjectFollowResolver, WorkingGroupFollowResolver } from './modules/notification/follow';
import { PlanImportResolver } from './modules/import/import.resolver';
import { ActionPlanYearReportResolver, RegionYearReportResolver, YearReportHistoryResolver } from './modules/year-report/year-report.resolver';
import { ActionInvitationsResolver, OwnershipInvitationResolver, SharingMutationResolver, ZoneInvitationsResolver } from './modules/sharing/sharing.resolver';

export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema.graphql');

export const resolvers = [
  AuthResolver,
  AccountLinksResolver,
  ZoneAccountInvitationsResolver,
  SessionResolver,
  AdminUserResolver,
  AdminRegionResolver,
  AdminMutationResolver,
  WebhookResolver,
  AuditResolver,
  RegionResolver,
  ZoneResolver,
  PartnerResolver,
  ClusterResolver,
  ThemeResolver,
  ActionThemeSuggestionResolver,
  WorkingGroupResolver,
  ProjectResolver,
  MultiYearPlanResolver,
  StrategicGoalResolver,
  OperationalGoalResolver,
  ActionPlanResolver,
  PlanSubmissionResolver,
  ActionResolver,
  ActionIndicatorResolver,
  ActionMutationResolver,
  ActionSearchResolver,
  NodeResolver,
  ActionRightsResolver,
  ActionContactResolver,
  ActionPlanRightsResolver,
  ZoneRightsResolver,
  MultiYearPlanRightsResolver,
  ActionSimilarResolver,
  DashboardResolver,
  CoachWorkspaceResolver,
  SharedWorkSummaryResolver,
  SearchResolver,
  // Writes and sharing (mutations, invitations, remarks).
  ZoneMutationResolver,
  ClusterMutationResolver,
  PartnerMutationResolver,
  WorkingGroupWriteResolver,
  ProjectWriteResolver,
  PlanMutationResolver,
  SharingMutationResolver,
  OwnershipInvitationResolver,
  ZoneInvitationsResolver,
  ActionInvitationsResolver,
  RemarkResolver,
  RemarkReplyResolver,
  NotificationResolver,
  FollowResolver,
  ActionFollowResolver,
  WorkingGroupFollowResolver,
  ProjectFollowResolver,
  ActionPlanRemarksResolver,
  ActionRemarksResolver,
  PlanImportResolver,
  ActionPlanYearReportResolver,
  RegionYearReportResolver,
  YearReportHistoryResolver,
  YearReportRightsResolver,
] as const;

let cached: GraphQLSchema | undefined;

/** Builds the schema once per process (type-graphql metadata is global). */
export function getSchema(): GraphQLSchema {
  if (!cached) {
    cached = buildSchemaSync({ resolvers: [...resolvers], validate: false });
    readPlainFieldsDirectly(cached);
    callFieldResolversDirectly(cached);
    requireSignInOnRootFields(cached);
    const query = cached.getQueryType();
    if (query) query.description = 'Kruispunt: the plans and shared work of the Flemish primary care zones (eerstelijnszones).';
    const mutation = cached.getMutationType();
    if (mutation) mutation.description = 'Changes. Each mutation is one transaction; updates take the version the client last saw.';
  }
  return cached;
}

/** The SDL committed as schema.graphql. */
export function renderSchema(): string {
  return printSchema(lexicographicSortSchema(getSchema())) + '\n';
}
