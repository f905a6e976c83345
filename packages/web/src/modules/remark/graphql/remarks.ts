import { graphql } from '@/gql';

export const RemarkFieldsFragment = graphql(`
  fragment RemarkFields on Remark {
    id
    text
    authorName
    createdAt
    resolved
    resolvedAt
    resolutionNote
    replies {
      id
      text
      authorName
      createdAt
    }
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
  mutation ResolveRemark($id: ID!, $note: String) {
    resolveRemark(id: $id, note: $note) {
      ...RemarkFields
    }
  }
`);

export const ReopenRemarkMutation = graphql(`
  mutation ReopenRemark($id: ID!) {
    reopenRemark(id: $id) {
      ...RemarkFields
    }
  }
`);

/** A reply comes back with its remark, so the thread in the cache grows without a refetch. */
export const ReplyToRemarkMutation = graphql(`
  mutation ReplyToRemark($id: ID!, $input: RemarkReplyInput!) {
    replyToRemark(id: $id, input: $input) {
      id
      remark {
        ...RemarkFields
      }
    }
  }
`);
