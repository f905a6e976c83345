import { useSearchParams } from 'react-router';
import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS, type ProgressStatus } from '@kruispunt/shared';
import type { ActionSummaryFieldsFragment } from '@/gql/graphql';

export interface PlanFilter {
  theme: string | null;
  progress: ProgressStatus | null;
  shared: boolean | null;
}

/** The filters live in the URL (`?thema=…&voortgang=…&gedeeld=ja`): shareable, and the back button undoes them. */
export function usePlanFilter(): [PlanFilter, (patch: Partial<Record<'thema' | 'voortgang' | 'gedeeld', string>>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const progress = params.get('voortgang');
  const shared = params.get('gedeeld');
  const filter: PlanFilter = {
    theme: params.get('thema') || null,
    progress: progress && (PROGRESS_STATUSES as readonly string[]).includes(progress) ? (progress as ProgressStatus) : null,
    shared: shared === 'ja' ? true : shared === 'nee' ? false : null,
  };
  const update = (patch: Partial<Record<'thema' | 'voortgang' | 'gedeeld', string>>): void => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { preventScrollReset: true });
  };
  const clear = (): void => setParams(new URLSearchParams(), { preventScrollReset: true });
  return [filter, update, clear];
}

export function isFiltered(filter: PlanFilter): boolean {
  return filter.theme !== null || filter.progress !== null || filter.shared !== null;
}

export function matchesFilter(action: ActionSummaryFieldsFragment, filter: PlanFilter): boolean {
  if (filter.theme && !action.themes.some((theme) => theme.slug === filter.theme)) return false;
  if (filter.progress && action.progressStatus !== filter.progress) return false;
  if (filter.shared !== null && action.owners.length > 1 !== filter.shared) return false;
  return true;
}

interface PlanFiltersProps {
  actions: readonly ActionSummaryFieldsFragment[];
  filter: PlanFilter;
  onChange: (patch: Partial<Record<'thema' | 'voortgang' | 'gedeeld', string>>) => void;
  onClear: () => void;
  shown: number;
}

export function PlanFilters({ actions, filter, onChange, onClear, shown }: PlanFiltersProps) {
  // Only the themes this plan uses, by name.
  const themes = [...new Map(actions.flatMap((a) => a.themes).map((t) => [t.slug, t])).values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <form className="filters" role="search" aria-label="Acties filteren" onSubmit={(event) => event.preventDefault()}>
      <div className="filters__field">
        <label htmlFor="filter-thema">Thema</label>
        <select id="filter-thema" value={filter.theme ?? ''} onChange={(event) => onChange({ thema: event.target.value })}>
          <option value="">Alle thema’s</option>
          {themes.map((theme) => (
            <option key={theme.slug} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="filter-voortgang">Voortgang</label>
        <select id="filter-voortgang" value={filter.progress ?? ''} onChange={(event) => onChange({ voortgang: event.target.value })}>
          <option value="">Alle</option>
          {PROGRESS_STATUSES.map((status) => (
            <option key={status} value={status}>
              {PROGRESS_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="filter-gedeeld">Gedeeld met andere zones</label>
        <select id="filter-gedeeld" value={filter.shared === null ? '' : filter.shared ? 'ja' : 'nee'} onChange={(event) => onChange({ gedeeld: event.target.value })}>
          <option value="">Alle acties</option>
          <option value="ja">Alleen gedeelde</option>
          <option value="nee">Alleen niet-gedeelde</option>
        </select>
      </div>
      <p className="filters__count" aria-live="polite">
        {isFiltered(filter) ? `${shown} van ${actions.length} acties` : `${actions.length} acties`}
      </p>
      {isFiltered(filter) && (
        <button type="button" className="link-button" onClick={onClear}>
          Filters wissen
        </button>
      )}
    </form>
  );
}
