import { graphql } from '@/gql';

export const RemarkFieldsFragment = graphql(`
  fragment RemarkFields on Remark {
    id
    text
    authorName
    createdAt
    resolved
    resolvedAt
    action {
      id
      number
      title
      viewerCanFollowUp
    }
  }
`);

/** The plan's remarks, its own and those on its actions. */
export const PlanRemarksQuery = graphql(`
  query PlanRemarks($planId: ID!) {
    node(id: $planId) {
      __typename
      id
      ... on ActionPlan {
        year
        viewerCanFollowUp
        viewerCanRemark
        zone {
          id
          name
        }
        remarks {
          ...RemarkFields
        }
      }
    }
  }
`);

export const ActionRemarksQuery = graphql(`
  query ActionRemarks($actionId: ID!) {
    action(id: $actionId) {
      id
      viewerCanFollowUp
      viewerCanRemark
      actionPlan {
        id
        year
        zone {
          id
          name
        }
      }
      remarks {
        ...RemarkFields
      }
    }
  }
`);

export const AddRemarkMutation = graphql(`
  mutation AddRemark($planId: ID, $actionId: ID, $input: RemarkInput!) {
    addRemark(planId: $planId, actionId: $actionId, input: $input) {
      ...RemarkFields
    }
  }
`);

export const ResolveRemarkMutation = graphql(`
  mutation ResolveRemark($id: ID!) {
    resolveRemark(id: $id) {
      ...RemarkFields
    }
  }
`);
