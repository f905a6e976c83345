import type { Ref } from 'react';
import { useQuery } from '@apollo/client/react';
import { describeError } from '@/common/graphql-errors';
import { useNearScreen } from '@/common/hooks/useNearScreen';
import { OwnersPanel } from '@/modules/sharing/components/OwnersPanel';
import { zoneNamesOf } from '@/common/zone-names';
import { ActionFollowUpQuery } from '../../graphql/action-follow-up';
import { ActionHistoryPanel } from './HistoryPanel';
import { ProgressPanel } from './ProgressPanel';
import '@/common/staff.css';

/** Anchors in the follow-up: a link to one renders it at once. */
const ANCHORS = ['opvolging', 'opvolging-noteren'];

/**
 * Under the sheet: progress during the year, the owner zones, and the history of changes. Asked for
 * and drawn when the reader comes near (useNearScreen): far below the first screen, its query and
 * drawing kept a phone busy while the sheet loaded.
 */
export function ActionFollowUp({ actionId }: { actionId: string }) {
  const [ref, near] = useNearScreen<HTMLParagraphElement>({ anchors: ANCHORS, keyboard: true });
  return near ? <FollowUp actionId={actionId} /> : <Loading placeholder={ref} />;
}

function Loading({ placeholder }: { placeholder?: Ref<HTMLParagraphElement> }) {
  return (
    <p ref={placeholder} className="state state--loading follow-up follow-up--loading" role="status" data-testid="follow-up">
      <span className="spinner" aria-hidden="true" />
      Opvolging laden…
    </p>
  );
}

function FollowUp({ actionId }: { actionId: string }) {
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
  if (!data?.action) return <Loading />;
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
