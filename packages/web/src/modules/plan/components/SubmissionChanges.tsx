import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { formatDate } from '@kruispunt/shared';
import { Badge, type BadgeTone } from '@/common/components/Badge';
import { DiffText } from '@/common/components/DiffText';
import { describeError } from '@/common/graphql-errors';
import type { ActionChangeKind } from '@/gql/graphql';
import { SubmissionChangesQuery } from '../graphql/submission-changes';

const KIND: Record<ActionChangeKind, { label: string; tone: BadgeTone }> = {
  ADDED: { label: 'Toegevoegd', tone: 'success' },
  REMOVED: { label: 'Verwijderd', tone: 'danger' },
  CHANGED: { label: 'Gewijzigd', tone: 'info' },
};

/** "Wat is er veranderd sinds indiening?" for one kept submission: a button that opens the difference with the plan now. */
export function SubmissionChanges({ submission }: { submission: { id: string; submittedAt: string } }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="submission-changes">
      <button type="button" className="button button--small button--secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Wat is er veranderd sinds indiening<span className="visually-hidden"> op {formatDate(submission.submittedAt)}</span>?
      </button>
      <div id={panelId} hidden={!open}>
        {open && <ChangesPanel submissionId={submission.id} submittedAt={submission.submittedAt} />}
      </div>
    </div>
  );
}

function ChangesPanel({ submissionId, submittedAt }: { submissionId: string; submittedAt: string }) {
  // Always asked anew: the plan may have changed since the panel was last opened.
  const { data, loading, error, refetch } = useQuery(SubmissionChangesQuery, { variables: { id: submissionId }, fetchPolicy: 'network-only' });
  if (loading && !data) {
    return (
      <p className="state state--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        Verschillen berekenen…
      </p>
    );
  }
  if (error) {
    return (
      <div className="notice notice--warning" role="alert">
        <p>We konden de verschillen niet laden. {describeError(error)}</p>
        <button type="button" className="button" onClick={() => void refetch()}>
          Opnieuw proberen
        </button>
      </div>
    );
  }
  const node = data?.node;
  const changes = node && 'changesSinceSubmission' in node ? node.changesSinceSubmission : null;
  if (!changes) return <p>Deze indiening is niet (meer) beschikbaar.</p>;
  if (changes.unchanged) {
    return (
      <p className="submission-changes__none" data-testid="no-changes">
        Geen wijzigingen sinds indiening op {formatDate(submittedAt)}.
      </p>
    );
  }
  return (
    <div className="submission-changes__panel" data-testid="submission-changes">
      <p className="muted">Verschil tussen de versie ingediend op {formatDate(submittedAt)} en het plan nu (zoals in de JSON-export).</p>
      {changes.plan.length > 0 && (
        <section aria-label="Plan en doelstellingen">
          <h3>Plan en doelstellingen</h3>
          <FieldChanges fields={changes.plan} />
        </section>
      )}
      {changes.actions.map((action, index) => {
        const name = `${action.number ? `Actie ${action.number}: ` : ''}${action.title}`;
        return (
          <section key={`${action.kind}-${action.number ?? ''}-${index}`} className="submission-changes__action" data-kind={action.kind}>
            <h3>
              {name} <Badge tone={KIND[action.kind].tone}>{KIND[action.kind].label}</Badge>
            </h3>
            {action.kind === 'ADDED' && <p className="muted">Deze actie is toegevoegd na de indiening.</p>}
            {action.kind === 'REMOVED' && <p className="muted">Deze actie stond in de ingediende versie en is er nu niet meer.</p>}
            {action.fields.length > 0 && <FieldChanges fields={action.fields} />}
          </section>
        );
      })}
    </div>
  );
}

function FieldChanges({ fields }: { fields: readonly { field: string; label: string; before?: string | null; after?: string | null }[] }) {
  return (
    <dl className="submission-changes__fields">
      {fields.map((f) => (
        <div key={f.field}>
          <dt>{f.label}</dt>
          <dd>
            {f.before != null && f.after != null ? (
              <DiffText before={f.before} after={f.after} />
            ) : f.after != null ? (
              <p className="diff-text">
                <ins>
                  <span className="visually-hidden">[toegevoegd: </span>
                  {f.after}
                  <span className="visually-hidden">]</span>
                </ins>
              </p>
            ) : (
              <p className="diff-text">
                <del>
                  <span className="visually-hidden">[verwijderd: </span>
                  {f.before}
                  <span className="visually-hidden">]</span>
                </del>
              </p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
