import { useDeferredValue } from 'react';
import { useParams } from 'react-router';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { NeighbourActions } from '@/modules/neighbours/components/NeighbourActions';
import { ActionRemarks } from '@/modules/remark/components/RemarksPanel';
import { useAction } from '../hooks/useAction';
import { ActionSheet } from './ActionSheet';
import { ActionFollowUp } from './followup/ActionFollowUp';
import { ActionToolbar } from './followup/ActionToolbar';

const MISSING = 'Deze actie bestaat niet (meer).';

/** Route `/acties/:id`. */
export function ActionPage() {
  const { id = '' } = useParams();
  const { data: answer, error, refetch } = useAction(id);
  // The page's first render with its data is a deferred one, which React renders in slices between
  // which the browser can answer input: in one piece it blocked a phone (Lighthouse TBT; see ActionPlanPage).
  const data = useDeferredValue(answer);
  if (error && isNotFoundError(error)) return <NotFound message={MISSING} />;
  if (error) return <ErrorState error={error} what="de actie" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Actie laden…" />;
  if (!data.action) return <NotFound message={MISSING} />;
  return (
    <ActionSheet
      action={data.action}
      toolbar={<ActionToolbar action={data.action} />}
      beforeSheet={<ActionRemarks actionId={data.action.id} />}
      afterSheet={
        <>
          <ActionFollowUp actionId={data.action.id} />
          <NeighbourActions actionId={data.action.id} />
        </>
      }
    />
  );
}
