import { FUNDING_KIND_LABELS } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import type { FundingKind } from '@/gql/graphql';

/** Shown only for funding other than the regular means, as the template's titles do. */
export function FundingBadge({ funding }: { funding: FundingKind }) {
  if (funding === 'REGULAR') return null;
  return <Badge tone={funding === 'CONDITIONAL' ? 'warning' : 'accent'}>{FUNDING_KIND_LABELS[funding]}</Badge>;
}
