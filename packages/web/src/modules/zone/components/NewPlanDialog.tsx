import { PROGRESS_STATUS_LABELS } from '@kruispunt/shared';
import { Dialog } from '@/common/components/Dialog';
import { formatCount } from '@/common/format';
import { mutationMessage } from '@/common/mutation-errors';
import { useNewPlan } from '../hooks/useNewPlan';

interface NewPlanDialogProps {
  open: boolean;
  onClose: () => void;
  zoneId: string;
  slug: string;
  year: number;
}

/** "Actieplan 2027 aanmaken": last year's running actions with check boxes, created in one step. */
export function NewPlanDialog({ open, onClose, zoneId, slug, year }: NewPlanDialogProps) {
  const plan = useNewPlan({ zoneId, slug, year, open });
  const previous = year - 1;
  const close = (): void => {
    if (plan.creating) return;
    plan.reset();
    onClose();
  };
  const ready = !plan.loadingCandidates && !plan.candidatesError;
  const all = plan.candidates.length;
  return (
    <Dialog
      open={open}
      title={`Actieplan ${year} aanmaken`}
      onClose={close}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={close} disabled={plan.creating}>
            Annuleren
          </button>
          <button type="button" className="button" onClick={() => void plan.submit()} disabled={plan.creating || !ready}>
            {plan.creating ? 'Bezig met aanmaken…' : plan.chosenCount > 0 ? `Aanmaken en ${formatCount(plan.chosenCount, 'actie', 'acties')} overnemen` : 'Leeg plan aanmaken'}
          </button>
        </>
      }
    >
      <div className="new-plan">
        {plan.loadingCandidates ? (
          <p className="state state--loading" role="status">
            <span className="spinner" aria-hidden="true" />
            Lopende acties van {previous} laden…
          </p>
        ) : plan.candidatesError ? (
          <div className="state state--error" role="alert">
            <p>De acties van {previous} konden niet geladen worden.</p>
            <button type="button" className="button button--secondary" onClick={plan.retryCandidates}>
              Opnieuw proberen
            </button>
          </div>
        ) : all === 0 ? (
          <p>Er zijn geen lopende acties in een actieplan {previous} om over te nemen. Je begint met een leeg plan.</p>
        ) : (
          <>
            <p>
              Kies welke lopende acties van {previous} je meeneemt. Ze worden in één keer gekopieerd met hun trekker, eigenaars, thema&apos;s, koppelingen, indicatoren en stappen; de maanden
              van de tijdslijn blijven, de start- en einddatum schuiven een jaar op.
            </p>
            <fieldset className="checkbox-group new-plan__choices" disabled={plan.creating}>
              <legend>
                Lopende acties van {previous} ({plan.chosenCount} van {all} gekozen)
              </legend>
              <div className="button-row new-plan__all">
                <button type="button" className="link-button" onClick={() => plan.setAll(true)} disabled={plan.chosenCount === all}>
                  Alles kiezen
                </button>
                <button type="button" className="link-button" onClick={() => plan.setAll(false)} disabled={plan.chosenCount === 0}>
                  Niets kiezen
                </button>
              </div>
              <ul className="new-plan__list">
                {plan.candidates.map((action) => (
                  <li key={action.id}>
                    <label>
                      <input type="checkbox" checked={plan.isChosen(action.id)} onChange={(event) => plan.toggle(action.id, event.target.checked)} />
                      <span>
                        {action.number && <span className="muted">{action.number} · </span>}
                        <span>{action.title}</span> <span className="muted">({PROGRESS_STATUS_LABELS[action.progressStatus].toLowerCase()})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </>
        )}
        <p role="status" className="new-plan__progress">
          {plan.creating ? `Actieplan ${year} wordt aangemaakt en ${formatCount(plan.chosenCount, 'actie wordt', 'acties worden')} overgenomen…` : ''}
        </p>
        {plan.error && (
          <p className="form__error" role="alert">
            {mutationMessage(plan.error)} Er is niets aangemaakt.
          </p>
        )}
      </div>
    </Dialog>
  );
}
