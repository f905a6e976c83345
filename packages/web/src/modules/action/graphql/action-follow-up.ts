import { graphql } from '@/gql';

/** What happens to an action during the year: reviews, measured values, owners and invitations (the owners panel), its history. */
export const ActionFollowUpQuery = graphql(`
  query ActionFollowUp($id: ID!) {
    action(id: $id) {
      id
      title
      progressStatus
      viewerCanFollowUp
      actionPlan {
        id
        year
        zone {
          id
        }
      }
      reviews {
        id
        reviewedOn
        quarter
        status
        note
      }
      indicators {
        id
        position
        kind
        name
        targetValue
        targetUnit
        trend {
          year
          targetValue
          targetUnit
          measuredValue
          current
        }
        values {
          id
          value
          measuredOn
          remark
        }
      }
      ...OwnersPanelFields
      history {
        actorName
        at
        fields
        operation
        before
        after
      }
    }
    themes {
      id
      name
    }
    regions {
      id
      name
      zones {
        id
        name
      }
    }
  }
`);

export const AddActionReviewMutation = graphql(`
  mutation AddActionReview($actionId: ID!, $input: ActionReviewInput!) {
    addActionReview(actionId: $actionId, input: $input) {
      id
    }
  }
`);

export const AddIndicatorValueMutation = graphql(`
  mutation AddIndicatorValue($indicatorId: ID!, $input: IndicatorValueInput!) {
    addIndicatorValue(indicatorId: $indicatorId, input: $input) {
      id
    }
  }
`);

export const DeleteIndicatorValueMutation = graphql(`
  mutation DeleteIndicatorValue($id: ID!) {
    deleteIndicatorValue(id: $id)
  }
`);
