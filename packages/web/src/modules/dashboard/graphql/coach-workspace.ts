import { graphql } from '@/gql';

/** The coach's workspace of a region and year in one request. */
export const CoachWorkspaceQuery = graphql(`
  query CoachWorkspace($slug: String!, $year: Int!) {
    regionDashboard(regionSlug: $slug, year: $year) {
      year
      region {
        id
        name
        slug
      }
      quality {
        zone {
          id
          name
          slug
        }
        plan {
          id
          year
        }
        actionCount
        withoutIndicators
        withoutEvaluationKind
        withoutLead
        withoutMonths
        gaps {
          action {
            id
            number
            title
          }
          missing
        }
        goalsWithoutActions {
          id
          number
          title
        }
      }
      yearOverYear {
        zone {
          id
          name
        }
        actionCount
        previousActionCount
        doneCount
        previousDoneCount
        themesGained {
          id
          name
        }
        themesDropped {
          id
          name
        }
        themesKept {
          id
          name
        }
      }
      myRemarks {
        id
        text
        resolved
        createdAt
        actionPlan {
          id
          year
          zone {
            id
            name
            slug
          }
        }
        action {
          id
          title
        }
      }
    }
  }
`);
