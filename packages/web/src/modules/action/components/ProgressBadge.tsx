import { PROGRESS_STATUS_LABELS } from '@kruispunt/shared';
import { Badge, type BadgeTone } from '@/common/components/Badge';
import type { ProgressStatus } from '@/gql/graphql';

const TONES: Record<ProgressStatus, BadgeTone> = {
  PLANNED: 'neutral',
  RUNNING: 'info',
  DONE: 'success',
  POSTPONED: 'warning',
  STOPPED: 'danger',
};

export function ProgressBadge({ status }: { status: ProgressStatus }) {
  return <Badge tone={TONES[status]}>{PROGRESS_STATUS_LABELS[status]}</Badge>;
}
