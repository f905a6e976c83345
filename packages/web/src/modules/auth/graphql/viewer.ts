import { graphql } from '@/gql';

/**
 * Who is signed in (null when nobody is): `me` is the one query open to anonymous callers, and the
 * web's only one of it (sign-in, header, zone switcher). What the user may do is not derived from
 * it: every object the pages show carries the server's `viewerCan…` fields.
 */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      user {
        id
        name
        email
      }
      isAdmin
      viewerCanAdminister
      zones {
        role
        zone {
          id
          name
          shortName
          slug
          region {
            id
            slug
          }
        }
      }
      coachedRegions {
        id
        name
        slug
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      user {
        id
        name
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
