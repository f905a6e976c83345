import { Link } from 'react-router';
import { actionLabel } from '@/common/format';

/** An action's number ("Actie 1.2.3") and title, linking to its sheet: how lists name an action. */
export function ActionTitleLink({ action }: { action: { id: string; number: string | null; title: string } }) {
  const label = actionLabel(action.number);
  return (
    <Link to={`/acties/${action.id}`}>
      {label && <span className="action-card__number">{label}</span>} {action.title}
    </Link>
  );
}
