import { graphql } from '@/gql';

/** Which plan years a region has, to pick the default year when the URL names none. */
export const RegionYearsQuery = graphql(`
  query RegionYears($slug: String!) {
    region(slug: $slug) {
      id
      slug
      zones {
        id
        actionPlans {
          id
          year
        }
      }
    }
  }
`);

/** Everything of the dashboard in one request: the matrix must not wait for a second round trip. */
export const RegionDashboardQuery = graphql(`
  query RegionDashboard($slug: String!, $year: Int!) {
    regions {
      id
      name
      slug
    }
    themes {
      id
      name
      slug
    }
    regionDashboard(regionSlug: $slug, year: $year) {
      year
      region {
        id
        name
        slug
      }
      zones {
        id
        name
        shortName
        slug
        actionPlans {
          id
          year
          status
        }
      }
      actionCount
      themeMatrix {
        count
        theme {
          id
        }
        zone {
          id
        }
      }
      themeTotals {
        count
        theme {
          id
        }
      }
      coverage {
        actionCount
        withIndicators
        withEvaluationKind
        indicatorShare
        evaluationShare
        zone {
          id
        }
      }
      progress {
        total
        counts {
          status
          count
        }
        zone {
          id
        }
      }
      timeline {
        month
        count
        zone {
          id
        }
      }
      timelineTotals {
        month
        count
      }
      sharedWork {
        kind
        name
        ownerCount
        actionCount
        owners {
          ...OwnerFields
        }
        workingGroup {
          id
          kind
        }
        project {
          id
          status
        }
      }
    }
  }
`);
