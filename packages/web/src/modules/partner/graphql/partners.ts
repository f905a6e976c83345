import { graphql } from '@/gql';

export const PartnerDirectoryQuery = graphql(`
  query PartnerDirectory($search: String, $zoneId: ID, $first: Int!, $after: String) {
    partners(search: $search, zoneId: $zoneId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          sector
          zones {
            id
            name
            slug
          }
          clusters {
            id
            name
            kind
            zone {
              id
              shortName
              slug
            }
          }
        }
      }
    }
  }
`);
