import { Link, useLocation } from 'react-router';
import { formatDate } from '@kruispunt/shared';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { formatCount } from '@/common/format';
import { ExportMenu } from '@/modules/export/components/ExportMenu';
import type { CreatedPlanState } from '@/modules/zone/hooks/useNewPlan';
import type { PageZone, Plan } from '../plan-page';
import { PlanStatusBadge } from './PlanStatusBadge';
import { ReopenPlan } from './ReopenPlan';
import { SubmissionChanges } from './SubmissionChanges';

/** The plan's title, its facts (status, deadline, multi-year plan, count) and where to go from here. */
export function PlanHeader({ zone, plan }: { zone: PageZone; plan: Plan }) {
  const multiYear = plan.multiYearPlan;
  const planPath = `/zones/${zone.slug}/plannen/${plan.year}`;
  // Just created from Mijn zone: say what was carried over.
  const created = (useLocation().state as Partial<CreatedPlanState> | null)?.createdPlan;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: zone.name, to: `/zones/${zone.slug}` }, { label: `Actieplan ${plan.year}` }]} />
      <header className="page-header">
        <p className="eyebrow">{zone.name}</p>
        <h1>Actieplan {plan.year}</h1>
        {created?.year === plan.year && (
          <p className="notice" role="status" data-testid="plan-created">
            Actieplan {plan.year} is aangemaakt
            {created.carried > 0 ? `: ${formatCount(created.carried, 'actie', 'acties')} overgenomen uit ${created.from}.` : ', zonder overgenomen acties.'}
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>Status</dt>
            <dd>
              <PlanStatusBadge status={plan.status} />
            </dd>
          </div>
          <div>
            <dt>Indiening</dt>
            <dd>
              in te dienen tegen {formatDate(plan.deadline)}
              {plan.submittedAt && <>, ingediend op {formatDate(plan.submittedAt)}</>}
            </dd>
          </div>
          {multiYear && (
            <div>
              <dt>Meerjarenplan</dt>
              <dd>
                {multiYear.title}
                {/* Most titles already carry the period ("Beleidsplan 2024-2026"). */}
                {!multiYear.title.includes(String(multiYear.yearFrom)) && ` (${multiYear.yearFrom}–${multiYear.yearTo})`}
              </dd>
            </div>
          )}
          <div>
            <dt>Acties</dt>
            <dd>{formatCount(plan.actions.length, 'actie', 'acties')}</dd>
          </div>
        </dl>
        <p className="page-links">
          <Link to={`${planPath}/tijdslijn`}>Tijdslijn en capaciteit</Link>
          <Link to={`${planPath}/afdrukken`}>Afdrukversie (sjabloon Departement Zorg)</Link>
          <Link to={`${planPath}/rapport`}>Jaarrapport {plan.year}</Link>
        </p>
        <ExportMenu planId={plan.id} />
      </header>
    </>
  );
}

/** A submitted plan says its content is fixed; every submission keeps its Word and JSON files. */
export function PlanSubmissions({ plan }: { plan: Plan }) {
  return (
    <>
      {plan.status === 'SUBMITTED' && (
        <div className="notice notice--success submitted-notice" role="note">
          <p>
            Dit plan is ingediend{plan.submittedAt ? ` op ${formatDate(plan.submittedAt)}` : ''}: de inhoud ligt vast. Fiches en acties zijn niet meer te wijzigen; voortgang en metingen
            blijf je opvolgen. Alleen een beheerder kan het plan heropenen, met een reden.
          </p>
          {plan.viewerCanReopen && <ReopenPlan plan={plan} />}
        </div>
      )}
      {plan.submissions.length > 0 && (
        <section className="submissions no-print" aria-labelledby="ingediende-versies">
          <h2 id="ingediende-versies">Ingediende versies</h2>
          <ul>
            {plan.submissions.map((s) => (
              <li key={s.id}>
                Ingediend op {formatDate(s.submittedAt)}
                {s.submittedByName && <> door {s.submittedByName}</>}:{' '}
                <a href={s.docxUrl} download>
                  Word<span className="visually-hidden"> (ingediend op {formatDate(s.submittedAt)})</span>
                </a>
                {' · '}
                <a href={s.jsonUrl} download>
                  JSON<span className="visually-hidden"> (ingediend op {formatDate(s.submittedAt)})</span>
                </a>
                <SubmissionChanges submission={s} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
