import { graphql } from '@/gql';

export const ActionPageQuery = graphql(`
  query ActionPage($id: ID!) {
    action(id: $id) {
      id
      number
      title
      funding
      fundingRemark
      progressStatus
      carriedOver
      startDate
      endDate
      estimatedDays
      notes
      ...ActionSheetSections
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
      strategicGoal {
        id
        number
        title
      }
      operationalGoal {
        id
        number
        title
      }
      owners {
        ...OwnerFields
      }
      lead {
        text
        zone {
          id
          name
          slug
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
        slug
      }
      workingGroups {
        id
        name
        kind
        owners {
          ...OwnerFields
        }
      }
      projects {
        id
        name
        status
        owners {
          ...OwnerFields
        }
      }
      linkedActions {
        ...LinkedActionFields
      }
      continuedFrom {
        ...LinkedActionFields
      }
      ...ActionToolbarFields
    }
  }
`);

/** What the toolbar above the sheet needs: what the viewer may do with the action. */
export const ActionToolbarFieldsFragment = graphql(`
  fragment ActionToolbarFields on Action {
    id
    title
    viewerFollows
    viewerCanEdit
    viewerCanCarryOver
    actionPlan {
      id
      year
      nextYearPlan {
        id
        year
        viewerCanEdit
      }
    }
  }
`);

export const LinkedActionFieldsFragment = graphql(`
  fragment LinkedActionFields on Action {
    id
    number
    title
    actionPlan {
      id
      year
      zone {
        id
        shortName
      }
    }
  }
`);
