import { graphql } from '@/gql';

export const AdminUserFieldsFragment = graphql(`
  fragment AdminUserFields on User {
    id
    version
    name
    email
    isAdmin
    disabledAt
    hasPassword
    zoneMemberships {
      role
      zone {
        id
        name
      }
    }
    coachedRegions {
      id
      name
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($search: String, $status: UserStatus, $after: String) {
    users(search: $search, status: $status, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminUserFields
        }
      }
    }
  }
`);

export const AdminUserQuery = graphql(`
  query AdminUser($id: ID!) {
    node(id: $id) {
      ... on User {
        ...AdminUserFields
      }
    }
    me {
      user {
        id
      }
    }
  }
`);

/** Zones and regions to choose from, with their contact addresses (the zones and regions pages too). */
export const AdminZonesQuery = graphql(`
  query AdminZones {
    zones(first: 200) {
      nodes {
        id
        version
        name
        slug
        contactEmail
        region {
          id
          name
        }
      }
    }
    regions {
      id
      version
      name
      slug
      contactEmail
    }
  }
`);

export const AdminRegionsQuery = graphql(`
  query AdminRegions {
    regions {
      id
      version
      name
      slug
      contactEmail
      zones {
        id
      }
      coaches {
        id
        name
        email
        disabledAt
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation AdminUpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      ...AdminUserFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation AdminDeactivateUser($id: ID!, $version: Int!) {
    deactivateUser(id: $id, version: $version) {
      ...AdminUserFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation AdminReactivateUser($id: ID!, $version: Int!) {
    reactivateUser(id: $id, version: $version) {
      ...AdminUserFields
    }
  }
`);

export const SetAdministratorMutation = graphql(`
  mutation AdminSetAdministrator($id: ID!, $version: Int!, $isAdmin: Boolean!) {
    setAdministrator(id: $id, version: $version, isAdmin: $isAdmin) {
      ...AdminUserFields
    }
  }
`);

export const SetZoneMembershipMutation = graphql(`
  mutation AdminSetZoneMembership($userId: ID!, $zoneId: ID!, $role: ZoneRole!) {
    setZoneMembership(userId: $userId, zoneId: $zoneId, role: $role) {
      ...AdminUserFields
    }
  }
`);

export const RemoveZoneMembershipMutation = graphql(`
  mutation AdminRemoveZoneMembership($userId: ID!, $zoneId: ID!) {
    removeZoneMembership(userId: $userId, zoneId: $zoneId) {
      ...AdminUserFields
    }
  }
`);

export const AddCoachRegionMutation = graphql(`
  mutation AdminAddCoachRegion($userId: ID!, $regionId: ID!) {
    addCoachRegion(userId: $userId, regionId: $regionId) {
      ...AdminUserFields
    }
  }
`);

export const RemoveCoachRegionMutation = graphql(`
  mutation AdminRemoveCoachRegion($userId: ID!, $regionId: ID!) {
    removeCoachRegion(userId: $userId, regionId: $regionId) {
      ...AdminUserFields
    }
  }
`);

export const CreateZoneMutation = graphql(`
  mutation AdminCreateZone($input: CreateZoneInput!) {
    createZone(input: $input) {
      id
      version
      name
      slug
      contactEmail
      region {
        id
        name
      }
    }
  }
`);

export const SetZoneContactEmailMutation = graphql(`
  mutation AdminSetZoneContactEmail($id: ID!, $version: Int!, $contactEmail: String) {
    setZoneContactEmail(id: $id, version: $version, contactEmail: $contactEmail) {
      id
      version
      contactEmail
    }
  }
`);

export const SetRegionContactEmailMutation = graphql(`
  mutation AdminSetRegionContactEmail($id: ID!, $version: Int!, $contactEmail: String) {
    setRegionContactEmail(id: $id, version: $version, contactEmail: $contactEmail) {
      id
      version
      contactEmail
    }
  }
`);
