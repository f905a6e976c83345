import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { EVALUATION_KIND_LABELS, PROGRESS_STATUSES, PROGRESS_STATUS_LABELS, formatDate, type ProgressStatus } from '@kruispunt/shared';
import { EmptyState } from '@/common/components/EmptyState';
import { Field } from '@/common/forms/Field';
import { issuesByField } from '@/common/forms/issues';
import { loadSchemas, preloadSchemas } from '@/common/forms/load-schemas';
import { parseDecimal, todayIso } from '@/common/forms/lines';
import { formatNumber } from '@/common/format';
import { errorIssues, mutationMessage } from '@/common/mutation-errors';
import type { ActionFollowUpQuery } from '@/gql/graphql';
import { IndicatorTrendChart } from './IndicatorTrendChart';
import { AddActionReviewMutation, AddIndicatorValueMutation, DeleteIndicatorValueMutation } from '../../graphql/action-follow-up';
import { ProgressBadge } from '../ProgressBadge';

type Action = NonNullable<ActionFollowUpQuery['action']>;
type Indicator = Action['indicators'][number];

const refetch = { refetchQueries: ['ActionFollowUp', 'ActionPage'], awaitRefetchQueries: true };

/** Opvolging: the progress status, quarterly reviews and measured indicator values. */
export function ProgressPanel({ action, canEdit }: { action: Action; canEdit: boolean }) {
  const indicators = [...action.indicators].sort((a, b) => a.position - b.position);
  return (
    <section className="section follow-up__panel" aria-labelledby="opvolging">
      <h2 id="opvolging">Opvolging</h2>
      <p>
        Voortgang nu: <ProgressBadge status={action.progressStatus} />
      </p>

      <h3>Kwartaalopvolging</h3>
      {action.reviews.length === 0 ? (
        <EmptyState>Nog geen opvolging genoteerd.</EmptyState>
      ) : (
        <ol className="reviews">
          {action.reviews.map((review) => (
            <li key={review.id} className="reviews__item">
              <p className="reviews__head">
                <strong>{review.quarter ? `Kwartaal ${review.quarter}` : 'Opvolging'}</strong> · {formatDate(review.reviewedOn)} · <ProgressBadge status={review.status} />
              </p>
              <p className="prose-item">{review.note}</p>
            </li>
          ))}
        </ol>
      )}
      {canEdit && <ReviewForm actionId={action.id} status={action.progressStatus} />}

      <h3>Indicatoren</h3>
      {indicators.length === 0 ? (
        <EmptyState>Deze actie heeft nog geen indicatoren. Voeg ze toe in de fiche (Bewerken → Evaluatie).</EmptyState>
      ) : (
        <ul className="indicator-progress">
          {indicators.map((indicator) => (
            <IndicatorProgress key={indicator.id} indicator={indicator} canEdit={canEdit} />
          ))}
        </ul>
      )}
    </section>
  );
}

function currentQuarter(): string {
  return String(Math.floor(new Date().getMonth() / 3) + 1);
}

function ReviewForm({ actionId, status }: { actionId: string; status: ProgressStatus }) {
  const [reviewedOn, setReviewedOn] = useState(todayIso);
  const [quarter, setQuarter] = useState(currentQuarter);
  const [newStatus, setNewStatus] = useState<ProgressStatus>(status);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [add, { loading, error }] = useMutation(AddActionReviewMutation, refetch);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setDone(false);
    const input = { reviewedOn, quarter: quarter ? Number(quarter) : null, status: newStatus, note };
    const { actionReviewSchema, fieldIssues } = await loadSchemas();
    const parsed = actionReviewSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(issuesByField(fieldIssues(parsed.error)));
      return;
    }
    setErrors({});
    try {
      await add({ variables: { actionId, input: { reviewedOn: parsed.data.reviewedOn, quarter: parsed.data.quarter ?? null, status: parsed.data.status, note: parsed.data.note } } });
      setNote('');
      setDone(true);
    } catch (failure) {
      setErrors(issuesByField(errorIssues(failure)));
    }
  };

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} onFocus={preloadSchemas} noValidate aria-labelledby="opvolging-noteren">
      <h4 id="opvolging-noteren">Opvolging noteren</h4>
      <div className="field-row">
        <Field id="review-datum" label="Datum" error={errors.reviewedOn}>
          {(control) => <input {...control} type="date" value={reviewedOn} onChange={(e) => setReviewedOn(e.target.value)} />}
        </Field>
        <Field id="review-kwartaal" label="Kwartaal" error={errors.quarter}>
          {(control) => (
            <select {...control} value={quarter} onChange={(e) => setQuarter(e.target.value)}>
              <option value="">Geen</option>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  Kwartaal {q}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="review-status" label="Voortgang nu" error={errors.status}>
          {(control) => (
            <select {...control} value={newStatus} onChange={(e) => setNewStatus(e.target.value as ProgressStatus)}>
              {PROGRESS_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {PROGRESS_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="review-notitie" label="Hoe ver staat de actie?" hint="Welke stappen zijn gezet, welke blijven over, wat moet er veranderen?" error={errors.note}>
        {(control) => <textarea {...control} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Bezig…' : 'Opvolging bewaren'}
        </button>
        <span aria-live="polite" className="muted">
          {done ? 'Opvolging bewaard.' : ''}
        </span>
      </div>
      {error && Object.keys(errors).length === 0 && (
        <p className="form__error" role="alert">
          {mutationMessage(error)}
        </p>
      )}
    </form>
  );
}

function formatValue(value: number, unit: string | null): string {
  if (!unit) return formatNumber(value);
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

function IndicatorProgress({ indicator, canEdit }: { indicator: Indicator; canEdit: boolean }) {
  const values = [...indicator.values].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const last = values[values.length - 1];
  const [remove, removing] = useMutation(DeleteIndicatorValueMutation, refetch);
  const headingId = `indicator-${indicator.id}`;
  return (
    <li className="indicator-progress__item" aria-labelledby={headingId}>
      <h4 id={headingId}>{indicator.name}</h4>
      <p className="muted">
        {EVALUATION_KIND_LABELS[indicator.kind]}
        {indicator.targetValue != null && <> · streefwaarde {formatValue(indicator.targetValue, indicator.targetUnit)}</>}
        {last && <> · laatste meting {formatValue(last.value, indicator.targetUnit)}</>}
      </p>
      <IndicatorTrendChart name={indicator.name} years={indicator.trend} />
      {values.length === 0 ? (
        <p className="muted">Nog geen metingen.</p>
      ) : (
        <div className="indicator-progress__data">
          <Sparkline values={values.map((v) => v.value)} target={indicator.targetValue} label={`Verloop van ${indicator.name}`} />
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`Metingen van ${indicator.name}`}>
            <table className="plain-table plain-table--compact">
              <caption className="visually-hidden">Metingen van {indicator.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Datum</th>
                  <th scope="col">Waarde</th>
                  <th scope="col">Opmerking</th>
                  {canEdit && (
                    <th scope="col">
                      <span className="visually-hidden">Acties</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {values.map((value) => (
                  <tr key={value.id}>
                    <td>{formatDate(value.measuredOn)}</td>
                    <td>{formatValue(value.value, indicator.targetUnit)}</td>
                    <td>{value.remark ?? <span className="muted">—</span>}</td>
                    {canEdit && (
                      <td>
                        <button
                          type="button"
                          className="link-button link-button--danger"
                          disabled={removing.loading}
                          onClick={() => void remove({ variables: { id: value.id } }).catch(() => undefined)}
                        >
                          Verwijderen<span className="visually-hidden">: meting van {formatDate(value.measuredOn)}</span>
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {removing.error && (
        <p className="form__error" role="alert">
          {mutationMessage(removing.error)}
        </p>
      )}
      {canEdit && <ValueForm indicator={indicator} />}
    </li>
  );
}

function ValueForm({ indicator }: { indicator: Indicator }) {
  const [value, setValue] = useState('');
  const [measuredOn, setMeasuredOn] = useState(todayIso);
  const [remark, setRemark] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [add, { loading, error }] = useMutation(AddIndicatorValueMutation, refetch);
  const id = (name: string): string => `meting-${indicator.id}-${name}`;

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const parsedValue = parseDecimal(value);
    const { indicatorValueSchema, fieldIssues } = await loadSchemas();
    const parsed = indicatorValueSchema.safeParse({ value: parsedValue ?? Number.NaN, measuredOn, remark: remark || null });
    if (!parsed.success) {
      setErrors(issuesByField(fieldIssues(parsed.error)));
      return;
    }
    setErrors({});
    try {
      await add({ variables: { indicatorId: indicator.id, input: { value: parsed.data.value, measuredOn: parsed.data.measuredOn, remark: parsed.data.remark ?? null } } });
      setValue('');
      setRemark('');
    } catch (failure) {
      setErrors(issuesByField(errorIssues(failure)));
    }
  };

  return (
    <form className="inline-form inline-form--row" onSubmit={(event) => void submit(event)} onFocus={preloadSchemas} noValidate aria-label={`Meting toevoegen voor ${indicator.name}`}>
      <Field id={id('waarde')} label={`Waarde${indicator.targetUnit ? ` (${indicator.targetUnit})` : ''}`} error={errors.value} className="field--narrow">
        {(control) => <input {...control} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />}
      </Field>
      <Field id={id('datum')} label="Datum" error={errors.measuredOn}>
        {(control) => <input {...control} type="date" value={measuredOn} onChange={(e) => setMeasuredOn(e.target.value)} />}
      </Field>
      <Field id={id('opmerking')} label="Opmerking (optioneel)" error={errors.remark} className="field--grow">
        {(control) => <input {...control} value={remark} onChange={(e) => setRemark(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--secondary" disabled={loading}>
        {loading ? 'Bezig…' : 'Meting toevoegen'}
      </button>
      {error && Object.keys(errors).length === 0 && (
        <p className="form__error" role="alert">
          {mutationMessage(error)}
        </p>
      )}
    </form>
  );
}

/** A small line chart of the measured values, with the target as a dashed line. */
function Sparkline({ values, target, label }: { values: number[]; target: number | null; label: string }) {
  const width = 160;
  const height = 48;
  const pad = 4;
  const all = target != null ? [...values, target] : values;
  const min = Math.min(0, ...all);
  const max = Math.max(...all, min + 1);
  const x = (index: number): number => (values.length === 1 ? width / 2 : pad + (index * (width - 2 * pad)) / (values.length - 1));
  const y = (value: number): number => height - pad - ((value - min) * (height - 2 * pad)) / (max - min);
  const points = values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      {target != null && <line x1={pad} x2={width - pad} y1={y(target)} y2={y(target)} className="sparkline__target" />}
      <polyline points={points} className="sparkline__line" />
      {values.map((value, index) => (
        <circle key={index} cx={x(index)} cy={y(value)} r={2.5} className="sparkline__dot" />
      ))}
    </svg>
  );
}
