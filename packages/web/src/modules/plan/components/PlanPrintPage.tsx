import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { EVALUATION_KINDS, EVALUATION_KIND_LABELS, FUNDING_KIND_LABELS, formatDate, PLAN_STATUS_LABELS } from '@kruispunt/shared';
import { CheckMark } from '@/common/components/CheckMark';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { Prose } from '@/common/components/Prose';
import { TextList } from '@/common/components/TextList';
import { actionLabel, formatFte, formatMonthRanges, formatNumber, monthLabel } from '@/common/format';
import { isNotFoundError } from '@/common/graphql-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { PlanPrintQuery, PrintActionFieldsFragment } from '@/gql/graphql';
import { EVALUATION_FIELDS } from '@/modules/action/evaluation';
import { PlanPrintQuery as PlanPrintDocument } from '../graphql/plan-print';
import { groupActionsByGoal } from '../hooks/useGroupedActions';
import '@/common/staff.css';

type Zone = NonNullable<PlanPrintQuery['zone']>;
type Plan = NonNullable<Zone['actionPlan']>;

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** Route `/zones/:slug/plannen/:year/afdrukken`: the plan laid out as the Departement Zorg template. */
export function PlanPrintPage() {
  const { slug = '', year: yearParam = '' } = useParams();
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const { data, error, refetch } = useQuery(PlanPrintDocument, { variables: { slug, year: year ?? 0 }, skip: year === null });
  if (year === null) return <NotFound message="Dit is geen geldig jaartal voor een actieplan." />;
  if (error && isNotFoundError(error)) return <NotFound message="Dit actieplan bestaat niet." />;
  if (error) return <ErrorState error={error} what="het actieplan" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Actieplan laden…" />;
  if (!data.zone) return <NotFound message={`Er is geen zone met de naam “${slug}”.`} />;
  if (!data.zone.actionPlan) return <NotFound message={`${data.zone.name} heeft geen actieplan voor ${year}.`} />;
  return <PrintView zone={data.zone} plan={data.zone.actionPlan} />;
}

/** "met extra financiering" in the title, as the template's titles say it. */
function fundingSuffix(funding: PrintActionFieldsFragment['funding']): string {
  return funding === 'REGULAR' ? '' : ` (${FUNDING_KIND_LABELS[funding].toLowerCase()})`;
}

function PrintView({ zone, plan }: { zone: Zone; plan: Plan }) {
  usePageTitle(`Actieplan ${plan.year} – ${zone.name} (afdrukversie)`);
  const { strategicGroups, withoutGoal } = groupActionsByGoal(plan.strategicGoals, plan.actions);
  const networkShare = zone.networkTimeShare ?? (zone.networkTimePercent != null ? `${zone.networkTimePercent}%` : null);
  const planPath = `/zones/${zone.slug}/plannen/${plan.year}`;
  const ordered = [...strategicGroups.flatMap((g) => [...g.actions, ...g.operationalGroups.flatMap((o) => o.actions)]), ...withoutGoal];
  return (
    <article className="print-plan">
      <div className="print-toolbar no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Afdrukken
        </button>
        <Link to={planPath}>Terug naar het actieplan</Link>
        <span className="muted">Tip: kies “Opslaan als PDF” in het afdrukvenster om het plan in te dienen.</span>
      </div>

      <header className="print-plan__cover">
        <p className="eyebrow">Actieplan {plan.year}</p>
        <h1>{zone.name}</h1>
        <p>
          {plan.multiYearPlan && <>Uitvoering van {plan.multiYearPlan.title} · </>}
          Status: {PLAN_STATUS_LABELS[plan.status].toLowerCase()} · in te dienen bij het Departement Zorg tegen {formatDate(plan.deadline)}
          {plan.submittedAt && <>, ingediend op {formatDate(plan.submittedAt)}</>}
        </p>
        {zone.municipalities.length > 0 && <p>Gemeenten: {zone.municipalities.join(', ')}</p>}
      </header>

      <section className="print-section" aria-labelledby="algemeen-deel">
        <h2 id="algemeen-deel">1. Algemeen deel</h2>
        {plan.textsProposedFromYear != null && (
          <p className="notice notice--warning" role="note">
            Deze teksten zijn overgenomen uit {plan.textsProposedFromYear} en nog niet herzien.
          </p>
        )}
        {plan.introText && (
          <>
            <h3>Inleiding</h3>
            <Prose text={plan.introText} />
          </>
        )}
        <h3>Hoe bereikt de zorgraad specifieke doelgroepen?</h3>
        <Prose text={plan.targetGroupsText} />
        <h3>Hoe functioneert de zorgraad als netwerkorganisatie?</h3>
        <Prose text={plan.networkText} />
        <p>
          <strong>Inschatting van de personeelstijd voor het netwerk:</strong> {networkShare ?? <span className="muted">niet ingevuld</span>}
          {zone.staffFte != null && <> · personeel: {formatFte(zone.staffFte)}</>}
        </p>
      </section>

      <section className="print-section" aria-labelledby="tijdslijn-deel">
        <h2 id="tijdslijn-deel">2. Tijdslijn</h2>
        {ordered.length === 0 ? (
          <EmptyState>Dit actieplan heeft nog geen acties.</EmptyState>
        ) : (
          <table className="print-timeline">
            <thead>
              <tr>
                <th scope="col">Actie</th>
                {MONTHS.map((month) => (
                  <th key={month} scope="col">
                    {monthLabel(month)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ordered.map((action) => {
                const months = new Set(action.timeline.map((entry) => entry.month));
                const milestones = new Set(action.timeline.filter((entry) => entry.milestone).map((entry) => entry.month));
                return (
                  <tr key={action.id}>
                    <th scope="row">
                      {action.number && `${action.number} `}
                      {action.title}
                    </th>
                    {MONTHS.map((month) => (
                      <td key={month} data-active={months.has(month)}>
                        {milestones.has(month) ? '◆' : months.has(month) ? '■' : ''}
                        <span className="visually-hidden">{months.has(month) ? (milestones.has(month) ? 'mijlpaal' : 'loopt') : ''}</span>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p className="muted">■ de actie loopt · ◆ mijlpaal (zie de actiefiche)</p>
      </section>

      <section className="print-section" aria-labelledby="acties-deel">
        <h2 id="acties-deel">3. Actiefiches</h2>
        {strategicGroups.map((group) => (
          <section key={group.goal.id} className="print-goal">
            <h3 className="print-goal__title">
              Strategische doelstelling {group.goal.number}: {group.goal.title}
            </h3>
            {group.actions.map((action) => (
              <PrintSheet key={action.id} action={action} />
            ))}
            {group.operationalGroups.map((od) => (
              <Fragment key={od.goal.id}>
                <h4 className="print-goal__title print-goal__title--od">
                  Operationele doelstelling {od.goal.number}: {od.goal.title}
                </h4>
                {od.actions.map((action) => (
                  <PrintSheet key={action.id} action={action} />
                ))}
              </Fragment>
            ))}
          </section>
        ))}
        {withoutGoal.length > 0 && (
          <section className="print-goal">
            <h3 className="print-goal__title">Acties zonder doelstelling</h3>
            {withoutGoal.map((action) => (
              <PrintSheet key={action.id} action={action} />
            ))}
          </section>
        )}
      </section>
    </article>
  );
}

function PrintSheet({ action }: { action: PrintActionFieldsFragment }) {
  const label = actionLabel(action.number);
  const steps = [...action.steps].sort((a, b) => a.position - b.position);
  const indicators = [...action.indicators].sort((a, b) => a.position - b.position);
  const months = [...action.timeline].sort((a, b) => a.month - b.month);
  return (
    <article className="print-sheet" aria-label={action.title}>
      <h5 className="print-sheet__title">
        {label && <span>{label}: </span>}
        {action.title}
        {fundingSuffix(action.funding)}
      </h5>
      {action.carriedOver && <p className="print-sheet__note">Lopende actie, overgenomen uit het actieplan van vorig jaar.</p>}
      <dl className="print-sheet__grid">
        <dt>Wat?</dt>
        <dd>
          <Prose text={action.what} />
          <p className="print-sheet__sub">Wat gaan we wel doen?</p>
          <TextList items={action.inScope} />
          <p className="print-sheet__sub">Wat gaan we niet doen?</p>
          <TextList items={action.outOfScope} />
        </dd>
        <dt>Waarom?</dt>
        <dd>
          <Prose text={action.why} />
        </dd>
        <dt>Voor wie?</dt>
        <dd>
          <TextList items={action.targetGroups} />
        </dd>
        <dt>Met wie?</dt>
        <dd>
          <p>
            <strong>Trekker:</strong> {action.lead?.text ?? <span className="muted">niet ingevuld</span>}
          </p>
          {action.councilRole && (
            <p>
              <strong>Rol van de zorgraad:</strong> {action.councilRole}
            </p>
          )}
          <p className="print-sheet__sub">Stakeholders</p>
          <TextList items={[...action.stakeholderPartners.map((p) => p.name), ...action.stakeholdersOther]} />
        </dd>
        <dt>Hoe?</dt>
        <dd>
          {steps.length === 0 ? (
            <p className="muted">Niet ingevuld.</p>
          ) : (
            <ol>
              {steps.map((step) => (
                <li key={step.id}>
                  {step.text}
                  {(step.date || step.month) && <em> (mijlpaal: {step.date ? formatDate(step.date) : monthLabel(step.month ?? 0)})</em>}
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt>Evaluatie</dt>
        <dd>
          {EVALUATION_KINDS.map((kind) => {
            const part = action.evaluation[EVALUATION_FIELDS[kind]];
            const ofKind = indicators.filter((indicator) => indicator.kind === kind);
            return (
              <div key={kind} className="print-sheet__evaluation">
                <p>
                  <CheckMark checked={part.chosen} />
                  <strong>{EVALUATION_KIND_LABELS[kind]}</strong>
                </p>
                {part.text && <Prose text={part.text} />}
                {ofKind.length > 0 && (
                  <table className="print-sheet__indicators">
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
                          <td>{indicator.name}</td>
                          <td>{indicator.method ?? '—'}</td>
                          <td>
                            {indicator.targetValue != null
                              ? `${formatNumber(indicator.targetValue)}${indicator.targetUnit ? (indicator.targetUnit === '%' ? '%' : ` ${indicator.targetUnit}`) : ''}`
                              : '—'}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            );
          })}
        </dd>
        <dt>Tijdslijn</dt>
        <dd>
          <p>
            {action.startDate || action.endDate ? (
              <>
                {action.startDate ? `Van ${formatDate(action.startDate)}` : ''} {action.endDate ? `tot ${formatDate(action.endDate)}` : ''} ·{' '}
              </>
            ) : null}
            {months.length > 0 ? `loopt in ${formatMonthRanges(months.map((m) => m.month))}` : <span className="muted">geen maanden ingevuld</span>}
          </p>
          {months.some((m) => m.milestone) && (
            <ul>
              {months
                .filter((m) => m.milestone)
                .map((m) => (
                  <li key={m.id}>
                    <strong>{monthLabel(m.month)}:</strong> {m.milestone}
                  </li>
                ))}
            </ul>
          )}
        </dd>
        {(action.funding !== 'REGULAR' || action.fundingRemark) && (
          <>
            <dt>Financiering</dt>
            <dd>
              {FUNDING_KIND_LABELS[action.funding]}
              {action.fundingRemark && <> – {action.fundingRemark}</>}
            </dd>
          </>
        )}
        {action.linkNotes.length > 0 && (
          <>
            <dt>Koppelingen</dt>
            <dd>
              <TextList items={action.linkNotes} />
            </dd>
          </>
        )}
        {action.communicationChannels.length > 0 && (
          <>
            <dt>Communicatie</dt>
            <dd>
              <TextList items={action.communicationChannels} />
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
