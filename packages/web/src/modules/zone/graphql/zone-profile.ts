import { graphql } from '@/gql';

/** The zone profile as its form edits it. */
export const ZoneProfileFieldsFragment = graphql(`
  fragment ZoneProfileFields on Zone {
    id
    version
    municipalities
    staffFte
    networkTimeShare
    networkTimePercent
    viewerCanEdit
  }
`);

/** The latest saved profile, read after a version conflict. */
export const ZoneProfileLatestQuery = graphql(`
  query ZoneProfileLatest($id: ID!) {
    node(id: $id) {
      ... on Zone {
        ...ZoneProfileFields
      }
    }
  }
`);

export const UpdateZoneProfileMutation = graphql(`
  mutation UpdateZoneProfile($id: ID!, $version: Int!, $input: ZoneInput!) {
    updateZone(id: $id, version: $version, input: $input) {
      ...ZoneProfileFields
    }
  }
`);
