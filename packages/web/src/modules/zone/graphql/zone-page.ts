import { graphql } from '@/gql';

export const ZonePageQuery = graphql(`
  query ZonePage($slug: String!) {
    zone(slug: $slug) {
      id
      name
      shortName
      slug
      municipalities
      staffFte
      networkTimeShare
      networkTimePercent
      viewerCanEdit
      viewerIsMember
      region {
        id
        name
        slug
      }
      actionPlans {
        id
        year
        status
        deadline
        submittedAt
        targetGroupsText
        networkText
        actions {
          id
        }
      }
      coOwnedActions {
        ...SharedWorkActionFields
      }
      workingGroups {
        id
        name
        kind
        description
        cadence
        owners {
          ...OwnerFields
        }
      }
      projects {
        id
        name
        status
        funder
        description
        owners {
          ...OwnerFields
        }
      }
    }
  }
`);
