import { EVALUATION_KINDS, EVALUATION_KIND_LABELS } from '@kruispunt/shared';
import { newKey, type IndicatorRow } from '../../form/action-form';
import { fieldAnchor, move, RowTools } from './editor-parts';
import { SelectInput, TextInput } from './inputs';

/** The indicators of the Evaluatie section: what is measured, how, and the target. */
export function IndicatorsEditor({ indicators, onChange, errors }: { indicators: IndicatorRow[]; onChange: (rows: IndicatorRow[]) => void; errors: Record<string, string> }) {
  const update = (index: number, patch: Partial<IndicatorRow>): void => onChange(indicators.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="rows" id={fieldAnchor('indicators')}>
      <h3>Indicatoren</h3>
      {indicators.length === 0 && <p className="muted">Nog geen indicatoren. Wat meet je, hoe, en wat is je streefwaarde?</p>}
      <ol className="rows__list">
        {indicators.map((row, index) => (
          <li key={row.key} className="row-card">
            <fieldset>
              <legend>Indicator {index + 1}</legend>
              <TextInput
                id={fieldAnchor(`indicators.${index}.name`)}
                label="Wat meet je?"
                value={row.name}
                onChange={(v) => update(index, { name: v })}
                error={errors[`indicators.${index}.name`]}
              />
              <div className="field-row">
                <SelectInput
                  id={fieldAnchor(`indicators.${index}.kind`)}
                  label="Soort evaluatie"
                  value={row.kind}
                  onChange={(v) => update(index, { kind: v as IndicatorRow['kind'] })}
                  options={EVALUATION_KINDS.map((kind) => ({ value: kind, label: EVALUATION_KIND_LABELS[kind] }))}
                  error={errors[`indicators.${index}.kind`]}
                />
                <TextInput
                  id={fieldAnchor(`indicators.${index}.method`)}
                  label="Meetmethode"
                  placeholder="bv. bevraging, aanwezigheidslijst"
                  value={row.method}
                  onChange={(v) => update(index, { method: v })}
                  error={errors[`indicators.${index}.method`]}
                />
              </div>
              <div className="field-row">
                <TextInput
                  id={fieldAnchor(`indicators.${index}.targetValue`)}
                  label="Streefwaarde"
                  inputMode="decimal"
                  placeholder="bv. 60"
                  value={row.targetValue}
                  onChange={(v) => update(index, { targetValue: v })}
                  error={errors[`indicators.${index}.targetValue`]}
                  className="field--narrow"
                />
                <TextInput
                  id={fieldAnchor(`indicators.${index}.targetUnit`)}
                  label="Eenheid"
                  placeholder="bv. deelnemers, %, workshops"
                  value={row.targetUnit}
                  onChange={(v) => update(index, { targetUnit: v })}
                  error={errors[`indicators.${index}.targetUnit`]}
                />
              </div>
              <RowTools
                index={index}
                count={indicators.length}
                noun="indicator"
                onMove={(by) => onChange(move(indicators, index, by))}
                onRemove={() => onChange(indicators.filter((_, i) => i !== index))}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...indicators, { key: newKey(), id: null, kind: 'PROCESS', name: '', method: '', targetValue: '', targetUnit: '' }])}
      >
        Indicator toevoegen
      </button>
    </div>
  );
}
