import { graphql } from '@/gql';

export const GlobalSearchQuery = graphql(`
  query GlobalSearch($text: String!, $first: Int!, $filter: SearchFilter) {
    search(text: $text, first: $first, filter: $filter) {
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
      actionHits {
        snippet
        action {
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
      }
      goals {
        strategicGoal {
          id
          number
          title
          multiYearPlan {
            id
            yearFrom
            yearTo
            zone {
              id
              name
              slug
            }
          }
        }
        operationalGoal {
          id
          number
          title
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
