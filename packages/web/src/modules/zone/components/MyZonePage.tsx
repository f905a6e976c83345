import { useDeferredValue, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { OWNER_ROLE_LABELS, formatDate, relativeTime, zoneYear } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { DrawnInTurn } from '@/common/components/DrawnInTurn';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { actionLabel, formatCount } from '@/common/format';
import { mutationMessage } from '@/common/mutation-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { InvitationFieldsFragment, MyZonePlanFragment, MyZoneQuery } from '@/gql/graphql';
import { useCurrentZone } from '@/modules/auth/hooks/useCurrentZone';
import { fieldList } from '@/modules/action/field-labels';
import { PlanChecksList } from '@/modules/plan/components/PlanChecksList';
import { PlanStatusBadge } from '@/modules/plan/components/PlanStatusBadge';
import { deadlineInfo, reportDeadlineText } from '@/modules/plan/deadline';
import { AcceptInvitationMutation, DeclineInvitationMutation } from '@/modules/sharing/graphql/sharing';
import { MyZoneQuery as MyZoneDocument, ZoneRecentChangesQuery } from '../graphql/my-zone';
import { planCardRole, planCardYears } from '../plan-years';
import { InviteColleague } from './InviteColleague';
import { NewPlanDialog } from './NewPlanDialog';
import { ZoneProfile } from './ZoneProfile';
import '@/common/staff.css';
import { HIDDEN_PLAN } from '@/modules/action/hidden-plan';

type Zone = NonNullable<MyZoneQuery['zone']>;

/** Route `/mijn-zone`: the zone chosen in the header (or the only one). */
export function MyZoneIndexPage() {
  const { current } = useCurrentZone();
  usePageTitle('Mijn zone');
  if (current) return <Navigate to={`/mijn-zone/${current.zone.slug}`} replace />;
  return (
    <>
      <header className="page-header">
        <h1>Mijn zone</h1>
      </header>
      <EmptyState>
        Je bent geen medewerker van een zone. Als coach of beheerder vind je alle zones in het <Link to="/">overzicht</Link>.
      </EmptyState>
    </>
  );
}

/** Route `/mijn-zone/:slug`: a member's start page for one zone. */
export function MyZonePage() {
  const { slug = '' } = useParams();
  // The year in Brussels (the zones' time zone), not the browser's: it decides which cards show.
  const year = zoneYear();
  const { data: answer, error, refetch } = useQuery(MyZoneDocument, { variables: { slug } });
  // Rendered in slices, like the plan page (ActionPlanPage).
  const data = useDeferredValue(answer);
  const { choose } = useCurrentZone();
  const member = data?.zone?.viewerIsMember ?? false;
  // Opening a member's zone by link makes it the zone of the header.
  useEffect(() => {
    if (member) choose(slug);
  }, [member, slug, choose]);

  if (error) return <ErrorState error={error} what="je zone" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Zone laden…" />;
  if (!data.zone) return <NotFound message={`Er is geen zone met de naam “${slug}”.`} />;
  return <MyZoneView zone={data.zone} year={year} />;
}

function MyZoneView({ zone, year }: { zone: Zone; year: number }) {
  const member = zone.viewerIsMember;
  const canEdit = zone.viewerCanEdit;
  usePageTitle(`Mijn zone – ${zone.name}`);
  const byYear = new Map(zone.actionPlans.map((plan) => [plan.year, plan]));
  const years = planCardYears(
    year,
    zone.actionPlans.map((plan) => plan.year),
  );
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Mijn zone · Regio {zone.region.name}</p>
        <h1>{zone.name}</h1>
        <p className="lead">
          Je actieplannen, wat het sjabloon nog vraagt en wat er recent veranderde. <Link to={`/zones/${zone.slug}`}>Zonepagina bekijken</Link>
          {' · '}
          <Link to={`/zones/${zone.slug}/meerjarenplan`}>Meerjarenplan en doelstellingen</Link>
        </p>
        {!member && (
          <p className="notice" role="note">
            Je bent geen lid van deze zone: je ziet wat gepubliceerd is, maar kan niets wijzigen.
          </p>
        )}
      </header>

      {/* The rest once the header has painted (a phone's first screen is the header). */}
      <DrawnInTurn
        parts={[
          <Invitations key="invitations" invitations={zone.invitations} />,
          <section key="plans" className="section" aria-labelledby="plannen">
            <h2 id="plannen">Actieplannen</h2>
            <div className="plan-cards">
              {years.map((planYear) => (
                <PlanCard key={planYear} zone={zone} year={planYear} plan={byYear.get(planYear) ?? null} canEdit={canEdit} current={year} />
              ))}
            </div>
          </section>,
          <ZoneProfile key="profile" zone={zone} />,
          zone.viewerCanInvite && <InviteColleague key="invite" zoneId={zone.id} zoneName={zone.name} />,
          <RecentChanges key="recent" zoneId={zone.id} />,
        ]}
      />
    </>
  );
}

function PlanCard({ zone, year, plan, canEdit, current }: { zone: Zone; year: number; plan: MyZonePlanFragment | null; canEdit: boolean; current: number }) {
  const info = deadlineInfo(year, plan?.submittedAt);
  const headingId = `plan-${year}`;
  const [dialogOpen, setDialogOpen] = useState(false);
  const role = planCardRole(year, current);
  const reportDue = reportDeadlineText(year);
  const openRemarks = plan?.remarks.filter((remark) => !remark.resolved).length ?? 0;
  // A missing plan whose deadline is long gone is history, not an alarm.
  const deadlineText = plan
    ? plan.status === 'SUBMITTED' && !plan.submittedAt
      ? `Ingediend (deadline ${formatDate(info.deadline)})`
      : info.text
    : info.days < 0
      ? `De deadline was ${formatDate(info.deadline)}.`
      : info.text;
  const tone = plan ? (plan.status === 'SUBMITTED' ? 'success' : info.tone) : info.days < 0 ? (year > current ? 'warning' : 'neutral') : info.tone;
  return (
    <article className="plan-card" aria-labelledby={headingId} data-testid="plan-card">
      <p className="plan-card__kind">{role}</p>
      <h3 id={headingId} className="plan-card__title">
        {plan ? <Link to={`/zones/${zone.slug}/plannen/${year}`}>Actieplan {year}</Link> : `Actieplan ${year}`} {plan && <PlanStatusBadge status={plan.status} />}
      </h3>
      <p className="plan-card__deadline" data-tone={tone}>
        {deadlineText}
      </p>
      {plan && reportDue && (
        <p className="plan-card__deadline" data-tone="info" data-testid="report-deadline">
          {reportDue}
        </p>
      )}
      {plan ? (
        <>
          <p className="muted">
            {formatCount(plan.actions.length, 'actie', 'acties')} ·{' '}
            <span data-testid="open-remarks">{openRemarks === 0 ? 'geen open opmerkingen' : formatCount(openRemarks, 'open opmerking', 'open opmerkingen')}</span>
          </p>
          {openRemarks > 0 && <OpenRemarks plan={plan} planPath={`/zones/${zone.slug}/plannen/${year}`} headingId={`${headingId}-remarks`} />}
          <h4>Controles van het sjabloon</h4>
          <PlanChecksList checks={plan.planChecks} actions={plan.actions} actionPath={(id) => (plan.viewerCanEdit ? `/acties/${id}/bewerken` : `/acties/${id}`)} />
          <p className="plan-card__links">
            <Link to={`/zones/${zone.slug}/plannen/${year}`}>Plan openen</Link>
            <Link to={`/zones/${zone.slug}/plannen/${year}/tijdslijn`}>Tijdslijn en capaciteit</Link>
            <Link to={`/zones/${zone.slug}/plannen/${year}/afdrukken`}>Afdrukversie</Link>
            <Link to={`/zones/${zone.slug}/plannen/${year}/rapport`}>Jaarrapport</Link>
          </p>
        </>
      ) : (
        <>
          <p className="muted">Er staat nog geen actieplan {year} in Kruispunt.</p>
          {canEdit && (
            <>
              <button type="button" className="button button--secondary" onClick={() => setDialogOpen(true)}>
                Actieplan {year} aanmaken
              </button>{' '}
              <Link to={`/importeren?zone=${zone.slug}&jaar=${year}`} className="plan-card__import">
                of een bestaand plan binnenbrengen (.docx of .txt)
              </Link>
              <NewPlanDialog open={dialogOpen} onClose={() => setDialogOpen(false)} zoneId={zone.id} slug={zone.slug} year={year} />
            </>
          )}
        </>
      )}
    </article>
  );
}

/** How many open remarks a plan card lists; the plan page has them all. */
const OPEN_REMARKS_SHOWN = 5;

/** The plan's open remarks, newest first, each linking to where it is discussed (the action, else the plan). */
function OpenRemarks({ plan, planPath, headingId }: { plan: MyZonePlanFragment; planPath: string; headingId: string }) {
  const open = plan.remarks.filter((remark) => !remark.resolved).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby={headingId} className="plan-card__remarks" data-testid="open-remark-list">
      <h4 id={headingId}>Open opmerkingen</h4>
      <ul className="plan-card__remark-list">
        {open.slice(0, OPEN_REMARKS_SHOWN).map((remark) => (
          <li key={remark.id}>
            <Link to={remark.action ? `/acties/${remark.action.id}#overleg` : `${planPath}#overleg`}>
              {remark.action ? [actionLabel(remark.action.number), remark.action.title].filter(Boolean).join(': ') : 'Bij het actieplan'}
            </Link>
            <span className="muted">
              {' '}
              · {remark.authorName || 'onbekend'}, {relativeTime(remark.createdAt)}
              {remark.replyCount > 0 && ` · ${formatCount(remark.replyCount, 'reactie', 'reacties')}`}
            </span>
            <p className="plan-card__remark-text">{remark.text}</p>
          </li>
        ))}
      </ul>
      {open.length > OPEN_REMARKS_SHOWN && <Link to={`${planPath}#overleg`}>Alle {open.length} open opmerkingen</Link>}
    </section>
  );
}

function RecentChanges({ zoneId }: { zoneId: string }) {
  const { data, error, refetch } = useQuery(ZoneRecentChangesQuery, { variables: { zoneId }, fetchPolicy: 'cache-and-network' });
  const entries = (data?.actions.nodes ?? [])
    .flatMap((action) => action.history.map((entry) => ({ ...entry, action })))
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 10);
  return (
    <section className="section" aria-labelledby="recent">
      <h2 id="recent">Recente wijzigingen</h2>
      {error ? (
        <div className="state state--error" role="alert">
          <p>De recente wijzigingen konden niet geladen worden.</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            Opnieuw proberen
          </button>
        </div>
      ) : !data ? (
        <p className="state state--loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Wijzigingen laden…
        </p>
      ) : entries.length === 0 ? (
        <EmptyState>Nog geen wijzigingen aan de acties van deze zone.</EmptyState>
      ) : (
        <ol className="change-list">
          {entries.map((entry, index) => (
            <li key={`${entry.action.id}-${entry.at}-${index}`}>
              <Link to={`/acties/${entry.action.id}`}>{entry.action.title}</Link> <span className="muted">({entry.action.actionPlan?.year ?? HIDDEN_PLAN})</span>
              <span className="change-list__meta">
                {entry.operation === 'CREATE' ? 'aangemaakt' : entry.operation === 'DELETE' ? 'verwijderd' : `gewijzigd: ${fieldList(entry.fields)}`} · {entry.actorName ?? 'onbekend'} ·{' '}
                <time dateTime={entry.at}>{formatDate(entry.at)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type Subject = InvitationFieldsFragment['subject'];

const SUBJECT_PATHS: Record<string, string> = { Action: '/acties/', WorkingGroup: '/werkgroepen/', Project: '/projecten/' };

/** Where an invitation's subject lives: an action, a working group or a project page. */
function subjectPath(subject: { __typename?: string; id: string } | null | undefined): string | null {
  const base = subject?.__typename ? SUBJECT_PATHS[subject.__typename] : undefined;
  return subject && base ? `${base}${subject.id}` : null;
}

function subjectTitle(subject: Subject): string | null {
  if (subject?.__typename === 'Action') return subject.title;
  if (subject?.__typename === 'WorkingGroup' || subject?.__typename === 'Project') return subject.name;
  return null;
}

const SUBJECT_KIND: Record<string, string> = { Action: 'actie', WorkingGroup: 'werkgroep', Project: 'project' };

/** Invitations to the zone to co-own actions, working groups and projects; the answer is confirmed in a status line. */
function Invitations({ invitations }: { invitations: readonly InvitationFieldsFragment[] }) {
  const pending = invitations.filter((invitation) => invitation.status === 'PENDING');
  // What was answered last: the invitation itself leaves the list, the confirmation stays.
  const [answered, setAnswered] = useState<ReactNode>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // Focus goes to the confirmation once it is rendered (the buttons pressed are gone).
  useEffect(() => {
    if (answered) statusRef.current?.focus();
  }, [answered]);
  if (pending.length === 0 && !answered) return null;
  const onAnswered = (message: ReactNode): void => setAnswered(message);
  return (
    <section className="section invitations" aria-labelledby="uitnodigingen">
      <h2 id="uitnodigingen">Uitnodigingen om mee te trekken</h2>
      <p ref={statusRef} role="status" tabIndex={-1} className="invitations__status">
        {answered}
      </p>
      {pending.length === 0 ? (
        <p className="muted">Geen openstaande uitnodigingen meer.</p>
      ) : (
        <ul className="item-list">
          {pending.map((invitation) => (
            <InvitationItem key={invitation.id} invitation={invitation} onAnswered={onAnswered} />
          ))}
        </ul>
      )}
    </section>
  );
}

function InvitationItem({ invitation, onAnswered }: { invitation: InvitationFieldsFragment; onAnswered: (message: ReactNode) => void }) {
  // Editors of the invited zone answer (the server says who they are).
  const canAnswer = invitation.invitedZone.viewerCanEdit;
  const options = { refetchQueries: ['MyZone', 'Viewer'], awaitRefetchQueries: true };
  const [accept, accepting] = useMutation(AcceptInvitationMutation, options);
  const [decline, declining] = useMutation(DeclineInvitationMutation, options);
  const subject = invitation.subject;
  const busy = accepting.loading || declining.loading;
  const error = accepting.error ?? declining.error;
  const kind = SUBJECT_KIND[invitation.subjectType] ?? 'het werk';
  const path = subjectPath(subject);
  const title = subjectTitle(subject);
  const subjectLink = path && title ? <Link to={path}>{title}</Link> : <span className="muted">(niet zichtbaar)</span>;
  const role = OWNER_ROLE_LABELS[invitation.role].toLowerCase();
  const answer = async (accepted: boolean): Promise<void> => {
    try {
      const result = accepted ? await accept({ variables: { id: invitation.id } }) : await decline({ variables: { id: invitation.id } });
      // After accepting, the subject is visible even when it sits in the inviting zone's draft plan.
      const answeredPath = result.data && 'acceptInvitation' in result.data ? (subjectPath(result.data.acceptInvitation.subject) ?? path) : path;
      const link = answeredPath ? <Link to={answeredPath}>{title ?? `de ${kind}`}</Link> : <>{title ?? `de ${kind}`}</>;
      onAnswered(
        accepted ? (
          <>
            Aanvaard: je zone is nu {role} van {kind} {link} en kan ze mee bewerken.
          </>
        ) : (
          <>
            Geweigerd: je zone wordt geen eigenaar van {kind} {title ?? ''}.
          </>
        ),
      );
    } catch {
      // The error is shown under the invitation.
    }
  };
  return (
    <li className="item" data-testid="invitation">
      <p className="item__title">
        {invitation.invitingZone.name} nodigt je zone uit als <Badge tone="shared">{role}</Badge> van {kind} {subjectLink}
      </p>
      <p className="item__meta">Verstuurd op {formatDate(invitation.createdAt)}</p>
      {invitation.message && <blockquote className="invitation__message">{invitation.message}</blockquote>}
      {canAnswer ? (
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => void answer(true)}>
            Aanvaarden<span className="visually-hidden">: {title ?? kind}</span>
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void answer(false)}>
            Weigeren<span className="visually-hidden">: {title ?? kind}</span>
          </button>
        </div>
      ) : (
        <p className="muted">Een redacteur van je zone kan deze uitnodiging aanvaarden of weigeren.</p>
      )}
      {error && (
        <p className="form__error" role="alert">
          {mutationMessage(error)}
        </p>
      )}
    </li>
  );
}
