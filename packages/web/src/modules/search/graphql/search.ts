import { graphql } from '@/gql';

export const GlobalSearchQuery = graphql(`
  query GlobalSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      zones {
        id
        name
        slug
        municipalities
        region {
          id
          name
        }
      }
      actions {
        id
        number
        title
        actionPlan {
          id
          year
          zone {
            id
            name
          }
        }
      }
      workingGroups {
        id
        name
        kind
        owners {
          ...OwnerFields
        }
      }
      projects {
        id
        name
        status
        owners {
          ...OwnerFields
        }
      }
      partners {
        id
        name
        sector
        zones {
          id
          shortName
        }
      }
    }
  }
`);
