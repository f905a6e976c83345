import { Action, ActionIndicator, ActionLink, ActionMonth, ActionOwner, ActionReview, ActionStep, IndicatorValue } from './modules/action/action.entity';
import { AuditEntry } from './modules/audit/audit.entity';
import { ApiToken, CoachRegion, Session, User, ZoneMembership } from './modules/auth/auth.entity';
import { Webhook } from './modules/webhook/webhook.entity';
import { RateLimitBucket, SignInThrottleRow } from './modules/auth/rate-limit.entity';
import { Remark } from './modules/remark/remark.entity';
import { RemarkReply } from './modules/remark/remark-reply.entity';
import { Notification } from './modules/notification/notification.entity';
import { OwnershipInvitation } from './modules/sharing/invitation.entity';
import { ActionPlan } from './modules/action-plan/action-plan.entity';
import { PlanSubmission } from './modules/action-plan/plan-submission.entity';
import { Cluster } from './modules/cluster/cluster.entity';
import { Partner } from './modules/partner/partner.entity';
import { MultiYearPlan, OperationalGoal, StrategicGoal } from './modules/plan/plan.entity';
import { Project, ProjectOwner } from './modules/collaboration/project.entity';
import { Region } from './modules/region/region.entity';
import { Theme } from './modules/theme/theme.entity';
import { WorkingGroup, WorkingGroupOwner } from './modules/collaboration/working-group.entity';
import { Zone } from './modules/zone/zone.entity';
import { YearReport, YearReportSubmission } from './modules/year-report/year-report.entity';

export const entities = [
  Region,
  Zone,
  Partner,
  Cluster,
  Theme,
  WorkingGroup,
  WorkingGroupOwner,
  Project,
  ProjectOwner,
  MultiYearPlan,
  StrategicGoal,
  OperationalGoal,
  ActionPlan,
  PlanSubmission,
  YearReport,
  YearReportSubmission,
  Action,
  ActionOwner,
  ActionStep,
  ActionIndicator,
  ActionMonth,
  ActionLink,
  IndicatorValue,
  ActionReview,
  User,
  ZoneMembership,
  CoachRegion,
  Session,
  ApiToken,
  Webhook,
  RateLimitBucket,
  SignInThrottleRow,
  AuditEntry,
  OwnershipInvitation,
  Remark,
  RemarkReply,
  Notification,
];
