import { Link } from 'react-router';
import { formatCount, formatFte } from '@/common/format';
import type { ZonesOverviewQuery } from '@/gql/graphql';
import { PlanStatusBadge } from '@/modules/plan/components/PlanStatusBadge';
import { latestPlan } from '@/modules/plan/plans';

type OverviewZone = ZonesOverviewQuery['regions'][number]['zones'][number];

export function ZoneCard({ zone }: { zone: OverviewZone }) {
  const plan = latestPlan(zone.actionPlans);
  const fte = formatFte(zone.staffFte);
  return (
    <article className="card zone-card">
      <h3 className="card__title">
        <Link to={`/zones/${zone.slug}`} className="card__link">
          {zone.name}
        </Link>
      </h3>
      <dl className="meta-list">
        <div>
          <dt>Gemeenten</dt>
          <dd>{zone.municipalities.length > 0 ? zone.municipalities.join(', ') : <span className="muted">Niet opgegeven</span>}</dd>
        </div>
        <div>
          <dt>Personeel</dt>
          <dd>{fte ?? <span className="muted">Niet opgegeven</span>}</dd>
        </div>
        <div>
          <dt>Laatste actieplan</dt>
          <dd>
            {plan ? (
              <>
                {plan.year} <PlanStatusBadge status={plan.status} /> · {formatCount(plan.actions.length, 'actie', 'acties')}
              </>
            ) : (
              <span className="muted">Nog geen actieplan</span>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
