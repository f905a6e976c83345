import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { actionLabel, formatCount, formatFte, formatNumber, monthLabel, monthName } from '@/common/format';
import { isNotFoundError } from '@/common/graphql-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { GoalStatusFieldsFragment, PlanTimelineQuery } from '@/gql/graphql';
import { GoalStatusBadge, goalStatusMap } from '@/modules/plan/components/GoalStatusBadge';
import { groupActionsByGoal } from '@/modules/plan/hooks/useGroupedActions';
import { PlanTimelineQuery as PlanTimelineDocument } from '../graphql/plan-timeline';
import { WORKING_DAYS_PER_FTE_PER_MONTH } from '@kruispunt/shared';
import '@/common/staff.css';

type Zone = NonNullable<PlanTimelineQuery['zone']>;
type Plan = NonNullable<Zone['actionPlan']>;
type Action = Plan['actions'][number];

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** Route `/zones/:slug/plannen/:year/tijdslijn`: every action × January–December, and the capacity check. */
export function PlanTimelinePage() {
  const { slug = '', year: yearParam = '' } = useParams();
  const year = /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const { data, error, refetch } = useQuery(PlanTimelineDocument, { variables: { slug, year: year ?? 0 }, skip: year === null });
  if (year === null) return <NotFound message="Dit is geen geldig jaartal voor een actieplan." />;
  if (error && isNotFoundError(error)) return <NotFound message="Dit actieplan bestaat niet." />;
  if (error) return <ErrorState error={error} what="de tijdslijn" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Tijdslijn laden…" />;
  if (!data.zone) return <NotFound message={`Er is geen zone met de naam “${slug}”.`} />;
  if (!data.zone.actionPlan) return <NotFound message={`${data.zone.name} heeft geen actieplan voor ${year}.`} />;
  return <TimelineView zone={data.zone} plan={data.zone.actionPlan} />;
}

function TimelineView({ zone, plan }: { zone: Zone; plan: Plan }) {
  usePageTitle(`Tijdslijn ${plan.year} – ${zone.name}`);
  const { strategicGroups, withoutGoal } = groupActionsByGoal(plan.strategicGoals, plan.actions);
  // Capacity as effort, computed by the API (packages/shared capacity.ts): nothing is decided here.
  const capacity = plan.capacity;
  const fte = zone.staffFte;
  const overMonths = capacity.filter((m) => m.overCapacity);
  const goalStatuses = goalStatusMap(plan.goalStatuses);
  const planPath = `/zones/${zone.slug}/plannen/${plan.year}`;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: zone.name, to: `/zones/${zone.slug}` }, { label: `Actieplan ${plan.year}`, to: planPath }, { label: 'Tijdslijn' }]} />
      <header className="page-header">
        <p className="eyebrow">{zone.name}</p>
        <h1>Tijdslijn {plan.year}</h1>
        <p className="lead">Welke actie loopt wanneer, met de mijlpaal van elke maand, en of het jaar haalbaar is met het personeel van de zone.</p>
        <div className="button-row no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Afdrukken
          </button>
          <Link to={planPath}>Terug naar het actieplan</Link>
        </div>
      </header>

      {plan.actions.length === 0 ? (
        <EmptyState>Dit actieplan heeft nog geen acties.</EmptyState>
      ) : (
        <div className="table-scroll timeline-chart-wrap" tabIndex={0} role="region" aria-label={`Tijdslijn ${plan.year}, schuif opzij voor alle maanden`}>
          <table className="timeline-chart">
            <caption className="visually-hidden">Acties van het actieplan {plan.year} per maand, met hun mijlpalen en de capaciteitscontrole</caption>
            <thead>
              <tr>
                <th scope="col" className="timeline-chart__action">
                  Actie
                </th>
                {MONTHS.map((month) => (
                  <th key={month} scope="col">
                    {monthLabel(month)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {strategicGroups.map((group) => (
                <Fragment key={group.goal.id}>
                  <GoalRow label={`SD ${group.goal.number}`} title={group.goal.title} status={goalStatuses.get(group.goal.id)} />
                  {group.actions.map((action) => (
                    <ActionRow key={action.id} action={action} />
                  ))}
                  {group.operationalGroups.map((od) => (
                    <Fragment key={od.goal.id}>
                      <GoalRow label={`OD ${od.goal.number}`} title={od.goal.title} status={goalStatuses.get(od.goal.id)} operational />
                      {od.actions.map((action) => (
                        <ActionRow key={action.id} action={action} />
                      ))}
                    </Fragment>
                  ))}
                </Fragment>
              ))}
              {withoutGoal.length > 0 && (
                <>
                  {strategicGroups.length > 0 && <GoalRow label="Zonder doelstelling" title="" />}
                  {withoutGoal.map((action) => (
                    <ActionRow key={action.id} action={action} />
                  ))}
                </>
              )}
            </tbody>
            <tfoot>
              <tr className="capacity-row" data-testid="capacity-row">
                <th scope="row">Lopende acties</th>
                {capacity.map((m) => (
                  <td key={m.month}>{m.runningActions}</td>
                ))}
              </tr>
              <tr className="capacity-row" data-testid="planned-days-row">
                <th scope="row">Geplande dagen</th>
                {capacity.map((m) => (
                  <td key={m.month} data-over={m.overCapacity}>
                    {formatNumber(m.plannedDays)}
                    {m.overCapacity && <span className="visually-hidden"> (meer dan beschikbaar)</span>}
                  </td>
                ))}
              </tr>
              {fte != null && (
                <tr className="capacity-row capacity-row--ratio" data-testid="available-days-row">
                  <th scope="row">Beschikbare dagen</th>
                  {capacity.map((m) => (
                    <td key={m.month}>{m.availableDays != null ? formatNumber(m.availableDays) : '–'}</td>
                  ))}
                </tr>
              )}
            </tfoot>
          </table>
        </div>
      )}

      <section className="section capacity" aria-labelledby="capaciteit">
        <h2 id="capaciteit">Capaciteit</h2>
        <p>
          Elke actie telt met haar geschatte werkdagen, gelijk verdeeld over de maanden waarin ze loopt (stopgezette acties tellen niet mee). Beschikbaar per maand: het personeel van de zone
          in VTE × {WORKING_DAYS_PER_FTE_PER_MONTH} werkdagen
          {fte != null && fte > 0 ? ` (${formatFte(fte)}: ${formatNumber(Math.round(fte * WORKING_DAYS_PER_FTE_PER_MONTH * 10) / 10)} dagen)` : ''}.
        </p>
        {fte == null ? (
          <p className="notice">Het personeel (VTE) van {zone.name} is niet ingevuld in Kruispunt, dus de beschikbare dagen kunnen niet berekend worden.</p>
        ) : overMonths.length === 0 ? (
          <p data-testid="capacity-verdict" className="capacity__verdict">
            Geen enkele maand vraagt meer dagen dan er beschikbaar zijn.
          </p>
        ) : (
          <div data-testid="capacity-verdict" className="capacity__verdict capacity__verdict--over" role="note">
            <p>
              <strong>{overMonths.length === 1 ? 'Eén maand vraagt' : `${overMonths.length} maanden vragen`} meer werk dan het personeel aankan:</strong>
            </p>
            <ul>
              {overMonths.map((m) => (
                <li key={m.month}>
                  {monthName(m.month)}: {formatNumber(m.plannedDays)} dagen gepland, {formatNumber(m.availableDays ?? 0)} beschikbaar
                </li>
              ))}
            </ul>
          </div>
        )}
        {plan.actionsWithoutEstimate > 0 && (
          <p className="notice" data-testid="capacity-unestimated">
            {formatCount(plan.actionsWithoutEstimate, 'actie heeft', 'acties hebben')} nog geen geschatte werkdagen: hun werk telt hierboven niet mee. Vul ze in bij het bewerken van de actie
            (Tijdslijn).
          </p>
        )}
      </section>
    </>
  );
}

function GoalRow({ label, title, status, operational = false }: { label: string; title: string; status?: GoalStatusFieldsFragment; operational?: boolean }) {
  return (
    <tr className={operational ? 'timeline-chart__goal timeline-chart__goal--od' : 'timeline-chart__goal'}>
      <th scope="colgroup" colSpan={13}>
        <span className="timeline-chart__goal-label">{label}</span> {title}
        <GoalStatusBadge status={status} compact />
      </th>
    </tr>
  );
}

function ActionRow({ action }: { action: Action }) {
  const byMonth = new Map(action.timeline.map((entry) => [entry.month, entry]));
  const label = actionLabel(action.number);
  return (
    <tr>
      <th scope="row" className="timeline-chart__action">
        <Link to={`/acties/${action.id}`}>
          {label && <span className="muted">{label} </span>}
          {action.title}
        </Link>
      </th>
      {MONTHS.map((month) => {
        const entry = byMonth.get(month);
        return (
          <td key={month} data-active={Boolean(entry)} className="timeline-chart__cell">
            {entry ? (
              entry.milestone ? (
                <span className="timeline-chart__milestone" title={entry.milestone}>
                  <span aria-hidden="true">◆ </span>
                  {entry.milestone}
                </span>
              ) : (
                <span className="visually-hidden">loopt</span>
              )
            ) : null}
          </td>
        );
      })}
    </tr>
  );
}
