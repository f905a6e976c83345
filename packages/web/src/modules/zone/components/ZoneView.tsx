import { Link } from 'react-router';
import { OWNER_ROLE_LABELS, PROJECT_STATUS_LABELS, WORKING_GROUP_KIND_LABELS } from '@kruispunt/shared';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { EmptyState } from '@/common/components/EmptyState';
import { Prose } from '@/common/components/Prose';
import { formatFte } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { OwnerFieldsFragment, ZonePageQuery } from '@/gql/graphql';
import { ActionPlanList } from '@/modules/plan/components/ActionPlanList';
import { ActionTitleLink } from '@/modules/action/components/ActionTitleLink';
import { ProgressBadge } from '@/modules/action/components/ProgressBadge';
import { HIDDEN_PLAN } from '@/modules/action/hidden-plan';
import { joinZonesWithRoles, otherOwners } from '../owners';
import { OwnerList } from './OwnerList';

type Zone = NonNullable<ZonePageQuery['zone']>;

export function ZoneView({ zone }: { zone: Zone }) {
  usePageTitle(zone.name);
  const latestPlan = zone.actionPlans.at(-1) ?? null;
  const member = zone.viewerIsMember;
  const fte = formatFte(zone.staffFte);
  const networkShare = zone.networkTimeShare ?? (zone.networkTimePercent != null ? `${zone.networkTimePercent}%` : null);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: zone.name }]} />
      <header className="page-header">
        <p className="eyebrow">Regio {zone.region.name}</p>
        <h1>{zone.name}</h1>
        {member && (
          <p>
            Dit is je eigen zone: <Link to={`/mijn-zone/${zone.slug}`}>naar Mijn zone</Link> voor je plannen, de controles en de recente wijzigingen.
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>Gemeenten</dt>
            <dd>{zone.municipalities.length > 0 ? zone.municipalities.join(', ') : <span className="muted">Niet opgegeven</span>}</dd>
          </div>
          <div>
            <dt>Personeel</dt>
            <dd>{fte ?? <span className="muted">Niet opgegeven</span>}</dd>
          </div>
          <div>
            <dt>Personeelstijd voor het netwerk</dt>
            <dd>{networkShare ?? <span className="muted">Niet opgegeven</span>}</dd>
          </div>
        </dl>
      </header>

      <section className="section" aria-labelledby="actieplannen">
        <h2 id="actieplannen">Actieplannen</h2>
        <ActionPlanList plans={zone.actionPlans} zoneSlug={zone.slug} />
        <p className="page-links">
          <Link to={`/zones/${zone.slug}/meerjarenplan`}>Meerjarenplan: strategische en operationele doelstellingen</Link>
        </p>
        {zone.viewerCanEdit && (
          <p className="page-links">
            <Link to={`/importeren?zone=${zone.slug}`}>Een bestaand plan binnenbrengen (.docx of .txt)</Link>
          </p>
        )}
      </section>

      {zone.coOwnedActions.length > 0 && (
        <section className="section" aria-labelledby="gedeelde-acties">
          <h2 id="gedeelde-acties">Gedeelde acties in plannen van andere zones</h2>
          <p className="section__intro muted small">
            Acties die {zone.name} mee trekt en die in het actieplan van een andere zone staan. Ze tellen ook voor {zone.name}.
          </p>
          <ul className="item-list">
            {zone.coOwnedActions.map((action) => (
              <CoOwnedAction key={action.id} action={action} zoneId={zone.id} />
            ))}
          </ul>
        </section>
      )}

      {/* The general texts are each plan's: the latest plan you can see speaks for the zone. */}
      {latestPlan && (
        <section className="section" aria-labelledby="algemeen">
          <h2 id="algemeen">Algemeen</h2>
          <p className="section__intro muted small">Uit het actieplan {latestPlan.year}.</p>
          <h3>Communicatie naar specifieke doelgroepen</h3>
          <Prose text={latestPlan.targetGroupsText} />
          <h3>Functioneren als netwerkorganisatie</h3>
          <Prose text={latestPlan.networkText} />
        </section>
      )}

      <div className="two-columns">
        <section className="section" aria-labelledby="werkgroepen">
          <h2 id="werkgroepen">Werkgroepen</h2>
          {zone.workingGroups.length === 0 ? (
            <EmptyState>Deze zone heeft geen werkgroepen geregistreerd.</EmptyState>
          ) : (
            <ul className="item-list">
              {zone.workingGroups.map((group) => (
                <li key={group.id} className="item">
                  <h3 className="item__title">
                    <Link to={`/werkgroepen/${group.id}`}>{group.name}</Link>
                  </h3>
                  <p className="item__meta">
                    {WORKING_GROUP_KIND_LABELS[group.kind]}
                    <OwnRole owners={group.owners} zoneId={zone.id} />
                    {group.cadence && ` · ${group.cadence}`}
                  </p>
                  {group.description && <p className="item__text">{group.description}</p>}
                  <SharedWith owners={group.owners} zoneId={zone.id} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="section" aria-labelledby="projecten">
          <h2 id="projecten">Projecten</h2>
          {zone.projects.length === 0 ? (
            <EmptyState>Deze zone neemt aan geen projecten deel.</EmptyState>
          ) : (
            <ul className="item-list">
              {zone.projects.map((project) => (
                <li key={project.id} className="item">
                  <h3 className="item__title">
                    <Link to={`/projecten/${project.id}`}>{project.name}</Link>
                  </h3>
                  <p className="item__meta">
                    {PROJECT_STATUS_LABELS[project.status]}
                    <OwnRole owners={project.owners} zoneId={zone.id} />
                    {project.funder && ` · financier: ${project.funder}`}
                  </p>
                  {project.description && <p className="item__text">{project.description}</p>}
                  <SharedWith owners={project.owners} zoneId={zone.id} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

function OwnRole({ owners, zoneId }: { owners: readonly OwnerFieldsFragment[]; zoneId: string }) {
  const own = owners.find((owner) => owner.zone.id === zoneId);
  return own ? <> · rol: {OWNER_ROLE_LABELS[own.role].toLowerCase()}</> : null;
}

function SharedWith({ owners, zoneId }: { owners: readonly OwnerFieldsFragment[]; zoneId: string }) {
  const others = otherOwners(owners, zoneId);
  if (others.length === 0) return null;
  return (
    <div className="shared-with">
      <span className="shared-with__label">Gedeeld met</span>
      <OwnerList owners={others} />
    </div>
  );
}

type CoOwned = Zone['coOwnedActions'][number];

/** "In het actieplan 2025 van ELZ Leuven Zuid · gedeeld met ELZ Leuven Zuid (mede-trekker) · rol: mede-trekker". */
function CoOwnedAction({ action, zoneId }: { action: CoOwned; zoneId: string }) {
  const plan = action.actionPlan;
  const own = action.owners.find((owner) => owner.zone.id === zoneId);
  const others = otherOwners(action.owners, zoneId);
  return (
    <li className="item" data-testid="co-owned-action">
      <h3 className="item__title">
        <ActionTitleLink action={action} />
      </h3>
      <p className="item__meta">
        {plan ? (
          <>
            In het <Link to={`/zones/${plan.zone.slug}/plannen/${plan.year}`}>actieplan {plan.year}</Link> van <Link to={`/zones/${plan.zone.slug}`}>{plan.zone.name}</Link>
          </>
        ) : (
          <>In een {HIDDEN_PLAN}</>
        )}{' '}
        <ProgressBadge status={action.progressStatus} />
      </p>
      <p className="item__meta" data-field="shared-with">
        {others.length > 0 && <>Gedeeld met {joinZonesWithRoles(others)}</>}
        {own && <> · rol van deze zone: {OWNER_ROLE_LABELS[own.role].toLowerCase()}</>}
      </p>
    </li>
  );
}
