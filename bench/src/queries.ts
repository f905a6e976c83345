// The benchmark's operations: what a coach, a zone and an external tool ask, as GraphQL for the
// API, and the equivalent GraphQL for the peers (PostGraphile 4's and 5's generated schemas).

/** 1. A coach's region dashboard: themes × zones, coverage, progress, timeline, shared work with owners. */
export const DASHBOARD = `query Dashboard($region: String!, $year: Int!) {
  regionDashboard(regionSlug: $region, year: $year) {
    year
    region { name slug }
    zones { id name shortName }
    themeMatrix { count theme { slug name } zone { id } }
    coverage { zone { id } actionCount withIndicators withEvaluationKind withLead withMonths indicatorShare evaluationShare }
    progress { zone { id } total counts { status count } }
    timeline { zone { id } month count }
    sharedWork { kind name ownerCount actionCount owners { role since zone { id shortName } } }
  }
}`;

/** 2. A zone's whole yearly plan: every action sheet with every section. */
export const PLAN = `query Plan($zone: String!, $year: Int!) {
  actionPlan(zoneSlug: $zone, year: $year) {
    id year status submittedAt
    zone { id name shortName }
    multiYearPlan { id title yearFrom yearTo }
    actions {
      id version position number title what inScope outOfScope why targetGroups councilRole stakeholdersOther
      startDate endDate funding fundingRemark carriedOver linkNotes communicationChannels progressStatus notes
      operationalGoal { id number title }
      strategicGoal { id number title }
      lead { text zone { id name } partner { id name } workingGroup { id name } }
      owners { role since zone { id name } }
      stakeholderPartners { id name }
      steps { position text month date }
      evaluation { process { chosen text } output { chosen text } outcome { chosen text } }
      indicators { id position name method targetValue targetUnit kind }
      timeline { month milestone }
      themes { id slug name }
      workingGroups { id name }
      projects { id name }
    }
  }
}`;

/** 3. An external tool paging through the year's published actions, 100 at a time. */
export const PAGE = `query Page($years: [Int!]!, $after: String) {
  actions(first: 100, after: $after, filter: { years: $years, planStatuses: [PUBLISHED, SUBMITTED] }) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id number title progressStatus funding startDate endDate
      actionPlan { year zone { slug } }
      operationalGoal { number title }
      strategicGoal { number title }
      owners { role zone { slug } }
      indicators { name method targetValue targetUnit kind }
    }
  }
}`;

/** 4. Saving an action sheet (validation, version check, audit record). */
export const SAVE = `mutation Save($id: ID!, $version: Int!, $input: ActionInput!) {
  updateAction(id: $id, version: $version, input: $input) {
    action { id version updatedAt }
    warnings { code severity actionId message }
  }
}`;

// PostGraphile 4 over the same tables. Its schema follows the foreign keys (xByY) and join
// tables; `condition` filters on a table's own columns, the connection-filter plugin on a
// related row (the plan's year and status). It has no ordering by a related column, so the
// paging walks actions in key order; the set of actions is the same.

export const PEER_PLAN = `query Plan($zone: String!, $year: Int!) {
  allZones(condition: { slug: $zone }) {
    nodes {
      id name shortName
      actionPlansByZoneId(condition: { year: $year }) {
        nodes {
          id year status submittedAt
          multiYearPlanByMultiYearPlanId { id title yearFrom yearTo }
          actionsByActionPlanId(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) {
            nodes {
              id version position number title what inScope outOfScope why targetGroups councilRole stakeholdersOther
              startDate endDate funding fundingRemark carriedOver linkNotes communicationChannels progressStatus notes
              leadText evaluationProcess evaluationProcessText evaluationOutput evaluationOutputText evaluationOutcome evaluationOutcomeText
              operationalGoalByOperationalGoalId { id number title strategicGoalByStrategicGoalId { id number title } }
              strategicGoalByStrategicGoalId { id number title }
              zoneByLeadZoneId { id name }
              partnerByLeadPartnerId { id name }
              workingGroupByLeadWorkingGroupId { id name }
              actionOwnersByActionId(orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { role createdAt zoneByZoneId { id name } } }
              actionStakeholdersByActionId { nodes { partnerByPartnerId { id name } } }
              actionStepsByActionId(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) { nodes { position text month date } }
              actionIndicatorsByActionId(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) { nodes { id position name method targetValue targetUnit kind } }
              actionMonthsByActionId(orderBy: [MONTH_ASC, PRIMARY_KEY_ASC]) { nodes { month } }
              actionThemesByActionId { nodes { themeByThemeId { id slug name } } }
              actionWorkingGroupsByActionId { nodes { workingGroupByWorkingGroupId { id name } } }
              actionProjectsByActionId { nodes { projectByProjectId { id name } } }
            }
          }
        }
      }
    }
  }
}`;

export const PEER_PAGE = `query Page($year: Int!, $after: Cursor) {
  allActions(first: 100, after: $after, orderBy: PRIMARY_KEY_ASC,
    filter: { actionPlanByActionPlanId: { year: { equalTo: $year }, status: { in: [PUBLISHED, SUBMITTED] } } }) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id number title progressStatus funding startDate endDate
      actionPlanByActionPlanId { year zoneByZoneId { slug } }
      operationalGoalByOperationalGoalId { number title strategicGoalByStrategicGoalId { number title } }
      strategicGoalByStrategicGoalId { number title }
      actionOwnersByActionId(orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { role zoneByZoneId { slug } } }
      actionIndicatorsByActionId(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) { nodes { name method targetValue targetUnit kind } }
    }
  }
}`;

/**
 * The same operation for PostGraphile 5 (amber preset): its schema names the tables, relations,
 * orderings and filters as PostGraphile 4 does, but a table's own `id` column is `rowId` (its
 * `id` is the Node id, which we do not ask for, as we do not from PostGraphile 4).
 */
const forPostGraphile5 = (query: string) => query.replace(/(?<=[{\s])id(?=[\s}])/g, 'rowId');

export const PEER5_PLAN = forPostGraphile5(PEER_PLAN);
export const PEER5_PAGE = forPostGraphile5(PEER_PAGE);
