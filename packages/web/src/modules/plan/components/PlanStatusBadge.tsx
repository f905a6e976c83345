import { PLAN_STATUS_LABELS } from '@kruispunt/shared';
import { Badge, type BadgeTone } from '@/common/components/Badge';
import type { PlanStatus } from '@/gql/graphql';

const TONES: Record<PlanStatus, BadgeTone> = { DRAFT: 'neutral', PUBLISHED: 'info', SUBMITTED: 'success' };

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return <Badge tone={TONES[status]}>{PLAN_STATUS_LABELS[status]}</Badge>;
}
