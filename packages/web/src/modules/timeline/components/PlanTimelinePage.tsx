import { Fragment } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { actionLabel, formatFte, formatNumber, monthLabel } from '@/common/format';
import { isNotFoundError } from '@/common/graphql-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { PlanTimelineQuery } from '@/gql/graphql';
import { groupActionsByGoal } from '@/modules/plan/hooks/useGroupedActions';
import { PlanTimelineQuery as PlanTimelineDocument } from '../graphql/plan-timeline';
import { DEFAULT_ACTIONS_PER_FTE, overCapacity, parseThreshold, runningPerMonth } from '../capacity';
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
  const [params, setParams] = useSearchParams();
  const perFte = parseThreshold(params.get('drempel'));
  const { strategicGroups, withoutGoal } = groupActionsByGoal(plan.strategicGoals, plan.actions);
  const running = runningPerMonth(plan.actions);
  const fte = zone.staffFte;
  const overMonths = MONTHS.filter((month) => overCapacity(running[month - 1] ?? 0, fte, perFte));
  const planPath = `/zones/${zone.slug}/plannen/${plan.year}`;

  const setThreshold = (value: string): void => {
    const next = new URLSearchParams(params);
    if (!value || Number(value.replace(',', '.')) === DEFAULT_ACTIONS_PER_FTE) next.delete('drempel');
    else next.set('drempel', value);
    setParams(next, { replace: true });
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Zones', to: '/' },
          { label: zone.name, to: `/zones/${zone.slug}` },
          { label: `Actieplan ${plan.year}`, to: planPath },
          { label: 'Tijdslijn' },
        ]}
      />
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
            <caption className="visually-hidden">
              Acties van het actieplan {plan.year} per maand, met hun mijlpalen en de capaciteitscontrole
            </caption>
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
                  <GoalRow label={`SD ${group.goal.number}`} title={group.goal.title} />
                  {group.actions.map((action) => (
                    <ActionRow key={action.id} action={action} />
                  ))}
                  {group.operationalGroups.map((od) => (
                    <Fragment key={od.goal.id}>
                      <GoalRow label={`OD ${od.goal.number}`} title={od.goal.title} operational />
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
                {MONTHS.map((month) => {
                  const count = running[month - 1] ?? 0;
                  const over = overCapacity(count, fte, perFte);
                  return (
                    <td key={month} data-over={over}>
                      {count}
                      {over && <span className="visually-hidden"> (boven de drempel)</span>}
                    </td>
                  );
                })}
              </tr>
              {fte != null && fte > 0 && (
                <tr className="capacity-row capacity-row--ratio">
                  <th scope="row">Per VTE</th>
                  {MONTHS.map((month) => {
                    const count = running[month - 1] ?? 0;
                    return (
                      <td key={month} data-over={overCapacity(count, fte, perFte)}>
                        {formatNumber(Math.round((count / fte) * 10) / 10)}
                      </td>
                    );
                  })}
                </tr>
              )}
            </tfoot>
          </table>
        </div>
      )}

      <section className="section capacity" aria-labelledby="capaciteit">
        <h2 id="capaciteit">Capaciteit</h2>
        {fte == null || fte <= 0 ? (
          <p className="notice">
            Het personeel (VTE) van {zone.name} is niet ingevuld in Kruispunt, dus de capaciteit per medewerker kan niet berekend worden. Hierboven zie je
            wel hoeveel acties er per maand lopen.
          </p>
        ) : (
          <>
            <p>
              Een maand kleurt rood als er meer dan <strong>{formatNumber(perFte)}</strong> acties per voltijdse medewerker tegelijk lopen: met{' '}
              {formatFte(fte)} is dat meer dan <strong>{formatNumber(perFte * fte)}</strong> acties.
            </p>
            <p data-testid="capacity-verdict" className={overMonths.length > 0 ? 'capacity__verdict capacity__verdict--over' : 'capacity__verdict'}>
              {overMonths.length === 0
                ? 'Geen enkele maand gaat over de drempel.'
                : `${overMonths.length === 1 ? 'Eén maand gaat' : `${overMonths.length} maanden gaan`} over de drempel: ${overMonths.map(monthLabel).join(', ')}.`}
            </p>
          </>
        )}
        <div className="field field--narrow no-print">
          <label htmlFor="drempel" className="field__label">
            Drempel: acties per VTE
          </label>
          <input id="drempel" type="number" min={1} max={100} step={0.5} inputMode="decimal" value={perFte} onChange={(event) => setThreshold(event.target.value)} />
        </div>
      </section>
    </>
  );
}

function GoalRow({ label, title, operational = false }: { label: string; title: string; operational?: boolean }) {
  return (
    <tr className={operational ? 'timeline-chart__goal timeline-chart__goal--od' : 'timeline-chart__goal'}>
      <th scope="colgroup" colSpan={13}>
        <span className="timeline-chart__goal-label">{label}</span> {title}
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
