import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@/common/graphql-errors';
import { OwnersPanel } from '@/modules/sharing/components/OwnersPanel';
import { zoneNamesOf } from '@/common/zone-names';
import { ActionFollowUpQuery } from '../../graphql/action-follow-up';
import { ActionHistoryPanel } from './HistoryPanel';
import { ProgressPanel } from './ProgressPanel';

/** The follow-up's panels (ActionFollowUp renders them when the reader comes near). */
export function FollowUp({ actionId, loading }: { actionId: string; loading: ReactNode }) {
  const { data, error, refetch } = useQuery(ActionFollowUpQuery, { variables: { id: actionId }, fetchPolicy: 'cache-and-network' });
  if (error) {
    return (
      <div className="state state--error follow-up" role="alert" data-testid="follow-up">
        <p>De opvolging en geschiedenis van deze actie konden niet geladen worden. {describeError(error)}</p>
        <button type="button" className="button" onClick={() => void refetch()}>
          Opnieuw proberen
        </button>
      </div>
    );
  }
  if (!data?.action) return loading;
  const action = data.action;
  // Reviews and measured values: for the action's editors, also once its plan is submitted (the server says who).
  const canEdit = action.viewerCanFollowUp;
  const zoneNames = zoneNamesOf(data.regions);
  const themeNames = new Map(data.themes.map((t) => [t.id, t.name] as const));
  return (
    <div className="follow-up" data-testid="follow-up">
      <ProgressPanel action={action} canEdit={canEdit} />
      <OwnersPanel subject={action} permanentZoneId={action.actionPlan?.zone.id} refetchQueries={['ActionFollowUp']} className="follow-up__panel" />
      <ActionHistoryPanel entries={action.history} names={{ zones: zoneNames, themes: themeNames }} />
    </div>
  );
}
