import { EVALUATION_KIND_LABELS } from '@kruispunt/shared';
import { CheckMark } from '@/common/components/CheckMark';
import { EVALUATION_FIELDS, EVALUATION_KINDS, type EvaluationField } from '../evaluation';

type ChosenParts = Record<EvaluationField, { chosen: boolean }>;

/** The three evaluation kinds as ☒/☐, compact (for the plan overview). */
export function EvaluationKinds({ evaluation }: { evaluation: ChosenParts }) {
  return (
    <ul className="evaluation-kinds">
      {EVALUATION_KINDS.map((kind) => (
        <li key={kind} data-kind={kind.toLowerCase()}>
          <CheckMark checked={evaluation[EVALUATION_FIELDS[kind]].chosen} />
          {EVALUATION_KIND_LABELS[kind]}
        </li>
      ))}
    </ul>
  );
}
