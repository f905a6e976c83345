import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { FilterOptionsQuery as FilterOptionsData } from '@/gql/graphql';

/**
 * Regions, zones, themes and plan years: the choices of the filter forms, and the lookup from
 * the slugs in a URL (`?zone=elz-leuven`) to the ids the API's filters take.
 */
export const FilterOptionsQuery = graphql(`
  query FilterOptions {
    regions {
      id
      name
      slug
      zones {
        id
        name
        shortName
        slug
        actionPlans {
          id
          year
        }
      }
    }
    themes {
      id
      name
      slug
    }
  }
`);

export type FilterOptions = FilterOptionsData;
export type OptionZone = FilterOptionsData['regions'][number]['zones'][number] & { region: { id: string; name: string; slug: string } };

export function useFilterOptions() {
  return useQuery(FilterOptionsQuery);
}

export function allZones(options: FilterOptions): OptionZone[] {
  return options.regions.flatMap((region) => region.zones.map((zone) => ({ ...zone, region: { id: region.id, name: region.name, slug: region.slug } })));
}

/** Plan years that exist in any zone, newest first. */
export function planYears(options: FilterOptions): number[] {
  const years = new Set(options.regions.flatMap((r) => r.zones.flatMap((z) => z.actionPlans.map((p) => p.year))));
  return [...years].sort((a, b) => b - a);
}
