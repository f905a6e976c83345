import { graphql } from '@/gql';

/** The zones the user may import into, with the years that already have a plan. */
export const ImportZonesQuery = graphql(`
  query ImportZones {
    me {
      isAdmin
      zones {
        role
        zone {
          ...ImportZoneFields
        }
      }
    }
    zones(first: 200) {
      nodes {
        ...ImportZoneFields
      }
    }
  }

  fragment ImportZoneFields on Zone {
    id
    name
    shortName
    slug
    actionPlans {
      id
      year
      status
    }
  }
`);

export const ImportPlanMutation = graphql(`
  mutation ImportPlan($zoneId: ID!, $year: Int!, $plan: JSON!, $fileName: String) {
    importPlan(zoneId: $zoneId, year: $year, plan: $plan, fileName: $fileName) {
      id
      year
      status
      zone {
        id
        slug
      }
    }
  }
`);
