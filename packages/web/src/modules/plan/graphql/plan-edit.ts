import { graphql } from '@/gql';

export const CreateActionMutation = graphql(`
  mutation CreateAction($planId: ID!, $input: ActionInput!) {
    createAction(planId: $planId, input: $input) {
      action {
        id
      }
    }
  }
`);

export const CarryOverActionMutation = graphql(`
  mutation CarryOverAction($id: ID!) {
    carryOverAction(id: $id) {
      id
      actionPlan {
        id
        year
      }
    }
  }
`);

export const SetActionPlanStatusMutation = graphql(`
  mutation SetActionPlanStatus($id: ID!, $status: PlanStatus!, $version: Int!) {
    setActionPlanStatus(id: $id, status: $status, version: $version) {
      id
      status
      version
      submittedAt
    }
  }
`);

export const ReopenActionPlanMutation = graphql(`
  mutation ReopenActionPlan($id: ID!, $version: Int!, $reason: String!) {
    reopenActionPlan(id: $id, version: $version, reason: $reason) {
      id
      status
      version
      submittedAt
      viewerCanEdit
      viewerCanReopen
    }
  }
`);
