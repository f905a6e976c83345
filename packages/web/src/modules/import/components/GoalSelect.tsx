import { Field } from '@/common/forms/Field';
import type { GoalKey, GoalOption } from '../draft';

/** "Doelstelling": the plan's goals to put an imported action under (an action card, a fragment made an action). */
export function GoalSelect({ id, value, goals, error, onChange }: { id: string; value: GoalKey; goals: GoalOption[]; error?: string; onChange: (goal: GoalKey) => void }) {
  return (
    <Field id={id} label="Doelstelling" error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as GoalKey)}>
          {goals.map((g) => (
            <option key={g.key} value={g.key}>
              {g.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
