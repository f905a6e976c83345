import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorCode, errorIssues, mutationMessage } from '@/common/mutation-errors';
import { ReopenActionPlanMutation } from '../graphql/plan-edit';

/**
 * Reopening a submitted plan (administrators, as the server's `viewerCanReopen` says): the reason
 * is required by the server, which answers INVALID_INPUT on `reason`; the form shows that message.
 */
export function useReopenPlan(plan: { id: string; version: number }) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [reopen, { loading }] = useMutation(ReopenActionPlanMutation, { refetchQueries: ['ActionPlanPage', 'MyZone'] });

  const submit = async (): Promise<boolean> => {
    setReasonError(null);
    setError(null);
    try {
      await reopen({ variables: { id: plan.id, version: plan.version, reason } });
      setDone(true);
      setReason('');
      return true;
    } catch (e) {
      const onReason = errorIssues(e).find((issue) => issue.field === 'reason');
      if (onReason) setReasonError(onReason.message);
      else if (errorCode(e) === 'VERSION_CONFLICT') setError('Iemand anders heeft het plan intussen gewijzigd; er is niets gewijzigd. Laad de pagina opnieuw.');
      else setError(mutationMessage(e));
      return false;
    }
  };

  return { reason, setReason, reasonError, error, done, loading, submit };
}
