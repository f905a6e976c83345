import { Link } from 'react-router';
import { PLAN_CHECK_LABELS, type PlanCheckCode } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { formatCount } from '@/common/format';

interface Check {
  actionId?: string | null;
  code: string;
  message: string;
  severity: string;
}

interface Props {
  checks: readonly Check[];
  /** Titles of the plan's actions by id, to name each action once. */
  actions: ReadonlyArray<{ id: string; title: string; number?: string | null }>;
  /** Where a check about an action leads: its editor for editors, its sheet otherwise. */
  actionPath?: (id: string) => string;
  empty?: string;
}

const label = (code: string): string => PLAN_CHECK_LABELS[code as PlanCheckCode] ?? code;

/** The template checks a plan fails, per action, each naming what is missing. */
export function PlanChecksList({ checks, actions, actionPath = (id) => `/acties/${id}`, empty = 'Het plan voldoet aan alle controles van het sjabloon.' }: Props) {
  if (checks.length === 0) return <p className="checks-ok">✓ {empty}</p>;
  const titles = new Map(actions.map((a) => [a.id, a]));
  const byAction = new Map<string, Check[]>();
  const general: Check[] = [];
  for (const check of checks) {
    if (!check.actionId) general.push(check);
    else byAction.set(check.actionId, [...(byAction.get(check.actionId) ?? []), check]);
  }
  return (
    <div className="plan-checks">
      <p className="plan-checks__summary">{formatCount(byAction.size, 'actie mist', 'acties missen')} nog iets dat het sjabloon vraagt.</p>
      {general.length > 0 && (
        <ul className="plan-checks__general">
          {general.map((check) => (
            <li key={check.code}>{check.message}</li>
          ))}
        </ul>
      )}
      <ul className="plan-checks__list">
        {[...byAction].map(([actionId, list]) => {
          const action = titles.get(actionId);
          return (
            <li key={actionId}>
              <Link to={actionPath(actionId)}>{action ? `${action.number ? `${action.number} ` : ''}${action.title}` : list[0]?.message.split(':')[0]}</Link>
              <span className="plan-checks__badges">
                {list.map((check) => (
                  <Badge key={check.code} tone={check.severity === 'ERROR' ? 'danger' : 'warning'}>
                    {label(check.code)}
                  </Badge>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
