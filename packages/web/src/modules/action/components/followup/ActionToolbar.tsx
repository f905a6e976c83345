import { Link } from 'react-router';
import { useViewer } from '@/modules/auth/hooks/useViewer';
import { editsShared, editsZone } from '@/modules/auth/permissions';
import { CarryOverButton } from '@/modules/plan/components/CarryOverButton';
import '@/common/staff.css';

interface Props {
  action: { id: string; title: string; owners: ReadonlyArray<{ zone: { id: string } }>; actionPlan: { year: number; zone: { id: string } } | null };
}

/** "Bewerken" and "Overnemen naar volgend jaar", only for those who may. */
export function ActionToolbar({ action }: Props) {
  const { data } = useViewer();
  const me = data?.me;
  const canEdit = editsShared(me, action.owners);
  // Carrying over copies into the plan zone's next plan: for that zone's editors only.
  const plan = action.actionPlan;
  const canCarryOver = plan !== null && editsZone(me, plan.zone.id);
  if (!canEdit && !canCarryOver) return null;
  return (
    <div className="action-toolbar no-print">
      {canEdit && (
        <Link to={`/acties/${action.id}/bewerken`} className="button">
          Bewerken
        </Link>
      )}
      {canCarryOver && <CarryOverButton actionId={action.id} title={action.title} year={plan.year} />}
    </div>
  );
}
