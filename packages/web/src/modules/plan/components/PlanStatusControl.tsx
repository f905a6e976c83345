import { useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { PLAN_STATUS_LABELS, PLAN_STATUS_TRANSITIONS, formatDate } from '@kruispunt/shared';
import { Dialog } from '@/common/components/Dialog';
import { blockingChecks, errorCode, mutationMessage, type BlockingCheck } from '@/common/mutation-errors';
import type { PlanStatus } from '@/gql/graphql';
import { SetActionPlanStatusMutation } from '../graphql/plan-edit';
import { deadlineInfo } from '../deadline';
import { PlanChecksList } from './PlanChecksList';

interface Props {
  plan: { id: string; year: number; status: PlanStatus; version: number; submittedAt?: string | null };
  actions: ReadonlyArray<{ id: string; title: string; number?: string | null }>;
}

/** What the button for a status change says; which changes exist is `PLAN_STATUS_TRANSITIONS` (packages/shared). */
const ACTION_LABEL: Record<PlanStatus, string> = {
  PUBLISHED: 'Publiceren',
  SUBMITTED: 'Indienen bij het Departement Zorg',
  DRAFT: 'Terug naar ontwerp',
};
const nextOptions = (status: PlanStatus) => PLAN_STATUS_TRANSITIONS[status].map((next) => ({ status: next, label: ACTION_LABEL[next] }));

const EXPLAIN: Record<PlanStatus, string> = {
  PUBLISHED: 'Andere zones en de coaches kunnen het plan dan lezen.',
  SUBMITTED: 'Daarna ligt de inhoud van het plan vast; alleen een beheerder kan het heropenen, met een reden.',
  DRAFT: 'Alleen medewerkers van je zone zien het plan dan nog.',
};

/** The plan's status for its editors: publish, submit (refused with the checks that block it), back to draft. */
export function PlanStatusControl({ plan, actions }: Props) {
  const [asked, setAsked] = useState<PlanStatus | null>(null);
  const [checks, setChecks] = useState<BlockingCheck[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [setStatus, { loading }] = useMutation(SetActionPlanStatusMutation, { refetchQueries: ['ActionPlanPage', 'MyZone'] });
  const deadline = deadlineInfo(plan.year, plan.submittedAt);
  // A VERSION_CONFLICT: the status shown is out of date. "Nieuwste versie laden" reads the page's
  // query again (the plan's status and version come with it), so the next choice builds on it.
  const [stale, setStale] = useState<'yes' | 'loading' | 'reloaded' | null>(null);
  const client = useApolloClient();
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale === 'yes' || stale === 'reloaded') {
      conflictRef.current?.scrollIntoView({ block: 'center' });
      conflictRef.current?.focus({ preventScroll: true });
    }
  }, [stale]);
  const reload = async (): Promise<void> => {
    setStale('loading');
    try {
      await client.refetchQueries({ include: ['ActionPlanPage'] });
      setStale('reloaded');
    } catch {
      setStale('yes');
    }
  };

  const confirm = async (status: PlanStatus): Promise<void> => {
    setChecks([]);
    setMessage(null);
    setStale(null);
    try {
      await setStatus({ variables: { id: plan.id, status, version: plan.version } });
      setMessage(`Het plan is nu: ${PLAN_STATUS_LABELS[status].toLowerCase()}.`);
    } catch (error) {
      if (errorCode(error) === 'VERSION_CONFLICT') {
        setStale('yes');
        return;
      }
      setChecks(blockingChecks(error));
      setMessage(mutationMessage(error));
    } finally {
      setAsked(null);
    }
  };

  return (
    <section className="status-control no-print" aria-labelledby="status-plan">
      <h2 id="status-plan">Status van het plan</h2>
      <p>
        {plan.status === 'SUBMITTED'
          ? `Ingediend${plan.submittedAt ? ` op ${formatDate(plan.submittedAt)}` : ''}. Alleen een beheerder kan het plan terugzetten.`
          : `${PLAN_STATUS_LABELS[plan.status]}. ${deadline.text}.`}
      </p>
      {nextOptions(plan.status).length > 0 && (
        <div className="button-row">
          {nextOptions(plan.status).map((option) => (
            <button
              key={option.status}
              type="button"
              className={option.status === 'SUBMITTED' ? 'button' : 'button button--secondary'}
              disabled={loading}
              onClick={() => setAsked(option.status)}
            >
              {option.label}
            </button>
          ))}
        </div>
      )}
      {stale && (
        <div ref={conflictRef} tabIndex={-1} className="notice notice--warning" data-testid="conflict-banner">
          {stale === 'reloaded' ? (
            <p>De nieuwste versie is geladen: het plan is nu {PLAN_STATUS_LABELS[plan.status].toLowerCase()}. Kies opnieuw als je de status nog wilt wijzigen.</p>
          ) : (
            <>
              <p>Iemand anders heeft de status van het plan intussen gewijzigd; er is niets gewijzigd. Laad de nieuwste versie en kies dan opnieuw.</p>
              <button type="button" className="button button--small" onClick={() => void reload()} disabled={stale === 'loading'}>
                {stale === 'loading' ? 'Nieuwste versie laden…' : 'Nieuwste versie laden'}
              </button>
            </>
          )}
        </div>
      )}
      <div aria-live="polite">
        {message && (
          <div className={checks.length > 0 ? 'form__error' : 'notice notice--success'} role={checks.length > 0 ? 'alert' : 'status'}>
            <p>{message}</p>
            {checks.length > 0 && (
              <>
                <p>Vul deze acties aan en probeer opnieuw:</p>
                <PlanChecksList checks={checks} actions={actions} actionPath={(id) => `/acties/${id}/bewerken`} />
              </>
            )}
          </div>
        )}
      </div>
      <Dialog
        open={asked !== null}
        title={asked === 'SUBMITTED' ? `Actieplan ${plan.year} indienen?` : `Status wijzigen naar “${asked ? PLAN_STATUS_LABELS[asked].toLowerCase() : ''}”?`}
        onClose={() => setAsked(null)}
        actions={
          <>
            <button type="button" className="button button--secondary" onClick={() => setAsked(null)} autoFocus>
              Annuleren
            </button>
            <button type="button" className="button" disabled={loading} onClick={() => asked && void confirm(asked)}>
              {asked === 'SUBMITTED' ? 'Indienen' : 'Bevestigen'}
            </button>
          </>
        }
      >
        <p>{asked ? EXPLAIN[asked] : ''}</p>
      </Dialog>
    </section>
  );
}
