import { graphql } from '@/gql';

/**
 * What the signed-in user may do, mirroring the API's rules (packages/api viewer.ts): the API
 * has no "viewerCanEdit" field yet, so pages decide from the user's zones and regions which
 * buttons to show. The API still refuses anything else (FORBIDDEN).
 */
export const ViewerRightsQuery = graphql(`
  query ViewerRights {
    me {
      isAdmin
      user {
        id
        name
        email
      }
      zones {
        role
        zone {
          id
          name
          shortName
          slug
          region {
            id
            slug
          }
        }
      }
      coachedRegions {
        id
        name
        slug
      }
    }
  }
`);
