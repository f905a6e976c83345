import { graphql } from '@/gql';

/** Who is signed in (null when nobody is): `me` is the one query open to anonymous callers. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      user {
        id
        name
        email
      }
      isAdmin
      zones {
        role
        zone {
          id
          name
          shortName
          slug
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
