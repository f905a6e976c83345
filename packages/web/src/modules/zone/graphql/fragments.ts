import { graphql } from '@/gql';

/** An owner zone of shared work, as every page shows it. */
export const OwnerFieldsFragment = graphql(`
  fragment OwnerFields on Ownership {
    role
    zone {
      id
      name
      shortName
      slug
    }
  }
`);
