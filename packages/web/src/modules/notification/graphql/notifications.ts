import { graphql } from '@/gql';

/** The badge: one indexed count on the server, cheap to poll. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    text
    excerpt
    createdAt
    read
    target {
      type
      id
      zoneSlug
      year
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    unreadNotificationCount
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

/** How you get your notifications by e-mail. */
export const NotificationEmailQuery = graphql(`
  query NotificationEmail {
    notificationEmail
  }
`);

export const SetNotificationEmailMutation = graphql(`
  mutation SetNotificationEmail($mode: NotificationEmailMode!) {
    setNotificationEmail(mode: $mode)
  }
`);

export const FollowMutation = graphql(`
  mutation Follow($id: ID!) {
    follow(id: $id)
  }
`);

export const UnfollowMutation = graphql(`
  mutation Unfollow($id: ID!) {
    unfollow(id: $id)
  }
`);
