import { graphql } from '@/gql';

// Asked through the zone, so an unknown zone and a missing year are both a plain `null`.
export const ActionPlanPageQuery = graphql(`
  query ActionPlanPage($slug: String!, $year: Int!) {
    zone(slug: $slug) {
      id
      name
      shortName
      slug
      actionPlan(year: $year) {
        id
        year
        version
        status
        deadline
        submittedAt
        viewerCanEdit
        viewerCanReopen
        nextYearPlan {
          id
          year
          viewerCanEdit
        }
        ...PlanTextsFields
        submissions {
          id
          submittedAt
          submittedByName
          docxUrl
          jsonUrl
        }
        multiYearPlan {
          id
          title
          yearFrom
          yearTo
        }
        goalStatuses {
          ...GoalStatusFields
        }
        strategicGoals {
          id
          number
          title
          kind
          operationalGoals {
            id
            number
            title
          }
        }
        actions {
          ...ActionSummaryFields
        }
      }
    }
  }
`);

/** What the plan page shows of each action sheet. */
export const ActionSummaryFieldsFragment = graphql(`
  fragment ActionSummaryFields on Action {
    id
    number
    title
    viewerCanCarryOver
    position
    funding
    progressStatus
    carriedOver
    themes {
      id
      name
      slug
    }
    operationalGoal {
      id
      number
      title
    }
    strategicGoal {
      id
      number
      title
    }
    owners {
      ...OwnerFields
    }
    evaluation {
      process {
        chosen
      }
      output {
        chosen
      }
      outcome {
        chosen
      }
    }
    indicators {
      id
    }
    timeline {
      id
      month
    }
  }
`);
