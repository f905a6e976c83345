import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { mutationMessage } from '@/common/mutation-errors';
import { CarryOverActionMutation } from '../graphql/plan-edit';

/**
 * "Alsnog toevoegen aan actieplan N": copies one sheet into the zone's existing, still open plan of
 * the next year, for an action forgotten when that plan was made. Not the way to start a new year:
 * creating the plan on Mijn zone offers every running action at once. Shown only when the next
 * plan exists and is open (`nextYearPlan.viewerCanEdit`) and the server lets (`viewerCanCarryOver`).
 */
export function CarryOverButton({ actionId, title, nextPlan }: { actionId: string; title: string; nextPlan: { year: number; viewerCanEdit: boolean } | null | undefined }) {
  const [carryOver, { data, loading, error }] = useMutation(CarryOverActionMutation, { refetchQueries: ['MyZone'] });
  const copy = data?.carryOverAction;
  if (!nextPlan?.viewerCanEdit && !copy) return null;
  const year = copy?.actionPlan?.year ?? nextPlan?.year;
  return (
    <div className="card-tools" aria-live="polite">
      {copy ? (
        <p className="card-tools__done">
          ✓ Toegevoegd aan actieplan {year}. <Link to={`/acties/${copy.id}/bewerken`}>Kopie bewerken</Link>
        </p>
      ) : (
        <button type="button" className="link-button" disabled={loading} onClick={() => void carryOver({ variables: { id: actionId } }).catch(() => undefined)}>
          {loading ? 'Bezig…' : `Alsnog toevoegen aan actieplan ${year}`}
          <span className="visually-hidden">: {title}</span>
        </button>
      )}
      {error && <p className="field__error">{mutationMessage(error)}</p>}
    </div>
  );
}
