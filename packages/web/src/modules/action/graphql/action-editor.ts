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
    estimatedDays
    contactPerson {
      id
    }
    contactPersonCandidates {
      id
      name
      email
    }
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
      viewerCanEdit
      actionPlan {
        id
        year
        status
        zone {
          ...EditorZoneOptions
          shortName
          slug
        }
        strategicGoals {
          ...EditorGoalFields
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

/** A strategic goal with its operational goals, as the goal picker offers them (retired ones only when already chosen). */
export const EditorGoalFieldsFragment = graphql(`
  fragment EditorGoalFields on StrategicGoal {
    id
    number
    title
    retired
    operationalGoals {
      id
      number
      title
      retired
    }
  }
`);

/** What a zone offers the editor's pickers: its partners, working groups and projects. */
export const EditorZoneOptionsFragment = graphql(`
  fragment EditorZoneOptions on Zone {
    id
    name
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
`);

/**
 * For a co-owner of an action in another zone's draft plan (its `actionPlan` is null): what the
 * editor needs without that plan. The goals come from the multi-year plan of the action's current
 * goal (multi-year plans are public; the API accepts any goal of the plan zone's multi-year
 * plans); the pickers offer what the owner zones have.
 */
export const ActionEditorCoOwnerQuery = graphql(`
  query ActionEditorCoOwner($id: ID!) {
    action(id: $id) {
      id
      operationalGoal {
        id
        number
        title
      }
      strategicGoal {
        id
        number
        title
        multiYearPlan {
          id
          title
          yearFrom
          yearTo
          zone {
            id
            name
          }
          strategicGoals {
            ...EditorGoalFields
          }
        }
      }
      owners {
        zone {
          ...EditorZoneOptions
        }
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

/** Themes the server proposes for the sheet as it is being written (nothing is saved). */
export const SuggestThemesQuery = graphql(`
  query SuggestThemes($input: ThemeSuggestionInput!) {
    suggestThemes(input: $input) {
      theme {
        id
        slug
        name
      }
      reasons
    }
  }
`);
