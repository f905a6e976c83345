import { useState } from 'react';
import { monthLabel } from '@/common/format';
import { milestoneMonths, newKey, type ActionForm, type StepRow } from '../../form/action-form';
import { fieldAnchor, MONTHS } from './editor-parts';
import { SelectInput, TextInput } from './inputs';

/**
 * The months the action runs in, and per running month its milestones. One milestone system: a
 * milestone is a step with that milestone month, so choosing or adding a milestone here sets a
 * step's month (and a month holding a milestone stays a running month).
 */
export function MonthPicker({
  year,
  months,
  steps,
  onChange,
  onStepsChange,
  errors,
}: {
  year: number | null;
  months: ActionForm['months'];
  steps: StepRow[];
  onChange: (months: ActionForm['months']) => void;
  onStepsChange: (steps: StepRow[]) => void;
  errors: Record<string, string>;
}) {
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const withMilestone = milestoneMonths(steps);
  const update = (index: number, patch: Partial<ActionForm['months'][number]>): void => onChange(months.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const running = MONTHS.filter((month) => months[month - 1]?.active || withMilestone.has(month));
  const setStepMonth = (index: number, month: number | null): void => onStepsChange(steps.map((step, i) => (i === index ? { ...step, month: month ? String(month) : '' } : step)));
  const addMilestone = (month: number): void => {
    const text = (drafts[month] ?? '').trim();
    if (!text) return;
    onStepsChange([...steps, { key: newKey(), text, month: String(month), date: '' }]);
    setDrafts({ ...drafts, [month]: '' });
  };
  return (
    <div id={fieldAnchor('months')}>
      <fieldset className="month-picker">
        <legend>{year ? `Maanden van ${year} waarin de actie loopt` : 'Maanden waarin de actie loopt'}</legend>
        <ul className="month-picker__grid">
          {months.map((row, index) => {
            const locked = withMilestone.has(index + 1);
            return (
              <li key={index}>
                <label className="month-toggle" data-active={row.active || locked} title={locked ? 'Deze maand heeft een mijlpaal en loopt dus' : undefined}>
                  <input type="checkbox" checked={row.active || locked} disabled={locked} onChange={(event) => update(index, { active: event.target.checked })} />
                  <span>{monthLabel(index + 1)}</span>
                  {locked && <span className="visually-hidden"> (heeft een mijlpaal)</span>}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {errors.months && <p className="field__error">⚠ {errors.months}</p>}
      {running.length > 0 && (
        <div className="milestones-editor" data-testid="milestones-editor">
          <h3>Mijlpalen per maand</h3>
          <p className="muted">Een mijlpaal is een stap (Hoe?) met die maand als mijlpaal. Kies een stap of voeg een nieuwe toe.</p>
          {running.map((month) => {
            const linked = steps.flatMap((step, index) => (Number(step.month) === month ? [{ step, index }] : []));
            const free = steps.flatMap((step, index) => (Number(step.month) !== month && step.text.trim() ? [{ step, index }] : []));
            return (
              <fieldset key={month} className="milestone-month" data-testid={`milestone-month-${month}`}>
                <legend>Mijlpaal {monthLabel(month)}</legend>
                {linked.length > 0 && (
                  <ul className="milestone-month__list">
                    {linked.map(({ step, index }) => (
                      <li key={step.key}>
                        <span>
                          Stap {index + 1}: {step.text.trim() || '(nog zonder tekst)'}
                        </span>{' '}
                        <button type="button" className="link-button" onClick={() => setStepMonth(index, null)}>
                          Geen mijlpaal meer<span className="visually-hidden"> in {monthLabel(month)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                <div className="field-row">
                  {free.length > 0 && (
                    <SelectInput
                      id={fieldAnchor(`months.${month}.step`)}
                      label="Bestaande stap als mijlpaal"
                      value=""
                      empty="Kies een stap…"
                      onChange={(v) => v !== '' && setStepMonth(Number(v), month)}
                      options={free.map(({ step, index }) => ({ value: String(index), label: `Stap ${index + 1}: ${step.text.trim().slice(0, 60)}` }))}
                    />
                  )}
                  <TextInput id={fieldAnchor(`months.${month}.new`)} label="Nieuwe mijlpaal (als stap)" value={drafts[month] ?? ''} onChange={(v) => setDrafts({ ...drafts, [month]: v })} />
                  <button type="button" className="button button--secondary milestone-month__add" onClick={() => addMilestone(month)} disabled={!(drafts[month] ?? '').trim()}>
                    Toevoegen<span className="visually-hidden"> als mijlpaal in {monthLabel(month)}</span>
                  </button>
                </div>
              </fieldset>
            );
          })}
        </div>
      )}
    </div>
  );
}
