import { Link } from 'react-router';
import { formatDate } from '@kruispunt/shared';
import { EmptyState } from '@/common/components/EmptyState';
import { formatCount } from '@/common/format';
import type { PlanStatus } from '@/gql/graphql';
import { PlanStatusBadge } from './PlanStatusBadge';

interface PlanListItem {
  id: string;
  year: number;
  status: PlanStatus;
  deadline: string;
  submittedAt?: string | null;
  actions: ReadonlyArray<{ id: string }>;
}

/** A zone's yearly action plans, newest first, each linking to the plan. */
export function ActionPlanList({ plans, zoneSlug }: { plans: readonly PlanListItem[]; zoneSlug: string }) {
  if (plans.length === 0) return <EmptyState>Deze zone heeft nog geen actieplannen.</EmptyState>;
  const newestFirst = [...plans].sort((a, b) => b.year - a.year);
  return (
    <ul className="plan-list">
      {newestFirst.map((plan) => (
        <li key={plan.id} className="plan-list__item">
          <Link to={`/zones/${zoneSlug}/plannen/${plan.year}`} className="plan-list__title">
            Actieplan {plan.year}
          </Link>
          <PlanStatusBadge status={plan.status} />
          <span className="plan-list__meta">in te dienen tegen {formatDate(plan.deadline)}</span>
          {plan.submittedAt && <span className="plan-list__meta">ingediend op {formatDate(plan.submittedAt)}</span>}
          <span className="plan-list__meta">{formatCount(plan.actions.length, 'actie', 'acties')}</span>
        </li>
      ))}
    </ul>
  );
}
