import { graphql } from '@/gql';

/** An operational goal as the multi-year plan page shows and edits it. */
export const OperationalGoalFieldsFragment = graphql(`
  fragment OperationalGoalFields on OperationalGoal {
    id
    version
    number
    title
    deadline
    indicators
    position
    retired
    actions {
      id
      actionPlan {
        id
        year
      }
    }
  }
`);

/** A strategic goal with its operational goals, in plan order. */
export const StrategicGoalFieldsFragment = graphql(`
  fragment StrategicGoalFields on StrategicGoal {
    id
    version
    number
    title
    kind
    position
    retired
    actions {
      id
      actionPlan {
        id
        year
      }
    }
    operationalGoals {
      ...OperationalGoalFields
    }
  }
`);

export const MultiYearPlanFieldsFragment = graphql(`
  fragment MultiYearPlanFields on MultiYearPlan {
    id
    version
    yearFrom
    yearTo
    title
    viewerCanEdit
    strategicGoals {
      ...StrategicGoalFields
    }
  }
`);

export const MultiYearPlanPageQuery = graphql(`
  query MultiYearPlanPage($slug: String!) {
    zone(slug: $slug) {
      id
      name
      slug
      viewerCanEdit
      viewerIsMember
      multiYearPlans {
        ...MultiYearPlanFields
      }
    }
  }
`);

export const CreateMultiYearPlanMutation = graphql(`
  mutation CreateMultiYearPlan($zoneId: ID!, $input: MultiYearPlanInput!) {
    createMultiYearPlan(zoneId: $zoneId, input: $input) {
      ...MultiYearPlanFields
    }
  }
`);

export const UpdateMultiYearPlanMutation = graphql(`
  mutation UpdateMultiYearPlan($id: ID!, $version: Int!, $input: MultiYearPlanInput!) {
    updateMultiYearPlan(id: $id, version: $version, input: $input) {
      id
      version
      yearFrom
      yearTo
      title
    }
  }
`);

export const CreateStrategicGoalMutation = graphql(`
  mutation CreateStrategicGoal($planId: ID!, $input: StrategicGoalInput!) {
    createStrategicGoal(multiYearPlanId: $planId, input: $input) {
      ...StrategicGoalFields
    }
  }
`);

export const UpdateStrategicGoalMutation = graphql(`
  mutation UpdateStrategicGoal($id: ID!, $version: Int!, $input: StrategicGoalInput!) {
    updateStrategicGoal(id: $id, version: $version, input: $input) {
      id
      version
      number
      title
      kind
      retired
    }
  }
`);

export const CreateOperationalGoalMutation = graphql(`
  mutation CreateOperationalGoal($strategicGoalId: ID!, $input: OperationalGoalInput!) {
    createOperationalGoal(strategicGoalId: $strategicGoalId, input: $input) {
      ...OperationalGoalFields
    }
  }
`);

export const UpdateOperationalGoalMutation = graphql(`
  mutation UpdateOperationalGoal($id: ID!, $version: Int!, $input: OperationalGoalInput!) {
    updateOperationalGoal(id: $id, version: $version, input: $input) {
      id
      version
      number
      title
      deadline
      indicators
      retired
    }
  }
`);

export const RenumberGoalsMutation = graphql(`
  mutation RenumberGoals($planId: ID!, $version: Int!, $order: [GoalOrderInput!]!) {
    renumberGoals(multiYearPlanId: $planId, version: $version, order: $order) {
      id
      version
      strategicGoals {
        id
        version
        number
        position
        operationalGoals {
          id
          version
          number
          position
        }
      }
    }
  }
`);
