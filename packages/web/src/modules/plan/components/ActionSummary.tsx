import type { ReactNode } from 'react';
import { Badge } from '@/common/components/Badge';
import { formatNumber } from '@/common/format';
import type { ActionSummaryFieldsFragment } from '@/gql/graphql';
import { EvaluationKinds } from '@/modules/action/components/EvaluationKinds';
import { FundingBadge } from '@/modules/action/components/FundingBadge';
import { MonthStrip } from '@/modules/action/components/MonthStrip';
import { ProgressBadge } from '@/modules/action/components/ProgressBadge';
import { SharedWithBadge } from '@/modules/zone/components/SharedWithBadge';
import { ActionTitleLink } from '@/modules/action/components/ActionTitleLink';

interface ActionSummaryProps {
  action: ActionSummaryFieldsFragment;
  /** The zone whose plan is shown: the other owners are the ones it is shared with. */
  zoneId: string;
  headingLevel: 3 | 4;
  /** Tools for editors (e.g. carry over to next year), under the facts. */
  children?: ReactNode;
}

/** One action of the plan overview, linking to its sheet. */
export function ActionSummary({ action, zoneId, headingLevel, children }: ActionSummaryProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="action-card" data-testid="action-summary">
      <Heading className="action-card__title">
        <ActionTitleLink action={action} />
      </Heading>
      <div className="badge-row">
        <ProgressBadge status={action.progressStatus} />
        <FundingBadge funding={action.funding} />
        {action.carriedOver && <Badge title="Overgenomen uit het actieplan van vorig jaar">Lopende actie</Badge>}
        <SharedWithBadge owners={action.owners} zoneId={zoneId} />
      </div>
      <dl className="action-card__facts">
        <div>
          <dt>Evaluatie</dt>
          <dd>
            <EvaluationKinds evaluation={action.evaluation} />
          </dd>
        </div>
        <div>
          <dt>Indicatoren</dt>
          <dd>{formatNumber(action.indicators.length)}</dd>
        </div>
        <div>
          <dt>Maanden</dt>
          <dd>
            <MonthStrip months={action.timeline.map((entry) => entry.month)} />
          </dd>
        </div>
      </dl>
      {children}
    </article>
  );
}
