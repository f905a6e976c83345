// The action list's filters: as the URL holds them (slugs and words) and as the API takes them (ids).
import { allZones, type FilterOptions } from '@/common/filter-options';
import type { ActionFilter } from '@/gql/graphql';
import { parseYear } from './years';

/** The filters as the URL holds them: slugs and words, so a link says what it shows. */
export interface ListParams {
  q: string;
  themes: string[];
  zones: string[];
  regions: string[];
  years: number[];
  shared: boolean | null;
}

export function readListParams(params: URLSearchParams): ListParams {
  const shared = params.get('gedeeld');
  return {
    q: params.get('q')?.trim() ?? '',
    themes: params.getAll('thema').filter(Boolean),
    zones: params.getAll('zone').filter(Boolean),
    regions: params.getAll('regio').filter(Boolean),
    years: params
      .getAll('jaar')
      .map(parseYear)
      .filter((y): y is number => y !== null),
    shared: shared === 'ja' ? true : shared === 'nee' ? false : null,
  };
}

export interface ResolvedFilter {
  filter: ActionFilter;
  /** Slugs in the URL that name no zone, region or theme. */
  unknown: string[];
}

/** From slugs to the ids the API's filter takes. */
export function resolveFilter(list: ListParams, options: FilterOptions): ResolvedFilter {
  const zones = allZones(options);
  const unknown: string[] = [];
  const zoneIds = list.zones.map((slug) => zones.find((z) => z.slug === slug)?.id ?? (unknown.push(`zone “${slug}”`), null)).filter((id): id is string => id !== null);
  const regionIds = list.regions.map((slug) => options.regions.find((r) => r.slug === slug)?.id ?? (unknown.push(`regio “${slug}”`), null)).filter((id): id is string => id !== null);
  for (const slug of list.themes) if (!options.themes.some((t) => t.slug === slug)) unknown.push(`thema “${slug}”`);
  const filter: ActionFilter = {};
  if (list.q) filter.search = list.q;
  if (list.themes.length) filter.themeSlugs = list.themes;
  // A zone's actions are those it owns or co-owns, as the dashboard counts them.
  if (zoneIds.length) filter.ownerZoneIds = zoneIds;
  if (regionIds.length) filter.regionIds = regionIds;
  if (list.years.length) filter.years = list.years;
  if (list.shared !== null) filter.shared = list.shared;
  return { filter, unknown };
}
