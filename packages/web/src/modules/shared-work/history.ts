// A working group's or project's recorded changes in words (the history panel on its page).
import { OWNER_ROLE_LABELS, PROJECT_STATUS_LABELS, WORKING_GROUP_KIND_LABELS, formatDate, type OwnerRole, type ProjectStatus, type WorkingGroupKind } from '@kruispunt/shared';
import { sharedWorkLabel, SHARED_WORK_KEYS, type SharedWorkKey } from './hooks/useSharedWorkForm';
import type { SharedItem } from './shared-item';

const OTHER_LABELS: Record<string, string> = { memberIds: 'Leden', themeIds: 'Thema’s', owners: 'Eigenaar-zones' };

export function historyLabel(field: string, type: SharedItem['type']): string {
  return (SHARED_WORK_KEYS as readonly string[]).includes(field) ? sharedWorkLabel(field as SharedWorkKey, type) : (OTHER_LABELS[field] ?? field);
}

export function describeValue(field: string, value: unknown, zoneNames: ReadonlyMap<string, string>): string {
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return '(leeg)';
  if (field === 'kind') return WORKING_GROUP_KIND_LABELS[value as WorkingGroupKind] ?? String(value);
  if (field === 'status') return PROJECT_STATUS_LABELS[value as ProjectStatus] ?? String(value);
  if (field === 'periodStart' || field === 'periodEnd') return formatDate(String(value));
  if (field === 'owners' && Array.isArray(value)) {
    return (value as Array<{ zoneId?: string; role?: OwnerRole }>)
      .map((o) => `${(o.zoneId && zoneNames.get(o.zoneId)) || 'een zone'}${o.role ? ` (${OWNER_ROLE_LABELS[o.role] ?? o.role})` : ''}`)
      .join(', ');
  }
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  return String(value);
}
