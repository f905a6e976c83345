import { graphql } from '@/gql';

export const YearReportActionFields = graphql(`
  fragment YearReportActionFields on YearReportAction {
    actionId
    number
    title
    progressStatus
    indicators {
      name
      kind
      unit
      target
      measured
      measuredOn
      achievement
    }
    reviews {
      quarter
      reviewedOn
      status
      note
    }
  }
`);

export const YearReportFields = graphql(`
  fragment YearReportFields on YearReportView {
    planId
    year
    zone
    status
    version
    submittedAt
    submittedByName
    deadline
    viewerCanEdit
    viewerCanReopen
    docxUrl
    jsonUrl
    summary {
      actionCount
      planned
      running
      done
      postponed
      stopped
      indicatorCount
      indicatorsWithTarget
      indicatorsMeasured
      averageAchievement
    }
    strategicGoals {
      strategicGoalId
      number
      title
      narrative
      actions {
        ...YearReportActionFields
      }
      operationalGoals {
        operationalGoalId
        number
        title
        actions {
          ...YearReportActionFields
        }
      }
    }
    actionsWithoutGoal {
      ...YearReportActionFields
    }
    submissions {
      id
      submittedAt
      submittedByName
      docxUrl
      jsonUrl
    }
    history {
      at
      actorName
      fields
      after
    }
  }
`);

// Asked through the zone, so an unknown zone and a missing year are both a plain `null`.
export const YearReportPageQuery = graphql(`
  query YearReportPage($slug: String!, $year: Int!) {
    zone(slug: $slug) {
      id
      name
      slug
      actionPlan(year: $year) {
        id
        year
        yearReport {
          ...YearReportFields
        }
      }
    }
  }
`);

export const UpdateYearReportNarrativeMutation = graphql(`
  mutation UpdateYearReportNarrative($planId: ID!, $strategicGoalId: ID!, $text: String, $version: Int!) {
    updateYearReportNarrative(planId: $planId, strategicGoalId: $strategicGoalId, text: $text, version: $version) {
      id
      yearReport {
        ...YearReportFields
      }
    }
  }
`);

export const SubmitYearReportMutation = graphql(`
  mutation SubmitYearReport($planId: ID!, $version: Int!) {
    submitYearReport(planId: $planId, version: $version) {
      id
      yearReport {
        ...YearReportFields
      }
    }
  }
`);

export const ReopenYearReportMutation = graphql(`
  mutation ReopenYearReport($planId: ID!, $version: Int!, $reason: String!) {
    reopenYearReport(planId: $planId, version: $version, reason: $reason) {
      id
      yearReport {
        ...YearReportFields
      }
    }
  }
`);

export const RegionYearReportQuery = graphql(`
  query RegionYearReport($slug: String!, $year: Int!) {
    region(slug: $slug) {
      id
      name
      slug
      yearReport(year: $year) {
        year
        deadline
        total {
          actionCount
          planned
          running
          done
          postponed
          stopped
          indicatorsWithTarget
          indicatorsMeasured
          averageAchievement
        }
        zones {
          id
          name
          slug
          reportStatus
          summary {
            actionCount
            planned
            running
            done
            postponed
            stopped
            indicatorsWithTarget
            indicatorsMeasured
            averageAchievement
          }
        }
        themes {
          id
          name
          summary {
            actionCount
            planned
            running
            done
            postponed
            stopped
            indicatorsWithTarget
            indicatorsMeasured
            averageAchievement
          }
        }
      }
    }
  }
`);
