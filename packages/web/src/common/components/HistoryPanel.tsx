import { useState } from 'react';
import { formatDate } from '@kruispunt/shared';
import { worthDiffing } from '@/common/merge/text-diff';
import { DiffText } from './DiffText';
import { EmptyState } from './EmptyState';
import '@/common/staff.css';

/** One recorded change as the API's `history(id:)` returns it. */
export interface HistoryEntry {
  actorName?: string | null;
  at: string;
  fields: readonly string[];
  operation: string;
  before?: unknown;
  after?: unknown;
}

interface Props {
  entries: readonly HistoryEntry[];
  /** The Dutch name of a recorded field. */
  label: (field: string) => string;
  /** A recorded value in words; long texts are shown in full, with their changes marked. */
  describe: (field: string, value: unknown) => string;
  /** "de actie", "de werkgroep", "het project". */
  noun: string;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The audit trail of one thing: who changed which fields when, before → after. */
export function HistoryPanel({ entries, label, describe, noun }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? entries : entries.slice(0, 8);
  return (
    <section className="section follow-up__panel" aria-labelledby="geschiedenis">
      <h2 id="geschiedenis">Geschiedenis</h2>
      {entries.length === 0 ? (
        <EmptyState>Nog geen wijzigingen geregistreerd.</EmptyState>
      ) : (
        <>
          <ol className="history" data-testid="history">
            {shown.map((entry, index) => {
              const before = record(entry.before);
              const after = record(entry.after);
              return (
                <li key={`${entry.at}-${index}`} className="history__entry">
                  <p className="history__head">
                    <strong>{entry.actorName ?? 'Onbekend'}</strong> {entry.operation === 'CREATE' ? `maakte ${noun} aan` : entry.operation === 'DELETE' ? `verwijderde ${noun}` : 'wijzigde'}{' '}
                    ·{' '}
                    <time dateTime={entry.at}>
                      {formatDate(entry.at)} {new Date(entry.at).toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit' })}
                    </time>
                  </p>
                  {entry.operation === 'UPDATE' && (
                    <dl className="history__changes">
                      {entry.fields.map((field) => (
                        <div key={field}>
                          <dt>{label(field)}</dt>
                          <dd>
                            <Change before={describe(field, before[field])} after={describe(field, after[field])} />
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </li>
              );
            })}
          </ol>
          {entries.length > shown.length && (
            <button type="button" className="link-button" onClick={() => setShowAll(true)}>
              Alle {entries.length} wijzigingen tonen
            </button>
          )}
        </>
      )}
    </section>
  );
}

/**
 * A short value as "before → after"; a long or multi-line text in full, as one text with its
 * changes marked.
 */
function Change({ before, after }: { before: string; after: string }) {
  if (!worthDiffing(before, after)) {
    return (
      <>
        <span className="history__before">{before}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> werd </span>
        <span className="history__after">{after}</span>
      </>
    );
  }
  return <DiffText before={before} after={after} className="diff-text history__diff" />;
}
