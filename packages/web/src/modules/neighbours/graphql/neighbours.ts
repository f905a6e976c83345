import { graphql } from '@/gql';

/** "Gluren bij de buren": the actions of other zones most worth reading next to this one, with why each is listed. */
export const NeighbourActionsQuery = graphql(`
  query NeighbourActions($id: ID!, $first: Int!) {
    action(id: $id) {
      id
      title
      viewerCanManageOwners
      actionPlan {
        id
        year
        zone {
          id
          name
          shortName
        }
      }
      owners {
        ...OwnerFields
      }
      invitations {
        id
        status
        role
        invitedZone {
          id
          name
        }
      }
      similarActions(first: $first) {
        score
        reasons
        action {
          id
          number
          title
          viewerCanManageOwners
          actionPlan {
            id
            year
            zone {
              id
              name
              shortName
              slug
              contactEmail
            }
          }
          owners {
            ...OwnerFields
          }
          invitations {
            id
            status
            invitedZone {
              id
            }
          }
        }
      }
    }
  }
`);
