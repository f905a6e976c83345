import { graphql } from '@/gql';

// Asked when the reader opens "Wat is er veranderd sinds indiening?" for one submission.
export const SubmissionChangesQuery = graphql(`
  query SubmissionChanges($id: ID!) {
    node(id: $id) {
      id
      ... on PlanSubmission {
        changesSinceSubmission {
          unchanged
          plan {
            field
            label
            before
            after
          }
          actions {
            kind
            number
            title
            fields {
              field
              label
              before
              after
            }
          }
        }
      }
    }
  }
`);
