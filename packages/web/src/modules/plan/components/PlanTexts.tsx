import { useEffect, useId, useRef } from 'react';
import { Prose } from '@/common/components/Prose';
import { ConflictChoice } from '@/common/forms/ConflictParts';
import { Field } from '@/common/forms/Field';
import { VersionedFormFrame } from '@/common/forms/VersionedFormFrame';
import { useSectionEditor } from '@/common/forms/useSectionEditor';
import type { PlanTextsFieldsFragment } from '@/gql/graphql';
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
  const { editing, status, editButton, open, close } = useSectionEditor();
  const { confirm, confirming, problem: confirmProblem } = useConfirmPlanTexts(plan);
  const proposed = plan.textsProposedFromYear;
  const canEdit = plan.viewerCanEdit;

  return (
    <section className="section plan-texts" aria-labelledby="algemene-teksten">
      <h2 id="algemene-teksten">Algemene teksten</h2>
      {proposed != null && (
        <div className="notice notice--warning plan-texts__proposal" role="note" data-testid="texts-proposal">
          <p>
            <strong>Overgenomen uit {proposed}, nog niet herzien.</strong> Deze teksten komen uit het actieplan {proposed}. Lees ze na en pas aan wat over vorig jaar gaat: zolang ze niet
            herzien zijn, kan het plan niet ingediend worden.
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

  return (
    <VersionedFormFrame
      form={form}
      title="Algemene teksten bewerken"
      className="plan-texts__form"
      label={(key) => PLAN_TEXT_LABELS[key]}
      noun="de algemene teksten"
      onCancel={() => onClose(null)}
    >
      {PLAN_TEXT_KEYS.map((key, index) => (
        <div key={key}>
          <Field id={`${id}-${key}`} label={PLAN_TEXT_LABELS[key]} hint={HINTS[key]} error={form.errors[key]}>
            {(control) => <textarea {...control} ref={index === 0 ? first : undefined} rows={6} value={form.values[key]} onChange={(event) => form.set(key, event.target.value)} />}
          </Field>
          <ConflictChoice id={`${id}-${key}`} field={key} label={PLAN_TEXT_LABELS[key]} conflict={form.conflict} chosen={form.choices[key]} onChoose={(choice) => form.choose(key, choice)} />
        </div>
      ))}
    </VersionedFormFrame>
  );
}
