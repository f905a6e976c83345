import { graphql } from '@/gql';

/** A pending invitation to co-own, as the owners panel lists it. */
export const PendingInvitationFieldsFragment = graphql(`
  fragment PendingInvitationFields on OwnershipInvitation {
    id
    role
    status
    message
    createdAt
    invitedZone {
      id
      name
      viewerCanEdit
    }
    invitingZone {
      id
      name
    }
  }
`);

/**
 * What the owners panel shows of a working group, project or action: owner zones, pending
 * invitations, and what the viewer may do (the server decides; an owner change changes it, so
 * every mutation below answers with these fields again).
 */
export const OwnersPanelFieldsFragment = graphql(`
  fragment OwnersPanelFields on CoOwned {
    __typename
    id
    ... on Action {
      viewerCanEdit
      viewerCanManageOwners
    }
    ... on Collaboration {
      viewerCanEdit
      viewerCanManageOwners
    }
    owners {
      ...OwnerFields
    }
    invitations {
      ...PendingInvitationFields
    }
  }
`);

/** The zones one can invite, by region (asked when the invite form opens). */
export const InviteZoneOptionsQuery = graphql(`
  query InviteZoneOptions {
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

// Every mutation answers with the subject's owners and invitations, so the cache (and every page
// that shows them) updates without a second request.

export const InviteToCoOwnMutation = graphql(`
  mutation InviteToCoOwn($subjectId: ID!, $input: InvitationInput!) {
    inviteToCoOwn(subjectId: $subjectId, input: $input) {
      id
      status
      role
      invitedZone {
        id
        name
      }
      subject {
        ...OwnersPanelFields
      }
    }
  }
`);

export const WithdrawInvitationMutation = graphql(`
  mutation WithdrawInvitation($id: ID!) {
    withdrawInvitation(id: $id) {
      id
      status
      subject {
        ...OwnersPanelFields
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($id: ID!) {
    acceptInvitation(id: $id) {
      id
      status
      subject {
        ...OwnersPanelFields
      }
    }
  }
`);

export const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($id: ID!) {
    declineInvitation(id: $id) {
      id
      status
      subject {
        ...OwnersPanelFields
      }
    }
  }
`);

export const SetOwnerRoleMutation = graphql(`
  mutation SetOwnerRole($subjectId: ID!, $zoneId: ID!, $role: OwnerRole!) {
    setOwnerRole(subjectId: $subjectId, zoneId: $zoneId, role: $role) {
      ...OwnersPanelFields
    }
  }
`);

export const RemoveOwnerMutation = graphql(`
  mutation RemoveOwner($subjectId: ID!, $zoneId: ID!) {
    removeOwner(subjectId: $subjectId, zoneId: $zoneId) {
      ...OwnersPanelFields
    }
  }
`);
