import { graphql } from '@/gql';

/** Every section of the sheet as the editor needs it, with the version to send back. */
export const ActionEditorFieldsFragment = graphql(`
  fragment ActionEditorFields on Action {
    id
    version
    number
    title
    startDate
    endDate
    funding
    fundingRemark
    progressStatus
    notes
    ...ActionSheetSections
    operationalGoal {
      id
    }
    strategicGoal {
      id
    }
    lead {
      text
      zone {
        id
        name
      }
      partner {
        id
        name
      }
      workingGroup {
        id
        name
      }
    }
    stakeholderPartners {
      id
      name
      sector
    }
    themes {
      id
      name
    }
    workingGroups {
      id
      name
    }
    projects {
      id
      name
    }
    linkedActions {
      ...LinkedActionFields
    }
    owners {
      ...OwnerFields
    }
  }
`);

export const ActionEditorQuery = graphql(`
  query ActionEditor($id: ID!) {
    action(id: $id) {
      ...ActionEditorFields
      actionPlan {
        id
        year
        status
        zone {
          id
          name
          shortName
          slug
          partners {
            id
            name
          }
          workingGroups {
            id
            name
          }
          projects {
            id
            name
          }
        }
        strategicGoals {
          id
          number
          title
          operationalGoals {
            id
            number
            title
          }
        }
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

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($id: ID!, $version: Int!, $input: ActionInput!) {
    updateAction(id: $id, version: $version, input: $input) {
      action {
        ...ActionEditorFields
      }
      warnings {
        actionId
        code
        message
        severity
      }
    }
  }
`);

export const PartnerSearchQuery = graphql(`
  query EditorPartnerSearch($search: String!) {
    partners(search: $search, first: 10) {
      nodes {
        id
        name
        sector
      }
    }
  }
`);

export const ActionLinkSearchQuery = graphql(`
  query ActionLinkSearch($search: String!) {
    actions(filter: { search: $search }, first: 10) {
      nodes {
        ...LinkedActionFields
      }
    }
  }
`);
