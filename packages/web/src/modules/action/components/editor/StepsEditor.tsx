import { newKey, type StepRow } from '../../form/action-form';
import { fieldAnchor, MONTH_OPTIONS, move, RowTools } from './editor-parts';
import { SelectInput, TextArea, TextInput } from './inputs';

/** "Hoe?": the steps in order, each with a milestone month or date. */
export function StepsEditor({ steps, onChange, errors }: { steps: StepRow[]; onChange: (steps: StepRow[]) => void; errors: Record<string, string> }) {
  const update = (index: number, patch: Partial<StepRow>): void => onChange(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  return (
    <div className="rows" id={fieldAnchor('steps')}>
      <h3>Stappen en mijlpalen</h3>
      {steps.length === 0 && <p className="muted">Nog geen stappen. Beschrijf kort hoe je de actie aanpakt.</p>}
      <ol className="rows__list">
        {steps.map((step, index) => (
          <li key={step.key} className="row-card">
            <fieldset>
              <legend>Stap {index + 1}</legend>
              <TextArea
                id={fieldAnchor(`steps.${index}.text`)}
                label="Wat gebeurt er?"
                value={step.text}
                onChange={(v) => update(index, { text: v })}
                error={errors[`steps.${index}.text`]}
                rows={2}
              />
              <div className="field-row">
                <SelectInput
                  id={fieldAnchor(`steps.${index}.month`)}
                  label="Mijlpaal: maand"
                  value={step.month}
                  onChange={(v) => update(index, { month: v })}
                  empty="Geen"
                  options={MONTH_OPTIONS}
                  error={errors[`steps.${index}.month`]}
                />
                <TextInput
                  id={fieldAnchor(`steps.${index}.date`)}
                  type="date"
                  label="of datum"
                  value={step.date}
                  onChange={(v) => update(index, { date: v })}
                  error={errors[`steps.${index}.date`]}
                />
              </div>
              <RowTools index={index} count={steps.length} noun="stap" onMove={(by) => onChange(move(steps, index, by))} onRemove={() => onChange(steps.filter((_, i) => i !== index))} />
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" onClick={() => onChange([...steps, { key: newKey(), text: '', month: '', date: '' }])}>
        Stap toevoegen
      </button>
    </div>
  );
}
