import { graphql } from '@/gql';

/** Every zone's name, for screens that name zones by id (history entries, owners that left). */
export const ZoneNamesFragment = graphql(`
  fragment ZoneNames on Query {
    regions {
      zones {
        id
        name
      }
    }
  }
`);

/** Zone names by id, from the `ZoneNames` fragment (history entries name zones by id). */
export function zoneNamesOf(regions: ReadonlyArray<{ zones: ReadonlyArray<{ id: string; name: string }> }>): Map<string, string> {
  return new Map(regions.flatMap((r) => r.zones.map((z) => [z.id, z.name] as const)));
}
