import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Prose } from '@/common/components/Prose';
import { ConflictBanner, ConflictChoice } from '@/common/forms/ConflictParts';
import { Field } from '@/common/forms/Field';
import type { PlanTextsFieldsFragment } from '@/gql/graphql';
import '@/common/forms/versioned-form.css';
import { PLAN_TEXT_KEYS, PLAN_TEXT_LABELS, useConfirmPlanTexts, usePlanTextsForm, type PlanTextKey } from '../hooks/usePlanTexts';

const HINTS: Partial<Record<PlanTextKey, string>> = {
  introText: 'Context van het plan: wat er dit jaar speelt in de zone.',
  targetGroupsText: 'Hoe bereikt de zorgraad specifieke doelgroepen?',
  networkText: 'Hoe functioneert de zorgraad als netwerkorganisatie?',
};

/**
 * "Algemene teksten" of a plan: its three general texts; a clear banner while they are the ones
 * copied from last year's plan and not reviewed (confirm or edit them); an editor for those the
 * server lets edit (`viewerCanEdit`).
 */
export function PlanTexts({ plan }: { plan: PlanTextsFieldsFragment }) {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const { confirm, confirming, problem: confirmProblem } = useConfirmPlanTexts(plan);
  const proposed = plan.textsProposedFromYear;
  const canEdit = plan.viewerCanEdit;

  const open = (): void => {
    setStatus(null);
    setEditing(true);
  };

  const close = (message: string | null): void => {
    setEditing(false);
    setStatus(message);
    // Back to where the person started.
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  return (
    <section className="section plan-texts" aria-labelledby="algemene-teksten">
      <h2 id="algemene-teksten">Algemene teksten</h2>
      {proposed != null && (
        <div className="notice notice--warning plan-texts__proposal" role="note" data-testid="texts-proposal">
          <p>
            <strong>Overgenomen uit {proposed}, nog niet herzien.</strong>{' '}
            Deze teksten komen uit het actieplan {proposed}. Lees ze na en pas aan wat over vorig jaar gaat: zolang ze niet herzien zijn, kan het plan niet
            ingediend worden.
          </p>
          {canEdit && !editing && (
            <div className="plan-texts__actions">
              <button
                type="button"
                className="button button--small"
                disabled={confirming}
                onClick={() => {
                  void confirm().then((done) => {
                    if (!done) return;
                    // The banner and its buttons are gone: focus goes to the section's own button.
                    close('De teksten zijn bevestigd.');
                  });
                }}
              >
                {confirming ? 'Bevestigen…' : 'Teksten bevestigen'}
              </button>
              <button type="button" className="button button--small button--secondary" onClick={open}>
                Bewerken
              </button>
            </div>
          )}
          {confirmProblem && (
            <p className="form__error" role="alert">
              {confirmProblem}
            </p>
          )}
        </div>
      )}
      <p className="plan-texts__status muted small" role="status">
        {status}
      </p>
      {editing ? (
        <PlanTextsEditor plan={plan} onClose={close} />
      ) : (
        <>
          {/* Long texts: folded away unless they still need a reading. */}
          <details className="plan-texts__details" open={proposed != null || undefined}>
            <summary>Inleiding, doelgroepen en netwerkorganisatie</summary>
            {PLAN_TEXT_KEYS.map((key) => (
              <div key={key} className="plan-texts__text">
                <h3>{PLAN_TEXT_LABELS[key]}</h3>
                <Prose text={plan[key]} />
              </div>
            ))}
          </details>
          {canEdit && (
            <p>
              <button ref={editButton} type="button" className="button button--secondary" onClick={open}>
                Algemene teksten bewerken
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function PlanTextsEditor({ plan, onClose }: { plan: PlanTextsFieldsFragment; onClose: (message: string | null) => void }) {
  const id = useId();
  const form = usePlanTextsForm(plan, () => onClose('De algemene teksten zijn bewaard.'));
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    // Ctrl+Enter saves from a text area; Escape leaves an untouched editor.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void form.submit();
    } else if (event.key === 'Escape' && !form.dirty) {
      event.preventDefault();
      onClose(null);
    }
  };

  return (
    <form
      className="form versioned-form plan-texts__form"
      aria-labelledby={`${id}-titel`}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <h3 id={`${id}-titel`} className="visually-hidden">
        Algemene teksten bewerken
      </h3>
      {form.conflict && <ConflictBanner conflict={form.conflict} label={(key) => PLAN_TEXT_LABELS[key]} noun="de algemene teksten" submitLabel="Opslaan" onLoad={() => void form.loadLatest()} />}
      {form.problem && (
        <p className="form__error" role="alert">
          {form.problem}
        </p>
      )}
      {PLAN_TEXT_KEYS.map((key, index) => (
        <div key={key}>
          <Field id={`${id}-${key}`} label={PLAN_TEXT_LABELS[key]} hint={HINTS[key]} error={form.errors[key]}>
            {(control) => <textarea {...control} ref={index === 0 ? first : undefined} rows={6} value={form.values[key]} onChange={(event) => form.set(key, event.target.value)} />}
          </Field>
          <ConflictChoice id={`${id}-${key}`} field={key} label={PLAN_TEXT_LABELS[key]} conflict={form.conflict} chosen={form.choices[key]} onChoose={(choice) => form.choose(key, choice)} />
        </div>
      ))}
      <div className="versioned-form__actions">
        <button type="submit" className="button" disabled={form.saving || (form.conflict !== null && form.conflict.status !== 'merged')}>
          {form.saving ? 'Opslaan…' : 'Opslaan'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onClose(null)} disabled={form.saving}>
          Annuleren
        </button>
        <span className="muted small">Ctrl+Enter bewaart.</span>
      </div>
    </form>
  );
}
