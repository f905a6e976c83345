import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { formatDate, relativeTime } from '@kruispunt/shared';
import { describeError } from '@/common/graphql-errors';
import { actionLabel } from '@/common/format';
import type { RemarkFieldsFragment } from '@/gql/graphql';
import { ActionRemarksQuery, AddRemarkMutation, PlanRemarksQuery, ReopenRemarkMutation, ReplyToRemarkMutation, ResolveRemarkMutation } from '../graphql/remarks';
import './remarks.css';

interface Subject {
  /** The plan for a remark on the plan; none for a remark on an action (the API finds its plan). */
  planId: string | null;
  remarks: readonly RemarkFieldsFragment[];
  /** Whether the viewer may leave a remark here (the server's `viewerCanRemark`). */
  canRemark: boolean;
  /** Whether the viewer may resolve a remark: those who edit what it is about (the server's `viewerCanFollowUp`). */
  canResolve: (remark: RemarkFieldsFragment) => boolean;
}

/** Remarks on a plan, including those on its actions (`/zones/:slug/plannen/:year`). */
export function PlanRemarks({ planId }: { planId: string }) {
  const { data, error, refetch } = useQuery(PlanRemarksQuery, { variables: { planId } });
  const plan = data?.node?.__typename === 'ActionPlan' ? data.node : null;
  return (
    <RemarksPanel
      scope="plan"
      error={error}
      onRetry={() => void refetch()}
      subject={
        plan
          ? {
              planId,
              remarks: plan.remarks,
              canRemark: plan.viewerCanRemark,
              // A remark on an action is resolved by the action's editors, one on the plan by the plan's.
              canResolve: (remark) => (remark.action ? remark.action.viewerCanFollowUp : plan.viewerCanFollowUp),
            }
          : null
      }
      loaded={Boolean(data)}
    />
  );
}

/** Remarks on one action (`/acties/:id`). */
export function ActionRemarks({ actionId }: { actionId: string }) {
  const { data, error, refetch } = useQuery(ActionRemarksQuery, { variables: { actionId } });
  const action = data?.action;
  // A co-owner sees and discusses the shared action even while its plan is another zone's draft.
  return (
    <RemarksPanel
      scope="action"
      actionId={actionId}
      error={error}
      onRetry={() => void refetch()}
      subject={
        action
          ? {
              planId: null,
              remarks: action.remarks,
              canRemark: action.viewerCanRemark,
              canResolve: () => action.viewerCanFollowUp,
            }
          : null
      }
      loaded={Boolean(data)}
    />
  );
}

/** Where links to a plan's or an action's remarks point (`/acties/:id#overleg`). */
const REMARKS_ANCHOR = 'overleg';

function RemarksPanel({
  scope,
  actionId,
  subject,
  loaded,
  error,
  onRetry,
}: {
  scope: 'plan' | 'action';
  actionId?: string;
  subject: Subject | null;
  loaded: boolean;
  error: ErrorLike | undefined;
  onRetry: () => void;
}) {
  const headingId = useId();
  const title = scope === 'plan' ? 'Opmerkingen bij dit actieplan' : 'Opmerkingen bij deze actie';

  let body;
  if (error) {
    body = (
      <div role="alert">
        <p>De opmerkingen konden niet geladen worden. {describeError(error)}</p>
        <button type="button" className="button button--small" onClick={onRetry}>
          Opnieuw proberen
        </button>
      </div>
    );
  } else if (!loaded || !subject) {
    body = (
      <p className="muted" role="status">
        Opmerkingen laden…
      </p>
    );
  } else {
    const open = subject.remarks.filter((remark) => !remark.resolved);
    const resolved = subject.remarks.filter((remark) => remark.resolved);
    const canAdd = subject.canRemark;
    body = (
      <>
        {open.length === 0 ? (
          <p className="muted">Geen open opmerkingen.</p>
        ) : (
          <ul className="remark-list" aria-label="Open opmerkingen">
            {open.map((remark) => (
              <li key={remark.id}>
                <RemarkItem remark={remark} showAction={scope === 'plan'} canResolve={subject.canResolve(remark)} canReply={subject.canRemark} />
              </li>
            ))}
          </ul>
        )}
        {resolved.length > 0 && (
          <details className="remarks__resolved">
            <summary>{resolved.length === 1 ? '1 opgeloste opmerking' : `${resolved.length} opgeloste opmerkingen`}</summary>
            <ul className="remark-list" aria-label="Opgeloste opmerkingen">
              {resolved.map((remark) => (
                <li key={remark.id}>
                  <RemarkItem remark={remark} showAction={scope === 'plan'} canResolve={subject.canResolve(remark)} canReply={false} />
                </li>
              ))}
            </ul>
          </details>
        )}
        {canAdd && <AddRemarkForm planId={subject.planId} actionId={actionId} scope={scope} />}
      </>
    );
  }

  const openCount = subject?.remarks.filter((remark) => !remark.resolved).length ?? 0;
  // A link from Mijn zone or a notification (`#overleg`) lands here once the remarks are loaded.
  const { hash } = useLocation();
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (hash === `#${REMARKS_ANCHOR}` && loaded) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [hash, loaded]);
  return (
    <section ref={sectionRef} id={REMARKS_ANCHOR} className="remarks no-print" aria-labelledby={headingId} data-testid="remarks" data-open={openCount > 0 || undefined}>
      <h2 id={headingId} className="remarks__title">
        {title}
        {openCount > 0 && <span className="remarks__count"> ({openCount} open)</span>}
      </h2>
      {body}
    </section>
  );
}

/** A remark as a conversation: its replies, how it was resolved, and the controls the server allows. */
function RemarkItem({ remark, showAction, canResolve, canReply }: { remark: RemarkFieldsFragment; showAction: boolean; canResolve: boolean; canReply: boolean }) {
  const [reopen, reopening] = useMutation(ReopenRemarkMutation);
  const label = remark.action ? [actionLabel(remark.action.number), remark.action.title].filter(Boolean).join(': ') : null;
  const author = remark.authorName || 'Onbekend';
  return (
    <article className="remark" data-resolved={remark.resolved} data-testid="remark">
      <p className="remark__text">{remark.text}</p>
      <p className="remark__meta">
        {author}, <When at={remark.createdAt} />
        {showAction && remark.action && (
          <>
            {' · over '}
            <Link to={`/acties/${remark.action.id}`}>{label}</Link>
          </>
        )}
      </p>
      {remark.replies.length > 0 && (
        <ol className="remark__replies" aria-label={`Reacties op de opmerking van ${author}`}>
          {remark.replies.map((reply) => (
            <li key={reply.id} className="remark__reply" data-testid="remark-reply">
              <p className="remark__text">{reply.text}</p>
              <p className="remark__meta">
                {reply.authorName || 'Onbekend'}, <When at={reply.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {remark.resolved && (
        <p className="remark__resolution" data-testid="remark-resolution">
          <strong>Opgelost</strong>
          {remark.resolvedAt && <> op {formatDate(remark.resolvedAt)}</>}
          {remark.resolutionNote && <>: {remark.resolutionNote}</>}
        </p>
      )}
      <div className="remark__actions">
        {canReply && !remark.resolved && <ReplyForm remarkId={remark.id} author={author} />}
        {canResolve && !remark.resolved && <ResolveForm remarkId={remark.id} author={author} />}
        {canResolve && remark.resolved && (
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={reopening.loading}
            onClick={() => void reopen({ variables: { id: remark.id } }).catch(() => undefined)}
          >
            {reopening.loading ? 'Bezig…' : 'Heropenen'}
            <span className="visually-hidden">: opmerking van {author}</span>
          </button>
        )}
      </div>
      {reopening.error && (
        <p className="form__error" role="alert">
          {describeError(reopening.error)}
        </p>
      )}
    </article>
  );
}

/** "5 minuten geleden", with the Belgian date as the exact value. */
function When({ at }: { at: string }) {
  return (
    <time dateTime={at} title={formatDate(at)}>
      {relativeTime(at)}
    </time>
  );
}

/** A button that opens a small form in place; the form's field takes focus, Annuleren gives it back. */
function useDisclosure() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = (): void => {
    setOpen(false);
    // Back to the button that opened it, once it is rendered again.
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  return { open, setOpen, close, buttonRef };
}

function ReplyForm({ remarkId, author }: { remarkId: string; author: string }) {
  const id = useId();
  const { open, setOpen, close, buttonRef } = useDisclosure();
  const [text, setText] = useState('');
  const [reply, { loading, error }] = useMutation(ReplyToRemarkMutation);
  if (!open) {
    return (
      <button ref={buttonRef} type="button" className="button button--small button--secondary" onClick={() => setOpen(true)}>
        Reageren<span className="visually-hidden"> op de opmerking van {author}</span>
      </button>
    );
  }
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      await reply({ variables: { id: remarkId, input: { text: text.trim() } } });
      setText('');
      close();
    } catch {
      // The mutation's error state shows the message.
    }
  };
  return (
    <form className="remark-form remark-form--inline" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-reply`}>Reactie op de opmerking van {author}</label>
      <textarea id={`${id}-reply`} rows={3} value={text} onChange={(e) => setText(e.target.value)} required autoFocus />
      {error && (
        <p className="form__error" role="alert">
          {describeError(error)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={loading || !text.trim()}>
          {loading ? 'Plaatsen…' : 'Reactie plaatsen'}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={close}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function ResolveForm({ remarkId, author }: { remarkId: string; author: string }) {
  const id = useId();
  const { open, setOpen, close, buttonRef } = useDisclosure();
  const [note, setNote] = useState('');
  const [resolve, { loading, error }] = useMutation(ResolveRemarkMutation);
  if (!open) {
    return (
      <button ref={buttonRef} type="button" className="button button--small button--secondary" onClick={() => setOpen(true)}>
        Markeren als opgelost<span className="visually-hidden">: opmerking van {author}</span>
      </button>
    );
  }
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    try {
      await resolve({ variables: { id: remarkId, note: note.trim() || null } });
    } catch {
      // The mutation's error state shows the message.
    }
  };
  return (
    <form className="remark-form remark-form--inline" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-note`}>Hoe is het opgelost? (optioneel)</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
      {error && (
        <p className="form__error" role="alert">
          {describeError(error)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={loading}>
          {loading ? 'Bezig…' : 'Opmerking oplossen'}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={close}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function AddRemarkForm({ planId, actionId, scope }: { planId: string | null; actionId?: string; scope: 'plan' | 'action' }) {
  const id = useId();
  const [text, setText] = useState('');
  const [done, setDone] = useState(false);
  const [add, { loading, error }] = useMutation(AddRemarkMutation, {
    refetchQueries: actionId ? [ActionRemarksQuery, PlanRemarksQuery] : [PlanRemarksQuery],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!text.trim()) return;
    setDone(false);
    try {
      await add({ variables: { planId, actionId: actionId ?? null, input: { text: text.trim() } } });
      setText('');
      setDone(true);
    } catch {
      // The mutation's error state shows the message.
    }
  };
  return (
    <form className="remark-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-text`}>{scope === 'plan' ? 'Nieuwe opmerking bij het actieplan' : 'Nieuwe opmerking bij deze actie'}</label>
      <textarea id={`${id}-text`} rows={3} value={text} onChange={(e) => setText(e.target.value)} required />
      {error && (
        <p className="form__error" role="alert">
          {describeError(error)}
        </p>
      )}
      <p role="status" className="remark-form__status">
        {done && 'Opmerking geplaatst. De zone ziet ze bij het actieplan.'}
      </p>
      <button type="submit" className="button button--small" disabled={loading || !text.trim()}>
        {loading ? 'Plaatsen…' : 'Opmerking plaatsen'}
      </button>
    </form>
  );
}
