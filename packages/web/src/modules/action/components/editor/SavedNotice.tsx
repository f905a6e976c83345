import { Link } from 'react-router';
import { PLAN_CHECK_LABELS, type PlanCheckCode } from '@kruispunt/shared';
import type { Warning } from '../../hooks/useActionEditor';

/** "Bewaard om 14:05", with what the template still asks of the sheet. */
export function SavedNotice({ at, warnings, sheetPath }: { at: Date; warnings: Warning[]; sheetPath: string }) {
  const time = at.toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="notice notice--success" role="status">
      <p>
        <strong>Bewaard</strong> om {time}. <Link to={sheetPath}>Bekijk de fiche</Link>
      </p>
      {warnings.length > 0 && (
        <>
          <p>Het sjabloon vraagt nog het volgende. Je kan dit later aanvullen; het plan indienen kan pas als elke actie een soort evaluatie heeft.</p>
          <ul className="saved-warnings">
            {warnings.map((warning) => (
              <li key={warning.code}>{PLAN_CHECK_LABELS[warning.code as PlanCheckCode] ?? warning.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
