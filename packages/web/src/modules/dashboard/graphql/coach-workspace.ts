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
      overlaps(first: 12) {
        score
        words
        sharedThemes {
          id
          name
        }
        actions {
          id
          title
          viewerCanRemark
          viewerCanManageOwners
          actionPlan {
            id
            year
            zone {
              id
              name
            }
          }
        }
      }
      myRemarks {
        id
        text
        resolved
        createdAt
        resolutionNote
        replyCount
        lastReply {
          id
          authorName
          text
          createdAt
        }
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

/** The coach's one-click proposal: a remark on an action that names the other zone's action. */
export const ProposeTogetherMutation = graphql(`
  mutation ProposeTogether($actionId: ID!, $text: String!) {
    addRemark(actionId: $actionId, input: { text: $text }) {
      id
    }
  }
`);

/** Zone staff's one click: invite the other zone to co-own their action. */
export const InviteOverlapMutation = graphql(`
  mutation InviteOverlap($subjectId: ID!, $input: InvitationInput!) {
    inviteToCoOwn(subjectId: $subjectId, input: $input) {
      id
    }
  }
`);
