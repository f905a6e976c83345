import { graphql } from '@/gql';

/** The plan's general texts as its section and editor show them. */
export const PlanTextsFieldsFragment = graphql(`
  fragment PlanTextsFields on ActionPlan {
    id
    year
    version
    introText
    targetGroupsText
    networkText
    textsProposedFromYear
    viewerCanEdit
  }
`);

/** The latest saved texts, read after a version conflict. */
export const PlanTextsLatestQuery = graphql(`
  query PlanTextsLatest($id: ID!) {
    node(id: $id) {
      ... on ActionPlan {
        ...PlanTextsFields
      }
    }
  }
`);

export const UpdateActionPlanTextsMutation = graphql(`
  mutation UpdateActionPlanTexts($id: ID!, $version: Int!, $input: ActionPlanTextsInput!) {
    updateActionPlanTexts(id: $id, version: $version, input: $input) {
      ...PlanTextsFields
    }
  }
`);

export const ConfirmActionPlanTextsMutation = graphql(`
  mutation ConfirmActionPlanTexts($id: ID!, $version: Int!) {
    confirmActionPlanTexts(id: $id, version: $version) {
      ...PlanTextsFields
    }
  }
`);
