import { FUNDING_KIND_LABELS, OWNER_ROLE_LABELS, PROGRESS_STATUS_LABELS, formatDate, type FundingKind, type OwnerRole, type ProgressStatus } from '@kruispunt/shared';
import { HistoryPanel } from '@/common/components/HistoryPanel';
import { formatMonthRanges, formatNumber } from '@/common/format';
import { asGlobalId } from '@/common/global-id';
import type { ActionFollowUpQuery } from '@/gql/graphql';
import { fieldLabel } from '../../field-labels';

type Entry = NonNullable<ActionFollowUpQuery['action']>['history'][number];

interface Names {
  zones: ReadonlyMap<string, string>;
  themes: ReadonlyMap<string, string>;
}

/** A recorded value in words: "(leeg)", "ja", "jan–mrt", "Personeelstekort, Preventie", … */
export function describeValue(field: string, value: unknown, names: Names): string {
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return '(leeg)';
  if (typeof value === 'boolean') return value ? 'aangevinkt' : 'niet aangevinkt';
  if (field === 'progressStatus') return PROGRESS_STATUS_LABELS[value as ProgressStatus] ?? String(value);
  if (field === 'funding') return FUNDING_KIND_LABELS[value as FundingKind] ?? String(value);
  if (field === 'startDate' || field === 'endDate') return formatDate(String(value));
  if (field === 'estimatedDays') return `${formatNumber(Number(value))} werkdagen`;
  if (field === 'leadZoneId') return names.zones.get(asGlobalId('Zone', String(value))) ?? 'een zone';
  if (field.endsWith('Id')) return 'gekoppeld';
  if (Array.isArray(value)) {
    if (field === 'timeline') {
      const months = (value as Array<{ month?: number; milestone?: string | null }>).map((m) => Number(m.month)).filter(Boolean);
      const milestones = (value as Array<{ milestone?: string | null }>).filter((m) => m.milestone).length;
      return `${formatMonthRanges(months)}${milestones ? ` (${milestones} ${milestones === 1 ? 'mijlpaal' : 'mijlpalen'})` : ''}`;
    }
    if (field === 'steps') return (value as Array<{ text?: string }>).map((s, i) => `${i + 1}. ${s.text ?? ''}`).join('\n');
    if (field === 'indicators') return (value as Array<{ name?: string }>).map((i) => i.name ?? '').join('\n');
    if (field === 'owners') {
      return (value as Array<{ zoneId?: string; role?: OwnerRole }>)
        .map((o) => `${(o.zoneId && names.zones.get(o.zoneId)) || 'een zone'}${o.role ? ` (${OWNER_ROLE_LABELS[o.role] ?? o.role})` : ''}`)
        .join(', ');
    }
    if (field === 'themeIds') return (value as string[]).map((id) => names.themes.get(id) ?? 'thema').join(', ');
    if (field.endsWith('Ids')) return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
    // One item a line (an item's sub-bullets on lines of their own), so a change reads as a diff.
    return (value as unknown[]).map(String).join('\n');
  }
  return String(value);
}

/** The audit trail of the action. */
export function ActionHistoryPanel({ entries, names }: { entries: readonly Entry[]; names: Names }) {
  return <HistoryPanel entries={entries} label={fieldLabel} describe={(field, value) => describeValue(field, value, names)} noun="de actie" />;
}
