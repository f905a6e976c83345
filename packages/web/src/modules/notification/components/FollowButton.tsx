import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { mutationMessage } from '@/common/mutation-errors';
import { FollowMutation, UnfollowMutation } from '../graphql/notifications';

/**
 * "Volgen": be told in your notifications when the item (an action, a working group, a project)
 * changes. A toggle button (aria-pressed); the server keeps who follows what.
 */
export function FollowButton({ id, typename, following }: { id: string; typename: 'Action' | 'WorkingGroup' | 'Project'; following: boolean }) {
  const [status, setStatus] = useState('');
  const update = (value: boolean) => ({
    update: (cache: import('@apollo/client').ApolloCache) => {
      cache.modify({ id: cache.identify({ __typename: typename, id }), fields: { viewerFollows: () => value } });
    },
  });
  const [follow, followState] = useMutation(FollowMutation, update(true));
  const [unfollow, unfollowState] = useMutation(UnfollowMutation, update(false));
  const busy = followState.loading || unfollowState.loading;
  const error = followState.error ?? unfollowState.error;
  const toggle = async (): Promise<void> => {
    setStatus('');
    try {
      if (following) {
        await unfollow({ variables: { id } });
        setStatus('Je volgt dit niet meer.');
      } else {
        await follow({ variables: { id } });
        setStatus('Je volgt dit: wijzigingen komen bij je meldingen.');
      }
    } catch {
      // Shown below.
    }
  };
  return (
    <span className="follow no-print">
      <button type="button" className="button button--secondary" aria-pressed={following} disabled={busy} onClick={() => void toggle()}>
        {following ? 'Volgend ✓' : 'Volgen'}
      </button>
      <span role="status" className="muted">
        {status}
      </span>
      {error && (
        <span className="form__error" role="alert">
          {mutationMessage(error)}
        </span>
      )}
    </span>
  );
}
