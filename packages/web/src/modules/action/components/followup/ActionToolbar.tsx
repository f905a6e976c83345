import { FollowButton } from '@/modules/notification/components/FollowButton';
import { Link } from 'react-router';
import type { ActionToolbarFieldsFragment } from '@/gql/graphql';
import { CarryOverButton } from '@/modules/plan/components/CarryOverButton';
import '@/common/staff.css';

/** "Bewerken" and "Alsnog toevoegen aan actieplan N", only for those the server lets (`viewerCan…`). */
export function ActionToolbar({ action }: { action: ActionToolbarFieldsFragment }) {
  // Carrying over copies into the plan zone's next plan (also out of a submitted plan; the server says who).
  const plan = action.actionPlan;
  const canCarryOver = action.viewerCanCarryOver && Boolean(plan?.nextYearPlan?.viewerCanEdit);
  return (
    <div className="action-toolbar no-print">
      {action.viewerCanEdit && (
        <Link to={`/acties/${action.id}/bewerken`} className="button">
          Bewerken
        </Link>
      )}
      {canCarryOver && <CarryOverButton actionId={action.id} title={action.title} nextPlan={plan?.nextYearPlan} />}
      <FollowButton id={action.id} typename="Action" following={action.viewerFollows} />
    </div>
  );
}
