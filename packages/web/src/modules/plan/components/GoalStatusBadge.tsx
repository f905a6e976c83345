import { GOAL_STATUS_LABELS } from '@kruispunt/shared';
import { graphql } from '@/gql';
import { Badge, type BadgeTone } from '@/common/components/Badge';
import type { GoalProgressStatus, GoalStatusFieldsFragment } from '@/gql/graphql';

/** What a goal's status shows; the status and its reasons are computed by the API (packages/shared goal-status.ts). */
export const GoalStatusFields = graphql(`
  fragment GoalStatusFields on GoalStatus {
    goalId
    level
    status
    reasons
    actionCount
  }
`);

const TONES: Record<GoalProgressStatus, BadgeTone> = {
  NO_ACTIONS: 'neutral',
  NOT_STARTED: 'neutral',
  ON_TRACK: 'success',
  AT_RISK: 'warning',
  BEHIND: 'danger',
};

/** A goal's rolled-up status as a badge, with the reasons beside it. */
export function GoalStatusBadge({ status, compact = false }: { status: GoalStatusFieldsFragment | undefined; compact?: boolean }) {
  if (!status) return null;
  const label = GOAL_STATUS_LABELS[status.status];
  return (
    <div className={compact ? 'goal-status goal-status--compact' : 'goal-status'} data-testid="goal-status" data-status={status.status}>
      <Badge tone={TONES[status.status]}>
        <span className="visually-hidden">Stand van de doelstelling: </span>
        {label}
      </Badge>
      {status.reasons.length > 0 && <span className="goal-status__reasons">{status.reasons.join(' · ')}</span>}
    </div>
  );
}

/** The statuses of a plan's goals by goal id. */
export function goalStatusMap(statuses: readonly GoalStatusFieldsFragment[]): Map<string, GoalStatusFieldsFragment> {
  return new Map(statuses.map((s) => [s.goalId, s]));
}
