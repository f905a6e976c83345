import { graphql } from '@/gql';

/** A member's own zone: its plans with their open checks (a zone has a handful), and invitations. */
export const MyZoneQuery = graphql(`
  query MyZone($slug: String!) {
    zone(slug: $slug) {
      id
      name
      shortName
      slug
      staffFte
      viewerCanEdit
      viewerIsMember
      viewerCanInvite
      ...ZoneProfileFields
      region {
        id
        name
      }
      actionPlans {
        ...MyZonePlan
      }
      invitations {
        ...InvitationFields
      }
    }
  }
`);

export const MyZonePlanFragment = graphql(`
  fragment MyZonePlan on ActionPlan {
    id
    year
    status
    deadline
    submittedAt
    version
    viewerCanEdit
    actions {
      id
      title
      number
      progressStatus
    }
    planChecks {
      actionId
      code
      message
      severity
    }
    remarks {
      id
      resolved
      text
      authorName
      createdAt
      replyCount
      action {
        id
        number
        title
      }
    }
  }
`);

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on OwnershipInvitation {
    id
    role
    status
    message
    createdAt
    subjectType
    invitingZone {
      id
      name
      slug
    }
    invitedZone {
      id
      name
      slug
      viewerCanEdit
    }
    subject {
      __typename
      ... on Action {
        id
        title
        actionPlan {
          id
          year
          zone {
            id
            name
          }
        }
      }
      ... on WorkingGroup {
        id
        name
      }
      ... on Project {
        id
        name
      }
    }
  }
`);

/** Recently changed actions the zone owns (shared ones included), each with its audit trail. */
export const ZoneRecentChangesQuery = graphql(`
  query ZoneRecentChanges($zoneId: ID!) {
    actions(filter: { ownerZoneIds: [$zoneId] }, sort: UPDATED_AT, descending: true, first: 8) {
      nodes {
        id
        number
        title
        updatedAt
        actionPlan {
          id
          year
        }
        history {
          actorName
          at
          fields
          operation
        }
      }
    }
  }
`);

/** What creating the plan of `year` offers to carry over: last year's running actions. */
export const CarryOverCandidatesQuery = graphql(`
  query CarryOverCandidates($slug: String!, $year: Int!) {
    zone(slug: $slug) {
      id
      carryOverCandidates(year: $year) {
        id
        number
        title
        progressStatus
      }
    }
  }
`);

/** Creates the plan and carries the chosen actions over in one step (all or nothing). */
export const CreateActionPlanMutation = graphql(`
  mutation CreateActionPlan($zoneId: ID!, $year: Int!, $carryOverActionIds: [ID!]) {
    createActionPlan(zoneId: $zoneId, year: $year, carryOverActionIds: $carryOverActionIds) {
      id
      year
      status
      actions {
        id
        carriedOver
      }
    }
  }
`);
