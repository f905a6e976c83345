import { useCallback, useState } from 'react';
import { issuesByField } from '@/common/forms/issues';
import { errorCode, errorIssues, mutationMessage } from '@/common/mutation-errors';

export interface AdminActionState {
  /** Field errors of the last attempt (INVALID_INPUT from the server, or the shared schema). */
  errors: Record<string, string>;
  /** A message for the whole form (refusal, conflict, no connection). */
  message: string | null;
  /** What the last attempt did, to announce ("Opgeslagen."). */
  done: string | null;
  busy: boolean;
}

/**
 * Runs one administration write and turns its outcome into what a form shows: the server's field
 * errors beside their fields, a version conflict as a message after the current values were read
 * again (`reload`), anything else as the server's Dutch message.
 */
export function useAdminAction(reload?: () => Promise<unknown>) {
  const [state, setState] = useState<AdminActionState>({ errors: {}, message: null, done: null, busy: false });

  const run = useCallback(
    async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
      setState({ errors: {}, message: null, done: null, busy: true });
      try {
        await work();
        setState({ errors: {}, message: null, done, busy: false });
        return true;
      } catch (failure) {
        if (errorCode(failure) === 'VERSION_CONFLICT') {
          await reload?.();
          setState({ errors: {}, message: 'Iemand anders wijzigde dit intussen. De huidige gegevens zijn opnieuw geladen: kijk ze na en probeer opnieuw.', done: null, busy: false });
          return false;
        }
        const errors = issuesByField(errorIssues(failure));
        setState({ errors, message: Object.keys(errors).length ? null : mutationMessage(failure), done: null, busy: false });
        return false;
      }
    },
    [reload],
  );

  const fail = useCallback((errors: Record<string, string>) => setState({ errors, message: null, done: null, busy: false }), []);

  return { ...state, run, fail };
}
