import { useId, useState } from 'react';
import { Link } from 'react-router';
import { EVALUATION_KIND_LABELS, formatDate, YEAR_REPORT_NARRATIVE_MAX } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { Dialog } from '@/common/components/Dialog';
import { EmptyState } from '@/common/components/EmptyState';
import { Field } from '@/common/forms/Field';
import { formatCount, formatNumber } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { YearReportActionFieldsFragment, YearReportFieldsFragment } from '@/gql/graphql';
import { ProgressBadge } from '@/modules/action/components/ProgressBadge';
import { useYearReport } from '../hooks/useYearReport';
import { AchievementBar } from './AchievementBar';

type Report = YearReportFieldsFragment;
type Goal = Report['strategicGoals'][number];

export function YearReportView({ zone, report, refetch }: { zone: { name: string; slug: string }; report: Report; refetch: () => unknown }) {
  usePageTitle(`Jaarrapport ${report.year} – ${zone.name}`);
  const writes = useYearReport(report, refetch);
  const submitted = report.status === 'SUBMITTED';
  const planPath = `/zones/${zone.slug}/plannen/${report.year}`;
  const noActions = report.summary.actionCount === 0;
  return (
    <div className="year-report">
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: zone.name, to: `/zones/${zone.slug}` }, { label: `Actieplan ${report.year}`, to: planPath }, { label: 'Jaarrapport' }]} />
      <header className="page-header">
        <p className="eyebrow">{zone.name}</p>
        <h1>Jaarrapport {report.year}</h1>
        <p className="lead">Wat er van het actieplan {report.year} terechtkwam, opgemaakt uit de voortgang, de metingen en de opvolging die in Kruispunt geregistreerd zijn.</p>
        <dl className="facts">
          <div>
            <dt>Status</dt>
            <dd>
              <Badge tone={submitted ? 'success' : 'neutral'}>{submitted ? 'Ingediend' : 'In opmaak'}</Badge>
            </dd>
          </div>
          <div>
            <dt>Indiening</dt>
            <dd data-testid="report-deadline">
              {submitted && report.submittedAt ? (
                <>
                  Ingediend op {formatDate(report.submittedAt)}
                  {report.submittedByName && <> door {report.submittedByName}</>}
                </>
              ) : (
                <>in te dienen tegen {formatDate(report.deadline)}</>
              )}
            </dd>
          </div>
          <div>
            <dt>Downloaden</dt>
            <dd className="year-report__downloads">
              <a href={report.docxUrl} download>
                Word
              </a>
              <a href={report.jsonUrl} download>
                JSON
              </a>
            </dd>
          </div>
        </dl>
        {submitted && (
          <p className="notice" role="status" data-testid="report-frozen">
            Dit jaarrapport is ingediend en ligt vast: je ziet het zoals het werd ingediend. Latere wijzigingen aan de acties veranderen het niet.
          </p>
        )}
        <div className="year-report__actions">
          {report.viewerCanEdit && <SubmitReport year={report.year} busy={writes.busy} submit={writes.submit} />}
          {report.viewerCanReopen && <ReopenReport year={report.year} busy={writes.busy} reopen={writes.reopen} />}
        </div>
      </header>

      <section aria-labelledby="samenvatting" className="year-report__section">
        <h2 id="samenvatting">Samenvatting</h2>
        <Summary summary={report.summary} year={report.year} />
      </section>

      {noActions && <EmptyState>Het actieplan {report.year} heeft (voor jou) geen acties: er valt niets te rapporteren.</EmptyState>}

      {report.strategicGoals.map((goal) => (
        <GoalSection key={goal.strategicGoalId} goal={goal} year={report.year} canEdit={report.viewerCanEdit} save={writes.narrative} />
      ))}
      {report.actionsWithoutGoal.length > 0 && (
        <section className="year-report__section" aria-labelledby="zonder-doel">
          <h2 id="zonder-doel">Acties zonder doelstelling</h2>
          {report.actionsWithoutGoal.map((action) => (
            <ActionBlock key={action.actionId} action={action} year={report.year} />
          ))}
        </section>
      )}

      {report.submissions.length > 0 && (
        <section className="year-report__section" aria-labelledby="indieningen">
          <h2 id="indieningen">Indieningen</h2>
          <Reopenings history={report.history} />
          <ul className="year-report__submissions">
            {report.submissions.map((s) => (
              <li key={s.id}>
                Ingediend op {formatDate(s.submittedAt)}
                {s.submittedByName && <> door {s.submittedByName}</>}:{' '}
                <a href={s.docxUrl} download>
                  Word
                </a>{' '}
                ·{' '}
                <a href={s.jsonUrl} download>
                  JSON
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Every reopening with its reason, from the report's history. */
function Reopenings({ history }: { history: Report['history'] }) {
  const reopenings = history.filter((entry) => entry.fields.includes('reopenReason'));
  if (!reopenings.length) return null;
  return (
    <ul className="year-report__submissions" aria-label="Heropeningen">
      {reopenings.map((entry, i) => (
        <li key={i}>
          Heropend op {formatDate(entry.at)}
          {entry.actorName && <> door {entry.actorName}</>}: {String((entry.after as { reopenReason?: unknown } | null)?.reopenReason ?? '')}
        </li>
      ))}
    </ul>
  );
}

function Summary({ summary, year }: { summary: Report['summary']; year: number }) {
  const rows: [string, number][] = [
    ['Afgerond', summary.done],
    ['Lopend', summary.running],
    ['Gepland', summary.planned],
    ['Uitgesteld', summary.postponed],
    ['Stopgezet', summary.stopped],
  ];
  return (
    <div className="year-report__summary">
      <table className="data-table" data-testid="report-summary">
        <caption className="visually-hidden">Acties per voortgangsstatus</caption>
        <thead>
          <tr>
            <th scope="col">Voortgang</th>
            <th scope="col" className="num">
              Acties
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            <td className="num">{summary.actionCount}</td>
          </tr>
        </tfoot>
      </table>
      <dl className="facts">
        <div>
          <dt>Indicatoren</dt>
          <dd>
            {formatCount(summary.indicatorCount, 'indicator', 'indicatoren')}, {summary.indicatorsWithTarget} met streefwaarde, {summary.indicatorsMeasured} gemeten in {year}
          </dd>
        </div>
        <div>
          <dt>Gemiddelde realisatie</dt>
          <dd>{summary.averageAchievement == null ? 'nog geen indicator met streefwaarde én meting' : <AchievementBar achievement={summary.averageAchievement} />}</dd>
        </div>
      </dl>
    </div>
  );
}

function GoalSection({ goal, year, canEdit, save }: { goal: Goal; year: number; canEdit: boolean; save: (goalId: string, text: string) => Promise<string | null> }) {
  const headingId = useId();
  const actionCount = goal.actions.length + goal.operationalGoals.reduce((n, od) => n + od.actions.length, 0);
  return (
    <section className="year-report__section year-report__goal" aria-labelledby={headingId} data-testid="report-goal">
      <h2 id={headingId}>
        Strategische doelstelling {goal.number}: {goal.title}
      </h2>
      <Narrative goal={goal} canEdit={canEdit} save={save} />
      {actionCount === 0 && <p className="muted">Geen acties onder deze doelstelling in {year}.</p>}
      {goal.actions.map((action) => (
        <ActionBlock key={action.actionId} action={action} year={year} />
      ))}
      {goal.operationalGoals
        .filter((od) => od.actions.length > 0)
        .map((od) => (
          <div key={od.operationalGoalId} className="year-report__od">
            <h3>
              Operationele doelstelling {od.number} {od.title}
            </h3>
            {od.actions.map((action) => (
              <ActionBlock key={action.actionId} action={action} year={year} />
            ))}
          </div>
        ))}
    </section>
  );
}

function Narrative({ goal, canEdit, save }: { goal: Goal; canEdit: boolean; save: (goalId: string, text: string) => Promise<string | null> }) {
  const id = useId();
  const [text, setText] = useState(goal.narrative ?? '');
  const [message, setMessage] = useState<{ error?: string; saved?: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  if (!canEdit) {
    return (
      <div className="year-report__narrative">
        <h3 className="year-report__label">Toelichting van de zone</h3>
        {goal.narrative ? goal.narrative.split(/\n+/).map((line, i) => <p key={i}>{line}</p>) : <p className="muted">Geen toelichting geschreven.</p>}
      </div>
    );
  }
  const changed = text !== (goal.narrative ?? '');
  return (
    <form
      className="year-report__narrative"
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        void save(goal.strategicGoalId, text).then((error) => {
          setSaving(false);
          setMessage(error ? { error } : { saved: true });
        });
      }}
    >
      <Field
        id={id}
        label="Toelichting van de zone"
        hint={`Wat bereikte de zone voor deze doelstelling, wat niet, en waarom? Hoogstens ${formatNumber(YEAR_REPORT_NARRATIVE_MAX)} tekens.`}
        error={message?.error}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxLength={YEAR_REPORT_NARRATIVE_MAX}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setMessage(null);
            }}
          />
        )}
      </Field>
      <p className="year-report__save">
        <button type="submit" className="button button--secondary" disabled={saving || !changed}>
          {saving ? 'Bewaren…' : 'Toelichting bewaren'}
        </button>{' '}
        {message?.saved && !changed && (
          <span role="status" className="muted">
            Bewaard.
          </span>
        )}
      </p>
    </form>
  );
}

function ActionBlock({ action, year }: { action: YearReportActionFieldsFragment; year: number }) {
  return (
    <article className="year-report__action" data-testid="report-action">
      <h4>
        <Link to={`/acties/${action.actionId}`}>
          Actie {action.number ?? year}: {action.title}
        </Link>{' '}
        <ProgressBadge status={action.progressStatus} />
      </h4>
      {action.indicators.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table year-report__indicators" data-stack>
            <caption className="visually-hidden">Indicatoren van {action.title}</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col" className="num">
                  Streefwaarde
                </th>
                <th scope="col" className="num">
                  Gemeten
                </th>
                <th scope="col">Realisatie</th>
              </tr>
            </thead>
            <tbody>
              {action.indicators.map((indicator, i) => (
                <tr key={i}>
                  <th scope="row">
                    {indicator.name} <span className="muted">· {EVALUATION_KIND_LABELS[indicator.kind].toLowerCase()}</span>
                  </th>
                  <td className="num" data-label="Streefwaarde">
                    {indicator.target == null ? '–' : `${formatNumber(indicator.target)}${indicator.unit ? ` ${indicator.unit}` : ''}`}
                  </td>
                  <td className="num" data-label="Gemeten">
                    {indicator.measured == null ? (
                      <span className="muted">niet gemeten</span>
                    ) : (
                      <>
                        {formatNumber(indicator.measured)}
                        {indicator.measuredOn && <span className="muted"> ({formatDate(indicator.measuredOn)})</span>}
                      </>
                    )}
                  </td>
                  <td data-label="Realisatie">
                    <AchievementBar achievement={indicator.achievement} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">Geen indicatoren.</p>
      )}
      {action.reviews.length > 0 ? (
        <ul className="year-report__reviews" aria-label={`Opvolging van ${action.title}`}>
          {action.reviews.map((review, i) => (
            <li key={i}>
              <strong>{review.quarter ? `K${review.quarter}` : formatDate(review.reviewedOn)}</strong> <ProgressBadge status={review.status} /> {review.note}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nog geen opvolging geregistreerd.</p>
      )}
    </article>
  );
}

function SubmitReport({ year, busy, submit }: { year: number; busy: boolean; submit: () => Promise<string | null> }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Indienen
      </button>
      <Dialog
        open={open}
        title={`Jaarrapport ${year} indienen?`}
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              Annuleren
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void submit().then((e) => (e ? setError(e) : setOpen(false)))}>
              {busy ? 'Bezig…' : 'Definitief indienen'}
            </button>
          </>
        }
      >
        <p>Het rapport wordt bewaard zoals het nu is (Word en JSON) en ligt daarna vast. Alleen een beheerder kan het heropenen.</p>
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
      </Dialog>
    </>
  );
}

function ReopenReport({ year, busy, reopen }: { year: number; busy: boolean; reopen: (reason: string) => Promise<{ reason?: string; error?: string } | null> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ reason?: string; error?: string } | null>(null);
  const id = useId();
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Jaarrapport heropenen
      </button>
      <Dialog
        open={open}
        title={`Jaarrapport ${year} heropenen?`}
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              Annuleren
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void reopen(reason).then((p) => (p ? setProblem(p) : setOpen(false)))}>
              {busy ? 'Bezig…' : 'Heropenen'}
            </button>
          </>
        }
      >
        <p>De zone kan het rapport weer aanvullen. De ingediende versie blijft bewaard; de reden komt in de geschiedenis.</p>
        <Field id={id} label="Reden (verplicht)" error={problem?.reason}>
          {(control) => <textarea {...control} rows={3} value={reason} autoFocus onChange={(event) => setReason(event.target.value)} />}
        </Field>
        {problem?.error && (
          <p className="form__error" role="alert">
            {problem.error}
          </p>
        )}
      </Dialog>
    </>
  );
}
