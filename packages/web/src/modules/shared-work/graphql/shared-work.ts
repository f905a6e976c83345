import { graphql } from '@/gql';

export const SharedWorkActionFieldsFragment = graphql(`
  fragment SharedWorkActionFields on Action {
    id
    number
    title
    progressStatus
    actionPlan {
      id
      year
      zone {
        id
        name
        slug
      }
    }
    owners {
      ...OwnerFields
    }
  }
`);

export const WorkingGroupListQuery = graphql(`
  query WorkingGroupList($search: String, $first: Int!, $after: String) {
    workingGroups(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          cadence
          owners {
            ...OwnerFields
          }
        }
      }
    }
  }
`);

export const ProjectListQuery = graphql(`
  query ProjectList($search: String, $first: Int!, $after: String) {
    projects(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          status
          funder
          owners {
            ...OwnerFields
          }
        }
      }
    }
  }
`);

/** The fields of a working group or project that its form edits (with the version it saw). */
export const CollaborationFormFieldsFragment = graphql(`
  fragment CollaborationFormFields on Collaboration {
    id
    version
    name
    description
    cadence
    funder
    periodStart
    periodEnd
    updatedAt
  }
`);

/** What a working group's or project's page shows of it, besides its kind or status. */
export const CollaborationPageFieldsFragment = graphql(`
  fragment CollaborationPageFields on Collaboration {
    ...CollaborationFormFields
    viewerCanEdit
    ... on WorkingGroup {
      viewerFollows
    }
    ... on Project {
      viewerFollows
    }
    themes {
      id
      name
    }
    ...OwnersPanelFields
    members {
      id
      name
      sector
    }
    actions {
      ...SharedWorkActionFields
    }
  }
`);

/** One recorded change, for the history panel. */
export const HistoryEntryFieldsFragment = graphql(`
  fragment HistoryEntryFields on AuditEntry {
    actorName
    at
    fields
    operation
    before
    after
  }
`);

export const WorkingGroupPageQuery = graphql(`
  query WorkingGroupPage($id: ID!) {
    workingGroup(id: $id) {
      ...CollaborationPageFields
      kind
    }
    history(id: $id) {
      ...HistoryEntryFields
    }
    # Every zone by name: the history names former owners too.
    ...ZoneNames
  }
`);

export const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      ...CollaborationPageFields
      status
    }
    history(id: $id) {
      ...HistoryEntryFields
    }
    # Every zone by name: the history names former owners too.
    ...ZoneNames
  }
`);

export const UpdateWorkingGroupMutation = graphql(`
  mutation UpdateWorkingGroup($id: ID!, $version: Int!, $input: WorkingGroupInput!) {
    updateWorkingGroup(id: $id, version: $version, input: $input) {
      ...CollaborationFormFields
      kind
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {
    updateProject(id: $id, version: $version, input: $input) {
      ...CollaborationFormFields
      status
    }
  }
`);
