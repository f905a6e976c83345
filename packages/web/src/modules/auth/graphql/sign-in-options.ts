import { graphql } from '@/gql';

/** The ways to sign in this server offers (open to anonymous callers, like `me`). */
export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      singleSignOn {
        label
        startUrl
      }
    }
  }
`);
