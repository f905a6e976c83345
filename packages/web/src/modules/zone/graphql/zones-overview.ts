import { graphql } from '@/gql';

// The schema has no action count or "latest plan" field yet: the plans' action ids are
// fetched and counted on the client (a few hundred ids for the whole federation).
export const ZonesOverviewQuery = graphql(`
  query ZonesOverview {
    regions {
      id
      name
      slug
      zones {
        id
        name
        shortName
        slug
        municipalities
        staffFte
        actionPlans {
          id
          year
          status
          actions {
            id
          }
        }
      }
    }
  }
`);
