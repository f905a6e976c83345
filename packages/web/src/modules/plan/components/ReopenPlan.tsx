import { useId, useState } from 'react';
import { Dialog } from '@/common/components/Dialog';
import { Field } from '@/common/forms/Field';
import { useReopenPlan } from '../hooks/useReopenPlan';

/** "Plan heropenen": for administrators (the server's `viewerCanReopen`), with a required reason that goes into the plan's history. */
export function ReopenPlan({ plan }: { plan: { id: string; year: number; version: number } }) {
  const [open, setOpen] = useState(false);
  const reasonId = useId();
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
        <Field id={reasonId} label="Reden (verplicht)" hint="Bijvoorbeeld: het Departement Zorg vraagt een correctie." error={reasonError ?? undefined}>
          {(control) => <textarea {...control} rows={3} value={reason} autoFocus onChange={(event) => setReason(event.target.value)} />}
        </Field>
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
      </Dialog>
    </div>
  );
}
