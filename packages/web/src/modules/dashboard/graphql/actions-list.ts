import { graphql } from '@/gql';

export const ActionsListQuery = graphql(`
  query ActionsList($filter: ActionFilter, $first: Int!, $after: String) {
    actions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ActionListItemFields
        }
      }
    }
  }
`);

export const ActionListItemFieldsFragment = graphql(`
  fragment ActionListItemFields on Action {
    id
    number
    title
    progressStatus
    actionPlan {
      id
      year
      zone {
        id
        name
        shortName
        slug
      }
    }
    themes {
      id
      name
      slug
    }
    owners {
      ...OwnerFields
    }
  }
`);
