import { graphql } from '@/gql';

/** The whole plan in the Departement Zorg template's order, for printing. */
export const PlanPrintQuery = graphql(`
  query PlanPrint($slug: String!, $year: Int!) {
    zone(slug: $slug) {
      id
      name
      slug
      municipalities
      staffFte
      networkTimeShare
      networkTimePercent
      actionPlan(year: $year) {
        id
        year
        status
        introText
        targetGroupsText
        networkText
        textsProposedFromYear
        deadline
        submittedAt
        multiYearPlan {
          id
          title
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
          ...PrintActionFields
        }
      }
    }
  }
`);

export const PrintActionFieldsFragment = graphql(`
  fragment PrintActionFields on Action {
    id
    number
    title
    position
    funding
    fundingRemark
    carriedOver
    startDate
    endDate
    ...ActionSheetSections
    operationalGoal {
      id
    }
    strategicGoal {
      id
    }
    lead {
      text
    }
    stakeholderPartners {
      id
      name
    }
  }
`);
