import { EVALUATION_KIND_LABELS } from '@kruispunt/shared';
import { CheckMark } from '@/common/components/CheckMark';
import { Prose } from '@/common/components/Prose';
import { formatNumber } from '@/common/format';
import type { ActionPageQuery } from '@/gql/graphql';
import { EVALUATION_FIELDS, EVALUATION_KINDS } from '../evaluation';

type Action = NonNullable<ActionPageQuery['action']>;

/** "60 deelnemers", "0,5%". */
function formatTarget(value: number, unit: string | null): string {
  if (!unit) return formatNumber(value);
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

/** Evaluatie: the three kinds (☒ chosen, ☐ not), each with its text and its indicators. */
export function EvaluationSection({ evaluation, indicators }: Pick<Action, 'evaluation' | 'indicators'>) {
  const sorted = [...indicators].sort((a, b) => a.position - b.position);
  return (
    <div className="evaluation">
      {EVALUATION_KINDS.map((kind) => {
        const part = evaluation[EVALUATION_FIELDS[kind]];
        const ofKind = sorted.filter((indicator) => indicator.kind === kind);
        return (
          <div key={kind} className="evaluation__kind" data-kind={kind.toLowerCase()} data-chosen={part.chosen}>
            <h3 className="evaluation__title">
              <CheckMark checked={part.chosen} />
              {EVALUATION_KIND_LABELS[kind]}
            </h3>
            {(part.chosen || part.text) && <Prose text={part.text} empty="Geen toelichting." />}
            {ofKind.length > 0 && (
              <div className="table-scroll">
                <table className="indicators">
                  <caption className="visually-hidden">Indicatoren voor {EVALUATION_KIND_LABELS[kind].toLowerCase()}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Indicator</th>
                      <th scope="col">Meetmethode</th>
                      <th scope="col">Streefwaarde</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ofKind.map((indicator) => (
                      <tr key={indicator.id}>
                        <td data-label="Indicator">{indicator.name}</td>
                        <td data-label="Meetmethode">{indicator.method ?? <span className="muted">—</span>}</td>
                        <td data-label="Streefwaarde">{indicator.targetValue != null ? formatTarget(indicator.targetValue, indicator.targetUnit) : <span className="muted">—</span>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
