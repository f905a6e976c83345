import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { NOTIFICATION_EMAIL_LABELS, NOTIFICATION_EMAIL_MODES, type NotificationEmailMode } from '@kruispunt/shared';
import { mutationMessage } from '@/common/mutation-errors';
import { NotificationEmailQuery, SetNotificationEmailMutation } from '../graphql/notifications';

/** "Meldingen per e-mail": at once, one overview a day, or none; saved as soon as it is chosen. */
export function EmailPreference() {
  const { data } = useQuery(NotificationEmailQuery);
  const [save, { loading, error }] = useMutation(SetNotificationEmailMutation, {
    update: (cache, { data: saved }) => {
      if (saved) cache.writeQuery({ query: NotificationEmailQuery, data: { notificationEmail: saved.setNotificationEmail } });
    },
  });
  const [status, setStatus] = useState('');
  const current = data?.notificationEmail;
  const choose = async (mode: NotificationEmailMode): Promise<void> => {
    setStatus('');
    try {
      await save({ variables: { mode } });
      setStatus('Bewaard.');
    } catch {
      // Shown below.
    }
  };
  return (
    <fieldset className="notifications-page__email" disabled={!current || loading}>
      <legend>Meldingen per e-mail</legend>
      <ul className="radio-list">
        {NOTIFICATION_EMAIL_MODES.map((mode) => (
          <li key={mode}>
            <label>
              <input type="radio" name="notification-email" value={mode} checked={current === mode} onChange={() => void choose(mode)} /> {NOTIFICATION_EMAIL_LABELS[mode]}
            </label>
          </li>
        ))}
      </ul>
      <p role="status" className="muted">
        {status}
      </p>
      {error && (
        <p className="form__error" role="alert">
          {mutationMessage(error)}
        </p>
      )}
    </fieldset>
  );
}
