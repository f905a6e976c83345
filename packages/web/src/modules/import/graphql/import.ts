import { graphql } from '@/gql';

/** Every zone with the years that already have a plan; the user imports into those they edit (the server says which). */
export const ImportZonesQuery = graphql(`
  query ImportZones {
    zones(first: 200) {
      nodes {
        ...ImportZoneFields
        viewerCanEdit
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

/** Before saving: the names under "Met wie?" matched against the partners and zones, and the unplaced texts that name a project. */
export const ImportMatchesQuery = graphql(`
  query ImportMatches($partnerNames: [String!]!, $texts: [String!]!) {
    importMatches(partnerNames: $partnerNames, texts: $texts) {
      partners {
        line
        newName
        partners {
          id
          name
        }
        zones {
          id
          name
        }
      }
      projects {
        index
        projects {
          id
          name
        }
      }
    }
  }
`);
