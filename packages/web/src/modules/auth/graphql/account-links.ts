import { graphql } from '@/gql';

/** Links mailed by the API: a forgotten password and an invitation into a zone (no sign-in needed). */
export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const AccountInvitationQuery = graphql(`
  query AccountInvitation($token: String!) {
    accountInvitation(token: $token) {
      email
      zoneName
      zoneSlug
      role
      hasAccount
      expiresAt
    }
  }
`);

export const AcceptAccountInvitationMutation = graphql(`
  mutation AcceptAccountInvitation($token: String!, $name: String, $password: String!) {
    acceptAccountInvitation(token: $token, name: $name, password: $password) {
      user {
        id
        email
      }
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($email: String!, $zoneId: ID!, $role: ZoneRole!) {
    inviteUser(email: $email, zoneId: $zoneId, role: $role) {
      id
      email
      role
      expiresAt
    }
  }
`);

export const ZoneAccountInvitationsQuery = graphql(`
  query ZoneAccountInvitations($zoneId: ID!) {
    node(id: $zoneId) {
      id
      ... on Zone {
        accountInvitations {
          id
          email
          role
          createdAt
          expiresAt
          invitedByName
        }
      }
    }
  }
`);

export const RevokeAccountInvitationMutation = graphql(`
  mutation RevokeAccountInvitation($id: ID!) {
    revokeAccountInvitation(id: $id)
  }
`);
