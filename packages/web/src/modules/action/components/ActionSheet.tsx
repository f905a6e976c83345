import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FUNDING_KIND_LABELS, PROJECT_STATUS_LABELS, WORKING_GROUP_KIND_LABELS, formatDate } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { Prose } from '@/common/components/Prose';
import { TextList } from '@/common/components/TextList';
import { actionLabel, formatNumber, monthLabel } from '@/common/format';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { usePaintedOnce } from '@/common/hooks/usePaintedOnce';
import type { ActionPageQuery, LinkedActionFieldsFragment } from '@/gql/graphql';
import { OwnerList } from '@/modules/zone/components/OwnerList';
import { SharedWithBadge } from '@/modules/zone/components/SharedWithBadge';
import { EvaluationSection } from './EvaluationSection';
import { FundingBadge } from './FundingBadge';
import { ProgressBadge } from './ProgressBadge';
import { SheetSection } from './SheetSection';
import { Timeline } from './Timeline';
import { HIDDEN_PLAN, planCaption } from '../hidden-plan';

type Action = NonNullable<ActionPageQuery['action']>;

/** The template's sections in order: id (anchor) and heading. */
const SECTIONS = [
  ['wat', 'Wat?'],
  ['waarom', 'Waarom?'],
  ['voor-wie', 'Voor wie?'],
  ['met-wie', 'Met wie?'],
  ['hoe', 'Hoe?'],
  ['evaluatie', 'Evaluatie'],
  ['tijdslijn', 'Tijdslijn'],
  ['financiering', 'Financiering'],
  ['themas', 'Thema’s'],
  ['werkgroepen-projecten', 'Werkgroepen en projecten'],
  ['koppelingen', 'Koppelingen'],
  ['communicatie', 'Communicatiekanalen'],
  ['opmerkingen', 'Opmerkingen'],
] as const;

type SectionId = (typeof SECTIONS)[number][0];
const title = (id: SectionId): string => SECTIONS.find(([key]) => key === id)?.[1] ?? id;

/**
 * One action sheet (actiefiche), laid out as the mandatory template. `toolbar` comes under the
 * header, `beforeSheet` between it and the sections (the open remarks), `afterSheet` after them
 * (follow-up, other zones' actions). The header and toolbar (the first screen) are painted first,
 * the rest right after (usePaintedOnce).
 */
export function ActionSheet({ action, toolbar, beforeSheet, afterSheet }: { action: Action; toolbar?: ReactNode; beforeSheet?: ReactNode; afterSheet?: ReactNode }) {
  const plan = action.actionPlan;
  const label = actionLabel(action.number);
  usePageTitle(label ? `${label}: ${action.title}` : action.title);
  const planPath = plan && `/zones/${plan.zone.slug}/plannen/${plan.year}`;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Zones', to: '/' },
          ...(plan && planPath
            ? [
                { label: plan.zone.name, to: `/zones/${plan.zone.slug}` },
                { label: `Actieplan ${plan.year}`, to: planPath },
              ]
            : []),
          { label: label ?? action.title },
        ]}
      />
      <header className="page-header sheet-header">
        {(action.strategicGoal || action.operationalGoal) && (
          <ul className="goal-path">
            {action.strategicGoal && (
              <li>
                <span className="goal-path__label">Strategische doelstelling {action.strategicGoal.number}</span> {action.strategicGoal.title}
              </li>
            )}
            {action.operationalGoal && (
              <li>
                <span className="goal-path__label">Operationele doelstelling {action.operationalGoal.number}</span> {action.operationalGoal.title}
              </li>
            )}
          </ul>
        )}
        <h1>
          <span className="sheet-header__number">{label ?? 'Actiefiche'}</span> {action.title}
        </h1>
        <div className="badge-row">
          <ProgressBadge status={action.progressStatus} />
          <FundingBadge funding={action.funding} />
          {action.carriedOver && <Badge>Lopende actie (overgenomen van vorig jaar)</Badge>}
          <SharedWithBadge owners={action.owners} zoneId={plan?.zone.id} />
        </div>
        <dl className="facts">
          <div>
            <dt>Actieplan</dt>
            <dd>
              {plan && planPath ? (
                <Link to={planPath}>
                  {plan.zone.name} {plan.year}
                </Link>
              ) : (
                <span className="muted">Een {HIDDEN_PLAN}: je zone trekt deze actie mee, het plan zelf is nog niet gepubliceerd.</span>
              )}
            </dd>
          </div>
          {action.owners.length > 0 && (
            <div>
              <dt>{action.owners.length > 1 ? 'Eigenaars' : 'Eigenaar'}</dt>
              <dd>
                <OwnerList owners={action.owners} />
              </dd>
            </div>
          )}
        </dl>
      </header>
      {toolbar}
      <SheetRest action={action} beforeSheet={beforeSheet} afterSheet={afterSheet} />
    </>
  );
}

/** What comes under the header: drawn once the header is painted; until then its place, a screen high. */
function SheetRest({ action, beforeSheet, afterSheet }: { action: Action; beforeSheet?: ReactNode; afterSheet?: ReactNode }) {
  const painted = usePaintedOnce();
  if (!painted) return <div className="sheet-pending" aria-hidden="true" />;
  const plan = action.actionPlan;
  return (
    <>
      {beforeSheet}

      <div className="sheet">
        <nav className="sheet-toc" aria-label="Onderdelen van de fiche">
          <h2 className="sheet-toc__title">Op deze fiche</h2>
          <ol>
            {SECTIONS.map(([id, heading]) => (
              <li key={id}>
                <a href={`#${id}`}>{heading}</a>
              </li>
            ))}
          </ol>
        </nav>

        <div className="sheet-body">
          <SheetSection id="wat" title={title('wat')}>
            <Prose text={action.what} />
            <h3>Wat gaan we wel doen?</h3>
            <TextList items={action.inScope} />
            <h3>Wat gaan we niet doen?</h3>
            <TextList items={action.outOfScope} />
          </SheetSection>

          <SheetSection id="waarom" title={title('waarom')}>
            <Prose text={action.why} />
          </SheetSection>

          <SheetSection id="voor-wie" title={title('voor-wie')}>
            <TextList items={action.targetGroups} empty="Geen doelgroepen ingevuld." />
          </SheetSection>

          <SheetSection id="met-wie" title={title('met-wie')}>
            <PeopleFacts action={action} />
          </SheetSection>

          <SheetSection id="hoe" title={title('hoe')}>
            <StepList steps={action.steps} year={plan?.year ?? null} />
          </SheetSection>

          <SheetSection id="evaluatie" title={title('evaluatie')}>
            <EvaluationSection evaluation={action.evaluation} indicators={action.indicators} />
          </SheetSection>

          <SheetSection id="tijdslijn" title={title('tijdslijn')}>
            <Timeline year={plan?.year ?? null} months={action.timeline} startDate={action.startDate} endDate={action.endDate} />
            <p className="muted" data-testid="estimated-days">
              Geschatte werkdagen: {action.estimatedDays != null ? formatNumber(action.estimatedDays) : 'nog niet geschat'}
            </p>
          </SheetSection>

          <SheetSection id="financiering" title={title('financiering')}>
            <p>{FUNDING_KIND_LABELS[action.funding]}</p>
            {action.fundingRemark && <Prose text={action.fundingRemark} />}
          </SheetSection>

          <SheetSection id="themas" title={title('themas')}>
            {action.themes.length === 0 ? (
              <p className="muted">Geen thema’s gekozen.</p>
            ) : (
              <ul className="tag-list">
                {action.themes.map((theme) => (
                  <li key={theme.id}>{theme.name}</li>
                ))}
              </ul>
            )}
          </SheetSection>

          <SheetSection id="werkgroepen-projecten" title={title('werkgroepen-projecten')}>
            <SharedWorkList action={action} />
          </SheetSection>

          <SheetSection id="koppelingen" title={title('koppelingen')}>
            <LinkList action={action} />
          </SheetSection>

          <SheetSection id="communicatie" title={title('communicatie')}>
            <TextList items={action.communicationChannels} empty="Geen communicatiekanalen ingevuld." />
          </SheetSection>

          <SheetSection id="opmerkingen" title={title('opmerkingen')}>
            <Prose text={action.notes} empty="Geen opmerkingen." />
          </SheetSection>
        </div>
      </div>
      {afterSheet}
    </>
  );
}

/** Lead, contact person, the zone council's role and the stakeholders. */
function PeopleFacts({ action }: { action: Action }) {
  return (
    <dl className="definition-grid">
      <div>
        <dt>Trekker</dt>
        <dd>{action.lead ? <Lead lead={action.lead} /> : <span className="muted">Niet ingevuld.</span>}</dd>
      </div>
      <div>
        <dt>Contactpersoon</dt>
        <dd data-testid="contact-person">
          {action.contactPerson ? (
            <>
              {action.contactPerson.name} · <a href={`mailto:${action.contactPerson.email}`}>{action.contactPerson.email}</a>
            </>
          ) : (
            <span className="muted">Niet ingevuld.</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Rol van de zorgraad</dt>
        <dd>{action.councilRole ?? <span className="muted">De zorgraad is zelf trekker of de rol is niet ingevuld.</span>}</dd>
      </div>
      <div>
        <dt>Stakeholders</dt>
        <dd>
          <TextList items={[...action.stakeholderPartners.map((partner) => partner.name), ...action.stakeholdersOther]} empty="Geen stakeholders ingevuld." />
        </dd>
      </div>
    </dl>
  );
}

/** "Hoe?": the steps in order, each with its milestone. */
function StepList({ steps: unsorted, year }: { steps: Action['steps']; year: number | null }) {
  const steps = [...unsorted].sort((a, b) => a.position - b.position);
  return (
    <>
      {steps.length === 0 ? (
        <p className="muted">Geen stappen ingevuld.</p>
      ) : (
        <ol className="steps">
          {steps.map((step) => (
            <li key={step.id}>
              <span className="prose-item">{step.text}</span>
              {(step.month || step.date) && (
                <span className="steps__milestone">Mijlpaal: {step.date ? formatDate(step.date) : step.month ? `${monthLabel(step.month)}${year ? ` ${year}` : ''}` : ''}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** The working groups and projects the action belongs to, with their owner zones. */
function SharedWorkList({ action }: { action: Action }) {
  return (
    <>
      {action.workingGroups.length === 0 && action.projects.length === 0 ? (
        <p className="muted">Deze actie hoort bij geen werkgroep of project.</p>
      ) : (
        <ul className="item-list">
          {action.workingGroups.map((group) => (
            <li key={group.id} className="item">
              <h3 className="item__title">
                <Link to={`/werkgroepen/${group.id}`}>{group.name}</Link>
              </h3>
              <p className="item__meta">{WORKING_GROUP_KIND_LABELS[group.kind]}</p>
              {group.owners.length > 0 && <OwnerList owners={group.owners} />}
            </li>
          ))}
          {action.projects.map((project) => (
            <li key={project.id} className="item">
              <h3 className="item__title">
                <Link to={`/projecten/${project.id}`}>{project.name}</Link>
              </h3>
              <p className="item__meta">Project · {PROJECT_STATUS_LABELS[project.status]}</p>
              {project.owners.length > 0 && <OwnerList owners={project.owners} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the action continues, the actions linked to it and the links as the text names them. */
function LinkList({ action }: { action: Action }) {
  return (
    <>
      {action.linkNotes.length === 0 && action.linkedActions.length === 0 && !action.continuedFrom ? (
        <p className="muted">Geen koppelingen.</p>
      ) : (
        <ul className="text-list">
          {action.continuedFrom && (
            <li>
              Vervolg op <LinkedAction action={action.continuedFrom} />
            </li>
          )}
          {action.linkedActions.map((linked) => (
            <li key={linked.id}>
              <LinkedAction action={linked} />
            </li>
          ))}
          {action.linkNotes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}

const normalize = (value: string): string => value.toLowerCase().replace(/[-\s]+/g, ' ');

function Lead({ lead }: { lead: NonNullable<Action['lead']> }) {
  // Link the lead zone unless the plan's own words already name it.
  const zoneNamed = lead.zone && normalize(lead.text).includes(normalize(lead.zone.name));
  return (
    <>
      {lead.text}
      {lead.zone && !zoneNamed && (
        <>
          {' '}
          (<Link to={`/zones/${lead.zone.slug}`}>{lead.zone.name}</Link>)
        </>
      )}
      {lead.workingGroup && <> · werkgroep {lead.workingGroup.name}</>}
      {lead.partner && lead.partner.name !== lead.text && <> · {lead.partner.name}</>}
    </>
  );
}

function LinkedAction({ action }: { action: LinkedActionFieldsFragment }) {
  const label = actionLabel(action.number);
  return (
    <Link to={`/acties/${action.id}`}>
      {label && `${label} `}
      {action.title} ({planCaption(action.actionPlan)})
    </Link>
  );
}
