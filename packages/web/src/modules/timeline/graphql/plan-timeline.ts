import { graphql } from '@/gql';

export const PlanTimelineQuery = graphql(`
  query PlanTimeline($slug: String!, $year: Int!) {
    zone(slug: $slug) {
      id
      name
      slug
      staffFte
      actionPlan(year: $year) {
        id
        year
        status
        actionsWithoutEstimate
        goalStatuses {
          ...GoalStatusFields
        }
        capacity {
          month
          plannedDays
          availableDays
          overCapacity
          runningActions
          actionsWithoutEstimate
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
        actions {
          id
          number
          title
          position
          progressStatus
          estimatedDays
          operationalGoal {
            id
          }
          strategicGoal {
            id
          }
          timeline {
            id
            month
            milestone
          }
        }
      }
    }
  }
`);
