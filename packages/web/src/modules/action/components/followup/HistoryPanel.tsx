import { useState } from 'react';
import { FUNDING_KIND_LABELS, PROGRESS_STATUS_LABELS, formatDate, type FundingKind, type ProgressStatus } from '@kruispunt/shared';
import { EmptyState } from '@/common/components/EmptyState';
import { formatMonthRanges } from '@/common/format';
import { asGlobalId } from '@/common/global-id';
import type { ActionFollowUpQuery } from '@/gql/graphql';
import { fieldLabel } from '../../field-labels';

type Entry = NonNullable<ActionFollowUpQuery['action']>['history'][number];

interface Names {
  zones: ReadonlyMap<string, string>;
  themes: ReadonlyMap<string, string>;
}

const SHORT = 160;

function truncate(text: string): string {
  return text.length > SHORT ? `${text.slice(0, SHORT)}…` : text;
}

/** A recorded value in words: "(leeg)", "ja", "jan–mrt", "Personeelstekort, Preventie", … */
export function describeValue(field: string, value: unknown, names: Names): string {
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return '(leeg)';
  if (typeof value === 'boolean') return value ? 'aangevinkt' : 'niet aangevinkt';
  if (field === 'progressStatus') return PROGRESS_STATUS_LABELS[value as ProgressStatus] ?? String(value);
  if (field === 'funding') return FUNDING_KIND_LABELS[value as FundingKind] ?? String(value);
  if (field === 'startDate' || field === 'endDate') return formatDate(String(value));
  if (field === 'leadZoneId') return names.zones.get(asGlobalId('Zone', String(value))) ?? 'een zone';
  if (field.endsWith('Id')) return 'gekoppeld';
  if (Array.isArray(value)) {
    if (field === 'timeline') {
      const months = (value as Array<{ month?: number; milestone?: string | null }>).map((m) => Number(m.month)).filter(Boolean);
      const milestones = (value as Array<{ milestone?: string | null }>).filter((m) => m.milestone).length;
      return `${formatMonthRanges(months)}${milestones ? ` (${milestones} ${milestones === 1 ? 'mijlpaal' : 'mijlpalen'})` : ''}`;
    }
    if (field === 'steps') return truncate((value as Array<{ text?: string }>).map((s, i) => `${i + 1}. ${s.text ?? ''}`).join(' '));
    if (field === 'indicators') return truncate((value as Array<{ name?: string }>).map((i) => i.name ?? '').join('; '));
    if (field === 'themeIds') return (value as string[]).map((id) => names.themes.get(id) ?? 'thema').join(', ');
    if (field.endsWith('Ids')) return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
    return truncate((value as unknown[]).map(String).join('; '));
  }
  return truncate(String(value));
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The audit trail of the action: who changed which fields when, before → after. */
export function HistoryPanel({ entries, names }: { entries: readonly Entry[]; names: Names }) {
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
                    <strong>{entry.actorName ?? 'Onbekend'}</strong>{' '}
                    {entry.operation === 'CREATE' ? 'maakte de actie aan' : entry.operation === 'DELETE' ? 'verwijderde de actie' : 'wijzigde'} ·{' '}
                    <time dateTime={entry.at}>
                      {formatDate(entry.at)} {new Date(entry.at).toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit' })}
                    </time>
                  </p>
                  {entry.operation === 'UPDATE' && (
                    <dl className="history__changes">
                      {entry.fields.map((field) => (
                        <div key={field}>
                          <dt>{fieldLabel(field)}</dt>
                          <dd>
                            <span className="history__before">{describeValue(field, before[field], names)}</span>
                            <span aria-hidden="true"> → </span>
                            <span className="visually-hidden"> werd </span>
                            <span className="history__after">{describeValue(field, after[field], names)}</span>
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
