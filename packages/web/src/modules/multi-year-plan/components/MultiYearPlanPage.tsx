// Route `/zones/:slug/meerjarenplan`: the zone's multi-year plans with their strategic and
// operational goals, and how many actions each goal has per plan year. Editors of the zone (the
// server's viewerCanEdit) create a plan, add and edit goals inline, move them up or down (the
// numbers follow), and retire a goal or put it back in use.
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { GOAL_KIND_LABELS, formatDate } from '@kruispunt/shared';
import { Badge } from '@/common/components/Badge';
import { Breadcrumbs } from '@/common/components/Breadcrumbs';
import { EmptyState } from '@/common/components/EmptyState';
import { ErrorState } from '@/common/components/ErrorState';
import { LoadingState } from '@/common/components/LoadingState';
import { NotFound } from '@/common/components/NotFound';
import { isNotFoundError } from '@/common/graphql-errors';
import { usePageTitle } from '@/common/hooks/usePageTitle';
import { errorCode, mutationMessage } from '@/common/mutation-errors';
import type { MultiYearPlanFieldsFragment, MultiYearPlanPageQuery as PageData, OperationalGoalFieldsFragment, StrategicGoalFieldsFragment } from '@/gql/graphql';
import { actionsPerYear, moveOperational, moveStrategic, nextNumber, orderOf, type GoalOrder } from '../goal-order';
import { MultiYearPlanPageQuery, RenumberGoalsMutation, UpdateOperationalGoalMutation, UpdateStrategicGoalMutation } from '../graphql/multi-year-plan';
import { OperationalGoalForm, PlanForm, StrategicGoalForm } from './goal-forms';
import '@/common/staff.css';
import './multi-year-plan.css';

export function MultiYearPlanPage() {
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(MultiYearPlanPageQuery, { variables: { slug } });
  if (error && isNotFoundError(error)) return <NotFound message="Deze zone bestaat niet." />;
  if (error) return <ErrorState error={error} what="het meerjarenplan" onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Meerjarenplan laden…" />;
  if (!data.zone) return <NotFound message={`Er is geen zone met de naam “${slug}”.`} />;
  return <MultiYearPlansView zone={data.zone} />;
}

function MultiYearPlansView({ zone }: { zone: NonNullable<PageData['zone']> }) {
  usePageTitle(`Meerjarenplan – ${zone.name}`);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);
  const plans = [...zone.multiYearPlans].sort((a, b) => b.yearFrom - a.yearFrom);
  const last = plans[0];
  const from = last ? last.yearTo + 1 : new Date().getFullYear() + 1;
  return (
    <>
      <Breadcrumbs items={[{ label: 'Zones', to: '/' }, { label: zone.name, to: `/zones/${zone.slug}` }, { label: 'Meerjarenplan' }]} />
      <header className="page-header">
        <p className="eyebrow">{zone.name}</p>
        <h1>Meerjarenplan</h1>
        <p className="lead">
          De strategische (SD) en operationele doelstellingen (OD) waar de actieplannen van de zone onder vallen. Een stopgezette doelstelling blijft bewaard voor de acties die eronder
          staan, maar nieuwe acties kunnen ze niet meer kiezen.
        </p>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {zone.viewerCanEdit && (
        <div className="section">
          {creating ? (
            <PlanForm
              zoneId={zone.id}
              slug={zone.slug}
              plan={null}
              proposal={{ yearFrom: String(from), yearTo: String(from + 2), title: `Meerjarenplan ${from}–${from + 2}` }}
              onDone={(saved) => {
                setCreating(false);
                if (saved) setStatus('Het meerjarenplan is aangemaakt.');
                requestAnimationFrame(() => newButton.current?.focus());
              }}
            />
          ) : (
            <button ref={newButton} type="button" className="button" onClick={() => setCreating(true)}>
              Nieuw meerjarenplan
            </button>
          )}
        </div>
      )}
      {plans.length === 0 ? (
        <EmptyState>Deze zone heeft nog geen meerjarenplan.{zone.viewerCanEdit ? ' Maak er een aan met “Nieuw meerjarenplan”.' : ''}</EmptyState>
      ) : (
        plans.map((plan) => <PlanSection key={plan.id} plan={plan} slug={zone.slug} announce={setStatus} />)
      )}
    </>
  );
}

/** Moves focus to an element of the page after React has rendered the change. */
function focusLater(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

function PlanSection({ plan, slug, announce }: { plan: MultiYearPlanFieldsFragment; slug: string; announce: (message: string) => void }) {
  const canEdit = plan.viewerCanEdit;
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const client = useApolloClient();
  const [renumber, renumbering] = useMutation(RenumberGoalsMutation);
  const headingId = `meerjarenplan-${plan.yearFrom}`;
  // After a move the buttons were disabled while saving (which drops focus): once the new order
  // is rendered, focus goes back to the moved goal's button in the same direction, or the other.
  const pendingFocus = useRef<{ goalId: string; direction: string } | null>(null);
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || renumbering.loading) return;
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(`[data-goal="${pending.goalId}"] > .myp-goal__controls [data-move]`)];
    const target = buttons.find((b) => b.dataset.move === pending.direction && !b.disabled) ?? buttons.find((b) => !b.disabled);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });
  const order = orderOf(plan.strategicGoals);

  /** Sends the new order; the server sets numbers ("1", "1.1", ...) and positions in one step. */
  const move = async (next: GoalOrder[] | null, goalId: string, label: string, direction: 'omhoog' | 'omlaag'): Promise<boolean> => {
    if (!next) return false;
    setProblem(null);
    try {
      const result = await renumber({ variables: { planId: plan.id, version: plan.version, order: next } });
      const all = result.data?.renumberGoals.strategicGoals.flatMap((sd) => [sd, ...sd.operationalGoals]) ?? [];
      const moved = all.find((g) => g.id === goalId);
      announce(`${label} staat nu ${direction === 'omhoog' ? 'hoger' : 'lager'}, met nummer ${moved?.number ?? '?'}.`);
      pendingFocus.current = { goalId, direction };
      return true;
    } catch (error) {
      setProblem(
        errorCode(error) === 'VERSION_CONFLICT' || errorCode(error) === 'INVALID_INPUT'
          ? 'Iemand anders wijzigde de doelstellingen intussen. De nieuwste versie is geladen; probeer opnieuw.'
          : mutationMessage(error),
      );
      await client.refetchQueries({ include: [MultiYearPlanPageQuery] });
      return false;
    }
  };

  return (
    <section className="section myp-plan" aria-labelledby={headingId}>
      <div className="myp-plan__head">
        <h2 id={headingId}>
          {plan.title}{' '}
          <span className="muted myp-plan__years">
            ({plan.yearFrom}–{plan.yearTo})
          </span>
        </h2>
        {canEdit && !editing && (
          <button type="button" className="link-button" data-edit-plan={plan.id} onClick={() => setEditing(true)}>
            Titel en jaren wijzigen
          </button>
        )}
      </div>
      {editing && (
        <PlanForm
          zoneId=""
          slug={slug}
          plan={plan}
          proposal={{ yearFrom: '', yearTo: '', title: '' }}
          onDone={(saved) => {
            setEditing(false);
            if (saved) announce('Het meerjarenplan is bewaard.');
            focusLater(`[data-edit-plan="${plan.id}"]`);
          }}
        />
      )}
      {problem && (
        <p className="form__error" role="alert">
          {problem}
        </p>
      )}
      {plan.strategicGoals.length === 0 ? (
        <EmptyState>Nog geen strategische doelstellingen.</EmptyState>
      ) : (
        <ol className="myp-goals" aria-busy={renumbering.loading || undefined}>
          {plan.strategicGoals.map((sd, index) => (
            <StrategicGoalItem
              key={sd.id}
              goal={sd}
              slug={slug}
              canEdit={canEdit}
              first={index === 0}
              last={index === plan.strategicGoals.length - 1}
              busy={renumbering.loading}
              onMove={(delta) => move(moveStrategic(order, sd.id, delta), sd.id, `SD ${sd.number}`, delta < 0 ? 'omhoog' : 'omlaag')}
              onMoveOd={(od, delta) => move(moveOperational(order, od.id, delta), od.id, `OD ${od.number}`, delta < 0 ? 'omhoog' : 'omlaag')}
              announce={announce}
            />
          ))}
        </ol>
      )}
      {canEdit &&
        (adding ? (
          <StrategicGoalForm
            slug={slug}
            planId={plan.id}
            goal={null}
            proposedNumber={nextNumber(null, plan.strategicGoals.length)}
            onDone={(saved) => {
              setAdding(false);
              if (saved) announce('De strategische doelstelling is toegevoegd.');
              focusLater(`[data-add-sd="${plan.id}"]`);
            }}
          />
        ) : (
          <button type="button" className="button button--small button--secondary" data-add-sd={plan.id} onClick={() => setAdding(true)}>
            Strategische doelstelling toevoegen
          </button>
        ))}
    </section>
  );
}

function ActionCounts({ actions }: { actions: ReadonlyArray<{ actionPlan?: { year: number } | null }> }) {
  const perYear = actionsPerYear(actions);
  if (perYear.length === 0) return <p className="myp-goal__counts muted">Nog geen acties.</p>;
  return (
    <p className="myp-goal__counts">
      Acties:{' '}
      {perYear.map(({ year, count }, i) => (
        <span key={year}>
          {i > 0 && ' · '}
          {year}: {count}
        </span>
      ))}
    </p>
  );
}

interface GoalControlsProps {
  label: string;
  retired: boolean;
  first: boolean;
  last: boolean;
  busy: boolean;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onRetire: () => void;
}

function GoalControls({ label, retired, first, last, busy, onEdit, onMove, onRetire }: GoalControlsProps) {
  return (
    <div className="button-row myp-goal__controls">
      <button type="button" className="link-button" data-edit onClick={onEdit} aria-label={`${label} bewerken`}>
        Bewerken
      </button>
      <button type="button" className="link-button" data-move="omhoog" disabled={first || busy} onClick={() => onMove(-1)} aria-label={`${label} omhoog`}>
        ↑ Omhoog
      </button>
      <button type="button" className="link-button" data-move="omlaag" disabled={last || busy} onClick={() => onMove(1)} aria-label={`${label} omlaag`}>
        ↓ Omlaag
      </button>
      <button
        type="button"
        className={retired ? 'link-button' : 'link-button link-button--danger'}
        data-retire
        onClick={onRetire}
        aria-label={`${label} ${retired ? 'opnieuw gebruiken' : 'stopzetten'}`}
      >
        {retired ? 'Opnieuw gebruiken' : 'Stopzetten'}
      </button>
    </div>
  );
}

interface StrategicGoalItemProps {
  goal: StrategicGoalFieldsFragment;
  slug: string;
  canEdit: boolean;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onMoveOd: (od: OperationalGoalFieldsFragment, delta: -1 | 1) => void;
  announce: (message: string) => void;
}

function StrategicGoalItem({ goal, slug, canEdit, first, last, busy, onMove, onMoveOd, announce }: StrategicGoalItemProps) {
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [update] = useMutation(UpdateStrategicGoalMutation);
  const retire = useRetire(announce, `SD ${goal.number}`, (retired) => update({ variables: { id: goal.id, version: goal.version, input: { retired } } }));
  const allActions = [...goal.actions, ...goal.operationalGoals.flatMap((od) => od.actions)];
  return (
    <li className="myp-goal" data-goal={goal.id} data-retired={goal.retired || undefined}>
      {editing ? (
        <StrategicGoalForm
          slug={slug}
          planId=""
          goal={goal}
          proposedNumber={goal.number}
          onDone={(saved) => {
            setEditing(false);
            if (saved) announce(`SD ${goal.number} is bewaard.`);
            focusLater(`[data-goal="${goal.id}"] [data-edit]`);
          }}
        />
      ) : (
        <>
          <h3 className="myp-goal__title">
            <span className="goal__number">
              SD {goal.number} · {GOAL_KIND_LABELS[goal.kind]}
            </span>
            {goal.title} {goal.retired && <Badge tone="warning">Stopgezet</Badge>}
          </h3>
          <ActionCounts actions={allActions} />
          {retire.problem && (
            <p className="form__error" role="alert">
              {retire.problem}
            </p>
          )}
          {canEdit && (
            <GoalControls
              label={`SD ${goal.number}`}
              retired={goal.retired}
              first={first}
              last={last}
              busy={busy}
              onEdit={() => setEditing(true)}
              onMove={onMove}
              onRetire={() => void retire.toggle(!goal.retired)}
            />
          )}
        </>
      )}
      {goal.operationalGoals.length > 0 && (
        <ol className="myp-ods">
          {goal.operationalGoals.map((od, index) => (
            <OperationalGoalItem
              key={od.id}
              goal={od}
              parent={goal}
              slug={slug}
              canEdit={canEdit}
              first={index === 0}
              last={index === goal.operationalGoals.length - 1}
              busy={busy}
              onMove={(delta) => onMoveOd(od, delta)}
              announce={announce}
            />
          ))}
        </ol>
      )}
      {canEdit &&
        (adding ? (
          <OperationalGoalForm
            slug={slug}
            strategicGoal={goal}
            goal={null}
            proposedNumber={nextNumber(goal.number, goal.operationalGoals.length)}
            onDone={(saved) => {
              setAdding(false);
              if (saved) announce(`De operationele doelstelling onder SD ${goal.number} is toegevoegd.`);
              focusLater(`[data-goal="${goal.id}"] [data-add-od]`);
            }}
          />
        ) : (
          <button type="button" className="link-button myp-goal__add" data-add-od onClick={() => setAdding(true)}>
            + Operationele doelstelling toevoegen onder SD {goal.number}
          </button>
        ))}
    </li>
  );
}

function OperationalGoalItem({
  goal,
  parent,
  slug,
  canEdit,
  first,
  last,
  busy,
  onMove,
  announce,
}: {
  goal: OperationalGoalFieldsFragment;
  parent: StrategicGoalFieldsFragment;
  slug: string;
  canEdit: boolean;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  announce: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [update] = useMutation(UpdateOperationalGoalMutation);
  const retire = useRetire(announce, `OD ${goal.number}`, (retired) => update({ variables: { id: goal.id, version: goal.version, input: { retired } } }));
  return (
    <li className="myp-od" data-goal={goal.id} data-retired={goal.retired || undefined}>
      {editing ? (
        <OperationalGoalForm
          slug={slug}
          strategicGoal={parent}
          goal={goal}
          proposedNumber={goal.number}
          onDone={(saved) => {
            setEditing(false);
            if (saved) announce(`OD ${goal.number} is bewaard.`);
            focusLater(`[data-goal="${goal.id}"] [data-edit]`);
          }}
        />
      ) : (
        <>
          <h4 className="myp-goal__title">
            <span className="goal__number">OD {goal.number}</span>
            {goal.title} {goal.retired && <Badge tone="warning">Stopgezet</Badge>}
          </h4>
          {!goal.retired && parent.retired && <p className="myp-goal__meta muted">Niet te kiezen voor nieuwe acties: SD {parent.number} is stopgezet.</p>}
          {goal.deadline && <p className="myp-goal__meta">Deadline: {formatDate(goal.deadline)}</p>}
          {goal.indicators.length > 0 && (
            <div className="myp-goal__indicators">
              <p className="myp-goal__meta">Indicatoren:</p>
              <ul>
                {goal.indicators.map((indicator, i) => (
                  <li key={i}>{indicator}</li>
                ))}
              </ul>
            </div>
          )}
          <ActionCounts actions={goal.actions} />
          {retire.problem && (
            <p className="form__error" role="alert">
              {retire.problem}
            </p>
          )}
          {canEdit && (
            <GoalControls
              label={`OD ${goal.number}`}
              retired={goal.retired}
              first={first}
              last={last}
              busy={busy}
              onEdit={() => setEditing(true)}
              onMove={onMove}
              onRetire={() => void retire.toggle(!goal.retired)}
            />
          )}
        </>
      )}
    </li>
  );
}

/** Retiring or reusing a goal: one click; a conflict reloads the page's goals and says so. */
function useRetire(announce: (message: string) => void, label: string, save: (retired: boolean) => Promise<unknown>) {
  const [problem, setProblem] = useState<string | null>(null);
  const client = useApolloClient();
  const toggle = async (retired: boolean): Promise<void> => {
    setProblem(null);
    try {
      await save(retired);
      announce(retired ? `${label} is stopgezet.` : `${label} is opnieuw in gebruik.`);
    } catch (error) {
      if (errorCode(error) === 'VERSION_CONFLICT') {
        setProblem('Iemand anders wijzigde deze doelstelling intussen. De nieuwste versie is geladen; bekijk ze en probeer opnieuw.');
        await client.refetchQueries({ include: [MultiYearPlanPageQuery] });
      } else setProblem(mutationMessage(error));
    }
  };
  return { problem, toggle };
}
