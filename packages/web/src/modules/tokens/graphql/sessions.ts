import { graphql } from '@/gql';

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      ip
      createdAt
      lastSeenAt
      current
    }
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const EndOtherSessionsMutation = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);
