import { FollowButton } from '@/modules/notification/components/FollowButton';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { OWNER_ROLE_LABELS, PROJECT_STATUS_LABELS, WORKING_GROUP_KIND_LABELS, formatDate } from '@kruispunt/shared';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { Prose } from '@/common/components/Prose';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import type { SharedItem } from '../shared-item';
import { ProgressBadge } from '@/modules/action/components/ProgressBadge';
import { HIDDEN_PLAN } from '@/modules/action/hidden-plan';
import { joinZonesWithRoles, otherOwners } from '@/modules/zone/owners';
import { OwnersPanel } from '@/modules/sharing/components/OwnersPanel';
import { SharedWorkForm } from './SharedWorkForm';
import { historyLabel, describeValue } from '../history';
import { HistoryPanel, type HistoryEntry } from '@/common/components/HistoryPanel';
import { ActionTitleLink } from '@/modules/action/components/ActionTitleLink';

type LinkedAction = SharedItem['actions'][number];

/** A working group or project: owners with roles, members, and the actions of every zone linked to it. */
export function SharedWorkView({
  item,
  history,
  zoneNames,
  onReload,
}: {
  item: SharedItem;
  history: readonly HistoryEntry[];
  zoneNames: ReadonlyMap<string, string>;
  onReload: () => Promise<SharedItem | null>;
}) {
  usePageTitle(item.name);
  const canEdit = item.viewerCanEdit;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // After saving or cancelling, focus goes back to "Bewerken" once it is rendered again.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const isProject = item.type === 'Project';
  const listPath = isProject ? '/projecten' : '/werkgroepen';
  const kindLabel = item.type === 'Project' ? 'Project' : WORKING_GROUP_KIND_LABELS[item.kind];

  return (
    <>
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: isProject ? 'Projecten' : 'Werkgroepen', to: listPath }, { label: item.name }]} />
      <header className="page-header">
        <p className="eyebrow">{kindLabel}</p>
        <div className="title-row">
          <h1>{item.name}</h1>
          <FollowButton id={item.id} typename={isProject ? 'Project' : 'WorkingGroup'} following={'viewerFollows' in item && item.viewerFollows === true} />
          {canEdit && !editing && (
            <button
              ref={editButton}
              type="button"
              className="button button--secondary no-print"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              Bewerken
            </button>
          )}
        </div>
        <p role="status" className="save-status">
          {saved && 'Wijzigingen opgeslagen.'}
        </p>
        {!editing && <SharedWorkFacts item={item} />}
      </header>

      {editing ? (
        <SharedWorkForm
          item={item}
          onCancel={() => {
            returnFocus.current = true;
            setEditing(false);
          }}
          onSaved={() => {
            returnFocus.current = true;
            setEditing(false);
            setSaved(true);
            // The history gains the change just saved.
            void onReload();
          }}
          onReload={onReload}
        />
      ) : (
        <section className="section" aria-labelledby="opdracht">
          <h2 id="opdracht">{isProject ? 'Beschrijving' : 'Opdracht'}</h2>
          <Prose text={item.description} empty="Geen beschrijving." />
          {item.themes.length > 0 && (
            <ul className="tag-list" aria-label="Thema’s">
              {item.themes.map((theme) => (
                <li key={theme.id}>{theme.name}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      <div className="two-columns">
        <OwnersPanel subject={item} />
        <SharedWorkMembers members={item.members} />
      </div>

      <section className="section" aria-labelledby="acties">
        <h2 id="acties">Acties van alle zones</h2>
        <p className="section__intro muted small">
          Acties uit de actieplannen van elke zone die bij {isProject ? 'dit project' : 'deze werkgroep'} horen, met de zone in wiens plan ze staan en de zones die ze mee trekken.
        </p>
        <LinkedActions actions={item.actions} />
      </section>

      <HistoryPanel
        entries={history}
        label={(field) => historyLabel(field, item.type)}
        describe={(field, value) => describeValue(field, value, zoneNames)}
        noun={isProject ? 'het project' : 'de werkgroep'}
      />
    </>
  );
}

/** Status (projects), cadence, funder, period and last change. */
function SharedWorkFacts({ item }: { item: SharedItem }) {
  const period = [item.periodStart && `van ${formatDate(item.periodStart)}`, item.periodEnd && `tot ${formatDate(item.periodEnd)}`].filter(Boolean).join(' ');
  return (
    <dl className="facts">
      {item.type === 'Project' && (
        <div>
          <dt>Status</dt>
          <dd>{PROJECT_STATUS_LABELS[item.status]}</dd>
        </div>
      )}
      <div>
        <dt>Frequentie</dt>
        <dd>{item.cadence ?? <span className="muted">Niet opgegeven</span>}</dd>
      </div>
      <div>
        <dt>Financier</dt>
        <dd>{item.funder ?? <span className="muted">Niet opgegeven</span>}</dd>
      </div>
      <div>
        <dt>Periode</dt>
        <dd>{period || <span className="muted">Niet opgegeven</span>}</dd>
      </div>
      <div>
        <dt>Laatst gewijzigd</dt>
        <dd>{formatDate(item.updatedAt)}</dd>
      </div>
    </dl>
  );
}

/** The partners registered as members, each a link to the partner directory. */
function SharedWorkMembers({ members }: { members: SharedItem['members'] }) {
  return (
    <section className="section" aria-labelledby="leden">
      <h2 id="leden">Leden</h2>
      {members.length === 0 ? (
        <p className="muted">Geen partners als lid geregistreerd.</p>
      ) : (
        <ul className="text-list">
          {members.map((member) => (
            <li key={member.id}>
              <Link to={`/partners?q=${encodeURIComponent(member.name)}`}>{member.name}</Link>
              {member.sector && <span className="muted"> · {member.sector}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LinkedActions({ actions }: { actions: readonly LinkedAction[] }) {
  if (actions.length === 0) return <p className="state state--empty">Nog geen enkele actie hoort bij dit werk.</p>;
  const inPlans = actions.flatMap((action) => (action.actionPlan ? [{ ...action, actionPlan: action.actionPlan }] : []));
  // A co-owned action in another zone's draft plan: shown, but without the plan it is in.
  const inDrafts = actions.filter((action) => !action.actionPlan);
  const years = [...new Set(inPlans.map((a) => a.actionPlan.year))].sort((a, b) => b - a);
  return (
    <>
      {years.map((year) => (
        <div key={year} className="linked-year">
          <h3>Actieplannen {year}</h3>
          <ul className="result-list">
            {inPlans
              .filter((action) => action.actionPlan.year === year)
              .sort((a, b) => a.actionPlan.zone.name.localeCompare(b.actionPlan.zone.name, 'nl'))
              .map((action) => (
                <LinkedActionItem key={action.id} action={action} holderId={action.actionPlan.zone.id}>
                  In het plan van <Link to={`/zones/${action.actionPlan.zone.slug}`}>{action.actionPlan.zone.name}</Link>
                  <HolderRole action={action} zoneId={action.actionPlan.zone.id} />
                </LinkedActionItem>
              ))}
          </ul>
        </div>
      ))}
      {inDrafts.length > 0 && (
        <div className="linked-year">
          <h3>In een {HIDDEN_PLAN}</h3>
          <ul className="result-list">
            {inDrafts.map((action) => (
              <LinkedActionItem key={action.id} action={action} />
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** Each action with the zone whose plan holds it and every other owner zone with its role. */
function LinkedActionItem({ action, holderId, children }: { action: LinkedAction; holderId?: string; children?: ReactNode }) {
  // Without a plan to show (a co-owned action in another zone's draft), every owner is listed.
  const others = holderId ? otherOwners(action.owners, holderId) : action.owners;
  return (
    <li className="result" data-testid="linked-action">
      <p className="result__title">
        <ActionTitleLink action={action} />
      </p>
      <p className="result__meta">
        {children} <ProgressBadge status={action.progressStatus} />
      </p>
      {others.length > 0 && (
        <p className="result__meta" data-field="shared-with">
          {holderId ? 'Gedeeld met' : 'Eigenaar-zones:'} {joinZonesWithRoles(others)}
        </p>
      )}
    </li>
  );
}

/** " (mede-trekker)": the holding zone's own role, when it shares the action. */
function HolderRole({ action, zoneId }: { action: LinkedAction; zoneId: string }) {
  const own = action.owners.find((owner) => owner.zone.id === zoneId);
  if (!own || action.owners.length < 2) return null;
  return <> ({OWNER_ROLE_LABELS[own.role].toLowerCase()})</>;
}
