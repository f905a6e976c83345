import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { mutationMessage } from '@/common/mutation-errors';
import { CarryOverActionMutation } from '../graphql/plan-edit';

/** "Overnemen naar volgend jaar": copies the sheet into next year's plan (made as a draft if needed). */
export function CarryOverButton({ actionId, title, year }: { actionId: string; title: string; year: number }) {
  const [carryOver, { data, loading, error }] = useMutation(CarryOverActionMutation, { refetchQueries: ['MyZone'] });
  const copy = data?.carryOverAction;
  return (
    <div className="card-tools" aria-live="polite">
      {copy ? (
        <p className="card-tools__done">
          ✓ Overgenomen naar actieplan {copy.actionPlan?.year ?? year + 1}. <Link to={`/acties/${copy.id}/bewerken`}>Kopie bewerken</Link>
        </p>
      ) : (
        <button type="button" className="link-button" disabled={loading} onClick={() => void carryOver({ variables: { id: actionId } }).catch(() => undefined)}>
          {loading ? 'Bezig…' : `Overnemen naar ${year + 1}`}
          <span className="visually-hidden">: {title}</span>
        </button>
      )}
      {error && <p className="field__error">{mutationMessage(error)}</p>}
    </div>
  );
}
