import { useId, useState } from 'react';
import { Dialog } from '@/common/components/Dialog';
import { useReopenPlan } from '../hooks/useReopenPlan';

/** "Plan heropenen": for administrators (the server's `viewerCanReopen`), with a required reason that goes into the plan's history. */
export function ReopenPlan({ plan }: { plan: { id: string; year: number; version: number } }) {
  const [open, setOpen] = useState(false);
  const reasonId = useId();
  const errorId = useId();
  const { reason, setReason, reasonError, error, loading, submit } = useReopenPlan(plan);
  return (
    <div className="reopen-plan no-print">
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Plan heropenen
      </button>
      <Dialog
        open={open}
        title={`Actieplan ${plan.year} heropenen?`}
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              Annuleren
            </button>
            <button type="button" className="button" disabled={loading} onClick={() => void submit().then((ok) => ok && setOpen(false))}>
              {loading ? 'Bezig…' : 'Heropenen'}
            </button>
          </>
        }
      >
        <p>Het plan wordt weer gepubliceerd en de zone kan het opnieuw bewerken. De reden komt in de geschiedenis van het plan.</p>
        <div className="field">
          <label htmlFor={reasonId}>Reden (verplicht)</label>
          <textarea
            id={reasonId}
            rows={3}
            value={reason}
            autoFocus
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? errorId : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {reasonError && (
            <p id={errorId} className="field__error">
              {reasonError}
            </p>
          )}
        </div>
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
      </Dialog>
    </div>
  );
}
